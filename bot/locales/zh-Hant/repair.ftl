cmd-repair = 報修
cmd-my = 我的申請及進度
cmd-queue = 未完成工作（按限期排列）
cmd-ticket = 以編號查看工單
cmd-oncall = 擔任緊急維修當值

## The repair form
repair-ask-category = 需要維修甚麼？
repair-ask-place = 在哪裏？
repair-common-area = 公共地方
repair-ask-location = 哪個公共地方？例如「A座大堂」或「停車場二樓」。
repair-place-common = 公共地方：{ $location }
repair-ask-description = 請描述問題（甚麼問題、何時開始、嚴重程度）。
repair-ask-photos = 請發送最多 { $max } 張相片（可一次發送多張），然後按<b>完成</b>。沒有相片？請按<b>不附相片</b>。
repair-photos-count = 已收到 { $count } 張相片（最多 { $max } 張）。
repair-photo-or-done = 請發送相片，或按下面的按鈕。
btn-photos-done = 完成
btn-no-photos = 不附相片
repair-ask-urgency =
    是否緊急？緊急事故（爆水喉、水浸、停電、消防安全、有人困𨋢）會即時通知當值維修人員，全日24小時處理。
urgency-normal = 一般
urgency-emergency = 🚨 緊急
repair-ask-time = 維修人員何時可以上門？請選擇時段，或自行輸入。
time-any = 任何時間
time-morning = 上午（9–12時）
time-afternoon = 下午（14–18時）
time-evening = 晚上（18–21時）
repair-confirm-hint = 請核對以上報修資料並按<b>確認</b>，或修改其中一項。
repair-preview =
    <b>報修資料——請核對：</b>
    類別：{ $category }
    地點：{ $place }
    問題：{ $description }
    相片：{ $photos } 張
    緊急程度：{ $urgency }
    時間：{ $time }
btn-edit-category = 修改類別
btn-edit-place = 修改地點
btn-edit-description = 修改描述
btn-edit-photos = 修改相片
btn-edit-urgency = 修改緊急程度
btn-edit-time = 修改時間
repair-submitted = 謝謝。你的報修編號為 <b>{ $number }</b>，派工單已發給維修組，每個進度都會通知你。
repair-submitted-emergency = 🚨 緊急報修 <b>{ $number }</b> 已即時通知維修組及當值維修人員。如有人身危險，請致電 999。
repair-submitted-after-hours = 謝謝。你的報修編號為 <b>{ $number }</b>。管理處現已下班，將於 { $opens } 重新辦公並跟進。如屬緊急情況，請以「緊急」重新報修。
repair-bad-category = 請從按鈕中選擇類別。
repair-bad-urgency = 請選擇一般或緊急。
repair-too-many-photos = 最多 { $max } 張相片。
repair-not-resident = 只有已登記單位的住戶可以報修。請按 /start 登記。
repair-not-your-unit = 你只可為自己的單位報修。
repair-not-your-estate = 你只可為自己居住的屋苑報修。
qr-unknown = 無法識別這個二維碼，請改用 /repair。
qr-not-resident = 請先登記你的單位（/start），然後再掃描。
qr-not-your-unit = 這個二維碼屬於其他單位。請用 /repair 為自己的單位報修。
file-too-big = 檔案太大（{ $size } MB，上限 { $max } MB），請發送較小的檔案。
file-not-photo = 請發送相片（或圖片檔案）。
file-not-document = 請以檔案或相片形式發送。
file-wrong-type = 不接受這類檔案，請以 PDF 檔案或相片發送。

## Categories and statuses
cat-plumbing = 水喉
cat-electrical = 電力
cat-safety = 消防及安全設施
cat-leak = 滲水／漏水
cat-locks = 門鎖
cat-lift = 升降機
cat-common = 公共地方
cat-other = 其他
status-dispatched = 等候維修人員接單
status-accepted = 已接單
status-on_the_way = 維修人員正在前往
status-on_site = 維修人員已到場
status-waiting_parts = 等候零件
status-done = 已完成，等候住戶確認
status-confirmed = 已修妥，待回訪
status-rework = 已發整改通知
status-closed = 已結案
status-cancelled = 已取消
status-received = 已收到
status-in_progress = 處理中
status-replied = 已回覆

## Work order card
card =
    🔧 <b>派工單 { $number }</b> { $emergency }
    類別：{ $category }
    地點：{ $place }
    問題：{ $description }
    相片：{ $photos } 張　時間：{ $time }
    狀態：<b>{ $status }</b>
    { $due_label }：{ $due }
card-emergency = 🚨 緊急
card-accept-due = 接單限期
card-complete-due = 完成限期
card-note-parts = 等候零件：{ $reason }
card-note-handed-back = 由 { $name } 退回：{ $reason }
card-note-reopened = 住戶要求再修：{ $reason }
card-note-rework = 📝 <b>整改通知</b>：{ $problem }——請於 { $due } 前確認
btn-job-take = ✋ 接單
btn-job-way = 正在前往
btn-job-site = 已到場
btn-job-parts = 等候零件
btn-job-done = ✅ 完成
btn-job-back = 退回
btn-job-contact = 📞 聯絡住戶
btn-job-ack = 確認整改
job-taken = 已由你接單。
job-not-your-trade = 這張工單屬於其他工種或屋苑。
job-already-taken = 已由 { $name } 接單。
job-not-yours = 只有負責的維修人員、客戶服務或經理可以操作。
job-same-step = 已經是目前的進度。
job-done-needs-photo = 請發送完工相片。
ticket-wrong-state = 現時不能進行這項操作（工單狀態：{ $status }）。
ticket-changed = 其他人剛剛更改了這張工單，請查看最新的工單。
ticket-not-found = 找不到這張工單。
page-emergency = 🚨 <b>你正在當值：緊急維修</b>
page-taken = { $number } 已由 { $name } 接單。
contact-card = <b>{ $number }</b>——住戶 { $name }，電話 { $phone }
contact-sent = 已私下發送給你。
check-private-chat = 已在私人對話中問你。
ask-parts = { $number }：等候哪些零件？（完成限期會暫停計算）
ask-done = { $number }：請發送完工相片（可附說明）。
ask-back = { $number }：退回工單的原因？
ask-problem = { $number }：住戶反映了甚麼問題？會以書面通知維修組整改。
ask-comment = { $number }：有甚麼想告訴我們嗎？請輸入意見，或按略過。
ask-reopen = { $number }：抱歉仍未修好。請說明現時的問題。
answered-parts = { $number }：已標示為等候零件。
answered-back = { $number }：已退回維修組群組。
answered-problem = { $number }：整改通知已發給維修組。
answered-comment = 謝謝你的意見。
answered-reopen = { $number }：已重新派工。
done-recorded = { $number }：已完成，已請住戶確認。
remind-accept = ⏰ { $number } 仍未有人接單（限期 { $due }）。
remind-complete = ⏰ { $number } 應於 { $due } 前完成，請更新進度。
escalate-accept-escalate = ⚠️ { $number }（{ $category }，{ $place }）逾時未接單。/t_{ $link }
escalate-complete-overdue = ⚠️ { $number }（{ $category }，{ $place }）逾時未完成：{ $status }。/t_{ $link }
escalate-callback-overdue = ⚠️ { $number }（{ $place }）逾時未回訪。/t_{ $link }
escalate-rework-overdue = ⚠️ { $number }（{ $place }）的整改通知 24 小時內未獲確認。/t_{ $link }
rework-notice = 📝 { $number } 整改通知：{ $problem }。請於 { $due } 前在維修組群組確認。
oncall-set = 你現為{ $trades }的當值維修人員，緊急報修會在此通知你。
oncall-crew-only = 只有維修人員可以擔任當值。

## The resident is told
repair-accepted = { $number }：已由 { $name } 接單。
repair-on_the_way = { $number }：維修人員正在前往。
repair-on_site = { $number }：維修人員已到場。
repair-waiting_parts = { $number }：等候零件（{ $reason }）。
repair-done = { $number }：維修已完成。請問是否已修妥？
repair-reassigned = { $number }：將由另一位維修人員跟進。
repair-auto-confirmed = { $number }：未收到你的回覆，當作已修妥。管理處稍後會回訪。
repair-closed = { $number }：已結案，謝謝。
repair-rework = { $number }：已通知維修組返回處理餘下問題。
repair-cancelled = { $number }：管理處已取消這項報修。如有疑問請聯絡管理處。
btn-fixed-yes = 👍 已修妥
btn-fixed-no = 👎 未修妥
rate-ask = 請為這次維修評分：
rate-thanks = 謝謝：{ $stars }
rating-range = 請選擇 1 至 5 星。
my-none = 你暫時沒有申請。按 /repair 報修。
my-open-header = <b>處理中</b>
my-recent-header = <b>最近</b>
my-line = { $number } · { $category } · { $place }——{ $status }

## Desk callbacks (回訪)
callback-task =
    📞 <b>回訪 { $number }</b>（{ $category }，{ $place }）
    住戶：{ $name }，{ $phone }
    回訪限期：{ $due }
btn-cb-satisfied = 滿意
btn-cb-problem = 發現問題
btn-cb-unreachable = 未能聯絡
callback-done = 回訪 { $number }：{ $result }（{ $name }）
callback-already-recorded = 這項工作的回訪已記錄。

## Staff tools
queue-header = <b>未完成工作</b>（{ $count }），按限期排列：
queue-line = { $emergency }{ $number } · { $place } · { $status } · 限期 { $due } /t_{ $link }
queue-empty = 沒有未完成的工作。
ticket-usage = 請輸入 /ticket 及編號，例如 /ticket R-2026-000123。
ticket-detail =
    <b>{ $number }</b>——{ $status }
    類別：{ $category }；地點：{ $place }
    報修人：{ $reporter }，時間：{ $created }
    問題：{ $description }
ticket-history = <b>記錄</b>
history-line = { $at } · { $step } · { $who }
history-rated = 評分 { $stars }
note-line = { $at } · { $kind }：{ $text }
note-parts = 零件
note-hand-back = 退回
note-reopen = 再修
note-rework = 整改
note-done = 備註
level-accept-remind = 提醒：未接單
level-accept-escalate = 警示：逾時未接單
level-complete-overdue = 警示：逾時未完成
level-auto-confirm = 自動確認（住戶未回覆）
level-callback-overdue = 警示：逾時未回訪
level-rework-overdue = 警示：整改未確認
action-contact-shown = 查看住戶聯絡資料
action-created = 報修
field-location = 地點
field-preferred_time = 時間
field-reason = 原因
field-problem = 問題
field-comment = 意見
field-note = 備註

## Jobs returned when their assignee leaves (issue 13)
card-note-returned = { $name } 已離職，工作退回小組，請接手。
action-returned = 退回小組（職員離職）

## Reassignment (issue 13)
cmd-assign = 分派工作：指定同事、轉交其他工種或自行接手
assign-usage = 請輸入工單編號，例如 /assign R-2026-000123。
assign-title = <b>分派 { $number }</b>：請選擇由誰跟進。
btn-assign-me = 由我接手
btn-assign-person = 👷 { $name }（{ $trade }）
btn-assign-trade = ➡️ 轉交{ $trade }
assign-not-staff = 此人不是本屋苑的職員。
assign-same-person = 這項工作已由此人跟進。
assign-same-trade = 這項工作已屬於此工種。
card-note-assigned = 管理處（{ $by }）已分派給 { $name }。
card-note-trade-changed = 管理處（{ $by }）已轉交{ $trade }，請看該組的新工單。
card-note-trade-from = 由{ $trade }轉交（{ $by }）。
card-note-no-crew = ⚠️ 本屋苑未有{ $trade }技工：請客戶服務台自行接手，或用 /assign { $number } 分派給同事。
job-assigned-to-you = 管理處（{ $by }）把以下工作分派給你：
action-assigned = 已分派
action-trade-changed = 已轉交其他工種
file-unreadable = 未能讀取這張相片，請再發送一次。
file-too-many-pixels = 這張圖片太大（超過 4000 萬像素），請發送較小的圖片。
escalate-accept-manager = ⚠️ { $number }（{ $category }，{ $place }）仍未有人接單，已通知客戶服務，現通知經理。/t_{ $link }
escalate-accept-head-office = ⚠️ { $estate }：{ $number }（{ $category }，{ $place }）仍未有人接單，客戶服務及經理已獲通知。
remind-accept-repeat = ⏰ { $number } 仍未有人接單（限期 { $due } 已過），第 { $repeat } 次提醒。
remind-complete-repeat = ⏰ { $number } 應於 { $complete } 前完成，現已逾時，第 { $repeat } 次提醒，請更新進度。
remind-callback-repeat = ⏰ { $number }（{ $place }）的回訪限期 { $callback } 已過，第 { $repeat } 次提醒。
remind-rework-repeat = ⏰ { $number } 的整改通知仍未確認（限期 { $rework }），第 { $repeat } 次提醒。
emergency-nobody-on-call = 🚨 緊急報修 { $number }（{ $category }，{ $place }）：現時沒有當值維修人員{ $trade }，未能通知任何人。請即安排人手。/t_{ $link }
repair-submitted-emergency-desk = 🚨 緊急報修 <b>{ $number }</b> 已即時通知維修組及管理處。如有人身危險，請致電 999。
level-accept-manager = 警示：已通知經理
level-accept-head-office = 警示：已通知總公司
level-accept-repeat = 再次提醒：未接單
level-complete-repeat = 再次提醒：未完成
level-callback-repeat = 再次提醒：未回訪
level-rework-repeat = 再次提醒：整改未確認
queue-page-header = <b>未完成工作</b>（{ $count }），逾時的排先，其餘按限期排列（第 { $page }/{ $pages } 頁）：
queue-row = { $emergency }{ $number } · { $place } · { $status } · { $due } /t_{ $link }
queue-due = 限期 { $at }
queue-overdue = ⚠️ 逾時 { $span }
queue-no-due = 沒有限期
span-days = { $days } 日 { $hours } 小時
span-hours = { $hours } 小時 { $minutes } 分鐘
span-minutes = { $minutes } 分鐘
queue-btn-prev = « 上一頁
queue-btn-next = 下一頁 »
queue-btn-all = 全部
queue-btn-mine = 我的
queue-btn-overdue = 逾時
queue-btn-kind-repair = 維修
queue-btn-kind-complaint = 投訴
queue-btn-kind-renovation = 裝修
closure-reason-typhoon = 八號或以上熱帶氣旋警告信號
closure-reason-rainstorm = 黑色暴雨警告信號
closure-usage = 用法：/closed typhoon（八號風球或以上）或 /closed rainstorm（黑雨）；重開用 /reopen。
closure-set = 已宣佈管理處暫停辦公（{ $reason }）。按辦公時間計算的限期暫停，緊急維修照常通知當值人員。重開請用 /reopen。
closure-reopened = 管理處已重開辦公，{ $count } 張工單的限期已順延。
closure-already = 管理處已在暫停辦公中。
closure-not-closed = 管理處現時並無暫停辦公。
closure-managers-only = 只有經理可以宣佈管理處暫停或重開辦公。
office-closed-notice = 🌀 管理處暫停辦公（{ $reason }）。按辦公時間計算的限期暫停，緊急維修照常通知當值人員。
office-reopened-notice = ✅ 管理處已重開辦公，限期恢復計算並已順延。
repair-submitted-closed = 已收到報修 <b>{ $number }</b>。管理處現因{ $reason }暫停辦公，會在重開後跟進。如屬緊急情況（水浸、停電、有人被困），請重新報修並選「緊急」，當值維修人員會即時收到通知；如有人身危險，請致電 999。
