cmd-complaint = 投诉
cmd-complaints = 投诉：未办结清单、每周统计

## The complaint form
complaint-ask-unit = 投诉涉及哪个房号？
complaint-ask-category =
    物业服务中心投诉电话24小时开通，所有投诉72小时内回复。
    请问投诉哪方面的问题？
complaint-ask-description = 请说明发生了什么事（事件、地点、时间、涉及人员）。
complaint-ask-photos = 您可发送最多 { $max } 张照片（可一次发送多张），然后点<b>完成</b>。没有照片？请点<b>不附照片</b>。
complaint-ask-callback = 需要物业服务中心给您回电吗？
complaint-btn-callback-yes = 📞 需要，请回电
complaint-btn-callback-no = 不用，在这里回复即可
complaint-ask-time = 什么时间方便给您打电话？请选择时段，或自行输入。
complaint-callback-at = 需要，{ $time }
complaint-callback-none = 不需要
complaint-confirm-hint = 请核对以上投诉内容并点<b>确认</b>，或修改其中一项。
complaint-preview =
    <b>投诉内容——请核对：</b>
    房号：{ $unit }
    类别：{ $category }
    事件：{ $description }
    照片：{ $photos } 张
    回电：{ $callback }
complaint-btn-edit-category = 修改类别
complaint-btn-edit-description = 修改内容
complaint-btn-edit-photos = 修改照片
complaint-btn-edit-callback = 修改回电安排
complaint-submitted = 谢谢。您的投诉编号为 <b>{ $number }</b>。物业服务中心将在 { $hours } 小时内（最迟 { $due }）回复。发送 /my 可查看进度。
complaint-bad-category = 请从按钮中选择类别。
complaint-not-resident = 只有已登记房屋的业主或住户可以投诉。请发送 /start 登记。
complaint-not-your-unit = 您只能就自己的房屋投诉。

## Categories and departments
complaint-cat-service = 服务态度
complaint-cat-security = 秩序维护
complaint-cat-cleaning = 保洁
complaint-cat-greening = 绿化
complaint-cat-noise = 噪音
complaint-cat-parking = 停车
complaint-cat-fees = 物业费及收费
complaint-cat-neighbours = 邻里纠纷
complaint-cat-facilities = 公共设施
complaint-cat-renovation = 装修扰民
complaint-cat-other = 其他
dept-engineering = 工程部
dept-security = 秩序维护部
dept-cleaning = 保洁部
dept-greening = 绿化部
dept-finance = 财务部
dept-management = 综合管理部

## The desk's card and thread
complaint-card =
    📣 <b>投诉 { $number }</b>
    类别：{ $category }
    房号：{ $place } — { $name }（{ $phone }）
    回电：{ $callback }
    事件：{ $description }
    照片：{ $photos } 张
    状态：<b>{ $status }</b>
    责任部门：{ $department }
    关联维修单：{ $linked }
    回复期限：{ $due }
complaint-btn-take = ✋ 受理
complaint-btn-depts = 🏢 派发部门
complaint-btn-reply = ✉️ 回复业主
complaint-btn-link = 🔧 关联维修单
complaint-btn-close = ✅ 办结
complaint-btn-back = ↩️ 返回
complaint-yours = 此投诉由您受理。
complaint-already-taken = 已由 { $name } 受理。
complaint-office-only = 只有本项目的客服和经理可以处理投诉。
complaint-bad-department = 请从按钮中选择部门。
complaint-same-department = 已由该部门负责。
complaint-link-unknown = 本项目没有维修单 { $number }。请发送例如 R-2026-000123 的编号。
complaint-link-same = { $number } 已经关联。
complaint-ask-reply = { $number }：请输入给业主的回复。回复将原文发出，署名为物业服务中心。
complaint-ask-close = { $number }：请说明办结原因，业主会收到通知。
complaint-ask-link = { $number }：由哪张维修单处理？请发送编号，例如 R-2026-000123。
complaint-ask-answer = { $number }：请输入您给物业服务中心的回复。
complaint-ask-reopen = { $number }：很抱歉。请问还有什么没有解决？
complaint-answered-reply = { $number }：回复已发送给业主。
complaint-answered-close = { $number }：已办结。
complaint-answered-link = { $number }：已关联维修单。
complaint-answered-answer = { $number }：已转给物业服务中心。
complaint-answered-reopen = { $number }：物业服务中心会重新处理并回复您。
complaint-thread-replied = ✉️ { $number }：{ $name } 已回复业主：
    { $text }
complaint-thread-answer = 💬 { $number }：业主回复：
    { $text }
complaint-thread-reopened = ↩️ { $number }：业主表示不满意：{ $reason }
    请在 { $due } 前再次回复。
complaint-thread-satisfied = ✅ { $number }：业主表示满意 { $stars }，已办结。
complaint-thread-closed = ☑️ { $number }：{ $name } 已办结：{ $reason }
complaint-thread-repair-closed = 🔧 { $number }：关联维修单 { $repair } 已关闭，可回复业主。
complaint-remind = ⏰ { $number }：请在 { $due } 前回复业主（还剩 { $hours } 小时）。
complaint-escalate = ⚠️ { $number }（{ $category }，{ $place }）未在 { $hours } 小时内回复（期限 { $due }）：{ $status }。/ticket_{ $id }

## The resident is told
complaint-taken = { $number }：物业服务中心正在处理您的投诉。
complaint-taken-by = { $number }：物业服务中心 { $name } 正在处理您的投诉。
complaint-routed = { $number }：已转交{ $department }处理。
complaint-reply =
    ✉️ <b>关于您的投诉 { $number } 的回复</b>
    { $text }
    { $signature }
complaint-signed = —— 物业服务中心 { $name }
complaint-signed-office = —— 物业服务中心
complaint-btn-res-answer = 💬 回复
complaint-btn-res-ok = 👍 满意
complaint-btn-res-no = 👎 不满意
complaint-rate-ask = 您对处理结果的评分是？
complaint-closed-satisfied = { $number }：已办结，感谢您的评价。
complaint-closed = { $number }：物业服务中心已办结您的投诉：{ $reason }
complaint-linked = { $number }：已开具维修单 { $repair } 处理，每一步都会通知您。

## The satisfaction question after any closed ticket
satisfaction-ask = { $number } 已关闭。您对本次处理是否满意？（1 = 非常不满意，5 = 非常满意）
satisfaction-thanks = { $number }：感谢您的反馈，您的评分：{ $score } / 5。
satisfaction-thanks-short = 谢谢。
satisfaction-already = 您已经回答过了，谢谢。

## /complaints
complaint-usage = /complaints 列出未办结的投诉；/complaints week 显示本周统计，/complaints week last 显示上周统计。
complaint-list-empty = 没有未办结的投诉。
complaint-list-header = <b>未办结投诉</b>（{ $count } 件），按回复期限排列：
complaint-list-line = { $number } · { $category } · { $place } · { $status } · 回复期限 { $due } /ticket_{ $id }
complaint-week-title = 📊 <b>投诉每周统计 { $week }</b> — { $estate }
complaint-week-period = { $start } 至 { $end }（截至 { $at }）
complaint-week-received = 收到投诉：<b>{ $count }</b> 件
complaint-week-by-category = 按类别：
complaint-week-by-status = 当前状态：
complaint-week-line = · { $name }：{ $count }
complaint-week-overdue = 当前逾期未回复（{ $count } 件）：
complaint-week-overdue-line = · { $number } { $category } — 回复期限 { $due } /ticket_{ $id }
complaint-week-overdue-none = 当前逾期未回复：无
complaint-week-closed = 本周办结：{ $count } 件
complaint-week-rating = 平均评分：{ $avg } ⭐（{ $count } 个评分）
complaint-week-rating-none = 平均评分：—（没有评分）
complaint-week-chart-title = 投诉类别统计 { $week }
complaint-week-chart-y = 件数
complaint-week-chart-caption = 📊 { $estate }：投诉类别统计 { $week }

## History
level-reply-remind = 提醒：距回复期限还剩 { $hours } 小时
level-reply-overdue = 警示：未在期限内回复
note-reply = 回复
note-answer = 业主回复
note-close = 办结
note-link = 关联维修单
action-answered = 业主回复
action-satisfaction = 已回答满意度
field-reply = 回复内容
field-answer = 您的回复
field-number = 编号

## Estate settings (propdesk admin estate set)
admin-setting-set = 设置 { $name } = { $value }
setting-bad-key = “{ $name }”不是设置名称（例如 complaints.show_staff_names）。
setting-bad-value = { $name } 不接受这个值。
complaint-remind-repeat = ⏰ { $number }：回复限期 { $due } 已过，仍未回复业主。第 { $repeat } 次提醒。
level-reply-repeat = 再次提醒：逾时未回复
