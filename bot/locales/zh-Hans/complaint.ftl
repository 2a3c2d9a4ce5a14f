cmd-complaint = 投诉
cmd-complaints = 投诉个案：未完成清单、每周统计

## The complaint form
complaint-ask-unit = 投诉涉及哪个单位？
complaint-ask-category =
    管理处投诉热线24小时开通，所有投诉均于72小时内回复。
    请问投诉哪方面的问题？
complaint-ask-description = 请说明发生了什么事（事件、地点、时间、涉及人士）。
complaint-ask-photos = 你可发送最多 { $max } 张相片（可一次发送多张），然后按<b>完成</b>。没有相片？请按<b>不附相片</b>。
complaint-ask-callback = 需要管理处致电回复你吗？
complaint-btn-callback-yes = 📞 需要，请回电
complaint-btn-callback-no = 不用，在此回复即可
complaint-ask-time = 什么时间方便致电你？请选择时段，或自行输入。
complaint-callback-at = 需要，{ $time }
complaint-callback-none = 不需要
complaint-confirm-hint = 请核对以上投诉内容并按<b>确认</b>，或修改其中一项。
complaint-preview =
    <b>投诉内容——请核对：</b>
    单位：{ $unit }
    类别：{ $category }
    事件：{ $description }
    相片：{ $photos } 张
    回电：{ $callback }
complaint-btn-edit-category = 修改类别
complaint-btn-edit-description = 修改内容
complaint-btn-edit-photos = 修改相片
complaint-btn-edit-callback = 修改回电安排
complaint-submitted = 谢谢。你的投诉编号为 <b>{ $number }</b>。管理处会于 { $hours } 小时内（最迟 { $due }）回复。输入 /my 可查看进度。
complaint-bad-category = 请从按钮中选择类别。
complaint-not-resident = 只有已登记单位的住户可以投诉。请按 /start 登记。
complaint-not-your-unit = 你只可就自己的单位作出投诉。

## Categories and departments
complaint-cat-service = 服务态度
complaint-cat-security = 保安
complaint-cat-cleaning = 清洁
complaint-cat-greening = 园艺绿化
complaint-cat-noise = 噪音
complaint-cat-parking = 停车场
complaint-cat-fees = 管理费及收费
complaint-cat-neighbours = 邻里纠纷
complaint-cat-facilities = 会所及公共设施
complaint-cat-renovation = 装修滋扰
complaint-cat-other = 其他
dept-engineering = 工程部
dept-security = 保安部
dept-cleaning = 清洁部
dept-greening = 园艺部
dept-finance = 财务部
dept-management = 管理部

## The desk's card and thread
complaint-card =
    📣 <b>投诉 { $number }</b>
    类别：{ $category }
    单位：{ $place } — { $name }（{ $phone }）
    回电：{ $callback }
    事件：{ $description }
    相片：{ $photos } 张
    状态：<b>{ $status }</b>
complaint-btn-take = ✋ 跟进
complaint-btn-depts = 🏢 分派部门
complaint-btn-reply = ✉️ 回复住户
complaint-btn-link = 🔧 关联维修单
complaint-btn-close = ✅ 结案
complaint-btn-back = ↩️ 返回
complaint-yours = 此投诉由你跟进。
complaint-already-taken = 已由 { $name } 跟进。
complaint-office-only = 只有本屋苑的客户服务台及经理可处理投诉。
complaint-bad-department = 请从按钮中选择部门。
complaint-same-department = 已由该部门负责。
complaint-link-unknown = 本屋苑没有维修单 { $number }。请输入例如 R-2026-000123 的编号。
complaint-link-same = { $number } 已经关联。
complaint-ask-reply = { $number }：请输入给住户的回复。回复会原文发出，署名为管理处。
complaint-ask-close = { $number }：请说明结案原因，住户会收到通知。
complaint-ask-link = { $number }：由哪张维修单跟进？请输入编号，例如 R-2026-000123。
complaint-ask-answer = { $number }：请输入你给管理处的回应。
complaint-ask-reopen = { $number }：很抱歉。请问还有什么未解决？
complaint-answered-reply = { $number }：回复已发送给住户。
complaint-answered-close = { $number }：已结案。
complaint-answered-link = { $number }：已关联维修单。
complaint-answered-answer = { $number }：已转交管理处。
complaint-answered-reopen = { $number }：管理处会重新跟进并回复你。
complaint-thread-replied = ✉️ { $number }：{ $name } 已回复住户：
    { $text }
complaint-thread-answer = 💬 { $number }：住户回应：
    { $text }
complaint-thread-reopened = ↩️ { $number }：住户表示不满意：{ $reason }
    请于 { $due } 前再次回复。
complaint-thread-satisfied = ✅ { $number }：住户表示满意 { $stars }，已结案。
complaint-thread-closed = ☑️ { $number }：{ $name } 已结案：{ $reason }
complaint-thread-repair-closed = 🔧 { $number }：关联维修单 { $repair } 已完成结案，可回复住户。
complaint-remind = ⏰ { $number }：请于 { $due } 前回复住户（尚余 { $hours } 小时）。
complaint-escalate = ⚠️ { $number }（{ $category }，{ $place }）未能于 { $hours } 小时内回复（限期 { $due }）：{ $status }。/t_{ $link }

## The resident is told
complaint-taken = { $number }：管理处正跟进你的投诉。
complaint-taken-by = { $number }：管理处 { $name } 正跟进你的投诉。
complaint-routed = { $number }：已交由{ $department }跟进。
complaint-reply =
    ✉️ <b>有关你的投诉 { $number } 的回复</b>
    { $text }
    { $signature }
complaint-signed = —— 管理处 { $name }
complaint-signed-office = —— 管理处
complaint-btn-res-answer = 💬 回应
complaint-btn-res-ok = 👍 满意
complaint-btn-res-no = 👎 不满意
complaint-rate-ask = 你对处理结果的评分是？
complaint-closed-satisfied = { $number }：已结案，多谢你的评分。
complaint-closed = { $number }：管理处已将你的投诉结案：{ $reason }
complaint-linked = { $number }：已开立维修单 { $repair } 跟进，每个进度都会通知你。

## The satisfaction question after any closed ticket
satisfaction-ask = { $number } 已结案。你对今次处理是否满意？（1 = 非常不满意，5 = 非常满意）
satisfaction-thanks = { $number }：多谢你的意见，你的评分：{ $score } / 5。
satisfaction-thanks-short = 多谢。
satisfaction-already = 你已作答，多谢。

## /complaints
complaint-usage = /complaints 列出未完成的投诉；/complaints week 显示本周统计，/complaints week last 显示上周统计。
complaint-list-empty = 没有未完成的投诉。
complaint-list-header = <b>未完成投诉</b>（{ $count } 宗），按回复限期排列：
complaint-list-line = { $number } · { $category } · { $place } · { $status } · 回复限期 { $due } /t_{ $link }
complaint-week-title = 📊 <b>投诉每周统计：{ $week }</b> — { $estate }
complaint-week-period = 截至 { $at }
complaint-week-received = 接获投诉：<b>{ $count }</b> 宗
complaint-week-by-category = 按类别：
complaint-week-by-status = 现时状态：
complaint-week-line = · { $name }：{ $count }
complaint-week-overdue = 现时逾期未覆（{ $count } 宗）：
complaint-week-overdue-line = · { $number } { $category } — 回复限期 { $due } /t_{ $link }
complaint-week-overdue-none = 现时逾期未覆：没有
complaint-week-closed = 本周结案：{ $count } 宗
complaint-week-rating = 平均评分：{ $avg } ⭐（{ $count } 个评分）
complaint-week-rating-none = 平均评分：—（没有评分）
complaint-week-chart-title = 投诉类别统计：{ $week }
complaint-week-chart-y = 宗数
complaint-week-chart-caption = 📊 { $estate }：投诉类别统计，{ $week }

## History
level-reply-remind = 提示：距回复限期尚余 { $hours } 小时
level-reply-overdue = 警示：未能于限期内回复
note-reply = 回复
note-answer = 住户回应
note-close = 结案
note-link = 关联维修单
action-answered = 住户回应
action-satisfaction = 已回答满意度
field-reply = 回复内容
field-answer = 你的回应
field-number = 编号

## Estate settings (propdesk admin estate set)
admin-setting-set = 设定 { $name } = { $value }
setting-bad-key = 「{ $name }」不是设定名称（例如 complaints.show_staff_names）。
setting-bad-value = { $name } 不接受这个值。

## The desk's card: lines shown only when there is something to say
complaint-card-department = 负责部门：{ $department }
complaint-card-linked = 关联维修：{ $linked }
complaint-card-due = 回复限期：{ $due }
## A complaint routed to a department (its group, or its people)
complaint-btn-tell = 📨 通知部门
complaint-btn-dreply = ✉️ 回复住户
complaint-btn-dask = ❓ 问服务台
complaint-ask-dept_reply = { $number }：请输入给住户的回复。内容会照发，以管理处名义署名，并计作管理处的回复。
complaint-ask-dept_ask = { $number }：你想问服务台什么？
complaint-ask-tell = { $number }：请输入给部门的讯息。
complaint-answered-dept_reply = { $number }：回复已发送给住户。
complaint-answered-dept_ask = { $number }：已转交服务台。
complaint-answered-tell = { $number }：已转交部门。
complaint-dept-card-head = 🏢 <b>交{ $department }跟进</b> — 可用以下按钮回复住户或问服务台。
complaint-dept-moved = ↪️ 已改交{ $department }跟进。
complaint-dept-nowhere = ⚠️ { $number }：{ $department }未有群组，亦未有同事登记，投诉卡仍留在这里。请连结部门群组，或用 <code>propdesk admin estate set</code> 设定 <code>{ $setting }</code>。
complaint-dept-replied = ✉️ { $number }：你的回复已发送给住户：
    { $text }
complaint-thread-dept-asks = ❓ { $number }：{ $name }（{ $department }）问服务台：
    { $text }
complaint-dept-told = 📨 { $number }：服务台 { $name }：
    { $text }
complaint-department-only = 只有负责的部门、服务台及经理可以处理。
complaint-no-department = 这宗投诉未交部门跟进。
field-message = 讯息
complaint-remind-repeat = ⏰ { $number }：回复限期 { $due } 已过，仍未回复业主。第 { $repeat } 次提醒。
level-reply-repeat = 再次提醒：逾时未回复
