cmd-complaint = 投訴
cmd-complaints = 投訴個案：未完成清單、每週統計

## The complaint form
complaint-ask-unit = 投訴涉及哪個單位？
complaint-ask-category =
    管理處投訴熱線24小時開通，所有投訴均於72小時內回覆。
    請問投訴哪方面的問題？
complaint-ask-description = 請說明發生了甚麼事（事件、地點、時間、涉及人士）。
complaint-ask-photos = 你可發送最多 { $max } 張相片（可一次發送多張），然後按<b>完成</b>。沒有相片？請按<b>不附相片</b>。
complaint-ask-callback = 需要管理處致電回覆你嗎？
complaint-btn-callback-yes = 📞 需要，請回電
complaint-btn-callback-no = 不用，在此回覆即可
complaint-ask-time = 甚麼時間方便致電你？請選擇時段，或自行輸入。
complaint-callback-at = 需要，{ $time }
complaint-callback-none = 不需要
complaint-confirm-hint = 請核對以上投訴內容並按<b>確認</b>，或修改其中一項。
complaint-preview =
    <b>投訴內容——請核對：</b>
    單位：{ $unit }
    類別：{ $category }
    事件：{ $description }
    相片：{ $photos } 張
    回電：{ $callback }
complaint-btn-edit-category = 修改類別
complaint-btn-edit-description = 修改內容
complaint-btn-edit-photos = 修改相片
complaint-btn-edit-callback = 修改回電安排
complaint-submitted = 謝謝。你的投訴編號為 <b>{ $number }</b>。管理處會於 { $hours } 小時內（最遲 { $due }）回覆。輸入 /my 可查看進度。
complaint-bad-category = 請從按鈕中選擇類別。
complaint-not-resident = 只有已登記單位的住戶可以投訴。請按 /start 登記。
complaint-not-your-unit = 你只可就自己的單位作出投訴。

## Categories and departments
complaint-cat-service = 服務態度
complaint-cat-security = 保安
complaint-cat-cleaning = 清潔
complaint-cat-greening = 園藝綠化
complaint-cat-noise = 噪音
complaint-cat-parking = 停車場
complaint-cat-fees = 管理費及收費
complaint-cat-neighbours = 鄰里糾紛
complaint-cat-facilities = 會所及公共設施
complaint-cat-renovation = 裝修滋擾
complaint-cat-other = 其他
dept-engineering = 工程部
dept-security = 保安部
dept-cleaning = 清潔部
dept-greening = 園藝部
dept-finance = 財務部
dept-management = 管理部

## The desk's card and thread
complaint-card =
    📣 <b>投訴 { $number }</b>
    類別：{ $category }
    單位：{ $place } — { $name }（{ $phone }）
    回電：{ $callback }
    事件：{ $description }
    相片：{ $photos } 張
    狀態：<b>{ $status }</b>
complaint-btn-take = ✋ 跟進
complaint-btn-depts = 🏢 分派部門
complaint-btn-reply = ✉️ 回覆住戶
complaint-btn-link = 🔧 關聯維修單
complaint-btn-close = ✅ 結案
complaint-btn-back = ↩️ 返回
complaint-yours = 此投訴由你跟進。
complaint-already-taken = 已由 { $name } 跟進。
complaint-office-only = 只有本屋苑的客戶服務台及經理可處理投訴。
complaint-bad-department = 請從按鈕中選擇部門。
complaint-same-department = 已由該部門負責。
complaint-link-unknown = 本屋苑沒有維修單 { $number }。請輸入例如 R-2026-000123 的編號。
complaint-link-same = { $number } 已經關聯。
complaint-ask-reply = { $number }：請輸入給住戶的回覆。回覆會原文發出，署名為管理處。
complaint-ask-close = { $number }：請說明結案原因，住戶會收到通知。
complaint-ask-link = { $number }：由哪張維修單跟進？請輸入編號，例如 R-2026-000123。
complaint-ask-answer = { $number }：請輸入你給管理處的回應。
complaint-ask-reopen = { $number }：很抱歉。請問還有甚麼未解決？
complaint-answered-reply = { $number }：回覆已發送給住戶。
complaint-answered-close = { $number }：已結案。
complaint-answered-link = { $number }：已關聯維修單。
complaint-answered-answer = { $number }：已轉交管理處。
complaint-answered-reopen = { $number }：管理處會重新跟進並回覆你。
complaint-thread-replied = ✉️ { $number }：{ $name } 已回覆住戶：
    { $text }
complaint-thread-answer = 💬 { $number }：住戶回應：
    { $text }
complaint-thread-reopened = ↩️ { $number }：住戶表示不滿意：{ $reason }
    請於 { $due } 前再次回覆。
complaint-thread-satisfied = ✅ { $number }：住戶表示滿意 { $stars }，已結案。
complaint-thread-closed = ☑️ { $number }：{ $name } 已結案：{ $reason }
complaint-thread-repair-closed = 🔧 { $number }：關聯維修單 { $repair } 已完成結案，可回覆住戶。
complaint-remind = ⏰ { $number }：請於 { $due } 前回覆住戶（尚餘 { $hours } 小時）。
complaint-escalate = ⚠️ { $number }（{ $category }，{ $place }）未能於 { $hours } 小時內回覆（限期 { $due }）：{ $status }。/t_{ $link }

## The resident is told
complaint-taken = { $number }：管理處正跟進你的投訴。
complaint-taken-by = { $number }：管理處 { $name } 正跟進你的投訴。
complaint-routed = { $number }：已交由{ $department }跟進。
complaint-reply =
    ✉️ <b>有關你的投訴 { $number } 的回覆</b>
    { $text }
    { $signature }
complaint-signed = —— 管理處 { $name }
complaint-signed-office = —— 管理處
complaint-btn-res-answer = 💬 回應
complaint-btn-res-ok = 👍 滿意
complaint-btn-res-no = 👎 不滿意
complaint-rate-ask = 你對處理結果的評分是？
complaint-closed-satisfied = { $number }：已結案，多謝你的評分。
complaint-closed = { $number }：管理處已將你的投訴結案：{ $reason }
complaint-linked = { $number }：已開立維修單 { $repair } 跟進，每個進度都會通知你。

## The satisfaction question after any closed ticket
satisfaction-ask = { $number } 已結案。你對今次處理是否滿意？（1 = 非常不滿意，5 = 非常滿意）
satisfaction-thanks = { $number }：多謝你的意見，你的評分：{ $score } / 5。
satisfaction-thanks-short = 多謝。
satisfaction-already = 你已作答，多謝。

## /complaints
complaint-usage = /complaints 列出未完成的投訴；/complaints week 顯示本週統計，/complaints week last 顯示上週統計。
complaint-list-empty = 沒有未完成的投訴。
complaint-list-header = <b>未完成投訴</b>（{ $count } 宗），按回覆限期排列：
complaint-list-line = { $number } · { $category } · { $place } · { $status } · 回覆限期 { $due } /t_{ $link }
complaint-week-title = 📊 <b>投訴每週統計：{ $week }</b> — { $estate }
complaint-week-period = 截至 { $at }
complaint-week-received = 接獲投訴：<b>{ $count }</b> 宗
complaint-week-by-category = 按類別：
complaint-week-by-status = 現時狀態：
complaint-week-line = · { $name }：{ $count }
complaint-week-overdue = 現時逾期未覆（{ $count } 宗）：
complaint-week-overdue-line = · { $number } { $category } — 回覆限期 { $due } /t_{ $link }
complaint-week-overdue-none = 現時逾期未覆：沒有
complaint-week-closed = 本週結案：{ $count } 宗
complaint-week-rating = 平均評分：{ $avg } ⭐（{ $count } 個評分）
complaint-week-rating-none = 平均評分：—（沒有評分）
complaint-week-chart-title = 投訴類別統計：{ $week }
complaint-week-chart-y = 宗數
complaint-week-chart-caption = 📊 { $estate }：投訴類別統計，{ $week }

## History
level-reply-remind = 提示：距回覆限期尚餘 { $hours } 小時
level-reply-overdue = 警示：未能於限期內回覆
note-reply = 回覆
note-answer = 住戶回應
note-close = 結案
note-link = 關聯維修單
action-answered = 住戶回應
action-satisfaction = 已回答滿意度
field-reply = 回覆內容
field-answer = 你的回應
field-number = 編號

## Estate settings (propdesk admin estate set)
admin-setting-set = 設定 { $name } = { $value }
setting-bad-key = 「{ $name }」不是設定名稱（例如 complaints.show_staff_names）。
setting-bad-value = { $name } 不接受這個值。

## The desk's card: lines shown only when there is something to say
complaint-card-department = 負責部門：{ $department }
complaint-card-linked = 關聯維修：{ $linked }
complaint-card-due = 回覆限期：{ $due }
## A complaint routed to a department (its group, or its people)
complaint-btn-tell = 📨 通知部門
complaint-btn-dreply = ✉️ 回覆住戶
complaint-btn-dask = ❓ 問服務台
complaint-ask-dept_reply = { $number }：請輸入給住戶的回覆。內容會照發，以管理處名義署名，並計作管理處的回覆。
complaint-ask-dept_ask = { $number }：你想問服務台甚麼？
complaint-ask-tell = { $number }：請輸入給部門的訊息。
complaint-answered-dept_reply = { $number }：回覆已發送給住戶。
complaint-answered-dept_ask = { $number }：已轉交服務台。
complaint-answered-tell = { $number }：已轉交部門。
complaint-dept-card-head = 🏢 <b>交{ $department }跟進</b> — 可用以下按鈕回覆住戶或問服務台。
complaint-dept-moved = ↪️ 已改交{ $department }跟進。
complaint-dept-nowhere = ⚠️ { $number }：{ $department }未有群組，亦未有同事登記，投訴卡仍留在這裏。請連結部門群組，或用 <code>propdesk admin estate set</code> 設定 <code>{ $setting }</code>。
complaint-dept-replied = ✉️ { $number }：你的回覆已發送給住戶：
    { $text }
complaint-thread-dept-asks = ❓ { $number }：{ $name }（{ $department }）問服務台：
    { $text }
complaint-dept-told = 📨 { $number }：服務台 { $name }：
    { $text }
complaint-department-only = 只有負責的部門、服務台及經理可以處理。
complaint-no-department = 這宗投訴未交部門跟進。
field-message = 訊息
complaint-remind-repeat = ⏰ { $number }：回覆限期 { $due } 已過，仍未回覆住戶。第 { $repeat } 次提醒。
level-reply-repeat = 再次提醒：逾時未回覆
