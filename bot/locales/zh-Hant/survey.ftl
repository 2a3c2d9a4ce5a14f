cmd-survey = 業主評議表（繼續填寫／管理處：new、list）

## Services, questions, reasons, causes
survey-service-desk = 客戶服務
survey-service-repairs = 維修服務
survey-service-security = 保安服務
survey-service-cleaning = 清潔服務
survey-service-greening = 園藝綠化
survey-service-facilities = 公共設施
survey-service-fees = 管理費及財務透明度
survey-service-community = 社區活動
survey-q-desk = 你對管理處的客戶服務（接待、電話、處理查詢及要求）是否滿意？
survey-q-repairs = 你對維修服務（速度、質素、維修人員）是否滿意？
survey-q-security = 你對保安服務（保安員、巡邏、訪客登記）是否滿意？
survey-q-cleaning = 你對公共地方的清潔是否滿意？
survey-q-greening = 你對屋苑的園藝綠化是否滿意？
survey-q-facilities = 你對公共設施（升降機、照明、會所）是否滿意？
survey-q-fees = 你對管理費水平及收支報告的清晰度是否滿意？
survey-q-community = 你對屋苑的社區活動是否滿意？
survey-reason-desk-attitude = 職員態度或禮貌欠佳
survey-reason-desk-phone = 電話或網上難以聯絡
survey-reason-desk-notices = 通告及表格不清楚
survey-reason-desk-slow = 處理慢、欠跟進
survey-reason-desk-office = 辦公時間或地點不便
survey-reason-repairs-skill = 維修人員技術或態度
survey-reason-repairs-tools = 工具或設備不足
survey-reason-repairs-parts = 零件質素差、維修不持久
survey-reason-repairs-slow = 回應慢或安排欠妥
survey-reason-repairs-mess = 完工後凌亂或造成滋擾
survey-reason-security-guards = 保安員態度或警覺性
survey-reason-security-cctv = 閉路電視、閘門或對講機故障
survey-reason-security-equipment = 消防設備或指示牌不足
survey-reason-security-patrol = 巡邏及訪客登記鬆懈
survey-reason-security-area = 照明不足、陌生人出入
survey-reason-cleaning-staff = 清潔工人工作態度
survey-reason-cleaning-equipment = 垃圾桶或清潔機器損壞
survey-reason-cleaning-supplies = 清潔用品差、有異味
survey-reason-cleaning-schedule = 清潔次數不足
survey-reason-cleaning-pests = 蟲鼠、垃圾房衞生
survey-reason-greening-staff = 園藝工人打理不周
survey-reason-greening-irrigation = 灌溉設施或工具故障
survey-reason-greening-plants = 植物枯萎或品種不當
survey-reason-greening-upkeep = 修剪保養不定期
survey-reason-greening-space = 綠化不足、蚊患
survey-reason-facilities-staff = 設施職員不肯幫忙
survey-reason-facilities-breakdowns = 升降機、燈或水泵經常故障
survey-reason-facilities-wear = 設施殘舊或質素差
survey-reason-facilities-booking = 預約及開放安排
survey-reason-facilities-noise = 噪音或擠迫
survey-reason-fees-staff = 職員未能解釋收費
survey-reason-fees-payment = 繳費不便
survey-reason-fees-statements = 收支報告遲交或不清楚
survey-reason-fees-value = 收費與服務不相稱
survey-reason-fees-nearby = 管理費比鄰近屋苑高
survey-reason-community-staff = 活動職員態度
survey-reason-community-equipment = 音響或其他設備欠佳
survey-reason-community-content = 活動內容欠吸引
survey-reason-community-notice = 活動太少或通知太遲
survey-reason-community-venue = 場地或天氣問題
survey-reason-none = 未註明原因
survey-problem = { $service }：{ $reason }
survey-cause-man = 人（員工）
survey-cause-machine = 機（設備）
survey-cause-material = 料（物料、資訊）
survey-cause-method = 法（程序）
survey-cause-environment = 環（環境）
survey-quarter = { $year }年第{ $q }季
field-question = 問題
field-comments = 意見

## The questionnaire
survey-invite =
    📋 <b>{ $estate }——{ $quarter }業主評議表</b>
    單位 { $unit }：共 { $count } 條問題，約需 2 分鐘。請為每項服務評分，1 分為非常不滿意，5 分為非常滿意。你可隨時暫停，稍後再繼續，截止日期為 { $until }。
    { $privacy }
survey-reminder =
    ⏰ <b>提提你：{ $estate }{ $quarter }業主評議表</b>
    單位 { $unit }。你的意見有助管理處改善服務，只需約 2 分鐘。截止日期為 { $until }。
    { $privacy }
survey-privacy-anonymous = 你的回覆以不記名方式處理：管理處只知道你已回覆，不會知道你的具體意見。
survey-privacy-named = 管理處會看到你的回覆及你的單位。
survey-step-header = 📋 單位 { $unit } 的評議表（截止 { $until }）
survey-ask-rate =
    <b>{ $n }/{ $total } · { $service }</b>
    { $question }
    1 = 非常不滿意 … 5 = 非常滿意
survey-ask-reason = 你給{ $service }評了 { $rating } 分。主要問題是甚麼？
survey-ask-note = 關於{ $service }還有補充嗎？請輸入幾句，或按<b>略過</b>。
survey-ask-comments = 最後：對管理處有其他意見或建議嗎？請輸入，或按<b>略過</b>。
survey-thanks = 🙏 多謝你！回覆已記錄。管理處每季都會檢討所有評議表。
survey-thanks-short = 多謝你！
survey-paused = ⏸ 已暫停。截止日期（{ $until }）前隨時可按下面的按鈕或發送 /survey 繼續。
survey-paused-short = 已暫停。
survey-none = 你目前沒有需要填寫的評議表。
survey-which = 單位 { $unit } 的評議表正等待你填寫。
survey-btn-start = ▶️ 開始
survey-btn-continue = ▶️ 繼續
survey-btn-later = ⏸ 稍後再填
survey-btn-not-used = 沒有使用此服務
survey-btn-skip = 略過
survey-btn-back = ⬅️ 上一題
survey-step-moved = 這條問題已經回答了，請使用最新的訊息。
survey-rate-range = 請評 1 至 5 分，或按「沒有使用此服務」。
survey-use-buttons = 請按按鈕回答（或發送 1 至 5 的數字）。
survey-closed = 這份評議表已截止，仍然多謝你。
survey-already-answered = 你已填妥這份評議表，多謝你！
survey-not-found = 找不到這份評議表。

## The office
survey-btn-cancel = 取消評議
survey-btn-reviewed = ✅ 已檢討
survey-managers-only = 只有屋苑的物業經理可以安排業主評議。
survey-which-estate = 你管理多個屋苑，請加上屋苑代號，例如 /survey new HV。
survey-new-usage = 用法：/survey new [屋苑代號] [2026Q4] [20%] [發放日期，例如 15/12/2026]（全部可省略）
survey-bad-quarter = 「{ $value }」不是季度，請寫成 2026Q4。
survey-bad-share = 抽樣比例須大於 0% 及不超過 100%。
survey-send-past = 發放日期 { $day } 已過。
survey-send-outside = 發放日期 { $day } 不在{ $year }年第{ $q }季之內。
survey-bad-window = 回收期須為 1 至 60 日。
survey-bad-reminders = 提示日子不可重複，並須在 { $window } 日回收期之內。
survey-window-too-late = 到匯總分析限期（{ $due }）時仍在回收，最遲須於 { $latest } 發放。
survey-exists = { $quarter }已有業主評議。
survey-no-households = 沒有已入伙的住戶可供抽樣。
survey-wrong-state = 評議目前不能進行此操作（狀態：{ $status }）。
survey-changed = 評議剛有變動，請再試一次。
survey-already-reviewed = 已標記為已檢討。
survey-def-bad = 問題檔案在 { $where } 有錯誤。
survey-def-count = 問題檔案須有 1 至 { $max } 條問題。
survey-status-planned = 已安排
survey-status-open = 回收中
survey-status-closed = 已截止，已發匯總分析
survey-status-reviewed = 已檢討
survey-status-cancelled = 已取消
survey-status-line = 狀態：{ $status }
survey-plan =
    📋 <b>{ $estate }——{ $quarter }業主評議表</b>
    發放戶數：<b>{ $households }</b>（入伙 { $occupied } 戶，不低於 { $share }%），各座：{ $buildings }
    發放日期：{ $send } · 提示：{ $reminders } · 回收截止：{ $close }
    匯總分析限期：{ $due } · 共 { $questions } 條問題
    { $privacy }
survey-plan-repeats = ⚠️ 有 { $count } 戶於過去 12 個月內曾被抽中：該座可抽的其他住戶不足。
survey-plan-unreachable = ⚠️ 有 { $count } 戶沒有人使用 Telegram：請向他們派發紙本評議表。
survey-created = 已安排{ $quarter }業主評議：{ $households } 戶，於 { $send } 發放。
survey-list-header = <b>業主評議</b>
survey-list-line = { $estate } { $quarter }：{ $status }——{ $send } 發放，已回覆 { $answered }/{ $asked }（抽樣 { $households } 戶）
survey-list-empty = 暫未有業主評議。可用 /survey new 安排。
survey-cancelled-short = 已取消評議。
survey-cancelled = { $quarter }業主評議已由 { $name } 取消，不會再發出或接收回覆。
survey-office = 管理處
survey-sent = 📤 { $quarter }業主評議表已發給 { $asked } 戶，回收截止 { $close }。
survey-sent-paper = 有 { $count } 戶沒有人使用 Telegram，請派發紙本評議表：{ $units }
survey-report-due = ⏰ { $quarter }業主評議表匯總分析於今日 { $due } 到期，仍未標記為已檢討。
survey-report-overdue = ⚠️ { $quarter }業主評議表匯總分析已於 { $due } 到期，仍未標記為已檢討。
survey-report-due-by = 須於 { $due } 前完成。管理處檢討後請按<b>✅ 已檢討</b>。
survey-report-reviewed = ✅ 已由 { $name } 於 { $at } 檢討。

## The summary
survey-report-title = 📊 <b>{ $title }業主評議表匯總分析</b>
survey-report-counts = 抽樣 { $sampled } 戶；以 Telegram 發放 { $asked } 戶，紙本 { $paper } 戶（客服已錄入 { $paper_answered } 份）。已回覆 <b>{ $answered }</b> 戶，回收率 <b>{ $rate }</b>（Telegram 及紙本）。
survey-report-overall = 整體評分 { $avg } / 5，滿意（4 或 5 分）{ $satisfied }。
survey-report-services = <b>各項服務評分</b>（平均分，滿意比率）：
survey-report-service-line = • { $service }：{ $avg }（{ $satisfied }）{ $change }
survey-change-up = { " " }▲{ $delta }
survey-change-down = { " " }▼{ $delta }
survey-report-vital = <b>關鍵的少數</b>（排列圖：佔全部問題 { $share }）：
survey-report-vital-line = { $rank }. { $problem } —— { $count }
survey-cause-count = { $cause } { $count }
survey-report-causes = <b>原因</b>（因果圖）：{ $causes }
survey-report-no-problems = 今次沒有低分評價。
survey-report-tickets = <b>工單完成後滿意度</b>（簡短問題及維修評分）：
survey-report-ticket-line = • { $kind }：滿意度 { $satisfaction }（{ $satisfaction_n }），評分 { $rating }（{ $rating_n }）
survey-report-comments = <b>意見</b>（{ $count }）：
survey-report-comment = • { $text }
survey-report-comment-named = • { $unit }：{ $text }
survey-report-more = ……另有 { $count } 項見試算表。
survey-ticket-repair = 維修
survey-ticket-complaint = 投訴
survey-chart-scores = { $title }：各項服務評分
survey-chart-trend = { $title }：各季趨勢
survey-chart-pareto = { $title }：問題排列圖
survey-chart-fishbone = { $title }：因果圖
survey-axis-score = 平均分（1–5）
survey-axis-count = 低分宗數
survey-axis-cumulative = 累計百分比
survey-legend-vital = 關鍵的少數（約 80%）
survey-legend-other = 其他問題
survey-other-problems = 其他 { $count } 項
survey-fishbone-effect = 滿意度偏低
survey-year-title = { $estate } { $year }年度
survey-year-quarter-line = • { $quarter }：回收率 { $rate }，整體 { $avg }
survey-year-due = 年度總結須於 { $year }年1月5日前完成：總結統計技術的應用效果及提出建議。完成後請按<b>✅ 已檢討</b>。
survey-year-reminder = ⏰ { $year }年度業主評議總結今日到期，仍未標記為已檢討。

## The spreadsheet
survey-xlsx-summary = 概要
survey-xlsx-services = 各項服務
survey-xlsx-pareto = 排列圖
survey-xlsx-fishbone = 因果圖
survey-xlsx-tickets = 工單滿意度
survey-xlsx-comments = 意見
survey-xlsx-households = 住戶
survey-xlsx-trend = 趨勢
survey-xlsx-quarters = 各季
survey-col-service = 服務
survey-col-n = 評分數目
survey-col-avg = 平均分
survey-col-satisfied = 滿意（4-5分）
survey-col-dissatisfied = 不滿意（1-2分）
survey-col-not-used = 沒有使用
survey-col-rank = 排名
survey-col-problem = 問題
survey-col-count = 宗數
survey-col-share = 百分比
survey-col-cumulative = 累計百分比
survey-col-vital = 關鍵的少數
survey-col-cause = 原因
survey-col-total = 已提供原因總數
survey-col-kind = 工單類別
survey-col-satisfaction-n = 滿意度回覆
survey-col-satisfaction-avg = 滿意度平均
survey-col-rating-n = 評分數目
survey-col-rating-avg = 評分平均
survey-col-item = 項目
survey-col-value = 數值
survey-col-estate = 屋苑
survey-col-quarter = 季度
survey-col-year = 年度
survey-col-sampled = 抽樣戶數
survey-col-asked = 已發放（Telegram 或紙本）
survey-col-paper = 紙本
survey-col-answered = 已回覆
survey-col-rate = 回收率
survey-col-reasons = 已提供原因
survey-col-unit = 單位
survey-col-about = 關於
survey-col-text = 內容
survey-col-general = 其他意見
survey-col-status = 狀態
survey-col-repeat = 12 個月內曾被抽中
survey-yes = 是
survey-household-sampled = 未發放
survey-household-asked = 已發放，未回覆
survey-household-started = 已開始，未完成
survey-household-answered = 已回覆
survey-household-unreachable = 紙本

## Command line
admin-survey-created = { $estate } { $quarter }業主評議：{ $households } 戶，於 { $send } 發放，回收截止 { $close }，匯總分析限期 { $due }。
admin-survey-list = { $lines }
admin-survey-cancelled = 已取消{ $quarter }業主評議。
admin-survey-no-campaign = { $quarter }沒有業主評議。
admin-survey-bad-file = 無法讀取問題檔案：{ $error }
admin-survey-bad-days = 提示日子須為以逗號分隔的整數，例如 5,12。

## The campaign card: households per block
survey-plan-building = { $building }座 { $count } 戶
## What residents wrote on a low rating, per service (the spreadsheet has them whole)
survey-report-notes = <b>住戶就低分項目的意見</b>（{ $count } 則）：
survey-report-notes-service = { $service } — { $count } 則意見：
survey-report-note = – 「{ $text }」

## /questions: managers edit the next survey's questions
survey-q-header = <b>下一次評議的問題</b>（{ $count } 條；進行中的評議沿用原有問題）：
survey-q-line = { $n }. [{ $service }] { $text }
survey-q-help = 修改：/questions reword 2 [en|zh-Hant|zh-Hans] 新字眼 · /questions add greening [字眼] · /questions move 5 1 · /questions retire 3 · /questions reset
survey-q-saved = ✅ 已儲存，下一次評議適用。
survey-q-usage = 例如：/questions reword 2 大堂是否清潔？ — 或 /questions add、move、retire、reset。
survey-q-number = 沒有這條問題，請用 1 至 { $max } 的號碼。
survey-q-service = 不是服務項目，請用：{ $services }。
survey-q-last = 評議最少要有一條問題。
survey-q-which-estate = 你管理多個屋苑，請在該屋苑的經理群組使用 /questions。
cmd-questions = 下一次評議的問題
survey-r-header = <b>第 { $n } 條問題評低分後的原因選項</b>（{ $text }）：
survey-r-line = • { $code } · { $cause } · { $text }
survey-r-help = 修改：/questions reason { $n } add method 接聽電話太慢 · /questions reason { $n } retire own1
survey-r-cause = 不是原因類別，請用：{ $causes }。
survey-r-count = 每條問題最多 { $max } 個原因選項。
survey-r-key = 沒有這個原因。現有原因：{ $keys }。
survey-r-last = 每條問題最少要有一個原因選項。
