cmd-survey = 业主评议表（继续填写／管理处：new、list）

## Services, questions, reasons, causes
survey-service-desk = 客户服务
survey-service-repairs = 维修服务
survey-service-security = 保安服务
survey-service-cleaning = 清洁服务
survey-service-greening = 园艺绿化
survey-service-facilities = 公共设施
survey-service-fees = 管理费及财务透明度
survey-service-community = 社区活动
survey-q-desk = 你对管理处的客户服务（接待、电话、处理查询及要求）是否满意？
survey-q-repairs = 你对维修服务（速度、质素、维修人员）是否满意？
survey-q-security = 你对保安服务（保安员、巡逻、访客登记）是否满意？
survey-q-cleaning = 你对公共地方的清洁是否满意？
survey-q-greening = 你对屋苑的园艺绿化是否满意？
survey-q-facilities = 你对公共设施（升降机、照明、会所）是否满意？
survey-q-fees = 你对管理费水平及收支报告的清晰度是否满意？
survey-q-community = 你对屋苑的社区活动是否满意？
survey-reason-desk-attitude = 职员态度或礼貌欠佳
survey-reason-desk-phone = 电话或网上难以联络
survey-reason-desk-notices = 通告及表格不清楚
survey-reason-desk-slow = 处理慢、欠跟进
survey-reason-desk-office = 办公时间或地点不便
survey-reason-repairs-skill = 维修人员技术或态度
survey-reason-repairs-tools = 工具或设备不足
survey-reason-repairs-parts = 零件质素差、维修不持久
survey-reason-repairs-slow = 回应慢或安排欠妥
survey-reason-repairs-mess = 完工后凌乱或造成滋扰
survey-reason-security-guards = 保安员态度或警觉性
survey-reason-security-cctv = 闭路电视、闸门或对讲机故障
survey-reason-security-equipment = 消防设备或指示牌不足
survey-reason-security-patrol = 巡逻及访客登记松懈
survey-reason-security-area = 照明不足、陌生人出入
survey-reason-cleaning-staff = 清洁工人工作态度
survey-reason-cleaning-equipment = 垃圾桶或清洁机器损坏
survey-reason-cleaning-supplies = 清洁用品差、有异味
survey-reason-cleaning-schedule = 清洁次数不足
survey-reason-cleaning-pests = 虫鼠、垃圾房卫生
survey-reason-greening-staff = 园艺工人打理不周
survey-reason-greening-irrigation = 灌溉设施或工具故障
survey-reason-greening-plants = 植物枯萎或品种不当
survey-reason-greening-upkeep = 修剪保养不定期
survey-reason-greening-space = 绿化不足、蚊患
survey-reason-facilities-staff = 设施职员不肯帮忙
survey-reason-facilities-breakdowns = 升降机、灯或水泵经常故障
survey-reason-facilities-wear = 设施残旧或质素差
survey-reason-facilities-booking = 预约及开放安排
survey-reason-facilities-noise = 噪音或挤迫
survey-reason-fees-staff = 职员未能解释收费
survey-reason-fees-payment = 缴费不便
survey-reason-fees-statements = 收支报告迟交或不清楚
survey-reason-fees-value = 收费与服务不相称
survey-reason-fees-nearby = 管理费比邻近屋苑高
survey-reason-community-staff = 活动职员态度
survey-reason-community-equipment = 音响或其他设备欠佳
survey-reason-community-content = 活动内容欠吸引
survey-reason-community-notice = 活动太少或通知太迟
survey-reason-community-venue = 场地或天气问题
survey-reason-none = 未注明原因
survey-problem = { $service }：{ $reason }
survey-cause-man = 人（员工）
survey-cause-machine = 机（设备）
survey-cause-material = 料（物料、资讯）
survey-cause-method = 法（程序）
survey-cause-environment = 环（环境）
survey-quarter = { $year }年第{ $q }季
field-question = 问题
field-comments = 意见

## The questionnaire
survey-invite =
    📋 <b>{ $estate }——{ $quarter }业主评议表</b>
    单位 { $unit }：共 { $count } 条问题，约需 2 分钟。请为每项服务评分，1 分为非常不满意，5 分为非常满意。你可随时暂停，稍后再继续，截止日期为 { $until }。
    { $privacy }
survey-reminder =
    ⏰ <b>提提你：{ $estate }{ $quarter }业主评议表</b>
    单位 { $unit }。你的意见有助管理处改善服务，只需约 2 分钟。截止日期为 { $until }。
    { $privacy }
survey-privacy-anonymous = 你的回复以不记名方式处理：管理处只知道你已回复，不会知道你的具体意见。
survey-privacy-named = 管理处会看到你的回复及你的单位。
survey-step-header = 📋 单位 { $unit } 的评议表（截止 { $until }）
survey-ask-rate =
    <b>{ $n }/{ $total } · { $service }</b>
    { $question }
    1 = 非常不满意 … 5 = 非常满意
survey-ask-reason = 你给{ $service }评了 { $rating } 分。主要问题是什么？
survey-ask-note = 关于{ $service }还有补充吗？请输入几句，或按<b>略过</b>。
survey-ask-comments = 最后：对管理处有其他意见或建议吗？请输入，或按<b>略过</b>。
survey-thanks = 🙏 多谢你！回复已记录。管理处每季都会检讨所有评议表。
survey-thanks-short = 多谢你！
survey-paused = ⏸ 已暂停。截止日期（{ $until }）前随时可按下面的按钮或发送 /survey 继续。
survey-paused-short = 已暂停。
survey-none = 你目前没有需要填写的评议表。
survey-which = 单位 { $unit } 的评议表正等待你填写。
survey-btn-start = ▶️ 开始
survey-btn-continue = ▶️ 继续
survey-btn-later = ⏸ 稍后再填
survey-btn-not-used = 没有使用此服务
survey-btn-skip = 略过
survey-btn-back = ⬅️ 上一题
survey-step-moved = 这条问题已经回答了，请使用最新的讯息。
survey-rate-range = 请评 1 至 5 分，或按「没有使用此服务」。
survey-use-buttons = 请按按钮回答（或发送 1 至 5 的数字）。
survey-closed = 这份评议表已截止，仍然多谢你。
survey-already-answered = 你已填妥这份评议表，多谢你！
survey-not-found = 找不到这份评议表。

## The office
survey-btn-cancel = 取消评议
survey-btn-reviewed = ✅ 已检讨
survey-managers-only = 只有屋苑的物业经理可以安排业主评议。
survey-which-estate = 你管理多个屋苑，请加上屋苑代号，例如 /survey new HV。
survey-new-usage = 用法：/survey new [屋苑代号] [2026Q4] [20%] [发放日期，例如 15/12/2026]（全部可省略）
survey-bad-quarter = 「{ $value }」不是季度，请写成 2026Q4。
survey-bad-share = 抽样比例须大于 0% 及不超过 100%。
survey-send-past = 发放日期 { $day } 已过。
survey-send-outside = 发放日期 { $day } 不在{ $year }年第{ $q }季之内。
survey-bad-window = 回收期须为 1 至 60 日。
survey-bad-reminders = 提示日子不可重复，并须在 { $window } 日回收期之内。
survey-window-too-late = 到汇总分析限期（{ $due }）时仍在回收，最迟须于 { $latest } 发放。
survey-exists = { $quarter }已有业主评议。
survey-no-households = 没有已入伙的住户可供抽样。
survey-wrong-state = 评议目前不能进行此操作（状态：{ $status }）。
survey-changed = 评议刚有变动，请再试一次。
survey-already-reviewed = 已标记为已检讨。
survey-def-bad = 问题档案在 { $where } 有错误。
survey-def-count = 问题档案须有 1 至 { $max } 条问题。
survey-status-planned = 已安排
survey-status-open = 回收中
survey-status-closed = 已截止，已发汇总分析
survey-status-reviewed = 已检讨
survey-status-cancelled = 已取消
survey-status-line = 状态：{ $status }
survey-plan =
    📋 <b>{ $estate }——{ $quarter }业主评议表</b>
    发放户数：<b>{ $households }</b>（入伙 { $occupied } 户，不低于 { $share }%），各座：{ $buildings }
    发放日期：{ $send } · 提示：{ $reminders } · 回收截止：{ $close }
    汇总分析限期：{ $due } · 共 { $questions } 条问题
    { $privacy }
survey-plan-repeats = ⚠️ 有 { $count } 户于过去 12 个月内曾被抽中：该座可抽的其他住户不足。
survey-plan-unreachable = ⚠️ 有 { $count } 户没有人使用 Telegram：请向他们派发纸本评议表。
survey-created = 已安排{ $quarter }业主评议：{ $households } 户，于 { $send } 发放。
survey-list-header = <b>业主评议</b>
survey-list-line = { $estate } { $quarter }：{ $status }——{ $send } 发放，已回复 { $answered }/{ $asked }（抽样 { $households } 户）
survey-list-empty = 暂未有业主评议。可用 /survey new 安排。
survey-cancelled-short = 已取消评议。
survey-cancelled = { $quarter }业主评议已由 { $name } 取消，不会再发出或接收回复。
survey-office = 管理处
survey-sent = 📤 { $quarter }业主评议表已发给 { $asked } 户，回收截止 { $close }。
survey-sent-paper = 有 { $count } 户没有人使用 Telegram，请派发纸本评议表：{ $units }
survey-report-due = ⏰ { $quarter }业主评议表汇总分析于今日 { $due } 到期，仍未标记为已检讨。
survey-report-overdue = ⚠️ { $quarter }业主评议表汇总分析已于 { $due } 到期，仍未标记为已检讨。
survey-report-due-by = 须于 { $due } 前完成。管理处检讨后请按<b>✅ 已检讨</b>。
survey-report-reviewed = ✅ 已由 { $name } 于 { $at } 检讨。

## The summary
survey-report-title = 📊 <b>{ $title }业主评议表汇总分析</b>
survey-report-counts = 抽样 { $sampled } 户；以 Telegram 发放 { $asked } 户，纸本 { $paper } 户（客服已录入 { $paper_answered } 份）。已回复 <b>{ $answered }</b> 户，回收率 <b>{ $rate }</b>（Telegram 及纸本）。
survey-report-overall = 整体评分 { $avg } / 5，满意（4 或 5 分）{ $satisfied }。
survey-report-services = <b>各项服务评分</b>（平均分，满意比率）：
survey-report-service-line = • { $service }：{ $avg }（{ $satisfied }）{ $change }
survey-change-up = { " " }▲{ $delta }
survey-change-down = { " " }▼{ $delta }
survey-report-vital = <b>关键的少数</b>（排列图：占全部问题 { $share }）：
survey-report-vital-line = { $rank }. { $problem } —— { $count }
survey-cause-count = { $cause } { $count }
survey-report-causes = <b>原因</b>（因果图）：{ $causes }
survey-report-no-problems = 今次没有低分评价。
survey-report-tickets = <b>工单完成后满意度</b>（简短问题及维修评分）：
survey-report-ticket-line = • { $kind }：满意度 { $satisfaction }（{ $satisfaction_n }），评分 { $rating }（{ $rating_n }）
survey-report-comments = <b>意见</b>（{ $count }）：
survey-report-comment = • { $text }
survey-report-comment-named = • { $unit }：{ $text }
survey-report-more = ……另有 { $count } 项见试算表。
survey-ticket-repair = 维修
survey-ticket-complaint = 投诉
survey-chart-scores = { $title }：各项服务评分
survey-chart-trend = { $title }：各季趋势
survey-chart-pareto = { $title }：问题排列图
survey-chart-fishbone = { $title }：因果图
survey-axis-score = 平均分（1–5）
survey-axis-count = 低分宗数
survey-axis-cumulative = 累计百分比
survey-legend-vital = 关键的少数（约 80%）
survey-legend-other = 其他问题
survey-other-problems = 其他 { $count } 项
survey-fishbone-effect = 满意度偏低
survey-year-title = { $estate } { $year }年度
survey-year-quarter-line = • { $quarter }：回收率 { $rate }，整体 { $avg }
survey-year-due = 年度总结须于 { $year }年1月5日前完成：总结统计技术的应用效果及提出建议。完成后请按<b>✅ 已检讨</b>。
survey-year-reminder = ⏰ { $year }年度业主评议总结今日到期，仍未标记为已检讨。

## The spreadsheet
survey-xlsx-summary = 概要
survey-xlsx-services = 各项服务
survey-xlsx-pareto = 排列图
survey-xlsx-fishbone = 因果图
survey-xlsx-tickets = 工单满意度
survey-xlsx-comments = 意见
survey-xlsx-households = 住户
survey-xlsx-trend = 趋势
survey-xlsx-quarters = 各季
survey-col-service = 服务
survey-col-n = 评分数目
survey-col-avg = 平均分
survey-col-satisfied = 满意（4-5分）
survey-col-dissatisfied = 不满意（1-2分）
survey-col-not-used = 没有使用
survey-col-rank = 排名
survey-col-problem = 问题
survey-col-count = 宗数
survey-col-share = 百分比
survey-col-cumulative = 累计百分比
survey-col-vital = 关键的少数
survey-col-cause = 原因
survey-col-total = 已提供原因总数
survey-col-kind = 工单类别
survey-col-satisfaction-n = 满意度回复
survey-col-satisfaction-avg = 满意度平均
survey-col-rating-n = 评分数目
survey-col-rating-avg = 评分平均
survey-col-item = 项目
survey-col-value = 数值
survey-col-estate = 屋苑
survey-col-quarter = 季度
survey-col-year = 年度
survey-col-sampled = 抽样户数
survey-col-asked = 已发放（Telegram 或纸本）
survey-col-paper = 纸本
survey-col-answered = 已回复
survey-col-rate = 回收率
survey-col-reasons = 已提供原因
survey-col-unit = 单位
survey-col-about = 关于
survey-col-text = 内容
survey-col-general = 其他意见
survey-col-status = 状态
survey-col-repeat = 12 个月内曾被抽中
survey-yes = 是
survey-household-sampled = 未发放
survey-household-asked = 已发放，未回复
survey-household-started = 已开始，未完成
survey-household-answered = 已回复
survey-household-unreachable = 纸本

## Command line
admin-survey-created = { $estate } { $quarter }业主评议：{ $households } 户，于 { $send } 发放，回收截止 { $close }，汇总分析限期 { $due }。
admin-survey-list = { $lines }
admin-survey-cancelled = 已取消{ $quarter }业主评议。
admin-survey-no-campaign = { $quarter }没有业主评议。
admin-survey-bad-file = 无法读取问题档案：{ $error }
admin-survey-bad-days = 提示日子须为以逗号分隔的整数，例如 5,12。

## The campaign card: households per block
survey-plan-building = { $building }座 { $count } 户
admin-survey-bad-file = 无法读取问题文件：{ $error }
admin-survey-bad-days = 提醒日须为以逗号分隔的整数，例如 5,12。

## What residents wrote on a low rating, per service (the spreadsheet has them whole)
survey-report-notes = <b>住户就低分项目的意见</b>（{ $count } 则）：
survey-report-notes-service = { $service } — { $count } 则意见：
survey-report-note = – 「{ $text }」

## /questions: managers edit the next survey's questions
survey-q-header = <b>下一次评议的问题</b>（{ $count } 条；进行中的评议沿用原有问题）：
survey-q-line = { $n }. [{ $service }] { $text }
survey-q-help = 修改：/questions reword 2 [en|zh-Hant|zh-Hans] 新字眼 · /questions add greening [字眼] · /questions move 5 1 · /questions retire 3 · /questions reset
survey-q-saved = ✅ 已储存，下一次评议适用。
survey-q-usage = 例如：/questions reword 2 大堂是否清洁？ — 或 /questions add、move、retire、reset。
survey-q-number = 没有这条问题，请用 1 至 { $max } 的号码。
survey-q-service = 不是服务项目，请用：{ $services }。
survey-q-last = 评议最少要有一条问题。
survey-q-which-estate = 你管理多个屋苑，请在该屋苑的经理群组使用 /questions。
cmd-questions = 下一次评议的问题
survey-r-header = <b>第 { $n } 条问题评低分后的原因选项</b>（{ $text }）：
survey-r-line = • { $code } · { $cause } · { $text }
survey-r-help = 修改：/questions reason { $n } add method 接听电话太慢 · /questions reason { $n } retire own1
survey-r-cause = 不是原因类别，请用：{ $causes }。
survey-r-count = 每条问题最多 { $max } 个原因选项。
survey-r-key = 没有这个原因。现有原因：{ $keys }。
survey-r-last = 每条问题最少要有一个原因选项。
