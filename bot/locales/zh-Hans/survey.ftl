cmd-survey = 业主评议表（继续填写／物业：new、list）

## Services, questions, reasons, causes
survey-service-desk = 客服接待
survey-service-repairs = 维修服务
survey-service-security = 秩序维护（安保）
survey-service-cleaning = 保洁服务
survey-service-greening = 绿化养护
survey-service-facilities = 公共设施
survey-service-fees = 物业费及收支公开
survey-service-community = 社区活动
survey-q-desk = 您对物业服务中心的客服（接待、电话、处理诉求）是否满意？
survey-q-repairs = 您对维修服务（及时性、质量、维修人员）是否满意？
survey-q-security = 您对秩序维护（保安、巡逻、访客登记）是否满意？
survey-q-cleaning = 您对公共区域的保洁是否满意？
survey-q-greening = 您对小区绿化养护是否满意？
survey-q-facilities = 您对公共设施（电梯、照明、会所）是否满意？
survey-q-fees = 您对物业费标准及收支公开的清晰程度是否满意？
survey-q-community = 您对小区社区活动是否满意？
survey-reason-desk-attitude = 工作人员态度或礼貌欠佳
survey-reason-desk-phone = 电话或线上难以联系
survey-reason-desk-notices = 通知和表格不清楚
survey-reason-desk-slow = 处理慢、没有跟进
survey-reason-desk-office = 办公时间或地点不方便
survey-reason-repairs-skill = 维修人员技术或态度
survey-reason-repairs-tools = 工具或设备不足
survey-reason-repairs-parts = 配件质量差、维修不持久
survey-reason-repairs-slow = 响应慢或安排不当
survey-reason-repairs-mess = 完工后脏乱或扰民
survey-reason-security-guards = 保安态度或警觉性
survey-reason-security-cctv = 监控、门禁或对讲故障
survey-reason-security-equipment = 消防器材或标识不足
survey-reason-security-patrol = 巡逻和访客登记松懈
survey-reason-security-area = 照明不足、外来人员出入
survey-reason-cleaning-staff = 保洁员工作态度
survey-reason-cleaning-equipment = 垃圾桶或清洁设备损坏
survey-reason-cleaning-supplies = 清洁用品差、有异味
survey-reason-cleaning-schedule = 清扫频次不够
survey-reason-cleaning-pests = 虫鼠、垃圾房卫生
survey-reason-greening-staff = 绿化工养护不到位
survey-reason-greening-irrigation = 浇灌设施或工具故障
survey-reason-greening-plants = 植物枯萎或品种不当
survey-reason-greening-upkeep = 修剪养护不及时
survey-reason-greening-space = 绿地太少、蚊虫多
survey-reason-facilities-staff = 设施管理人员不配合
survey-reason-facilities-breakdowns = 电梯、灯具或水泵常出故障
survey-reason-facilities-wear = 设施老化或质量差
survey-reason-facilities-booking = 预约和开放安排
survey-reason-facilities-noise = 噪音或拥挤
survey-reason-fees-staff = 工作人员解释不清收费
survey-reason-fees-payment = 缴费不方便
survey-reason-fees-statements = 收支公示不及时或不清楚
survey-reason-fees-value = 收费与服务不相称
survey-reason-fees-costs = 周边成本上涨
survey-reason-community-staff = 活动工作人员态度
survey-reason-community-equipment = 音响等设备欠佳
survey-reason-community-content = 活动内容不吸引人
survey-reason-community-notice = 活动太少或通知太晚
survey-reason-community-venue = 场地或天气问题
survey-reason-none = 未注明原因
survey-problem = { $service }：{ $reason }
survey-cause-man = 人（人员）
survey-cause-machine = 机（设备）
survey-cause-material = 料（物料、信息）
survey-cause-method = 法（流程）
survey-cause-environment = 环（环境）
survey-quarter = { $year }年第{ $q }季度
field-question = 问题
field-comments = 意见

## The questionnaire
survey-invite =
    📋 <b>{ $estate }——{ $quarter }业主评议表</b>
    房屋 { $unit }：共 { $count } 个问题，约需 2 分钟。请为每项服务打分，1 分为非常不满意，5 分为非常满意。可以随时暂停，之后继续填写，截止日期为 { $until }。
    { $privacy }
survey-reminder =
    ⏰ <b>温馨提示：{ $estate }{ $quarter }业主评议表</b>
    房屋 { $unit }。您的意见能帮助我们改进服务，只需约 2 分钟。截止日期为 { $until }。
    { $privacy }
survey-privacy-anonymous = 您的回答以匿名方式处理：物业只知道您家已回复，不会知道您的具体意见。
survey-privacy-named = 物业会看到您的回答及您的房号。
survey-step-header = 📋 房屋 { $unit } 的评议表（截止 { $until }）
survey-ask-rate =
    <b>{ $n }/{ $total } · { $service }</b>
    { $question }
    1 = 非常不满意 … 5 = 非常满意
survey-ask-reason = 您给{ $service }打了 { $rating } 分。主要问题是什么？
survey-ask-note = 关于{ $service }还有补充吗？请输入几句话，或点<b>跳过</b>。
survey-ask-comments = 最后：对物业还有其他意见或建议吗？请输入，或点<b>跳过</b>。
survey-thanks = 🙏 谢谢您！回答已记录。物业每季度都会分析全部评议表。
survey-thanks-short = 谢谢您！
survey-paused = ⏸ 已暂停。截止日期（{ $until }）前随时可点下面的按钮或发送 /survey 继续。
survey-paused-short = 已暂停。
survey-none = 您目前没有需要填写的评议表。
survey-which = 房屋 { $unit } 的评议表正在等您填写。
survey-btn-start = ▶️ 开始
survey-btn-continue = ▶️ 继续
survey-btn-later = ⏸ 稍后再填
survey-btn-not-used = 没有使用这项服务
survey-btn-skip = 跳过
survey-btn-back = ⬅️ 上一题
survey-step-moved = 这个问题已经回答过了，请使用最新的消息。
survey-rate-range = 请打 1 到 5 分，或点“没有使用这项服务”。
survey-use-buttons = 请点按钮回答（或发送 1 到 5 的数字）。
survey-closed = 这份评议表已经截止，仍然感谢您。
survey-already-answered = 您已经填完这份评议表了，谢谢！
survey-not-found = 找不到这份评议表。

## The office
survey-btn-cancel = 取消评议
survey-btn-reviewed = ✅ 已审阅
survey-managers-only = 只有本小区的物业服务中心经理可以安排业主评议。
survey-which-estate = 您管理多个项目，请加上项目代码，例如 /survey new HV。
survey-new-usage = 用法：/survey new [项目代码] [2026Q4] [20%] [2026-12-15]（均可省略）
survey-bad-quarter = “{ $value }”不是季度，请写成 2026Q4。
survey-bad-share = 抽样比例须大于 0% 且不超过 100%。
survey-send-past = 发放日期 { $day } 已过。
survey-send-outside = 发放日期 { $day } 不在{ $quarter }内。
survey-bad-window = 回收期须为 1 到 60 天。
survey-bad-reminders = 提醒日不能重复，并须在 { $window } 天回收期之内。
survey-window-too-late = 到汇总分析截止（{ $due }）时仍在回收，最晚须于 { $latest } 发放。
survey-exists = { $quarter }已有业主评议。
survey-no-households = 没有已入伙的住户可供抽样。
survey-wrong-state = 评议当前不能进行此操作（状态：{ $status }）。
survey-changed = 评议刚有变动，请重试。
survey-already-reviewed = 已标记为已审阅。
survey-def-bad = 问题文件在 { $where } 有错误。
survey-def-count = 问题文件须有 1 到 { $max } 个问题。
survey-status-planned = 已安排
survey-status-open = 回收中
survey-status-closed = 已截止，已发汇总分析
survey-status-reviewed = 已审阅
survey-status-cancelled = 已取消
survey-status-line = 状态：{ $status }
survey-plan =
    📋 <b>{ $estate }——{ $quarter }业主评议表</b>
    发放户数：<b>{ $households }</b>（入伙 { $occupied } 户，不低于 { $share }%），各楼栋：{ $buildings }
    发放日期：{ $send } · 提醒：{ $reminders } · 回收截止：{ $close }
    汇总分析截止：{ $due } · 共 { $questions } 个问题
    { $privacy }
survey-plan-repeats = ⚠️ 有 { $count } 户在过去 12 个月内被抽中过：该楼栋可抽的其他住户不足。
survey-plan-unreachable = ⚠️ 有 { $count } 户没有人使用 Telegram：请发放纸质评议表。
survey-created = 已安排{ $quarter }业主评议：{ $households } 户，于 { $send } 发放。
survey-list-header = <b>业主评议</b>
survey-list-line = { $estate } { $quarter }：{ $status }——{ $send } 发放，已回复 { $answered }/{ $asked }（抽样 { $households } 户）
survey-list-empty = 暂无业主评议。可用 /survey new 安排。
survey-cancelled-short = 已取消评议。
survey-cancelled = { $quarter }业主评议已由 { $name } 取消，不再发放或接收回答。
survey-office = 物业服务中心
survey-sent = 📤 { $quarter }业主评议表已发给 { $asked } 户，回收截止 { $close }。
survey-sent-paper = 有 { $count } 户没有人使用 Telegram，请发放纸质评议表：{ $units }
survey-report-due = ⏰ { $quarter }业主评议表汇总分析今天（{ $due }）到期，尚未标记为已审阅。
survey-report-overdue = ⚠️ { $quarter }业主评议表汇总分析已于 { $due } 到期，仍未标记为已审阅。
survey-report-due-by = 须于 { $due } 前完成。审阅后请点<b>已审阅</b>。
survey-report-reviewed = ✅ 已由 { $name } 于 { $at } 审阅。

## The summary
survey-report-title = 📊 <b>{ $title }业主评议表汇总分析</b>
survey-report-counts = 抽样 { $sampled } 户；通过 Telegram 发放 { $asked } 户，纸质 { $paper } 户。已回复 <b>{ $answered }</b> 户，回收率 <b>{ $rate }</b>。
survey-report-overall = 综合得分 { $avg } / 5，满意（4 或 5 分）{ $satisfied }。
survey-report-services = <b>各项服务得分</b>（平均分，满意率）：
survey-report-service-line = • { $service }：{ $avg }（{ $satisfied }）{ $change }
survey-change-up = { " " }▲{ $delta }
survey-change-down = { " " }▼{ $delta }
survey-report-vital = <b>关键的少数</b>（排列图：占全部问题 { $share }）：
survey-report-vital-line = { $rank }. { $problem } —— { $count }
survey-cause-count = { $cause } { $count }
survey-report-causes = <b>原因</b>（因果图）：{ $causes }
survey-report-no-problems = 本次没有低分评价。
survey-report-tickets = <b>工单完成后满意度</b>（简短回访及维修评分）：
survey-report-ticket-line = • { $kind }：满意度 { $satisfaction }（{ $satisfaction_n }），评分 { $rating }（{ $rating_n }）
survey-report-comments = <b>意见</b>（{ $count }）：
survey-report-comment = • { $text }
survey-report-comment-named = • { $unit }：{ $text }
survey-report-more = ……另有 { $count } 条见表格。
survey-ticket-repair = 维修
survey-ticket-complaint = 投诉
survey-chart-scores = { $title }：各项服务得分
survey-chart-trend = { $title }：各季度趋势
survey-chart-pareto = { $title }：问题排列图
survey-chart-fishbone = { $title }：因果图
survey-axis-score = 平均分（1–5）
survey-axis-count = 低分次数
survey-axis-cumulative = 累计百分比
survey-legend-vital = 关键的少数（约 80%）
survey-legend-other = 其他问题
survey-other-problems = 其他 { $count } 项
survey-fishbone-effect = 满意度偏低
survey-year-title = { $estate } { $year }年度
survey-year-quarter-line = • { $quarter }：回收率 { $rate }，综合 { $avg }
survey-year-due = 年度总结须于 { $year }年1月5日前完成：总结统计技术应用效果并提出建议。完成后请点<b>已审阅</b>。
survey-year-reminder = ⏰ { $year }年度业主评议总结今天到期，尚未标记为已审阅。

## The spreadsheet
survey-xlsx-summary = 概要
survey-xlsx-services = 各项服务
survey-xlsx-pareto = 排列图
survey-xlsx-fishbone = 因果图
survey-xlsx-tickets = 工单满意度
survey-xlsx-comments = 意见
survey-xlsx-households = 住户
survey-xlsx-trend = 趋势
survey-xlsx-quarters = 各季度
survey-col-service = 服务
survey-col-n = 评分数
survey-col-avg = 平均分
survey-col-satisfied = 满意（4-5分）
survey-col-dissatisfied = 不满意（1-2分）
survey-col-not-used = 未使用
survey-col-rank = 排名
survey-col-problem = 问题
survey-col-count = 次数
survey-col-share = 占比
survey-col-cumulative = 累计百分比
survey-col-vital = 关键的少数
survey-col-cause = 原因
survey-col-total = 已给出原因合计
survey-col-kind = 工单类别
survey-col-satisfaction-n = 满意度回复
survey-col-satisfaction-avg = 满意度平均
survey-col-rating-n = 评分数
survey-col-rating-avg = 评分平均
survey-col-item = 项目
survey-col-value = 数值
survey-col-estate = 项目
survey-col-quarter = 季度
survey-col-year = 年度
survey-col-sampled = 抽样户数
survey-col-asked = 通过 Telegram 发放
survey-col-paper = 纸质
survey-col-answered = 已回复
survey-col-rate = 回收率
survey-col-reasons = 已给出原因
survey-col-unit = 房号
survey-col-about = 关于
survey-col-text = 内容
survey-col-general = 其他意见
survey-col-status = 状态
survey-col-repeat = 12 个月内被抽中过
survey-yes = 是
survey-household-sampled = 未发放
survey-household-asked = 已发放，未回复
survey-household-started = 已开始，未完成
survey-household-answered = 已回复
survey-household-unreachable = 纸质

## Command line
admin-survey-created = { $estate } { $quarter }业主评议：{ $households } 户，于 { $send } 发放，回收截止 { $close }，汇总分析截止 { $due }。
admin-survey-list = { $lines }
admin-survey-cancelled = 已取消{ $quarter }业主评议。
admin-survey-no-campaign = { $quarter }没有业主评议。
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
