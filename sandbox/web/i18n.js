// The page's own words (the bot's words come from the bot). en, zh-Hant, zh-Hans.

const WORDS = {
  en: {
    people: "People", others: "Other users", chats: "Chats", newPerson: "+ New person",
    newPersonName: "Name of the new Telegram user", typeMessage: "Message",
    menu: "Menu", send: "Send", start: "START", keyboard: "Show the keyboard",
    attachPhoto: "Photo or album", attachFile: "File", shareContact: "My phone number",
    shareLocation: "My location", scanQr: "Scan a QR code / open a link",
    posters: "QR codes around the estate", postersHint: "Click a code to scan it as {name}.",
    pasteLink: "https://t.me/… link", openLink: "Open", close: "Close", ok: "OK",
    edited: "edited", forwarded: "Forwarded from {name}", download: "Download",
    bot: "bot", members: "{n} members", noPeople: "No users yet: create one.",
    pickPerson: "Pick a person on the left.", notMember: "{name} is not in this chat.",
    phonePrompt: "Phone number to share", officeOpen: "office open",
    officeClosed: "office closed", plusHour: "+1 hour", plusDay: "+1 day",
    nextOpening: "Next opening", clockTitle: "Estate time (demo)", blackRain: "🌧 Black rain", clearRain: "☀️ All clear", tour: "Guided tour",
    next: "Next", back: "Back", playAs: "Play {name} in “{chat}”", stepOf: "Step {n} of {total}",
    stepDone: "✓ Done, go on", sandboxMode: "sandbox", demoMode: "demo", you: "You",
    joined: "{name} joined", left: "{name} left", added: "{name} added {who}",
    migrated: "The group became a supergroup", photo: "Photo", sticker: "Sticker",
    location: "Location", contact: "Contact", connectionLost: "Connection lost, retrying…",
  },
  "zh-Hant": {
    people: "人物", others: "其他用戶", chats: "對話", newPerson: "＋ 新用戶", newPersonName: "新 Telegram 用戶的名稱",
    typeMessage: "訊息", menu: "選單", send: "傳送", start: "開始", keyboard: "顯示鍵盤",
    attachPhoto: "相片或相簿", attachFile: "檔案", shareContact: "我的電話號碼",
    shareLocation: "我的位置", scanQr: "掃描二維碼／開啟連結", posters: "屋苑內的二維碼",
    postersHint: "按一下二維碼，以{name}的身份掃描。", pasteLink: "https://t.me/… 連結",
    openLink: "開啟", close: "關閉", ok: "確定", edited: "已編輯", forwarded: "轉寄自 {name}",
    download: "下載", bot: "機械人", members: "{n} 名成員", noPeople: "未有用戶，請新增。",
    pickPerson: "請在左邊選擇一個人物。", notMember: "{name}不在這個對話內。",
    phonePrompt: "要分享的電話號碼", officeOpen: "辦公時間", officeClosed: "非辦公時間",
    plusHour: "＋1 小時", plusDay: "＋1 日", nextOpening: "到下次辦公時間",
    clockTitle: "屋苑時間（示範）", blackRain: "🌧 黑雨", clearRain: "☀️ 取消警告", tour: "導覽", next: "下一步", back: "上一步",
    playAs: "以{name}身份進入「{chat}」", stepOf: "第 {n} 步，共 {total} 步", stepDone: "✓ 完成，請繼續",
    sandboxMode: "沙盒", demoMode: "示範", you: "你", joined: "{name} 加入了", left: "{name} 離開了",
    added: "{name} 加入了 {who}", migrated: "群組已升級為超級群組", photo: "相片", sticker: "貼圖",
    location: "位置", contact: "聯絡人", connectionLost: "連線中斷，正在重試…",
  },
  "zh-Hans": {
    people: "人物", others: "其他用户", chats: "对话", newPerson: "＋ 新用户", newPersonName: "新 Telegram 用户的名称",
    typeMessage: "消息", menu: "菜单", send: "发送", start: "开始", keyboard: "显示键盘",
    attachPhoto: "照片或相册", attachFile: "文件", shareContact: "我的电话号码",
    shareLocation: "我的位置", scanQr: "扫描二维码／打开链接", posters: "小区里的二维码",
    postersHint: "点击二维码，以{name}的身份扫描。", pasteLink: "https://t.me/… 链接",
    openLink: "打开", close: "关闭", ok: "确定", edited: "已编辑", forwarded: "转发自 {name}",
    download: "下载", bot: "机器人", members: "{n} 名成员", noPeople: "还没有用户，请新建。",
    pickPerson: "请在左边选择一个人物。", notMember: "{name}不在这个对话里。",
    phonePrompt: "要分享的电话号码", officeOpen: "办公时间", officeClosed: "非办公时间",
    plusHour: "＋1 小时", plusDay: "＋1 天", nextOpening: "到下次办公时间",
    clockTitle: "小区时间（演示）", blackRain: "🌧 黑雨", clearRain: "☀️ 取消警告", tour: "导览", next: "下一步", back: "上一步",
    playAs: "以{name}身份进入「{chat}」", stepOf: "第 {n} 步，共 {total} 步", stepDone: "✓ 完成，请继续",
    sandboxMode: "沙盒", demoMode: "演示", you: "你", joined: "{name} 加入了", left: "{name} 离开了",
    added: "{name} 添加了 {who}", migrated: "群组已升级为超级群组", photo: "照片", sticker: "贴纸",
    location: "位置", contact: "联系人", connectionLost: "连接中断，正在重试…",
  },
};

export const LANGS = [["zh-Hant", "繁"], ["zh-Hans", "简"], ["en", "EN"]];

export function guessLang() {
  const saved = localStorage.getItem("propdesk.lang");
  if (saved && WORDS[saved]) return saved;
  const nav = (navigator.language || "en").toLowerCase();
  if (/^zh-(hk|tw|mo|hant)/.test(nav)) return "zh-Hant";
  if (nav.startsWith("zh")) return "zh-Hans";
  return "en";
}

let current = "en";

export function setLang(lang) {
  current = WORDS[lang] ? lang : "en";
  localStorage.setItem("propdesk.lang", current);
  document.documentElement.lang = current;
}

export function t(key, args = {}) {
  const text = (WORDS[current] && WORDS[current][key]) || WORDS.en[key] || key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in args ? String(args[name]) : `{${name}}`));
}

// Fill every [data-i18n] (text) and [data-i18n-title] / [data-i18n-placeholder] in the page.
export function translatePage(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
}
