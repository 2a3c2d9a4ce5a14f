## Commands (menu descriptions)
cmd-start = 开始，或输入物业服务中心提供的登记码
cmd-help = 我可以帮你做什么
cmd-language = 语言 / Language
cmd-cancel = 取消正在填写的表格

## Welcome and help
start-welcome =
    欢迎使用物业物业服务中心客户服务机器人。

    如物业服务中心已给你登记码，请按<b>我有登记码</b>（或直接在此输入登记码）。
    如没有，请按<b>申请登记单位</b>，物业服务中心会核实你的信息。
start-known = 欢迎回来，<b>{ $name }</b>。你的登记身份：{ $roles }。
help-anon =
    我是物业服务中心的客户服务助理。首先需要确认你住在哪个单位：
    请输入物业服务中心给你的登记码，或按 /start 然后选<b>申请登记单位</b>。
    /language 可更改语言。
help-resident =
    <b>住户</b>
    /repair 报修，/complaint 投诉，/renovate 申请装修，/survey 回复物业的满意度调查，
    /my 查看你的申请，/start 显示你的房屋。
    /language 更改语言，/cancel 取消正在填写的表格。
help-staff =
    <b>物业服务中心职员</b>
    工作会发送到你所属小组的群。/queue 列出未完成工作，/ticket R-2026-000123 查看工单，
    /oncall 担任值班。/complaints（客服、经理）查看投诉及每周统计，
    /renovations 装修记录，/survey 满意度调查，/code 发出一次性登记码。
    /language 更改语言，/cancel 取消正在填写的表格。
language-choose = 请选择语言：
language-set = 语言已设为简体中文。
cancel-done = 已取消，没有提交任何信息。
cancel-nothing = 目前没有可取消的事项。
unknown-command = 我不认识这个指令。输入 /help 查看可用功能。
unknown-text = 我不明白你的意思。请使用选单或输入 /help。
button-stale = 这个按钮已失效，请使用最新的消息。

## Codes
code-ask = 请输入物业服务中心给你的登记码（例如 K7M2Q-9XD4T）。
code-ask-again = 这看来不是登记码。登记码由 10 个英文字母及数字组成，例如 K7M2Q-9XD4T。或输入 /cancel 取消。
code-invalid = 登记码无效。请检查后再试，或向物业服务中心索取新的登记码。
code-used = 这个登记码已被使用。请向物业服务中心索取新的登记码。
code-expired = 这个登记码已过期。请向物业服务中心索取新的登记码。
code-too-many-attempts = 错误次数太多，请于 { $minutes } 分钟后再试。
code-already-staff = 你已拥有这个职务。
staff-joined = 欢迎！你现在是<b>{ $estate }</b>的<b>{ $role }</b>{ $trade }。
staff-joined-notice = 新职员：{ $name } 已加入，职务为{ $role }{ $trade }。
resident-linked = 完成：你已登记为{ $estate }单位 <b>{ $unit }</b> 的{ $relation }。

## Staff groups
group-link-usage = 请输入 /link 加上物业服务中心提供的群登记码，例如 /link K7M2Q-9XD4T。
group-linked = 本群已登记为{ $estate }的<b>{ $purpose }</b>群{ $trade }。
group-awaiting-link = 你好。请于 { $minutes } 分钟内输入 /link 及群登记码，否则我会离开本群。

## Asking to be linked
link-no-estates = 物业服务中心尚未设置小区，请联系物业服务中心。
link-ask-estate = 你住在哪个小区？
link-ask-unit = 哪个单位？请输入楼栋及房号，例如 <b>A-12B</b>。
link-ask-relation = 你是这个单位的：
link-ask-name = 请输入你的全名（与物业服务中心记录相同）：
link-ask-phone = 请提供联系电话，方便物业服务中心致电。可按按钮分享、直接输入，或跳过。
link-phone-not-own = 请分享你自己的手机号码。
link-phone-noted = 谢谢。
link-confirm-hint = 请核对以上信息并按<b>确认</b>，或修改其中一项。
link-preview =
    <b>请核对：</b>
    小区：{ $estate }
    单位：{ $unit }
    身份：{ $relation }
    姓名：{ $name }
    电话：{ $phone }
link-sent = 已交物业服务中心处理（申请编号 #{ $id }）。核实后我会通知你。
link-already = 你已登记于单位 { $unit }。
link-request-exists = 你已申请登记单位 { $unit }，物业服务中心会尽快回复。
link-request-too-many = 你已有 { $max } 个申请正在等候处理，请等待物业服务中心回复。
link-request-decided = 这个申请已有人处理。
link-card =
    <b>单位登记申请 #{ $id }</b>
    姓名：{ $name }
    单位：{ $unit }（{ $relation }）
    电话：{ $phone }
    Telegram 帐号：{ $tg }
link-card-decided =
    <b>单位登记申请 #{ $id }</b> — 已由 { $by } { $decision }
    { $name }，{ $unit }（{ $relation }）
link-approved = 物业服务中心已将你登记于单位 <b>{ $unit }</b>。输入 /help 查看可用功能。
link-rejected = 物业服务中心未能核实你为单位 { $unit } 的住户，请联系物业服务中心。
decision-approved = 批准
decision-rejected = 拒绝
decision-recorded = 已记录。
value-none = —

## Input problems
input-need-text = 请以文字输入{ $field }。
input-empty = { $field }不可留空。
input-too-long = { $field }太长（{ $got } 字，上限 { $max } 字），请删减。
input-bad-phone = 这不是手机号码。请输入数字，例如 +852 9123 4567。
input-use-buttons = 请按其中一个按钮。
input-wrong-kind = 收到{ $kind }，但这一步需要其他信息。
kind-text = 文字
kind-photo = 照片
kind-document = 文件
kind-sticker = 表情贴纸
kind-voice = 语音消息
kind-video = 视频
kind-contact = 联系人
kind-location = 位置
kind-animation = 动画
kind-audio = 音频文件
kind-video_note = 视频消息
kind-other = 消息
field-name = 姓名
field-phone = 手机号码
field-unit = 单位
field-title = 标题
field-description = 描述

## Errors
error-generic = 抱歉，未能完成。
error-invalid-input = 输入的信息无效。
error-not-authorized = 你没有权限进行这项操作。
error-not-found = 找不到相关记录。
error-conflict = 其他人刚刚更改了这项记录，请查看最新消息。
error-busy = 系统暂时繁忙。你的消息已保存，稍后会自动处理，无须重新发送。
error-failed = 抱歉，系统出错。你之前填写的信息已保留，请再试一次这一步。

## Names of things
relation-owner = 业主
relation-co_owner = 共同业主
relation-tenant = 租户
relation-proxy = 代理人
role-desk = 客服专员
role-crew = 维修人员
role-supervisor = 设备主管
role-manager = 物业服务中心经理
role-security = 保安
trade-plumbing = （水管）
trade-electrical = （电力）
trade-safety = （消防及安全设施）
trade-locks = （门锁）
trade-lift = （电梯）
trade-general = （综合维修）
purpose-desk = 客户服务
purpose-crew = 维修组
purpose-managers = 经理
purpose-security = 保安
purpose-supervisors = 设备主管

## Buttons
btn-have-code = 我有登记码
btn-request-link = 申请登记单位
btn-share-phone = 分享我的手机号码
btn-skip = 跳过
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
hours-bad = 无法读取办公时间「{ $part }」，请写成例如 "mon-fri 08:30-18:00; sat-sun 09:00-17:00"。
hours-overlap = { $day } 的办公时间重叠。
tz-unknown = 不明时区 { $tz }，请使用例如 Asia/Hong_Kong。
estate-bad-code = 小区代号「{ $code }」只可包含英文字母、数字、- 或 _（最多 32 字）。
estate-exists = 小区代号 { $code } 已存在。
estate-not-found = 没有代号为 { $code } 的小区。
unit-not-found = 单位记录中没有 { $unit }。请写成「楼栋-房号」，例如 A-12B。
code-needs-role = 职员登记码需要 --role。
code-needs-trade = 维修组登记码需要 --trade。
code-needs-purpose = 群登记码需要 --purpose。
code-needs-unit = 住户登记码需要 --unit 及 --relation。
code-bad-days = --days 必须介乎 1 至 366。
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
