// The page's client of the control API: the same endpoints sandbox/driver.py uses.

export class ApiError extends Error {}

async function call(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const resp = await fetch(path, init);
  let data = null;
  try {
    data = await resp.json();
  } catch (e) {
    data = { error: `${resp.status} ${resp.statusText}` };
  }
  if (!resp.ok) throw new ApiError((data && data.error) || `${resp.status}`);
  return data;
}

const q = (params) => {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return parts.length ? `?${parts.join("&")}` : "";
};

const act = (action, body) => call("POST", `/sandbox/act/${action}`, body);

export const api = {
  state: () => call("GET", "/sandbox/state"),
  messages: (chatId) => call("GET", `/sandbox/chats/${chatId}/messages`),
  keyboard: (chatId) => call("GET", `/sandbox/chats/${chatId}/keyboard`),
  menu: (chatId, userId) => call("GET", `/sandbox/menu${q({ chat_id: chatId, user_id: userId })}`),
  createUser: (firstName, languageCode) =>
    call("POST", "/sandbox/users", { first_name: firstName, language_code: languageCode }),
  send: (userId, chatId, text) => act("send", { user_id: userId, chat_id: chatId, text }),
  sendPhoto: (userId, chatId, dataB64, caption) =>
    act("send_photo", { user_id: userId, chat_id: chatId, data_b64: dataB64, caption }),
  sendAlbum: (userId, chatId, photosB64, caption) =>
    act("send_album", { user_id: userId, chat_id: chatId, photos_b64: photosB64, caption }),
  sendDocument: (userId, chatId, dataB64, filename, mimeType, caption) =>
    act("send_document", {
      user_id: userId, chat_id: chatId, data_b64: dataB64, filename, mime_type: mimeType, caption,
    }),
  sendContact: (userId, chatId, phone) =>
    act("send_contact", { user_id: userId, chat_id: chatId, phone }),
  sendLocation: (userId, chatId, lat, lon) =>
    act("send_location", { user_id: userId, chat_id: chatId, lat, lon }),
  press: (userId, chatId, messageId, data) =>
    act("press", { user_id: userId, chat_id: chatId, message_id: messageId, data }),
  openLink: (userId, url) => act("open_link", { user_id: userId, url }),
  callbackAnswer: (queryId, timeout) =>
    call("GET", `/sandbox/callbacks/${encodeURIComponent(queryId)}${q({ timeout })}`),
  fileUrl: (fileId) => `/sandbox/files/${encodeURIComponent(fileId)}`,
  stream: (after) => new EventSource(`/sandbox/events/stream${q({ after })}`),
  // Only in `propdesk demo`: a 404 means the plain sandbox.
  demoInfo: async (lang) => {
    const resp = await fetch(`/demo/info${q({ lang })}`);
    return resp.ok ? resp.json() : null;
  },
  demoCast: (lang) => call("GET", `/demo/cast${q({ lang })}`),
  demoTour: (lang) => call("GET", `/demo/tour${q({ lang })}`),
  demoClock: (body, lang) => call("POST", `/demo/clock${q({ lang })}`, body),
  demoWeather: (signal) => call("POST", "/demo/weather", { signal }),
};

export function readAsBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",", 2)[1] || "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
