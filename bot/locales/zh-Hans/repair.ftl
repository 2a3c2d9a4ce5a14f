cmd-repair = 报修
cmd-my = 我的申请及进度
cmd-queue = 未完成工作（按限期排列）
cmd-ticket = 以编号查看工单
cmd-oncall = 担任紧急维修当值

## The repair form
repair-ask-category = 需要维修什么？
repair-ask-place = 在哪里？
repair-common-area = 公共地方
repair-ask-location = 哪个公共地方？例如「A座大堂」或「停车场二楼」。
repair-place-common = 公共地方：{ $location }
repair-ask-description = 请描述问题（什么问题、何时开始、严重程度）。
repair-ask-photos = 请发送最多 { $max } 张相片（可一次发送多张），然后按<b>完成</b>。没有相片？请按<b>不附相片</b>。
repair-photos-count = 已收到 { $count } 张相片（最多 { $max } 张）。
repair-photo-or-done = 请发送相片，或按下面的按钮。
btn-photos-done = 完成
btn-no-photos = 不附相片
repair-ask-urgency =
    是否紧急？紧急事故（爆水喉、水浸、停电、消防安全、有人困升降机）会即时通知当值维修人员，全日24小时处理。
urgency-normal = 一般
urgency-emergency = 🚨 紧急
repair-ask-time = 维修人员何时可以上门？请选择时段，或自行输入。
time-any = 任何时间
time-morning = 上午（9–12时）
time-afternoon = 下午（14–18时）
time-evening = 晚上（18–21时）
repair-confirm-hint = 请核对以上报修资料并按<b>确认</b>，或修改其中一项。
repair-preview =
    <b>报修资料——请核对：</b>
    类别：{ $category }
    地点：{ $place }
    问题：{ $description }
    相片：{ $photos } 张
    紧急程度：{ $urgency }
    时间：{ $time }
btn-edit-category = 修改类别
btn-edit-place = 修改地点
btn-edit-description = 修改描述
btn-edit-photos = 修改相片
btn-edit-urgency = 修改紧急程度
btn-edit-time = 修改时间
repair-submitted = 谢谢。你的报修编号为 <b>{ $number }</b>，派工单已发给维修组，每个进度都会通知你。
repair-submitted-emergency = 🚨 紧急报修 <b>{ $number }</b> 已即时通知维修组及当值维修人员。如有人身危险，请致电 999。
repair-submitted-after-hours = 谢谢。你的报修编号为 <b>{ $number }</b>。管理处现已下班，将于 { $opens } 重新办公并跟进。如属紧急情况，请以「紧急」重新报修。
repair-bad-category = 请从按钮中选择类别。
repair-bad-urgency = 请选择一般或紧急。
repair-too-many-photos = 最多 { $max } 张相片。
repair-not-resident = 只有已登记单位的住户可以报修。请按 /start 登记。
repair-not-your-unit = 你只可为自己的单位报修。
repair-not-your-estate = 你只可为自己居住的屋苑报修。
qr-unknown = 无法识别这个二维码，请改用 /repair。
qr-not-resident = 请先登记你的单位（/start），然后再扫描。
qr-not-your-unit = 这个二维码属于其他单位。请用 /repair 为自己的单位报修。
file-too-big = 档案太大（{ $size } MB，上限 { $max } MB），请发送较小的档案。
file-not-photo = 请发送相片（或图片档案）。
file-not-document = 请以档案或相片形式发送。
file-wrong-type = 不接受这类档案，请以 PDF 档案或相片发送。

## Categories and statuses
cat-plumbing = 水喉
cat-electrical = 电力
cat-safety = 消防及安全设施
cat-leak = 渗水／漏水
cat-locks = 门锁
cat-lift = 升降机
cat-common = 公共地方
cat-other = 其他
status-dispatched = 等候维修人员接单
status-accepted = 已接单
status-on_the_way = 维修人员正在前往
status-on_site = 维修人员已到场
status-waiting_parts = 等候零件
status-done = 已完成，等候住户确认
status-confirmed = 已修妥，待回访
status-rework = 已发整改通知
status-closed = 已结案
status-cancelled = 已取消
status-received = 已收到
status-in_progress = 处理中
status-replied = 已回复

## Work order card
card =
    🔧 <b>派工单 { $number }</b> { $emergency }
    类别：{ $category }
    地点：{ $place }
    问题：{ $description }
    相片：{ $photos } 张　时间：{ $time }
    状态：<b>{ $status }</b>
    { $due_label }：{ $due }
card-emergency = 🚨 紧急
card-accept-due = 接单限期
card-complete-due = 完成限期
card-note-parts = 等候零件：{ $reason }
card-note-handed-back = 由 { $name } 退回：{ $reason }
card-note-reopened = 住户要求再修：{ $reason }
card-note-rework = 📝 <b>整改通知</b>：{ $problem }——请于 { $due } 前确认
btn-job-take = ✋ 接单
btn-job-way = 正在前往
btn-job-site = 已到场
btn-job-parts = 等候零件
btn-job-done = ✅ 完成
btn-job-back = 退回
btn-job-contact = 📞 联络住户
btn-job-ack = 确认整改
job-taken = 已由你接单。
job-not-your-trade = 这张工单属于其他工种或屋苑。
job-already-taken = 已由 { $name } 接单。
job-not-yours = 只有负责的维修人员、客户服务或经理可以操作。
job-same-step = 已经是目前的进度。
job-done-needs-photo = 请发送完工相片。
ticket-wrong-state = 现时不能进行这项操作（工单状态：{ $status }）。
ticket-changed = 其他人刚刚更改了这张工单，请查看最新的工单。
ticket-not-found = 找不到这张工单。
page-emergency = 🚨 <b>你正在当值：紧急维修</b>
page-taken = { $number } 已由 { $name } 接单。
contact-card = <b>{ $number }</b>——住户 { $name }，电话 { $phone }
contact-sent = 已私下发送给你。
check-private-chat = 已在私人对话中问你。
ask-parts = { $number }：等候哪些零件？（完成限期会暂停计算）
ask-done = { $number }：请发送完工相片（可附说明）。
ask-back = { $number }：退回工单的原因？
ask-problem = { $number }：住户反映了什么问题？会以书面通知维修组整改。
ask-comment = { $number }：有什么想告诉我们吗？请输入意见，或按略过。
ask-reopen = { $number }：抱歉仍未修好。请说明现时的问题。
answered-parts = { $number }：已标示为等候零件。
answered-back = { $number }：已退回维修组群组。
answered-problem = { $number }：整改通知已发给维修组。
answered-comment = 谢谢你的意见。
answered-reopen = { $number }：已重新派工。
done-recorded = { $number }：已完成，已请住户确认。
remind-accept = ⏰ { $number } 仍未有人接单（限期 { $due }）。
remind-complete = ⏰ { $number } 应于 { $due } 前完成，请更新进度。
escalate-accept-escalate = ⚠️ { $number }（{ $category }，{ $place }）逾时未接单。/t_{ $link }
escalate-complete-overdue = ⚠️ { $number }（{ $category }，{ $place }）逾时未完成：{ $status }。/t_{ $link }
escalate-callback-overdue = ⚠️ { $number }（{ $place }）逾时未回访。/t_{ $link }
escalate-rework-overdue = ⚠️ { $number }（{ $place }）的整改通知 24 小时内未获确认。/t_{ $link }
rework-notice = 📝 { $number } 整改通知：{ $problem }。请于 { $due } 前在维修组群组确认。
oncall-set = 你现为{ $trades }的当值维修人员，紧急报修会在此通知你。
oncall-crew-only = 只有维修人员可以担任当值。

## The resident is told
repair-accepted = { $number }：已由 { $name } 接单。
repair-on_the_way = { $number }：维修人员正在前往。
repair-on_site = { $number }：维修人员已到场。
repair-waiting_parts = { $number }：等候零件（{ $reason }）。
repair-done = { $number }：维修已完成。请问是否已修妥？
repair-reassigned = { $number }：将由另一位维修人员跟进。
repair-auto-confirmed = { $number }：未收到你的回复，当作已修妥。管理处稍后会回访。
repair-closed = { $number }：已结案，谢谢。
repair-rework = { $number }：已通知维修组返回处理余下问题。
repair-cancelled = { $number }：管理处已取消这项报修。如有疑问请联络管理处。
btn-fixed-yes = 👍 已修妥
btn-fixed-no = 👎 未修妥
rate-ask = 请为这次维修评分：
rate-thanks = 谢谢：{ $stars }
rating-range = 请选择 1 至 5 星。
my-none = 你暂时没有申请。按 /repair 报修。
my-open-header = <b>处理中</b>
my-recent-header = <b>最近</b>
my-line = { $number } · { $category } · { $place }——{ $status }

## Desk callbacks (回访)
callback-task =
    📞 <b>回访 { $number }</b>（{ $category }，{ $place }）
    住户：{ $name }，{ $phone }
    回访限期：{ $due }
btn-cb-satisfied = 满意
btn-cb-problem = 发现问题
btn-cb-unreachable = 未能联络
callback-done = 回访 { $number }：{ $result }（{ $name }）
callback-already-recorded = 这项工作的回访已记录。

## Staff tools
queue-header = <b>未完成工作</b>（{ $count }），按限期排列：
queue-line = { $emergency }{ $number } · { $place } · { $status } · 限期 { $due } /t_{ $link }
queue-empty = 没有未完成的工作。
ticket-usage = 请输入 /ticket 及编号，例如 /ticket R-2026-000123。
ticket-detail =
    <b>{ $number }</b>——{ $status }
    类别：{ $category }；地点：{ $place }
    报修人：{ $reporter }，时间：{ $created }
    问题：{ $description }
ticket-history = <b>记录</b>
history-line = { $at } · { $step } · { $who }
history-rated = 评分 { $stars }
note-line = { $at } · { $kind }：{ $text }
note-parts = 零件
note-hand-back = 退回
note-reopen = 再修
note-rework = 整改
note-done = 备注
level-accept-remind = 提醒：未接单
level-accept-escalate = 警示：逾时未接单
level-complete-overdue = 警示：逾时未完成
level-auto-confirm = 自动确认（住户未回复）
level-callback-overdue = 警示：逾时未回访
level-rework-overdue = 警示：整改未确认
action-contact-shown = 查看住户联络资料
action-created = 报修
field-location = 地点
field-preferred_time = 时间
field-reason = 原因
field-problem = 问题
field-comment = 意见
field-note = 备注

## Jobs returned when their assignee leaves (issue 13)
card-note-returned = { $name } 已离职，工作退回小组，请接手。
action-returned = 退回小组（职员离职）

## Reassignment (issue 13)
cmd-assign = 分派工作：指定同事、转交其他工种或自行接手
assign-usage = 请输入工单编号，例如 /assign R-2026-000123。
assign-title = <b>分派 { $number }</b>：请选择由谁跟进。
btn-assign-me = 由我接手
btn-assign-person = 👷 { $name }（{ $trade }）
btn-assign-trade = ➡️ 转交{ $trade }
assign-not-staff = 此人不是本屋苑的职员。
assign-same-person = 这项工作已由此人跟进。
assign-same-trade = 这项工作已属于此工种。
card-note-assigned = 管理处（{ $by }）已分派给 { $name }。
card-note-trade-changed = 管理处（{ $by }）已转交{ $trade }，请看该组的新工单。
card-note-trade-from = 由{ $trade }转交（{ $by }）。
card-note-no-crew = ⚠️ 本屋苑未有{ $trade }技工：请客户服务台自行接手，或用 /assign { $number } 分派给同事。
job-assigned-to-you = 管理处（{ $by }）把以下工作分派给你：
action-assigned = 已分派
action-trade-changed = 已转交其他工种
file-unreadable = 未能读取这张照片，请再发送一次。
file-too-many-pixels = 这张图片太大（超过 4000 万像素），请发送较小的图片。
escalate-accept-manager = ⚠️ { $number }（{ $category }，{ $place }）仍未有人接单，已通知客户服务，现通知经理。/t_{ $link }
escalate-accept-head-office = ⚠️ { $estate }：{ $number }（{ $category }，{ $place }）仍未有人接单，客户服务及经理已获通知。
remind-accept-repeat = ⏰ { $number } 仍未有人接单（限期 { $due } 已过），第 { $repeat } 次提醒。
remind-complete-repeat = ⏰ { $number } 应于 { $complete } 前完成，现已逾时，第 { $repeat } 次提醒，请更新进度。
remind-callback-repeat = ⏰ { $number }（{ $place }）的回访限期 { $callback } 已过，第 { $repeat } 次提醒。
remind-rework-repeat = ⏰ { $number } 的整改通知仍未确认（限期 { $rework }），第 { $repeat } 次提醒。
emergency-nobody-on-call = 🚨 紧急报修 { $number }（{ $category }，{ $place }）：现时没有值班维修人员{ $trade }，未能通知任何人。请即安排人手。/t_{ $link }
repair-submitted-emergency-desk = 🚨 紧急报修 <b>{ $number }</b> 已即时通知维修组及管理处。如有人身危险，请致电 999。
level-accept-manager = 警示：已通知经理
level-accept-head-office = 警示：已通知总公司
level-accept-repeat = 再次提醒：未接单
level-complete-repeat = 再次提醒：未完成
level-callback-repeat = 再次提醒：未回访
level-rework-repeat = 再次提醒：整改未确认
queue-page-header = <b>未完成工作</b>（{ $count }），逾时的排先，其余按限期排列（第 { $page }/{ $pages } 页）：
queue-row = { $emergency }{ $number } · { $place } · { $status } · { $due } /t_{ $link }
queue-due = 限期 { $at }
queue-overdue = ⚠️ 逾时 { $span }
queue-no-due = 没有限期
span-days = { $days } 日 { $hours } 小时
span-hours = { $hours } 小时 { $minutes } 分钟
span-minutes = { $minutes } 分钟
queue-btn-prev = « 上一页
queue-btn-next = 下一页 »
queue-btn-all = 全部
queue-btn-mine = 我的
queue-btn-overdue = 逾时
queue-btn-kind-repair = 维修
queue-btn-kind-complaint = 投诉
queue-btn-kind-renovation = 装修
closure-reason-typhoon = 八号或以上热带气旋警告信号
closure-reason-rainstorm = 黑色暴雨警告信号
closure-usage = 用法：/closed typhoon（八号风球或以上）或 /closed rainstorm（黑雨）；重开用 /reopen。
closure-set = 已宣布管理处暂停办公（{ $reason }）。按办公时间计算的限期暂停，紧急维修照常通知值班人员。重开请用 /reopen。
closure-reopened = 管理处已重开办公，{ $count } 张工单的限期已顺延。
closure-already = 管理处已在暂停办公中。
closure-not-closed = 管理处现时并无暂停办公。
closure-managers-only = 只有经理可以宣布管理处暂停或重开办公。
office-closed-notice = 🌀 管理处暂停办公（{ $reason }）。按办公时间计算的限期暂停，紧急维修照常通知值班人员。
office-reopened-notice = ✅ 管理处已重开办公，限期恢复计算并已顺延。
repair-submitted-closed = 已收到报修 <b>{ $number }</b>。管理处现因{ $reason }暂停办公，会在重开后跟进。如属紧急情况（水浸、停电、有人被困），请重新报修并选「紧急」，值班维修人员会即时收到通知；如有人身危险，请致电 999。
