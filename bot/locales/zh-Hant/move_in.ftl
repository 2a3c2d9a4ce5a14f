## 入伙
movein-ask-unit = 你要辦理哪個單位的入伙？
movein-ask-day = 入伙預約：你想哪一天到管理處辦理？請選日子，或輸入日期，例如 15/12/2026。
movein-ask-time = { $day }可預約的時段：哪個時間合適？
movein-ask-applicant = 由誰辦理收樓？
movein-applicant-self = 業主本人
movein-applicant-agent = 業主委託的代辦人
movein-applicant-company = 公司業主
movein-preview = <b>入伙預約 — 請核對</b>
    單位：{ $unit }
    時間：{ $slot }
    辦理人：{ $applicant }
    需要的文件：{ $documents }
movein-confirm-hint = 請核對預約，然後按「預約這個時段」，或作出修改。
btn-movein-book = 預約這個時段
btn-movein-edit-day = 改日子
btn-movein-edit-applicant = 改辦理人
movein-booked = { $unit } 的入伙 { $number } 已預約在 { $slot }（{ $team }）。請按「傳送文件」，先把文件傳來核對。
movein-booked-next = 已預約，客戶服務部已收到。
movein-card-booked = 🏠 入伙 { $number } · { $unit }
    預約時間：{ $slot }（{ $team }）
    辦理人：{ $applicant }
btn-movein-docs = 傳送文件
movein-team = 入伙工作組
movein-desk = 客戶服務部
movein-status = { $unit } 的入伙 { $number }（{ $slot }）：{ $status }
movein-status-booked = 文件傳送及核對中
movein-status-fees = 待繳入伙費用
movein-status-inspection = 等候驗房
movein-status-rectifying = 執修中
movein-status-keys = 鑰匙待領取
movein-status-done = 已完成
movein-doc-notice = 入伙通知書
movein-doc-procedure = 入伙手續書
movein-doc-id = 業主身份證明文件
movein-doc-contract = 房屋買賣合約
movein-doc-authorisation = 業主委託書
movein-doc-agent_id = 受託人身份證明文件
movein-doc-company_cert = 公司證明
movein-tenant = 入伙由單位業主辦理，請業主預約。
movein-owners-only = 只有已登記的業主可以預約入伙。
movein-not-your-unit = 這個單位不是你擁有的。
movein-day-past = 請選明天或之後的日子。
movein-day-far = 最多可預約 { $days } 日內的日子，請選早一點的日子。
movein-no-slot = { $day }沒有入伙時段，請選另一天。
movein-no-such-time = 這個時間不是{ $day }的時段，請選所列的時間。
movein-already-booked = 這個單位已預約入伙，請傳送 /movein 查看。
movein-not-found = 找不到這宗入伙。
movein-desk-only = 只有本屋苑的客戶服務部或經理可以這樣做。
movein-changed = 這宗入伙剛有改動，請再看一次。
movein-documents-closed = 這宗入伙的文件已齊。
movein-bad-item = 這份文件不在這宗入伙的清單上。
movein-document-sent = 這份文件已傳送。
movein-bad-reason = 請選所列的原因。
movein-document-decided = 這份文件已核對。
movein-not-fees = 這宗入伙現在不用繳費。
movein-bad-receipt = 請輸入收據號碼。
movein-reading-lower = 這個讀數比上次（{ $last }）低，請再抄一次錶。
movein-bad-reading = 請以數字輸入讀數，例如 01234.5
movein-bad-room = 這個房間不在驗房清單上。
movein-not-inspection = 這宗入伙不在等候驗房。
movein-meters-missing = 請先抄水錶、電錶及煤氣錶。
movein-reinspect-day = 請選明天或之後的日子。
movein-not-rectifying = 這宗入伙沒有待複驗的問題。
movein-defects-open = 仍有 { $count } 項維修未完成。
movein-not-keys = 鑰匙仍未準備好。
movein-bad-settings = 屋苑的入伙設定無法讀取，請通知管理處。
btn-movein-agree = 我確認{ $item }
movein-agreement-dmc = 《業主臨時管理規約》
movein-agreement-renovation = 《住宅裝修管理協議》
movein-agreement-handbook = 《業主手冊》
btn-movein-keys = 我已收到鑰匙
btn-movein-doc-ok = 接受
btn-movein-doc-return = 退回：{ $reason }
movein-reason-unreadable = 看不清楚
movein-reason-wrong = 文件不符
movein-reason-expired = 已過期
movein-reason-mismatch = 姓名不符
btn-movein-reinspected = 已複驗：全部修妥
btn-movein-deadline = 收樓，其餘 { $days } 日內整改
movein-card-document = 📄 入伙 { $number } · { $unit }：{ $item }
movein-no-fees = （未設定收費項目）
movein-card-fees = 💰 入伙 { $number } · { $unit }：文件已齊。收費項目：
    { $fees }
    合共 { $total }
movein-owner-fees = 入伙 { $number } 的文件已齊。入伙費用：
    { $fees }
    合共 { $total }
movein-card-inspection = 🔍 入伙 { $number } · { $unit }：已繳費（收據 { $receipt }）。驗房時間 { $slot }。
movein-owner-paid = 入伙 { $number } 的費用已記錄（收據 { $receipt }）。驗房時間 { $slot }。
movein-card-rectifying = 🛠 入伙 { $number } · { $unit }：{ $day }複驗。
movein-owner-rectifying = { $unit } 驗房發現的問題已交維修組跟進，{ $day }複驗。
movein-owner-keys = { $unit } 已驗收。收到鑰匙後請按「我已收到鑰匙」。
movein-owner-keys-deadline = { $unit } 已驗收，其餘問題限期於 { $day } 前整改。收到鑰匙後請按「我已收到鑰匙」。
movein-card-accepted = ✅ 入伙 { $number } · { $unit }：已驗收{ $deadline ->
        [yes] ，其餘限期 { $day } 前整改
       *[no] {""}
    }。
btn-movein-receipt = 記錄收據
btn-movein-inspect = 開始驗房
movein-ask-doc = { $number } 請以相片或 PDF 傳送{ $item }。
movein-doc-received = 已收到{ $item }，客戶服務部會核對。
movein-ask-agree = { $number }：請細閱並逐項確認。
movein-docs-waiting = { $number }：文件已全部傳送，客戶服務部正在核對。
movein-agreed = 已確認，並記錄時間及你的帳戶。
movein-doc-accepted = { $number }：{ $item }已接受。
movein-doc-returned = { $number }：{ $item }已退回（{ $reason }）。請按「傳送文件」再傳送。
movein-ask-receipt = { $number }：請輸入收費收據編號。
movein-receipt-preview = { $number }：記錄收據 { $receipt }？
movein-receipt-hint = 請按「儲存收據」記錄，或按「更改編號」。
btn-movein-receipt-save = 儲存收據
btn-movein-receipt-edit = 更改編號
movein-receipt-recorded = 已為 { $number } 記錄收據 { $receipt }；驗房卡已發到客戶服務中心群組。
movein-meter-water = 水錶
movein-meter-electricity = 電錶
movein-meter-gas = 煤氣錶
movein-ask-meter = { $number }：請輸入{ $meter }讀數，例如 01234.5
movein-ask-meter-photo = { $number }：請傳送{ $meter }的相片。
movein-meters-recorded = { $number }：三個錶的讀數及相片已記錄。現在按房間逐項驗房。
movein-ask-category = { $item }：是哪類執修？
movein-room-living = 客廳
movein-room-bedroom = 睡房
movein-room-kitchen = 廚房
movein-room-bathroom = 浴室
movein-room-balcony = 露台
movein-ask-defect = 請簡單描述執修項目。
movein-ask-defect-photo = 請傳送執修項目的相片。
movein-defect-recorded = 維修單 { $ticket } 已開立並發給維修組（暫共 { $count } 項）。
movein-ask-reinspect-day = 哪天複驗？請選擇日期或輸入，例如 21/12/2026。
movein-inspection-done = { $number }：驗房已記錄。
movein-keys-recorded = 多謝：已簽收鑰匙，並記錄時間及你的帳戶。
movein-card-done = 🔑 入伙 { $number } · { $unit }：業主已簽收鑰匙。
movein-owner-done = { $number }：{ $unit } 入伙手續完成，歡迎入住！
movein-records-caption = { $number }：入伙記錄（PDF 及試算表）。
movein-rec-moment = { $at }
movein-rec-title = 入伙記錄 { $number } · { $unit }
movein-rec-owner = 業主登記表
movein-rec-documents = 入伙資料簽收記錄
movein-rec-fees = 入伙收費記錄
movein-rec-inspection = 驗房簽收記錄
movein-rec-keys = 領取鑰匙簽收記錄
movein-rec-field = 項目
movein-rec-value = 內容
movein-rec-number = 入伙編號
movein-rec-unit = 單位
movein-rec-owner-name = 業主
movein-rec-applicant = 辦理人
movein-rec-slot = 預約時間
movein-rec-item = 項目
movein-rec-status = 狀況
movein-rec-sent = 遞交時間
movein-rec-decided = 核對時間
movein-rec-doc-sent = 待核對
movein-rec-doc-accepted = 已接受
movein-rec-doc-returned = 已退回
movein-rec-confirmed = 已確認
movein-rec-amount = 金額
movein-rec-receipt = 收據編號
movein-rec-paid-at = 繳費時間
movein-rec-reading = 讀數／內容
movein-rec-ticket = 時間／維修單
movein-rec-reinspect = 複驗日期
movein-rec-accepted = 收樓時間
movein-rec-rectify-by = 限期整改至
movein-rec-keys-at = 簽收鑰匙時間

## Move-in: the inspection checklist by room (驗房)
movein-ask-room-check = { $number } · { $room }（第 { $place } 間，共 { $total } 間）：請逐項檢查{ $items }。
    有問題的項目請按該項；其餘正常請按「其餘正常」。
btn-movein-check-defect = { $item }有問題
btn-movein-room-ok = 其餘正常
movein-bad-check-item = 這個項目不在此房間的驗房清單上。
movein-check-door = 大門及門鎖
movein-check-walls = 牆身及天花
movein-check-floor = 地台
movein-check-windows = 窗及窗框
movein-check-sockets = 電掣及插座
movein-check-lights = 燈具
movein-check-taps = 水喉及水龍頭
movein-check-drains = 去水
movein-check-gas = 煤氣喉及煮食爐
movein-check-tiles = 牆磚及地磚
movein-check-cabinets = 廚櫃
movein-check-toilet = 座廁
movein-check-fan = 抽氣扇
movein-check-heater = 熱水爐
movein-check-railings = 欄杆
movein-rec-check-ok = 正常
movein-rec-check-defect = 有問題
movein-card-defects-fixed = 🛠 入伙 { $number } · { $unit }：{ $count } 項驗房執修已全部完成，可按原定{ $day }複驗。

## Move-in: entrusted services (委託代辦)
btn-movein-errand = 委託代辦
movein-errand-water = 開通水費戶口
movein-errand-electricity = 開通電費戶口
movein-errand-gas = 開通煤氣戶口
movein-errand-keys = 代配鎖匙
movein-errand-cleaning = 代約清潔
movein-ask-errand = { $number }：想委託管理處代辦哪一項？
movein-ask-errand-note = { $item }：有甚麼要管理處知道？（例如方便聯絡的時間）請輸入備註，或按「不用備註」。
btn-movein-errand-no-note = 不用備註
movein-errand-preview = <b>委託代辦 — 請核對</b>
    { $number } · { $item }
    { $has_note ->
        [yes] 備註：{ $note }
       *[no] 沒有備註
    }
movein-errand-hint = 請核對後按「交給管理處」，或修改。
btn-movein-errand-send = 交給管理處
btn-movein-errand-edit-item = 改項目
btn-movein-errand-edit-note = 改備註
movein-errand-asked = 已交給管理處：{ $item }（{ $number }）。辦妥後會通知你。
movein-errand-none-left = 所有代辦項目都已委託，管理處辦妥後會通知你。
movein-errand-bad-item = 這個項目不在屋苑的代辦清單上。
movein-errand-open = 這個項目已經委託，管理處正在處理。
movein-errand-note-long = 備註請不多於 { $max } 字。
movein-errand-note-empty = 請輸入簡短備註，例如辦妥了甚麼。
movein-errand-done-already = 這個代辦項目已經辦妥。
movein-card-errand = 🧾 委託代辦 { $number } · { $unit }：{ $item }{ $has_note ->
        [yes] {""}
            業主備註：{ $note }
       *[no] {""}
    }
movein-card-errand-done = ✅ 委託代辦 { $number } · { $unit }：{ $item } — 已辦妥（{ $who }）
    { $note }
btn-movein-errand-done = 已辦妥
movein-ask-errand-done = { $number } · { $item }：請輸入簡短備註（例如戶口號碼或辦妥日期）。
movein-errand-done-preview = { $number } · { $item }：記錄為已辦妥？
    備註：{ $note }
movein-errand-done-hint = 請按「儲存」記錄，或按「修改備註」。
btn-movein-errand-save = 儲存
btn-movein-errand-change = 修改備註
movein-errand-recorded = 已記錄 { $number } 的「{ $item }」已辦妥，並已通知業主。
movein-owner-errand-done = { $number }：管理處已為你辦妥「{ $item }」。{ $note }
movein-status-errand = • 委託代辦：{ $item } — { $done ->
        [yes] 已辦妥
       *[no] 處理中
    }
movein-rec-errands = 委託代辦服務記錄
movein-rec-errand-note = 業主備註
movein-rec-errand-asked = 委託時間
movein-rec-errand-done-at = 辦妥時間
movein-rec-errand-result = 辦理結果
movein-rec-errand-by = 經辦人
movein-rec-errand-done = 已辦妥
movein-rec-errand-open = 處理中
movein-rec-no-errands = 沒有委託代辦項目
queue-errands = 🧾 委託代辦未辦妥（{ $count } 項）：{ $items }
