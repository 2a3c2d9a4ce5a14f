## Commands (menu descriptions)
cmd-start = 开始，或输入管理处提供的登记码
cmd-help = 我可以帮你做什么
cmd-language = 语言 / Language
cmd-cancel = 取消正在填写的表格

## Welcome and help
start-welcome =
    欢迎使用物业管理处客户服务机械人。

    如管理处已给你登记码，请按<b>我有登记码</b>（或直接在此输入登记码）。
    如没有，请按<b>申请登记单位</b>，管理处会核实你的资料。
start-known = 欢迎回来，<b>{ $name }</b>。你的登记身份：{ $roles }。
help-anon =
    我是管理处的客户服务助理。首先需要确认你住在哪个单位：
    请输入管理处给你的登记码，或按 /start 然后选<b>申请登记单位</b>。
    /language 可更改语言。
help-resident =
    <b>住户</b>
    /repair 报修，/complaint 投诉，/renovate 申请装修，/survey 回复管理处的评议表，
    /my 查看你的申请，/start 显示你的单位。
    /language 更改语言，/cancel 取消正在填写的表格。
help-staff =
    <b>管理处职员</b>
    工作会发送到你所属小组的群组。/queue 列出未完成工作，/ticket R-2026-000123 查看工单，
    /oncall 担任当值。/complaints（客户服务台、经理）查看投诉及每周统计，
    /renovations 装修记录，/survey 业主评议表，/code 发出一次性登记码。
    /language 更改语言，/cancel 取消正在填写的表格。
language-choose = 请选择语言：
language-set = 语言已设为简体中文。
cancel-done = 已取消，没有提交任何资料。
cancel-nothing = 目前没有可取消的事项。
unknown-command = 我不认识这个指令。输入 /help 查看可用功能。
unknown-text = 我不明白你的意思。请使用选单或输入 /help。
button-stale = 这个按钮已失效，请使用最新的讯息。

## Codes
code-ask = 请输入管理处给你的登记码（例如 K7M2Q-9XD4T）。
code-ask-again = 这看来不是登记码。登记码由 10 个英文字母及数字组成，例如 K7M2Q-9XD4T。或输入 /cancel 取消。
code-invalid = 登记码无效。请检查后再试，或向管理处索取新的登记码。
code-used = 这个登记码已被使用。请向管理处索取新的登记码。
code-expired = 这个登记码已过期。请向管理处索取新的登记码。
code-too-many-attempts = 错误次数太多，请于 { $minutes } 分钟后再试。
code-already-staff = 你已拥有这个职务。
staff-joined = 欢迎！你现在是<b>{ $estate }</b>的<b>{ $role }</b>{ $trade }。
staff-joined-notice = 新职员：{ $name } 已加入，职务为{ $role }{ $trade }。
resident-linked = 完成：你已登记为{ $estate }单位 <b>{ $unit }</b> 的{ $relation }。

## Staff groups
group-link-usage = 请输入 /link 加上管理处提供的群组登记码，例如 /link K7M2Q-9XD4T。
group-linked = 本群组已登记为{ $estate }的<b>{ $purpose }</b>群组{ $trade }。
group-awaiting-link = 你好。请于 { $minutes } 分钟内输入 /link 及群组登记码，否则我会离开本群组。

## Asking to be linked
link-no-estates = 管理处尚未设定屋苑，请联络管理处。
link-ask-estate = 你住在哪个屋苑？
link-ask-unit = 哪个单位？请输入座数及单位，例如 <b>A-12B</b> 或 <b>A座12楼B室</b>。
link-ask-relation = 你是这个单位的：
link-ask-name = 请输入你的全名（与管理处记录相同）：
link-ask-phone = 请提供联络电话，方便管理处致电。可按按钮分享、直接输入，或略过。
link-phone-not-own = 请分享你自己的电话号码。
link-phone-noted = 谢谢。
link-confirm-hint = 请核对以上资料并按<b>确认</b>，或修改其中一项。
link-preview =
    <b>请核对：</b>
    屋苑：{ $estate }
    单位：{ $unit }
    身份：{ $relation }
    姓名：{ $name }
    电话：{ $phone }
link-sent = 已交管理处处理（申请编号 #{ $id }）。核实后我会通知你。
link-already = 你已登记于单位 { $unit }。
link-request-exists = 你已申请登记单位 { $unit }，管理处会尽快回复。
link-request-too-many = 你已有 { $max } 个申请正在等候处理，请等待管理处回复。
link-request-decided = 这个申请已有人处理。
link-card =
    <b>单位登记申请 #{ $id }</b>
    姓名：{ $name }
    单位：{ $unit }（{ $relation }）
    电话：{ $phone }
link-card-decided =
    <b>单位登记申请 #{ $id }</b> — 已由 { $by } { $decision }
    { $name }，{ $unit }（{ $relation }）
link-approved = 管理处已将你登记于单位 <b>{ $unit }</b>。输入 /help 查看可用功能。
link-rejected = 管理处未能核实你为单位 { $unit } 的住户，请联络管理处。
decision-approved = 批准
decision-rejected = 拒绝
decision-recorded = 已记录。
value-none = —

## Input problems
input-need-text = 请以文字输入{ $field }。
input-empty = { $field }不可留空。
input-too-long = { $field }太长（{ $got } 字，上限 { $max } 字），请删减。
input-bad-phone = 这不是电话号码。请输入数字，例如 +852 9123 4567。
input-use-buttons = 请按其中一个按钮。
input-wrong-kind = 收到{ $kind }，但这一步需要其他资料。
kind-text = 文字
kind-photo = 相片
kind-document = 档案
kind-sticker = 贴图
kind-voice = 语音讯息
kind-video = 影片
kind-contact = 联络人
kind-location = 位置
kind-animation = 动画
kind-audio = 音讯档
kind-video_note = 影片讯息
kind-other = 讯息
field-name = 姓名
field-phone = 电话号码
field-unit = 单位
field-title = 标题
field-description = 描述

## Errors
error-generic = 抱歉，未能完成。
error-invalid-input = 输入的资料无效。
error-not-authorized = 你没有权限进行这项操作。
error-not-found = 找不到相关记录。
error-conflict = 其他人刚刚更改了这项记录，请查看最新讯息。
error-busy = 系统暂时繁忙。你的讯息已保存，稍后会自动处理，无须重新发送。
error-failed = 抱歉，系统出现问题。你之前填写的资料已保留，请再试一次这一步。

## Names of things
relation-owner = 业主
relation-co_owner = 联名业主
relation-tenant = 租客
relation-proxy = 授权代表
role-desk = 客户服务主任
role-crew = 维修技工
role-supervisor = 设备主管
role-manager = 物业经理
role-security = 保安员
trade-plumbing = 水喉
trade-electrical = 电力
trade-safety = 消防及安全设施
trade-locks = 门锁
trade-lift = 升降机
trade-general = 综合维修
purpose-desk = 客户服务
purpose-crew = 维修组
purpose-managers = 经理
purpose-security = 保安
purpose-supervisors = 设备主管

## Buttons
btn-have-code = 我有登记码
btn-request-link = 申请登记单位
btn-share-phone = 分享我的电话号码
btn-skip = 略过
btn-edit-unit = 修改单位
btn-edit-relation = 修改身份
btn-edit-name = 修改姓名
btn-edit-phone = 修改电话
btn-confirm = 确认
btn-cancel = 取消
btn-approve = 批准
btn-reject = 拒绝

## Office set-up (errors shown by the command line)
hours-empty = 办公时间不可留空。
hours-bad = 无法读取办公时间「{ $part }」，请写成例如「mon-fri 08:30-18:00; sat-sun 09:00-17:00」。
hours-overlap = { $day } 的办公时间重叠。
tz-unknown = 不明时区 { $tz }，请使用例如 Asia/Hong_Kong。
estate-bad-code = 屋苑代号「{ $code }」只可包含英文字母、数字、- 或 _（最多 32 字）。
estate-exists = 屋苑代号 { $code } 已存在。
estate-not-found = 没有代号为 { $code } 的屋苑。
unit-not-found = 单位记录中没有 { $unit }。请写出座数及单位，例如 A-12B 或 A座12楼B室。
code-needs-role = 职员登记码需要 --role。
code-needs-trade = 维修组登记码需要 --trade。
code-needs-purpose = 群组登记码需要 --purpose。
code-needs-unit = 住户登记码需要 --unit 及 --relation。
code-bad-days = --days 必须介乎 1 至 366。
outbox-undelivered = ⚠️ 一则发给 { $name }（单位 { $unit }）的信息可能未送达：Telegram 未有确认送达，系统不会重发。如该信息重要，请直接联络住户。

## How values are written (../shared/VOICE.md)
trade-of = （{ $trade }）
week-label = 第{ $week }周（{ $span }）
unit-with-relation = { $unit }（{ $relation }）
callback-rating = 评分：{ $rating }
callback-rating-comment = 评分：{ $rating }，意见：{ $comment }
ticket-detail-rating = 评分：{ $rating }

## Registry changes (权籍管理) and staff changes (issue 13)
cmd-holders = 单位权籍：业主、租客及授权代表（连记录）
cmd-moveout = 租客迁出：结束租住登记
cmd-sale = 单位易手：登记新业主
cmd-staff = 职员名单：停用、重发登记码
holders-usage = 请输入单位，例如 /holders A-12B。
holders-title = <b>{ $unit } 权籍记录</b>
holders-current = • { $name }（{ $relation }）由 { $since } 起
holders-ended = • <s>{ $name }（{ $relation }）</s> { $since } 至 { $until }（{ $reason }）
holders-none = （未有登记）
end-reason-moved-out = 迁出
end-reason-sold = 单位易手
end-reason-removed = 管理处取消
btn-end-link = 结束：{ $name }（{ $relation }）
btn-back-to-list = 返回
moveout-no-tenant = 此单位现时未有登记租客。
end-link-confirm = 确定今日结束 <b>{ $name }</b>（{ $relation }）于 { $unit } 的登记？对方会即时失去此单位的使用权限，未完成的表格会关闭，已提交的个案会留在单位记录。
registry-link-ended-ok = 已结束登记。
sale-usage = 请输入单位、日期（可省略，即今日）及新业主姓名，例如 /sale A-12B 1/12/2026 黄小姐。
sale-confirm =
    <b>{ $unit } 易手</b>：由 { $day } 起新业主为 <b>{ $name }</b>。
    以下登记会于当日结束：
    { $ending }
sale-recorded = 已登记 { $unit } 由 { $day } 起属于 { $name }，结束了 { $count } 项登记。请把此登记码交给新业主：<code>{ $code }</code>
registry-add-usage = 请输入单位及姓名，例如 /{ $command } A-12B 陈小明。
registry-added = 已登记 { $name } 为 { $unit } 的{ $relation }。请把此登记码交给对方：<code>{ $code }</code>
registry-date-future = 日期 { $day } 仍未到，请登记已发生的变更。
registry-date-before-start = 日期 { $day } 早于该登记开始的日期（{ $since }）。
registry-link-not-found = 找不到这项登记。
registry-link-ended = { $name } 于 { $unit } 的登记已经结束。
registry-add-relation = 只可新增联名业主、租客或授权代表；业主变更请用 /sale。
registry-no-owner = { $unit } 未有登记业主，不能新增联名业主。
link-ended-moved-out = 管理处已结束你于单位 { $unit } 的租住登记，你未完成的表格已关闭。已提交的个案会留在单位记录，由管理处跟进。如有疑问请联络管理处。
link-ended-sold = 单位 { $unit } 已易手，你于该单位的登记已结束，未完成的表格已关闭。如有疑问请联络管理处。
link-ended-removed = 管理处已取消你于单位 { $unit } 的登记，你未完成的表格已关闭。如有疑问请联络管理处。
access-ended = 你于单位 { $unit } 的登记已结束，不能再使用住户功能。如有疑问请联络管理处。
owner-told-linked = 通知：{ $name } 已登记为你单位 { $unit } 的{ $relation }。如有错误请联络管理处。
staff-managers-only = 只有经理可以管理职员。
staff-not-yourself = 你不能停用自己。
staff-not-active = 此人现时不是本屋苑的职员。
staff-title = <b>{ $estate } 职员（{ $count } 人）</b>
staff-line = • { $name }：{ $roles }{ $oncall }
btn-staff-off = 停用 { $name }
btn-staff-code = 新登记码：{ $name }
staff-off-confirm = 确定停用 <b>{ $name }</b>？其所有职务及当值会即时结束，手上未完成的工作会退回所属小组。
staff-off-done = 已停用 { $name }，{ $count } 项工作已退回小组。
staff-codes =
    { $name } 的新登记码：
    { $codes }
staff-ended-notice = 管理处已结束你的职员权限。如有疑问请联络经理。
staff-ended-group = { $name } 的职员权限已结束。
group-write-as-yourself = 请以你自己的身份发消息，不要以群或频道名义发出：我要先确认你是谁，才可以显示或更改资料。
help-group =
    <b>本群可用的指令</b>
    { $commands }
    其他事项请私信我。
slow-down = 你发送得太快了，请一分钟后再继续；期间发送的消息不会处理。
handover-offer = 我未能理解你的意思。你想：
btn-handover-repair = 🔧 报修
btn-handover-complaint = 📣 投诉
btn-handover-ask = 💬 问管理处
btn-handover-end = 结束对话
handover-type-question = 请输入你想问管理处的问题。
handover-opened = 已转交管理处客户服务（{ $number }）。他们会在这里回复你；你之后的信息也会转交给他们。完成后请按「结束对话」。
handover-relayed = ↪️ 已转交管理处。
handover-ended = 对话已结束。如有需要，随时再问。
handover-ended-desk = 💬 { $number }：住户已结束对话。
handover-card = 💬 { $number } · { $place } · { $name }：
    { $text }
    ↩️ 回复这则信息即可答复住户。
handover-more = 💬 { $number } · { $name }：{ $text }
    ↩️ 回复这则信息即可答复住户。
handover-answer = 💬 管理处（{ $name }）：{ $text }
handover-sent = ✅ { $number }：已由 { $name } 答复住户。
handover-closed = 这个对话已经结束。
handover-residents-only = 只有已登记单位的住户可以通过这里联络管理处。
repair-link-first = 要报修或投诉，请先登记你的单位：输入管理处发出的登记码，或申请登记。
cat-enquiry = 查询
queue-btn-kind-enquiry = 查询
note-ask = 住户
note-answer = 管理处
action-resident-wrote = 住户留言
action-desk-answered = 管理处答复
action-enquiry-closed = 对话结束
