// Telegram's two ways of answering a button: a short toast, or an alert to dismiss.

let timer = null;

export function toast(text, error = false) {
  const box = document.getElementById("toast");
  box.textContent = text;
  box.classList.toggle("error", !!error);
  box.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => {
    box.hidden = true;
  }, error ? 5000 : 3000);
}

export function alertBox(text) {
  const dlg = document.getElementById("alert-dlg");
  document.getElementById("alert-text").textContent = text;
  if (!dlg.open) dlg.showModal();
}
