// Only in `propdesk demo`: the cast, the estate clock, QR posters and the guided tour.
// Outside the demo /demo/info is 404 and only the link box of the QR dialog is shown.

import { api } from "./api.js";
import { t } from "./i18n.js";
import { S, chatTitle, on, userName } from "./state.js";
import { toast } from "./toast.js";

const $ = (id) => document.getElementById(id);
const lang = () => document.documentElement.lang || "en";

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

// ---- the clock --------------------------------------------------------------------------

function showClock() {
  const info = S.demo;
  $("clock").hidden = !info;
  if (!info) return;
  $("clock-now").textContent = info.local;
  const badge = $("clock-open");
  badge.textContent = info.open ? t("officeOpen") : t("officeClosed");
  badge.classList.toggle("open", !!info.open);
}

async function moveClock(body, button) {
  button.disabled = true;
  try {
    S.demo = await api.demoClock(body, lang());
    showClock();
  } catch (e) {
    toast(e.message, true);
  } finally {
    button.disabled = false;
  }
}

// ---- QR posters and links ---------------------------------------------------------------

function posters(ctx) {
  const grid = $("posters");
  grid.replaceChildren();
  $("posters-hint").textContent = S.me != null ? t("postersHint", { name: userName(S.me) }) : "";
  for (const p of (S.cast && S.cast.posters) || []) {
    const card = el("button", "poster");
    card.type = "button";
    card.dataset.key = p.key;
    const img = el("img");
    img.src = p.qr;
    img.alt = p.label;
    card.append(img, el("div", "poster-label", p.label));
    card.addEventListener("click", async () => {
      $("posters-dlg").close();
      await ctx.openLink(p.link);
    });
    grid.append(card);
  }
  grid.hidden = !grid.childElementCount;
}

// ---- the tour ---------------------------------------------------------------------------

let tour = null;

function showStep() {
  const box = $("tour");
  if (!tour || !tour.steps.length) {
    box.hidden = true;
    return;
  }
  const step = tour.steps[tour.at];
  $("tour-count").textContent = t("stepOf", { n: tour.at + 1, total: tour.steps.length });
  $("tour-title").textContent = step.title;
  $("tour-body").textContent = step.body;
  const go = $("tour-go");
  go.hidden = step.user_id == null;
  if (step.user_id != null) {
    const chat = S.chats.get(step.chat_id);
    go.textContent = t("playAs", { name: userName(step.user_id), chat: chatTitle(chat) });
  }
  $("tour-done").hidden = !tour.done.has(tour.at - 1);
  $("tour-back").disabled = tour.at === 0;
  $("tour-next").disabled = tour.at === tour.steps.length - 1;
  box.dataset.step = String(tour.at + 1);
  box.hidden = false;
  sessionStorage.setItem("propdesk.tour", String(tour.at));
}

async function loadTour() {
  const data = await api.demoTour(lang());
  const at = tour ? tour.at : Number(sessionStorage.getItem("propdesk.tour") || 0);
  tour = { steps: data.steps, at: Math.min(at, data.steps.length - 1), done: tour ? tour.done : new Set() };
}

// A step is done when the bot says what the step waits for; the tour then moves on.
function watch(ev) {
  if (!tour || $("tour").hidden || ev.type !== "message") return;
  const step = tour.steps[tour.at];
  const m = ev.message;
  const wait = step && step.wait_for;
  if (!wait || !m.from_bot || m.chat_id !== wait.chat_id) return;
  const body = m.text || m.caption || "";
  if (!wait.contains.some((piece) => body.includes(piece))) return;
  tour.done.add(tour.at);
  if (tour.at < tour.steps.length - 1) tour.at += 1;
  showStep();
}

// ---- setup ------------------------------------------------------------------------------

export async function setupDemo(ctx) {
  S.demo = await api.demoInfo(lang());
  const demo = {
    openPosters: () => {
      posters(ctx);
      $("posters-dlg").showModal();
    },
    relabel: async () => {
      if (!S.demo) return;
      S.demo = (await api.demoInfo(lang())) || S.demo;
      showClock();
      S.cast = await api.demoCast(lang());
      await loadTour();
      showStep();
    },
  };
  $("link-open").addEventListener("click", async () => {
    const url = $("link-input").value.trim();
    if (!url) return;
    $("posters-dlg").close();
    $("link-input").value = "";
    await ctx.openLink(url);
  });
  if (!S.demo) return demo;
  document.body.classList.add("demo");
  S.cast = await api.demoCast(lang());
  showClock();
  // The Observatory's Black Rainstorm Warning, on and off: flats in custody get rain checks.
  const weather = $("weather-btn");
  weather.addEventListener("click", async () => {
    weather.disabled = true;
    try {
      const on = weather.dataset.i18n === "blackRain";
      await api.demoWeather(on ? "WRAINB" : "clear");
      weather.dataset.i18n = on ? "clearRain" : "blackRain";
      weather.textContent = t(weather.dataset.i18n);
    } catch (e) {
      toast(e.message, true);
    } finally {
      weather.disabled = false;
    }
  });
  for (const b of document.querySelectorAll("#clock button[data-hours], #clock button[data-to]")) {
    b.addEventListener("click", () => moveClock(
      b.dataset.to ? { to: b.dataset.to } : { hours: Number(b.dataset.hours) }, b));
  }
  // The clock moves by itself, and other tabs move it (they announce it on the stream).
  const reread = async () => {
    const info = await api.demoInfo(lang()).catch(() => null);
    if (info) {
      S.demo = info;
      showClock();
    }
  };
  setInterval(reread, 30000);
  on("clock", reread);
  await loadTour();
  $("tour-btn").hidden = false;
  $("tour-btn").addEventListener("click", () => {
    sessionStorage.removeItem("propdesk.tour.closed");
    tour.at = 0;
    showStep();
  });
  $("tour-close").addEventListener("click", () => {
    $("tour").hidden = true;
    sessionStorage.setItem("propdesk.tour.closed", "1");
  });
  $("tour-back").addEventListener("click", () => {
    tour.at = Math.max(0, tour.at - 1);
    showStep();
  });
  $("tour-next").addEventListener("click", () => {
    tour.at = Math.min(tour.steps.length - 1, tour.at + 1);
    showStep();
  });
  $("tour-go").addEventListener("click", () => {
    const step = tour.steps[tour.at];
    ctx.selectPerson(step.user_id, step.chat_id);
  });
  on("message", watch);
  // A tab opened for one person (#as=...) is usually a second tab: no tour unless asked.
  const second = window.location.hash.includes("as=") && !sessionStorage.getItem("propdesk.tour");
  if (!second && !sessionStorage.getItem("propdesk.tour.closed")) showStep();
  return demo;
}
