## Commands (menu descriptions)
cmd-start = 開始，或輸入管理處提供的登記碼
cmd-help = 我可以幫你做甚麼
cmd-language = 語言 / Language
cmd-cancel = 取消正在填寫的表格

## Welcome and help
start-welcome =
    歡迎使用物業管理處客戶服務機械人。

    如管理處已給你登記碼，請按<b>我有登記碼</b>（或直接在此輸入登記碼）。
    如沒有，請按<b>申請登記單位</b>，管理處會核實你的資料。
start-known = 歡迎回來，<b>{ $name }</b>。你的登記身份：{ $roles }。
help-anon =
    我是管理處的客戶服務助理。首先需要確認你住在哪個單位：
    請輸入管理處給你的登記碼，或按 /start 然後選<b>申請登記單位</b>。
    /language 可更改語言。
help-resident =
    <b>住戶</b>
    /repair 報修，/complaint 投訴，/renovate 申請裝修，/survey 回覆管理處的評議表，
    /my 查看你的申請，/start 顯示你的單位。
    /language 更改語言，/cancel 取消正在填寫的表格。
help-staff =
    <b>管理處職員</b>
    工作會發送到你所屬小組的群組。/queue 列出未完成工作，/ticket R-2026-000123 查看工單，
    /oncall 擔任當值。/complaints（客戶服務台、經理）查看投訴及每週統計，
    /renovations 裝修記錄，/survey 業主評議表，/code 發出一次性登記碼。
    /language 更改語言，/cancel 取消正在填寫的表格。
language-choose = 請選擇語言：
language-set = 語言已設為繁體中文。
cancel-done = 已取消，沒有提交任何資料。
cancel-nothing = 目前沒有可取消的事項。
unknown-command = 我不認識這個指令。輸入 /help 查看可用功能。
unknown-text = 我不明白你的意思。請使用選單或輸入 /help。
button-stale = 這個按鈕已失效，請使用最新的訊息。

## Codes
code-ask = 請輸入管理處給你的登記碼（例如 K7M2Q-9XD4T）。
code-ask-again = 這看來不是登記碼。登記碼由 10 個英文字母及數字組成，例如 K7M2Q-9XD4T。或輸入 /cancel 取消。
code-invalid = 登記碼無效。請檢查後再試，或向管理處索取新的登記碼。
code-used = 這個登記碼已被使用。請向管理處索取新的登記碼。
code-expired = 這個登記碼已過期。請向管理處索取新的登記碼。
code-too-many-attempts = 錯誤次數太多，請於 { $minutes } 分鐘後再試。
code-already-staff = 你已擁有這個職務。
staff-joined = 歡迎！你現在是<b>{ $estate }</b>的<b>{ $role }</b>{ $trade }。
staff-joined-notice = 新職員：{ $name } 已加入，職務為{ $role }{ $trade }。
resident-linked = 完成：你已登記為{ $estate }單位 <b>{ $unit }</b> 的{ $relation }。

## Staff groups
group-link-usage = 請輸入 /link 加上管理處提供的群組登記碼，例如 /link K7M2Q-9XD4T。
group-linked = 本群組已登記為{ $estate }的<b>{ $purpose }</b>群組{ $trade }。
group-awaiting-link = 你好。請於 { $minutes } 分鐘內輸入 /link 及群組登記碼，否則我會離開本群組。

## Asking to be linked
link-no-estates = 管理處尚未設定屋苑，請聯絡管理處。
link-ask-estate = 你住在哪個屋苑？
link-ask-unit = 哪個單位？請輸入座數及單位，例如 <b>A-12B</b> 或 <b>A座12樓B室</b>。
link-ask-relation = 你是這個單位的：
link-ask-name = 請輸入你的全名（與管理處記錄相同）：
link-ask-phone = 請提供聯絡電話，方便管理處致電。可按按鈕分享、直接輸入，或略過。
link-phone-not-own = 請分享你自己的電話號碼。
link-phone-noted = 謝謝。
link-confirm-hint = 請核對以上資料並按<b>確認</b>，或修改其中一項。
link-preview =
    <b>請核對：</b>
    屋苑：{ $estate }
    單位：{ $unit }
    身份：{ $relation }
    姓名：{ $name }
    電話：{ $phone }
link-sent = 已交管理處處理（申請編號 #{ $id }）。核實後我會通知你。
link-already = 你已登記於單位 { $unit }。
link-request-exists = 你已申請登記單位 { $unit }，管理處會盡快回覆。
link-request-too-many = 你已有 { $max } 個申請正在等候處理，請等待管理處回覆。
link-request-decided = 這個申請已有人處理。
link-card =
    <b>單位登記申請 #{ $id }</b>
    姓名：{ $name }
    單位：{ $unit }（{ $relation }）
    電話：{ $phone }
link-card-decided =
    <b>單位登記申請 #{ $id }</b> — 已由 { $by } { $decision }
    { $name }，{ $unit }（{ $relation }）
link-approved = 管理處已將你登記於單位 <b>{ $unit }</b>。輸入 /help 查看可用功能。
link-rejected = 管理處未能核實你為單位 { $unit } 的住戶，請聯絡管理處。
decision-approved = 批准
decision-rejected = 拒絕
decision-recorded = 已記錄。
value-none = —

## Input problems
input-need-text = 請以文字輸入{ $field }。
input-empty = { $field }不可留空。
input-too-long = { $field }太長（{ $got } 字，上限 { $max } 字），請刪減。
input-bad-phone = 這不是電話號碼。請輸入數字，例如 +852 9123 4567。
input-use-buttons = 請按其中一個按鈕。
input-wrong-kind = 收到{ $kind }，但這一步需要其他資料。
kind-text = 文字
kind-photo = 相片
kind-document = 檔案
kind-sticker = 貼圖
kind-voice = 語音訊息
kind-video = 影片
kind-contact = 聯絡人
kind-location = 位置
kind-animation = 動畫
kind-audio = 音訊檔
kind-video_note = 影片訊息
kind-other = 訊息
field-name = 姓名
field-phone = 電話號碼
field-unit = 單位
field-title = 標題
field-description = 描述

## Errors
error-generic = 抱歉，未能完成。
error-invalid-input = 輸入的資料無效。
error-not-authorized = 你沒有權限進行這項操作。
error-not-found = 找不到相關記錄。
error-conflict = 其他人剛剛更改了這項記錄，請查看最新訊息。
error-busy = 系統暫時繁忙。你的訊息已保存，稍後會自動處理，無須重新發送。
error-failed = 抱歉，系統出現問題。你之前填寫的資料已保留，請再試一次這一步。

## Names of things
relation-owner = 業主
relation-co_owner = 聯名業主
relation-tenant = 租客
relation-proxy = 授權代表
role-desk = 客戶服務主任
role-crew = 維修技工
role-supervisor = 設備主管
role-manager = 物業經理
role-security = 保安員
trade-plumbing = 水喉
trade-electrical = 電力
trade-safety = 消防及安全設施
trade-locks = 門鎖
trade-lift = 升降機
trade-general = 綜合維修
purpose-desk = 客戶服務
purpose-crew = 維修組
purpose-managers = 經理
purpose-security = 保安
purpose-supervisors = 設備主管

## Buttons
btn-have-code = 我有登記碼
btn-request-link = 申請登記單位
btn-share-phone = 分享我的電話號碼
btn-skip = 略過
btn-edit-unit = 修改單位
btn-edit-relation = 修改身份
btn-edit-name = 修改姓名
btn-edit-phone = 修改電話
btn-confirm = 確認
btn-cancel = 取消
btn-approve = 批准
btn-reject = 拒絕

## Office set-up (errors shown by the command line)
hours-empty = 辦公時間不可留空。
hours-bad = 無法讀取辦公時間「{ $part }」，請寫成例如「mon-fri 08:30-18:00; sat-sun 09:00-17:00」。
hours-overlap = { $day } 的辦公時間重疊。
tz-unknown = 不明時區 { $tz }，請使用例如 Asia/Hong_Kong。
estate-bad-code = 屋苑代號「{ $code }」只可包含英文字母、數字、- 或 _（最多 32 字）。
estate-exists = 屋苑代號 { $code } 已存在。
estate-not-found = 沒有代號為 { $code } 的屋苑。
unit-not-found = 單位記錄中沒有 { $unit }。請寫出座數及單位，例如 A-12B 或 A座12樓B室。
code-needs-role = 職員登記碼需要 --role。
code-needs-trade = 維修組登記碼需要 --trade。
code-needs-purpose = 群組登記碼需要 --purpose。
code-needs-unit = 住戶登記碼需要 --unit 及 --relation。
code-bad-days = --days 必須介乎 1 至 366。
outbox-undelivered = ⚠️ 一則發給 { $name }（單位 { $unit }）的訊息可能未送達：Telegram 未有確認送達，系統不會重發。如該訊息重要，請直接聯絡住戶。

## How values are written (../shared/VOICE.md)
trade-of = （{ $trade }）
week-label = 第{ $week }週（{ $span }）
unit-with-relation = { $unit }（{ $relation }）
callback-rating = 評分：{ $rating }
callback-rating-comment = 評分：{ $rating }，意見：{ $comment }
ticket-detail-rating = 評分：{ $rating }

## Registry changes (權籍管理) and staff changes (issue 13)
cmd-holders = 單位權籍：業主、租客及授權代表（連記錄）
cmd-moveout = 租客遷出：結束租住登記
cmd-sale = 單位易手：登記新業主
cmd-staff = 職員名單：停用、重發登記碼
holders-usage = 請輸入單位，例如 /holders A-12B。
holders-title = <b>{ $unit } 權籍記錄</b>
holders-current = • { $name }（{ $relation }）由 { $since } 起
holders-ended = • <s>{ $name }（{ $relation }）</s> { $since } 至 { $until }（{ $reason }）
holders-none = （未有登記）
end-reason-moved-out = 遷出
end-reason-sold = 單位易手
end-reason-removed = 管理處取消
btn-end-link = 結束：{ $name }（{ $relation }）
btn-back-to-list = 返回
moveout-no-tenant = 此單位現時未有登記租客。
end-link-confirm = 確定今日結束 <b>{ $name }</b>（{ $relation }）於 { $unit } 的登記？對方會即時失去此單位的使用權限，未完成的表格會關閉，已提交的個案會留在單位記錄。
registry-link-ended-ok = 已結束登記。
sale-usage = 請輸入單位、日期（可省略，即今日）及新業主姓名，例如 /sale A-12B 1/12/2026 黃小姐。
sale-confirm =
    <b>{ $unit } 易手</b>：由 { $day } 起新業主為 <b>{ $name }</b>。
    以下登記會於當日結束：
    { $ending }
sale-recorded = 已登記 { $unit } 由 { $day } 起屬於 { $name }，結束了 { $count } 項登記。請把此登記碼交給新業主：<code>{ $code }</code>
registry-add-usage = 請輸入單位及姓名，例如 /{ $command } A-12B 陳小明。
registry-added = 已登記 { $name } 為 { $unit } 的{ $relation }。請把此登記碼交給對方：<code>{ $code }</code>
registry-date-future = 日期 { $day } 仍未到，請登記已發生的變更。
registry-date-before-start = 日期 { $day } 早於該登記開始的日期（{ $since }）。
registry-link-not-found = 找不到這項登記。
registry-link-ended = { $name } 於 { $unit } 的登記已經結束。
registry-add-relation = 只可新增聯名業主、租客或授權代表；業主變更請用 /sale。
registry-no-owner = { $unit } 未有登記業主，不能新增聯名業主。
link-ended-moved-out = 管理處已結束你於單位 { $unit } 的租住登記，你未完成的表格已關閉。已提交的個案會留在單位記錄，由管理處跟進。如有疑問請聯絡管理處。
link-ended-sold = 單位 { $unit } 已易手，你於該單位的登記已結束，未完成的表格已關閉。如有疑問請聯絡管理處。
link-ended-removed = 管理處已取消你於單位 { $unit } 的登記，你未完成的表格已關閉。如有疑問請聯絡管理處。
access-ended = 你於單位 { $unit } 的登記已結束，不能再使用住戶功能。如有疑問請聯絡管理處。
owner-told-linked = 通知：{ $name } 已登記為你單位 { $unit } 的{ $relation }。如有錯誤請聯絡管理處。
staff-managers-only = 只有經理可以管理職員。
staff-not-yourself = 你不能停用自己。
staff-not-active = 此人現時不是本屋苑的職員。
staff-title = <b>{ $estate } 職員（{ $count } 人）</b>
staff-line = • { $name }：{ $roles }{ $oncall }
btn-staff-off = 停用 { $name }
btn-staff-code = 新登記碼：{ $name }
staff-off-confirm = 確定停用 <b>{ $name }</b>？其所有職務及當值會即時結束，手上未完成的工作會退回所屬小組。
staff-off-done = 已停用 { $name }，{ $count } 項工作已退回小組。
staff-codes =
    { $name } 的新登記碼：
    { $codes }
staff-ended-notice = 管理處已結束你的職員權限。如有疑問請聯絡經理。
staff-ended-group = { $name } 的職員權限已結束。
group-write-as-yourself = 請以你自己的身分發訊息，不要以群組或頻道名義發出：我要先確認你是誰，才可以顯示或更改資料。
help-group =
    <b>本群組可用的指令</b>
    { $commands }
    其他事項請私訊我。
slow-down = 你發送得太快了，請一分鐘後再繼續；期間發送的訊息不會處理。
handover-offer = 我未能理解你的意思。你想：
btn-handover-repair = 🔧 報修
btn-handover-complaint = 📣 投訴
btn-handover-ask = 💬 問管理處
btn-handover-end = 結束對話
handover-type-question = 請輸入你想問管理處的問題。
handover-opened = 已轉交管理處客戶服務（{ $number }）。他們會在這裏回覆你；你之後的訊息也會轉交給他們。完成後請按「結束對話」。
handover-relayed = ↪️ 已轉交管理處。
handover-ended = 對話已結束。如有需要，隨時再問。
handover-ended-desk = 💬 { $number }：住戶已結束對話。
handover-card = 💬 { $number } · { $place } · { $name }：
    { $text }
    ↩️ 回覆這則訊息即可答覆住戶。
handover-more = 💬 { $number } · { $name }：{ $text }
    ↩️ 回覆這則訊息即可答覆住戶。
handover-answer = 💬 管理處（{ $name }）：{ $text }
handover-sent = ✅ { $number }：已由 { $name } 答覆住戶。
handover-closed = 這個對話已經結束。
handover-residents-only = 只有已登記單位的住戶可以透過這裏聯絡管理處。
repair-link-first = 要報修或投訴，請先登記你的單位：輸入管理處發出的登記碼，或申請登記。
cat-enquiry = 查詢
queue-btn-kind-enquiry = 查詢
note-ask = 住戶
note-answer = 管理處
action-resident-wrote = 住戶留言
action-desk-answered = 管理處答覆
action-enquiry-closed = 對話結束
