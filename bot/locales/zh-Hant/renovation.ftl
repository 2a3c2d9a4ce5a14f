## 裝修申請
cmd-renovate = 裝修：申請或管理你的裝修申請
cmd-renovations = 裝修管理記錄（試算表）
cat-renovation = 裝修
status-desk_check = 客服部初審
status-tech_review = 設備主管審核
status-manager_review = 經理審批
status-info_needed = 待補交資料
status-rejected = 未獲批，待業主修改
status-approved = 已批准，待繳費
status-works = 施工中
status-final_check = 完工驗收
status-settling = 待交還出入證及結算按金
work-floor = 地台 / 地板
work-walls = 牆身 / 油漆
work-ceiling = 天花
work-electrical = 電線工程
work-plumbing = 水喉 / 去水
work-kitchen = 廚房
work-bathroom = 浴室
work-windows = 窗戶 / 鐵閘
work-aircon = 冷氣機
work-doors = 門
work-furniture = 傢俬訂造
field-contractor = 承辦商名稱
field-date = 日期
field-violation = 違規情況
dp-title = { $year }年{ $month }月
dp-weekdays = 一 二 三 四 五 六 日

## 業主填表
reno-owners-only = 只有單位業主（或聯名業主）可申請裝修。租客請聯絡業主辦理。
reno-not-your-unit = 你只可為自己名下的單位申請裝修。
reno-ask-unit = 請選擇裝修的單位：
reno-ask-works = 將進行哪些工程？請剔選所有適用項目，然後按<b>下一步 ➡️</b>。
btn-reno-next = 下一步 ➡️
reno-ask-description = 請簡述工程內容：涉及哪些房間、改動甚麼、使用甚麼物料。
reno-ask-start = 工程何時開始？請在日曆選擇日期，或輸入日期，例如 1/12/2026。
reno-ask-end = 工程何時完成？（開始日期：{ $start }）請在日曆選擇日期，或輸入日期，例如 15/12/2026。
reno-date-hint = 請在日曆上選擇日期，或輸入日期，例如 1/12/2026。
reno-bad-date = 未能讀取這個日期。請按日／月／年輸入，例如 1/12/2026，或在日曆上選擇。
reno-start-too-soon = 工程最早可於 { $earliest } 開始：管理處需時審批。
reno-start-too-late = 請於開工前一年內申請。
reno-end-before-start = 完工日期不可早於開始日期（{ $start }）。
reno-too-long = 每份申請最長涵蓋 { $max } 日，請選擇較早的完工日期。
reno-need-dates = 請選擇開始及完工日期。
reno-bad-works = 請用按鈕選擇工程項目。
reno-ask-contractor = 裝修承辦商（裝修公司或判頭）名稱：
reno-ask-contractor-phone = 承辦商聯絡電話：
reno-ask-drawings = 請傳送裝修圖則（平面圖、電線及水喉走位圖），PDF 檔案或相片均可，最多 { $max } 份，完成後按<b>完成</b>。
reno-drawings-count = 已收到 { $count } 份圖則。可繼續傳送，或按<b>完成</b>。
reno-need-drawing = 請最少傳送一份圖則（PDF 或圖則相片）。
reno-too-many-drawings = 最多 { $max } 份圖則。
reno-drawing-or-done = 請以檔案或相片傳送圖則，或按「完成」。
btn-reno-drawings-done = 完成
reno-ask-workers =
    <b>施工人員</b>（{ $count } 人）：
    { $lines }
    每位施工人員須提供姓名、身份證相片及電話。亦可於獲批後才補交。
reno-worker-line = • { $name }，{ $phone }
reno-workers-none = （暫未登記）
btn-reno-worker-add = ➕ 新增施工人員
btn-reno-workers-done = ✅ 完成
btn-reno-workers-later = 稍後補交施工人員
reno-ask-worker-name = 施工人員全名（與身份證相同）：
reno-ask-worker-id = 請傳送 { $name } 的身份證相片。只有管理處客服部及經理可以查看，並會於工程完結後 { $days } 日刪除。
reno-ask-worker-phone = { $name } 的聯絡電話：
reno-worker-needs-id = { $name } 須提供身份證相片。
reno-too-many-workers = 每份申請最多 { $max } 名施工人員。
reno-rules =
    <b>{ $estate } 裝修守則</b>

    { $rules }

    你是否同意遵守以上守則？
reno-rules-default =
    1. 只限星期一至六 09:00–18:00 施工；星期日及公眾假期不得進行鑽鑿等嘈音工程。
    2. 不得改動結構牆、柱、樑或樓板；不得改變大廈外觀（窗戶、露台、外牆）。
    3. 電力及氣體工程須由註冊人員進行；不得改動消防設施及公用去水渠。
    4. 建築廢料須由承辦商每日入袋運走；不得堆放於走廊、樓梯或升降機大堂；搬運物料時須保護升降機。
    5. 所有施工人員須佩戴管理處發出的臨時出入證，並按保安要求出示；完工後交還出入證。
    6. 管理處每日巡查兩次；接獲整改通知須於限期前完成整改，否則管理處可暫停工程並以按金支付修復費用。
btn-reno-accept = ✅ 我同意遵守守則
reno-need-rules = 請閱讀並同意裝修守則。
reno-preview =
    <b>裝修申請 — 請核對：</b>
    單位：{ $unit }
    工程：{ $works }
    內容：{ $description }
    日期：{ $start }至{ $end }（共 { $days } 日）
    承辦商：{ $contractor }，{ $contractor_phone }
    圖則：{ $drawings } 份
    施工人員：{ $workers }
    守則：已同意
reno-preview-reason = <b>管理處意見：</b>{ $reason }
reno-works-none = （未剔選）
reno-confirm-hint = 請核對以上申請並按<b>📨 提交</b>，或修改個別項目。
btn-reno-edit-works = 修改工程項目
btn-reno-edit-description = 修改工程內容
btn-reno-edit-dates = 修改日期
btn-reno-edit-contractor = 修改承辦商
btn-reno-edit-drawings = 修改圖則
btn-reno-edit-workers = 修改施工人員
btn-reno-submit = 📨 提交
reno-submitted = 多謝。你的裝修申請編號為 <b>{ $number }</b>。客服部、設備主管及經理會於 { $due } 前完成審批，每一步我都會通知你。
reno-resubmitted = 你修改後的申請 <b>{ $number }</b> 已交回管理處，審批限期為 { $due }。

## 業主的申請
reno-hub = <b>你的裝修申請</b>
btn-reno-new = ➕ 新申請
btn-reno-show = { $number }（{ $status }）
reno-app =
    <b>{ $number }</b>（{ $unit }）— { $status }
    日期：{ $start }至{ $end }
    施工人員：{ $workers }
    臨時出入證：{ $passes }
    未完成的整改通知：{ $notices }
btn-reno-fix = ✏️ 修改並重新提交
btn-reno-add-worker = ➕ 新增施工人員
btn-reno-remove-worker = ➖ 撤銷施工人員
btn-reno-done = 🏁 工程已完成
btn-reno-cancel = 撤回申請
btn-reno-notices = 📋 整改通知
reno-pick-worker = 哪位施工人員離開工程？
reno-worker-requested = 已將 { $name } 交管理處審核，出入證準備好後會通知你。
reno-worker-remove-requested = 管理處會確認 { $name } 離開工程並收回出入證。
reno-completion-reported = { $number }：多謝。現場管理員會進行完工驗收，之後收回出入證及結算按金。
reno-withdrawn = { $number } 已撤回。
reno-not-found = 找不到這份申請。
reno-not-returned = 這份申請現時無須修改。
reno-workers-not-now = 施工人員可於申請獲批後、工程完結前新增或撤銷。
reno-worker-changed = 這位施工人員的資料剛被更改。
reno-not-in-works = 工程現時並非施工中。
reno-too-late-to-cancel = 工程已開始，請聯絡管理處。
reno-notices-none = 沒有整改通知。
reno-notice-line = { $notice }（{ $status }）：{ $description } — 限期 { $due }
notice-open = 待整改
notice-rectified = 已整改
notice-not_rectified = 未整改

## 通知業主
reno-owner-step = { $number }：已通過{ $step }，現進入{ $next }階段。
reno-owner-rejected =
    { $number } 在「{ $step }」階段未獲批准：{ $reason }
    請修改後重新提交，已填寫的資料全部保留。
reno-owner-info =
    { $number }：管理處在「{ $step }」階段需要你補充資料：{ $reason }
    請補充後重新提交，已填寫的資料全部保留。
reno-owner-approved =
    ✅ <b>{ $number }</b> 已獲批准，工期 { $start }至{ $end }。
    請到管理處繳付裝修管理費 { $currency }{ $fee } 及裝修按金 { $currency }{ $deposit }。繳費後即發出施工人員臨時出入證，工程可於 { $start } 開始。
reno-owner-unpaid = { $number }：管理處尚未收到裝修管理費（{ $currency }{ $fee }）及按金（{ $currency }{ $deposit }），繳費後即發出出入證。
reno-owner-start = 🟢 <b>{ $number }</b>：已收款，多謝。工程可於 { $start } 開始。以下為臨時出入證，每位施工人員在場時須佩戴。
reno-pass-caption =
    🪪 臨時出入證 <b>{ $pass }</b>
    { $name } — { $number }，{ $unit }
    有效期 { $from }至{ $to }
reno-owner-worker-approved = { $number }：{ $name } 已獲批准。
reno-owner-worker-refused = { $number }：管理處未批准 { $name }，請聯絡管理處。
reno-owner-worker-removed = { $number }：{ $name } 已離開工程，出入證已登記交還。
reno-owner-worker-kept = { $number }：管理處保留 { $name } 於工程內，請聯絡管理處。
reno-owner-notice =
    📝 <b>裝修違規整改通知 { $notice }</b>（{ $number }，{ $unit }）
    { $description }
    請於 <b>{ $due }</b> 前完成整改，屆時現場管理員會再次檢查。
reno-owner-rectified = ✅ { $notice }：已完成整改，多謝。
reno-owner-final-passed = ✅ { $number }：完工驗收合格。管理處會收回出入證及結算按金。
reno-owner-final-failed = { $number }：完工驗收發現問題（見整改通知）。整改後請在 /renovate 再按 🏁 工程已完成。
reno-owner-closed = { $number }：已完結，出入證已交還，按金已結算。多謝合作。
reno-owner-cancelled = { $number }：管理處已取消這份申請。如有疑問請聯絡管理處。
reno-owner-auto-cancelled = { $number } 在 { $days } 日內未有重新提交，已自動取消。如需裝修請以 /renovate 重新申請。
reno-owner-works-over = { $number }：批准工期已於 { $end } 屆滿。請報告完工（/renovate，🏁 工程已完成）或聯絡管理處。

## 管理處卡片
reno-card =
    🏠 <b>裝修申請 { $number }</b> — { $step }
    單位：{ $unit } · 業主：{ $owner }，{ $phone }
    工程：{ $works }
    內容：{ $description }
    日期：{ $start }至{ $end }（共 { $days } 日）
    承辦商：{ $contractor }，{ $contractor_phone }
    圖則：{ $drawings } 份 · 施工人員：{ $workers }
    第 { $submissions } 次提交，{ $submitted }
    ⏱ 審批限期 <b>{ $due }</b>{ $overdue }
reno-card-overdue = {" "}— ⚠️ 已逾期
reno-card-last-reason = 上次退回原因：{ $reason }
reno-card-decided = { $decision } — { $name }，{ $at }
reno-decision-ok = ✅ 批准
reno-decision-no = ❌ 不批准：{ $reason }
reno-decision-info = ❓ 要求補交：{ $reason }
btn-reno-approve = ✅ 批准
btn-reno-reject = ❌ 不批准
btn-reno-info = ❓ 要求補交
btn-reno-drawings = 📎 圖則
btn-reno-ids = 🪪 身份證
reno-not-your-step = 這一步由其他職位處理（本屋苑的客服部、設備主管或經理）。
reno-step-decided = 這一步已有決定。
reno-ask-no = { $number }：不批准的原因？業主會看到你的說明。
reno-ask-info = { $number }：需要業主補交甚麼？
reno-answered-no = { $number }：不批准，已通知業主原因。
reno-answered-info = { $number }：已要求業主補交。
reno-drawings-sent = 圖則已私下傳送給你。
reno-drawing-caption = 📎 { $number }：圖則 { $n }
reno-ids-sent = 身份證相片已私下傳送給你，此次查閱已記錄。
reno-id-caption = 🪪 { $name } 的身份證（{ $number }）。機密資料，切勿轉發。
reno-id-none = { $number } 沒有保留身份證相片（已於保存期後刪除）。
reno-id-office-only = 只有本屋苑的客服部及經理可查看身份證。
reno-office-only = 只有本屋苑的客服部及經理可以進行這項操作。
reno-pay-card =
    💰 <b>{ $number }</b>（{ $unit }）已獲批准，工期 { $start }至{ $end }。
    裝修管理費 { $currency }{ $fee }，按金 { $currency }{ $deposit }。
    施工人員：{ $workers }。業主繳費後請記錄：
btn-reno-paid = ✅ 已繳費
btn-reno-unpaid = 尚未繳費
reno-pay-recorded = 💰 { $number }：已繳費（{ $name } 記錄），已發出 { $passes } 張出入證。
reno-not-waiting-payment = 這份申請現時不是待繳費。
reno-unpaid-noted = 已提醒業主繳費金額。
reno-security-issued =
    🪪 <b>臨時出入證已發出</b> — { $number }，{ $unit }，有效期 { $from }至{ $to }：
    { $lines }
reno-security-returned =
    🔙 <b>臨時出入證已交還</b> — { $number }，{ $unit }：
    { $lines }
reno-pass-line = • { $pass } { $name }
reno-site-start = 🏗 { $number }（{ $unit }）：工期 { $start }至{ $end }；承辦商 { $contractor }，{ $contractor_phone }。工作日 { $slots } 巡查。
reno-worker-card =
    👷 <b>{ $number }</b>（{ $unit }）：業主申請{ $change }施工人員。
    { $name }，{ $phone }
reno-change-add = 新增
reno-change-remove = 撤銷（須收回出入證）
reno-settle-card =
    🏁 <b>{ $number }</b>（{ $unit }）完工驗收合格。完結前須：
    收回出入證 { $passes } 張 — { $returned }
    結算按金 { $currency }{ $deposit } — { $settled }
reno-settle-done = 已完成
reno-settle-open = 待辦
btn-reno-returned = 🔙 出入證已全部交還
btn-reno-settled = 💵 按金已結算
reno-not-settling = 這份申請現時不在結算階段。
reno-already-recorded = 已經記錄。
reno-closed-card = ✅ { $number }（{ $unit }）已完結。
reno-flag-managers = 🚩 { $number }（{ $unit }）：累計違規 { $count } 次。/t_{ $link }
reno-remind-review = ⏰ { $number }（{ $unit }）正等待{ $step }，審批限期 { $due }。
reno-escalate-review = ⚠️ { $number }（{ $unit }）審批逾期（限期 { $due }），仍在等待{ $step }。/t_{ $link }
reno-desk-works-over = ⏰ { $number }（{ $unit }）：批准工期已於 { $end } 屆滿，業主未報告完工。

## 現場巡查
reno-insp-card =
    🔍 <b>裝修巡查</b> { $number }（{ $unit }）— { $day } { $slot }
    工程：{ $works } · 承辦商 { $contractor }，{ $contractor_phone }
    未完成整改通知：{ $notices }
reno-followup-card =
    🔁 <b>整改跟進檢查</b> { $notice }（{ $number }，{ $unit }）
    整改事項：{ $description }（限期 { $due }）
reno-final-card =
    🏁 <b>完工驗收</b> { $number }（{ $unit }）
    業主報告工程已完成，請檢查單位及公用地方。
btn-reno-insp-ok = ✅ 正常
btn-reno-insp-bad = ⚠️ 違規
btn-reno-followup-ok = ✅ 已整改
btn-reno-followup-bad = ❌ 未整改
btn-reno-final-ok = ✅ 驗收合格
btn-reno-final-bad = ⚠️ 發現問題
reno-insp-recorded = { $result } — { $name }，{ $at }
reno-result-ok = ✅ 正常
reno-result-violation = ⚠️ 違規：{ $note }
reno-site-staff-only = 只有本屋苑的現場管理人員、客服部及經理可記錄巡查。
reno-inspection-recorded = 這次巡查已經記錄。
reno-ask-violation = { $number }：有甚麼違規？請描述，內容會以整改通知發給業主。
reno-ask-violation-photos = 請傳送相片（最多 { $max } 張），然後按<b>完成</b>；沒有相片？請按<b>不附相片</b>。
reno-violation-photos-count = 已收到 { $count } 張相片。
reno-photo-or-done = 請傳送相片，或按下面的按鈕。
reno-answered-violation = { $number }：已記錄，整改通知已發給業主。
reno-too-many-photos = 最多 { $max } 張相片。

## 職員工具及記錄
reno-export-caption = { $estate } 裝修管理記錄：共 { $count } 份申請。
reno-export-none = 暫時沒有裝修申請。
reno-export-office-only = 只有客服部及經理可以匯出裝修管理記錄。
reno-x-sheets = 裝修申請|裝修管理日誌|違規整改通知書|施工人員管理記錄|臨時出入證收發記錄
reno-x-apps = 編號|單位|業主|工程項目|工程內容|開始|完工|承辦商|承辦商電話|狀態|提交時間|提交次數|批准|裝修管理費|按金|繳費|報告完工|出入證交還|按金結算|完結|違規次數|已記錄巡查|同意守則|漏巡次數
reno-x-log = 日期|巡查時段|申請|單位|類別|結果|巡查人員|記錄時間|備註
reno-x-notices = 通知編號|申請|單位|發出時間|違規內容|整改限期|狀態|處理時間
reno-x-workers = 申請|單位|姓名|電話|狀態|登記時間|保留身份證相片
reno-x-passes = 出入證|申請|單位|施工人員|有效期由|有效期至|發出|交還
reno-x-yes = 是
reno-x-no = 否
reno-x-kind-routine = 日常巡查
reno-x-kind-followup = 整改跟進
reno-x-kind-final = 完工驗收
reno-x-result-pending = 未記錄
reno-x-result-ok = 正常
reno-x-result-violation = 違規
reno-x-worker-active = 施工中
reno-x-worker-pending_add = 待客服部審核（新增）
reno-x-worker-pending_remove = 待客服部審核（撤銷）
reno-x-worker-removed = 已撤銷
reno-x-worker-rejected = 未獲批准
level-review-remind = 提醒：審批即將到期
level-review-overdue = 警示：審批逾期
level-works-overdue = 提醒：工期已屆滿
note-reno-reject = 不批准
note-reno-info = 要求補交
action-resubmitted = 重新提交
action-review-ok = 批准
action-review-no = 不批准
action-review-info = 要求補交
action-paid = 已繳裝修管理費及按金
action-payment-not-yet = 尚未收款
action-worker-add-asked = 業主新增施工人員
action-worker-remove-asked = 業主撤銷施工人員
action-worker-approved = 施工人員變更獲批
action-worker-refused = 施工人員變更不獲批
action-completion-reported = 報告完工
action-final-passed = 完工驗收合格
action-final-failed = 完工驗收不合格
action-passes-returned = 出入證已交還
action-deposit-settled = 按金已結算
action-inspection-ok = 巡查：正常
action-inspection-violation = 巡查：違規
action-notice-issued = 發出整改通知
action-id-viewed = 查閱身份證
action-ids-purged = 身份證相片已刪除（保存期滿）
action-auto-cancelled = 自動取消（未重新提交）
admin-reno-exported = 已寫入 { $path }：{ $apps } 份申請、{ $notices } 份整改通知、{ $workers } 名施工人員、{ $passes } 張出入證。
reno-bad-setting = 裝修設定 { $name } 的數值不合理。
field-rules = 守則內容
field-currency = 貨幣
admin-reno-settings = { $estate } 的裝修設定：{ $settings }

## Security checks a pass (/pass, or the pass's QR code)
reno-pass-usage = 請輸入 /pass 及出入證編號，例如 /pass P01 或 /pass F-2026-000001-P01，或掃描出入證上的二維碼。
reno-pass-staff-only = 只有保安、服務台及經理可以查核出入證。
reno-pass-ambiguous = 有多張出入證的編號相似：{ $numbers }。請輸入完整編號。
reno-pass-unknown = ⛔ { $number }：本屋苑沒有這張出入證（或二維碼被改動），請勿放行。
reno-pass-check-valid =
    ✅ <b>出入證 { $pass } 今日有效</b>（{ $today }）
    { $name } — { $number }，單位 { $unit }
    工程：{ $works }
    有效期 { $from } 至 { $to }
reno-pass-check-not_yet =
    ⛔ <b>出入證 { $pass } 未生效</b> — 有效期 { $from } 至 { $to }。
    { $name } — { $number }，單位 { $unit }
reno-pass-check-expired =
    ⛔ <b>出入證 { $pass } 已過期</b> — 有效期為 { $from } 至 { $to }。
    { $name } — { $number }，單位 { $unit }
reno-pass-check-returned =
    ⛔ <b>出入證 { $pass } 已交還</b> — 不可再用作出入。
    { $name } — { $number }，單位 { $unit }
reno-pass-check-ended =
    ⛔ <b>出入證 { $pass }：{ $number } 的工程已完結</b> — 不可再用作出入。
    { $name } — 單位 { $unit }

## A routine inspection round nobody recorded
reno-x-result-missed = 漏巡（未有記錄）
reno-insp-missed-line = ⏭ 漏巡：這輪巡查未有記錄（{ $at } 記下）。
reno-insp-missed-desk = ⏭ { $number }（{ $unit }）：{ $day } { $slot } 的巡查未有記錄，沒有人按巡查卡。累計漏巡：{ $count } 次。/t_{ $link }
reno-inspection-missed = { $slot } 這輪巡查已列作漏巡，不能再記錄；請記錄下一輪。

## The contractor, linked with a code the owner forwards
btn-reno-contractor = 🔨 邀請承辦商
reno-contractor-invite =
    🔨 請把以下訊息轉發給承辦商，讓他們收到 { $number } 的批核、出入證、巡查結果及整改通知：
    打開 { $link }（或向本機械人傳送 /start { $code }）。登記碼只可用一次，{ $days } 日內有效。
reno-contractor-linked = 🔨 你已登記為 { $estate } { $number } 的承辦商聯絡人，會收到批核、出入證、巡查結果及整改通知。
reno-contractor-linked-owner = 🔨 { $number }：{ $name } 已登記為你的承辦商，每一步都會同時通知對方。
reno-contractor-copy = 🔨 <b>致 { $number } 的承辦商</b>（{ $unit }）：
reno-contractor-round-ok = ✅ { $day } { $slot } 巡查：正常。
reno-contractor-closed = 這宗申請已完結，不能再登記承辦商。
reno-contractor-is-owner = 你是這宗申請的業主，請把登記碼轉發給承辦商。
code-needs-ticket = 承辦商登記碼須註明所屬申請。

## The worker's own photo, collected with the ID copy
reno-ask-worker-face = 請傳送 { $name } 的相片（樣貌，用於出入證：保安在閘口查核出入證時會看到）。相片會與身份證副本一併刪除。沒有相片？請按<b>略過</b>。
btn-reno-face-skip = 略過
cmd-pass = 查核裝修工人出入證
reno-remind-review-repeat = ⏰ { $number }（{ $unit }）的審批限期 { $due } 已過，仍在等待{ $step }。第 { $repeat } 次提醒。
level-review-repeat = 再次提醒：審批逾時
