# Paper forms: bot/reports/forms.py, handlers/printing.py
form-work-order = 派工單
form-callback = 回訪記錄
form-rework = 整改通知書
form-poster = 報修二維碼
form-unit = 單位
form-place = 位置
form-category = 類別
form-urgency = 緊急程度
form-reported = 報修時間
form-description = 問題描述
form-preferred = 住戶方便時間
form-technician = 技工
form-reporter = 報修人
form-phone = 電話
form-accept-due = 接單限期
form-complete-due = 完成限期
form-scan = 用 Telegram 掃描此二維碼，即可在機械人開啟同一張單。
form-by-hand = 現場填寫
form-arrived = 到場時間
form-finished = 完成時間
form-work-done = 維修內容
form-materials = 用料
form-technician-sign = 技工簽名
form-resident-sign = 住戶簽名
form-done = 完工時間
form-confirmed = 住戶確認
form-callback-due = 回訪限期
form-closed = 結案時間
form-rating = 住戶評分
form-comment = 住戶意見
form-reworks = 整改次數
form-callback-way = 回訪方式（電話／上門）
form-resident-view = 住戶意見
form-satisfied = 是否滿意
form-caller = 回訪人
form-caller-sign = 回訪人簽名
form-rework-when = 發出時間
form-rework-why = 整改原因
form-rework-ask = 請於限期內完成整改，完成後在機械人按「完成」並附相片。
form-rework-received = 接收時間
form-supervisor-sign = 主管簽名
form-moment = { $at }
form-poster-how = { $target }：有嘢壞咗？用手機相機或 Telegram 掃描此二維碼，即可直接報修。
cmd-print = 列印表格：派工單、回訪記錄、整改通知書、報修二維碼
print-usage =
    請輸入：
    /print R-2026-000001 — 派工單
    /print callback R-2026-000001 — 回訪記錄
    /print rework R-2026-000001 — 整改通知書
    /print poster A-12B — 單位的報修二維碼（或設施名稱，例如 /print poster A座1號升降機）
    /print survey — 紙本業主評議表（沒有 Telegram 的住戶）
    /print pass F-2026-000001-P01 — 臨時出入證
print-office-only = 只有客服、經理或設備主管可以列印表格。
print-not-repair = { $number } 不是維修單；現時只可列印維修單的表格。
print-no-callback = { $number } 尚未完工，未有回訪記錄。
print-no-rework = { $number } 沒有整改通知。
print-caption = { $form } { $number }（PDF，可列印）
form-survey = 業主評議表
form-survey-code = 錄入編號
form-survey-how = 每項服務請以 5（非常滿意）至 1（非常不滿意）評分；填妥後交回管理處，客服會代為錄入。
form-survey-na = 不適用
form-survey-why = 評 1 或 2 分的原因：
form-survey-comments = 其他意見
form-survey-sign = 業主簽名
form-survey-date = 日期
print-survey-none = 現時沒有進行中的評議表需要紙本。
survey-paper-usage = 請輸入 /paper 及單位，例如 /paper A-15C（紙本評議表上的錄入編號）。
survey-paper-office-only = 只有客服或經理可以錄入紙本評議表。
survey-paper-none-open = 現時沒有進行中的評議表。
survey-paper-not-sampled = { $unit } 不在今期評議表的紙本名單內。
cmd-paper = 錄入紙本評議表
form-survey-list = 紙本評議表派發記錄
form-survey-out = 已派發
form-survey-back = 已交回
form-survey-entered = 已錄入
form-pass = 臨時出入證
form-pass-worker = 工人
form-pass-works = 工程
form-pass-valid = 有效日期
form-pass-dates = { $start } 至 { $end }
form-pass-application = 裝修申請
form-pass-scan = 保安用 Telegram 掃描此二維碼核對出入證。
form-pass-rules = 請在屋苑內時刻佩戴；工程完成或離職時交回管理處。
