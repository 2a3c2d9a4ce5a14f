## 装修申请
cmd-renovate = 装修：申请或管理你的装修申请
cmd-renovations = 装修管理记录（试算表）
cat-renovation = 装修
status-desk_check = 客服部初审
status-tech_review = 设备主管审核
status-manager_review = 经理审批
status-info_needed = 待补交资料
status-rejected = 未获批，待业主修改
status-approved = 已批准，待缴费
status-works = 施工中
status-final_check = 完工验收
status-settling = 待交还出入证及结算按金
work-floor = 地台 / 地板
work-walls = 墙身 / 油漆
work-ceiling = 天花
work-electrical = 电线工程
work-plumbing = 水喉 / 去水
work-kitchen = 厨房
work-bathroom = 浴室
work-windows = 窗户 / 铁闸
work-aircon = 冷气机
work-doors = 门
work-furniture = 家私订造
field-contractor = 承办商名称
field-date = 日期
field-violation = 违规情况
dp-title = { $year }年{ $month }月
dp-weekdays = 一 二 三 四 五 六 日

## 业主填表
reno-owners-only = 只有单位业主（或联名业主）可申请装修。租客请联络业主办理。
reno-not-your-unit = 你只可为自己名下的单位申请装修。
reno-ask-unit = 请选择装修的单位：
reno-ask-works = 将进行哪些工程？请剔选所有适用项目，然后按<b>下一步 ➡️</b>。
btn-reno-next = 下一步 ➡️
reno-ask-description = 请简述工程内容：涉及哪些房间、改动什么、使用什么物料。
reno-ask-start = 工程何时开始？请在日历选择日期，或输入日期，例如 1/12/2026。
reno-ask-end = 工程何时完成？（开始日期：{ $start }）请在日历选择日期，或输入日期，例如 15/12/2026。
reno-date-hint = 请在日历上选择日期，或输入日期，例如 1/12/2026。
reno-bad-date = 未能读取这个日期。请按日／月／年输入，例如 1/12/2026，或在日历上选择。
reno-start-too-soon = 工程最早可于 { $earliest } 开始：管理处需时审批。
reno-start-too-late = 请于开工前一年内申请。
reno-end-before-start = 完工日期不可早于开始日期（{ $start }）。
reno-too-long = 每份申请最长涵盖 { $max } 日，请选择较早的完工日期。
reno-need-dates = 请选择开始及完工日期。
reno-bad-works = 请用按钮选择工程项目。
reno-ask-contractor = 装修承办商（装修公司或判头）名称：
reno-ask-contractor-phone = 承办商联络电话：
reno-ask-drawings = 请传送装修图则（平面图、电线及水喉走位图），PDF 档案或相片均可，最多 { $max } 份，完成后按<b>完成</b>。
reno-drawings-count = 已收到 { $count } 份图则。可继续传送，或按<b>完成</b>。
reno-need-drawing = 请最少传送一份图则（PDF 或图则相片）。
reno-too-many-drawings = 最多 { $max } 份图则。
reno-drawing-or-done = 请以档案或相片传送图则，或按「完成」。
btn-reno-drawings-done = 完成
reno-ask-workers =
    <b>施工人员</b>（{ $count } 人）：
    { $lines }
    每位施工人员须提供姓名、身份证相片及电话。亦可于获批后才补交。
reno-worker-line = • { $name }，{ $phone }
reno-workers-none = （暂未登记）
btn-reno-worker-add = ➕ 新增施工人员
btn-reno-workers-done = ✅ 完成
btn-reno-workers-later = 稍后补交施工人员
reno-ask-worker-name = 施工人员全名（与身份证相同）：
reno-ask-worker-id = 请传送 { $name } 的身份证相片。只有管理处客服部及经理可以查看，并会于工程完结后 { $days } 日删除。
reno-ask-worker-phone = { $name } 的联络电话：
reno-worker-needs-id = { $name } 须提供身份证相片。
reno-too-many-workers = 每份申请最多 { $max } 名施工人员。
reno-rules =
    <b>{ $estate } 装修守则</b>

    { $rules }

    你是否同意遵守以上守则？
reno-rules-default =
    1. 只限星期一至六 09:00–18:00 施工；星期日及公众假期不得进行钻凿等嘈音工程。
    2. 不得改动结构墙、柱、梁或楼板；不得改变大厦外观（窗户、露台、外墙）。
    3. 电力及气体工程须由注册人员进行；不得改动消防设施及公用去水渠。
    4. 建筑废料须由承办商每日入袋运走；不得堆放于走廊、楼梯或升降机大堂；搬运物料时须保护升降机。
    5. 所有施工人员须佩戴管理处发出的临时出入证，并按保安要求出示；完工后交还出入证。
    6. 管理处每日巡查两次；接获整改通知须于限期前完成整改，否则管理处可暂停工程并以按金支付修复费用。
btn-reno-accept = ✅ 我同意遵守守则
reno-need-rules = 请阅读并同意装修守则。
reno-preview =
    <b>装修申请 — 请核对：</b>
    单位：{ $unit }
    工程：{ $works }
    内容：{ $description }
    日期：{ $start }至{ $end }（共 { $days } 日）
    承办商：{ $contractor }，{ $contractor_phone }
    图则：{ $drawings } 份
    施工人员：{ $workers }
    守则：已同意
reno-preview-reason = <b>管理处意见：</b>{ $reason }
reno-works-none = （未剔选）
reno-confirm-hint = 请核对以上申请并按<b>📨 提交</b>，或修改个别项目。
btn-reno-edit-works = 修改工程项目
btn-reno-edit-description = 修改工程内容
btn-reno-edit-dates = 修改日期
btn-reno-edit-contractor = 修改承办商
btn-reno-edit-drawings = 修改图则
btn-reno-edit-workers = 修改施工人员
btn-reno-submit = 📨 提交
reno-submitted = 多谢。你的装修申请编号为 <b>{ $number }</b>。客服部、设备主管及经理会于 { $due } 前完成审批，每一步我都会通知你。
reno-resubmitted = 你修改后的申请 <b>{ $number }</b> 已交回管理处，审批限期为 { $due }。

## 业主的申请
reno-hub = <b>你的装修申请</b>
btn-reno-new = ➕ 新申请
btn-reno-show = { $number }（{ $status }）
reno-app =
    <b>{ $number }</b>（{ $unit }）— { $status }
    日期：{ $start }至{ $end }
    施工人员：{ $workers }
    临时出入证：{ $passes }
    未完成的整改通知：{ $notices }
btn-reno-fix = ✏️ 修改并重新提交
btn-reno-add-worker = ➕ 新增施工人员
btn-reno-remove-worker = ➖ 撤销施工人员
btn-reno-done = 🏁 工程已完成
btn-reno-cancel = 撤回申请
btn-reno-notices = 📋 整改通知
reno-pick-worker = 哪位施工人员离开工程？
reno-worker-requested = 已将 { $name } 交管理处审核，出入证准备好后会通知你。
reno-worker-remove-requested = 管理处会确认 { $name } 离开工程并收回出入证。
reno-completion-reported = { $number }：多谢。现场管理员会进行完工验收，之后收回出入证及结算按金。
reno-withdrawn = { $number } 已撤回。
reno-not-found = 找不到这份申请。
reno-not-returned = 这份申请现时无须修改。
reno-workers-not-now = 施工人员可于申请获批后、工程完结前新增或撤销。
reno-worker-changed = 这位施工人员的资料刚被更改。
reno-not-in-works = 工程现时并非施工中。
reno-too-late-to-cancel = 工程已开始，请联络管理处。
reno-notices-none = 没有整改通知。
reno-notice-line = { $notice }（{ $status }）：{ $description } — 限期 { $due }
notice-open = 待整改
notice-rectified = 已整改
notice-not_rectified = 未整改

## 通知业主
reno-owner-step = { $number }：已通过{ $step }，现进入{ $next }阶段。
reno-owner-rejected =
    { $number } 在「{ $step }」阶段未获批准：{ $reason }
    请修改后重新提交，已填写的资料全部保留。
reno-owner-info =
    { $number }：管理处在「{ $step }」阶段需要你补充资料：{ $reason }
    请补充后重新提交，已填写的资料全部保留。
reno-owner-approved =
    ✅ <b>{ $number }</b> 已获批准，工期 { $start }至{ $end }。
    请到管理处缴付装修管理费 { $currency }{ $fee } 及装修按金 { $currency }{ $deposit }。缴费后即发出施工人员临时出入证，工程可于 { $start } 开始。
reno-owner-unpaid = { $number }：管理处尚未收到装修管理费（{ $currency }{ $fee }）及按金（{ $currency }{ $deposit }），缴费后即发出出入证。
reno-owner-start = 🟢 <b>{ $number }</b>：已收款，多谢。工程可于 { $start } 开始。以下为临时出入证，每位施工人员在场时须佩戴。
reno-pass-caption =
    🪪 临时出入证 <b>{ $pass }</b>
    { $name } — { $number }，{ $unit }
    有效期 { $from }至{ $to }
reno-owner-worker-approved = { $number }：{ $name } 已获批准。
reno-owner-worker-refused = { $number }：管理处未批准 { $name }，请联络管理处。
reno-owner-worker-removed = { $number }：{ $name } 已离开工程，出入证已登记交还。
reno-owner-worker-kept = { $number }：管理处保留 { $name } 于工程内，请联络管理处。
reno-owner-notice =
    📝 <b>装修违规整改通知 { $notice }</b>（{ $number }，{ $unit }）
    { $description }
    请于 <b>{ $due }</b> 前完成整改，届时现场管理员会再次检查。
reno-owner-rectified = ✅ { $notice }：已完成整改，多谢。
reno-owner-final-passed = ✅ { $number }：完工验收合格。管理处会收回出入证及结算按金。
reno-owner-final-failed = { $number }：完工验收发现问题（见整改通知）。整改后请在 /renovate 再按 🏁 工程已完成。
reno-owner-closed = { $number }：已完结，出入证已交还，按金已结算。多谢合作。
reno-owner-cancelled = { $number }：管理处已取消这份申请。如有疑问请联络管理处。
reno-owner-auto-cancelled = { $number } 在 { $days } 日内未有重新提交，已自动取消。如需装修请以 /renovate 重新申请。
reno-owner-works-over = { $number }：批准工期已于 { $end } 届满。请报告完工（/renovate，🏁 工程已完成）或联络管理处。

## 管理处卡片
reno-card =
    🏠 <b>装修申请 { $number }</b> — { $step }
    单位：{ $unit } · 业主：{ $owner }，{ $phone }
    工程：{ $works }
    内容：{ $description }
    日期：{ $start }至{ $end }（共 { $days } 日）
    承办商：{ $contractor }，{ $contractor_phone }
    图则：{ $drawings } 份 · 施工人员：{ $workers }
    第 { $submissions } 次提交，{ $submitted }
    ⏱ 审批限期 <b>{ $due }</b>{ $overdue }
reno-card-overdue = {" "}— ⚠️ 已逾期
reno-card-last-reason = 上次退回原因：{ $reason }
reno-card-decided = { $decision } — { $name }，{ $at }
reno-decision-ok = ✅ 批准
reno-decision-no = ❌ 不批准：{ $reason }
reno-decision-info = ❓ 要求补交：{ $reason }
btn-reno-approve = ✅ 批准
btn-reno-reject = ❌ 不批准
btn-reno-info = ❓ 要求补交
btn-reno-drawings = 📎 图则
btn-reno-ids = 🪪 身份证
reno-not-your-step = 这一步由其他职位处理（本屋苑的客服部、设备主管或经理）。
reno-step-decided = 这一步已有决定。
reno-ask-no = { $number }：不批准的原因？业主会看到你的说明。
reno-ask-info = { $number }：需要业主补交什么？
reno-answered-no = { $number }：不批准，已通知业主原因。
reno-answered-info = { $number }：已要求业主补交。
reno-drawings-sent = 图则已私下传送给你。
reno-drawing-caption = 📎 { $number }：图则 { $n }
reno-ids-sent = 身份证相片已私下传送给你，此次查阅已记录。
reno-id-caption = 🪪 { $name } 的身份证（{ $number }）。机密资料，切勿转发。
reno-id-none = { $number } 没有保留身份证相片（已于保存期后删除）。
reno-id-office-only = 只有本屋苑的客服部及经理可查看身份证。
reno-office-only = 只有本屋苑的客服部及经理可以进行这项操作。
reno-pay-card =
    💰 <b>{ $number }</b>（{ $unit }）已获批准，工期 { $start }至{ $end }。
    装修管理费 { $currency }{ $fee }，按金 { $currency }{ $deposit }。
    施工人员：{ $workers }。业主缴费后请记录：
btn-reno-paid = ✅ 已缴费
btn-reno-unpaid = 尚未缴费
reno-pay-recorded = 💰 { $number }：已缴费（{ $name } 记录），已发出 { $passes } 张出入证。
reno-not-waiting-payment = 这份申请现时不是待缴费。
reno-unpaid-noted = 已提醒业主缴费金额。
reno-security-issued =
    🪪 <b>临时出入证已发出</b> — { $number }，{ $unit }，有效期 { $from }至{ $to }：
    { $lines }
reno-security-returned =
    🔙 <b>临时出入证已交还</b> — { $number }，{ $unit }：
    { $lines }
reno-pass-line = • { $pass } { $name }
reno-site-start = 🏗 { $number }（{ $unit }）：工期 { $start }至{ $end }；承办商 { $contractor }，{ $contractor_phone }。工作日 { $slots } 巡查。
reno-worker-card =
    👷 <b>{ $number }</b>（{ $unit }）：业主申请{ $change }施工人员。
    { $name }，{ $phone }
reno-change-add = 新增
reno-change-remove = 撤销（须收回出入证）
reno-settle-card =
    🏁 <b>{ $number }</b>（{ $unit }）完工验收合格。完结前须：
    收回出入证 { $passes } 张 — { $returned }
    结算按金 { $currency }{ $deposit } — { $settled }
reno-settle-done = 已完成
reno-settle-open = 待办
btn-reno-returned = 🔙 出入证已全部交还
btn-reno-settled = 💵 按金已结算
reno-not-settling = 这份申请现时不在结算阶段。
reno-already-recorded = 已经记录。
reno-closed-card = ✅ { $number }（{ $unit }）已完结。
reno-flag-managers = 🚩 { $number }（{ $unit }）：累计违规 { $count } 次。/t_{ $link }
reno-remind-review = ⏰ { $number }（{ $unit }）正等待{ $step }，审批限期 { $due }。
reno-escalate-review = ⚠️ { $number }（{ $unit }）审批逾期（限期 { $due }），仍在等待{ $step }。/t_{ $link }
reno-desk-works-over = ⏰ { $number }（{ $unit }）：批准工期已于 { $end } 届满，业主未报告完工。

## 现场巡查
reno-insp-card =
    🔍 <b>装修巡查</b> { $number }（{ $unit }）— { $day } { $slot }
    工程：{ $works } · 承办商 { $contractor }，{ $contractor_phone }
    未完成整改通知：{ $notices }
reno-followup-card =
    🔁 <b>整改跟进检查</b> { $notice }（{ $number }，{ $unit }）
    整改事项：{ $description }（限期 { $due }）
reno-final-card =
    🏁 <b>完工验收</b> { $number }（{ $unit }）
    业主报告工程已完成，请检查单位及公用地方。
btn-reno-insp-ok = ✅ 正常
btn-reno-insp-bad = ⚠️ 违规
btn-reno-followup-ok = ✅ 已整改
btn-reno-followup-bad = ❌ 未整改
btn-reno-final-ok = ✅ 验收合格
btn-reno-final-bad = ⚠️ 发现问题
reno-insp-recorded = { $result } — { $name }，{ $at }
reno-result-ok = ✅ 正常
reno-result-violation = ⚠️ 违规：{ $note }
reno-site-staff-only = 只有本屋苑的现场管理人员、客服部及经理可记录巡查。
reno-inspection-recorded = 这次巡查已经记录。
reno-ask-violation = { $number }：有什么违规？请描述，内容会以整改通知发给业主。
reno-ask-violation-photos = 请传送相片（最多 { $max } 张），然后按<b>完成</b>；没有相片？请按<b>不附相片</b>。
reno-violation-photos-count = 已收到 { $count } 张相片。
reno-photo-or-done = 请传送相片，或按下面的按钮。
reno-answered-violation = { $number }：已记录，整改通知已发给业主。
reno-too-many-photos = 最多 { $max } 张相片。

## 职员工具及记录
reno-export-caption = { $estate } 装修管理记录：共 { $count } 份申请。
reno-export-none = 暂时没有装修申请。
reno-export-office-only = 只有客服部及经理可以汇出装修管理记录。
reno-x-sheets = 装修申请|装修管理日志|违规整改通知书|施工人员管理记录|临时出入证收发记录
reno-x-apps = 编号|单位|业主|工程项目|工程内容|开始|完工|承办商|承办商电话|状态|提交时间|提交次数|批准|装修管理费|按金|缴费|报告完工|出入证交还|按金结算|完结|违规次数|已记录巡查|同意守则
reno-x-log = 日期|巡查时段|申请|单位|类别|结果|巡查人员|记录时间|备注
reno-x-notices = 通知编号|申请|单位|发出时间|违规内容|整改限期|状态|处理时间
reno-x-workers = 申请|单位|姓名|电话|状态|登记时间|保留身份证相片
reno-x-passes = 出入证|申请|单位|施工人员|有效期由|有效期至|发出|交还
reno-export-office-only = 只有客服及经理可以导出装修管理记录。
reno-x-sheets = 装修申请|装修管理日志|违规整改通知书|施工人员管理记录|临时出入证收发记录
reno-x-apps = 编号|单位|业主|工程项目|工程内容|开始|完工|承办商|承办商电话|状态|提交时间|提交次数|批准|装修管理费|按金|缴费|报告完工|出入证交还|按金结算|完结|违规次数|已记录巡查|同意守则|漏巡次数
reno-x-log = 日期|巡查时段|申请|单位|类别|结果|巡查人员|记录时间|备注
reno-x-notices = 通知编号|申请|单位|发出时间|违规内容|整改限期|状态|处理时间
reno-x-workers = 申请|单位|姓名|电话|状态|登记时间|保留身份证照片
reno-x-passes = 出入证|申请|单位|施工人员|有效期由|有效期至|发出|交还
reno-x-yes = 是
reno-x-no = 否
reno-x-kind-routine = 日常巡查
reno-x-kind-followup = 整改跟进
reno-x-kind-final = 完工验收
reno-x-result-pending = 未记录
reno-x-result-ok = 正常
reno-x-result-violation = 违规
reno-x-worker-active = 施工中
reno-x-worker-pending_add = 待客服部审核（新增）
reno-x-worker-pending_remove = 待客服部审核（撤销）
reno-x-worker-removed = 已撤销
reno-x-worker-rejected = 未获批准
level-review-remind = 提醒：审批即将到期
level-review-overdue = 警示：审批逾期
level-works-overdue = 提醒：工期已届满
note-reno-reject = 不批准
note-reno-info = 要求补交
action-resubmitted = 重新提交
action-review-ok = 批准
action-review-no = 不批准
action-review-info = 要求补交
action-paid = 已缴装修管理费及按金
action-payment-not-yet = 尚未收款
action-worker-add-asked = 业主新增施工人员
action-worker-remove-asked = 业主撤销施工人员
action-worker-approved = 施工人员变更获批
action-worker-refused = 施工人员变更不获批
action-completion-reported = 报告完工
action-final-passed = 完工验收合格
action-final-failed = 完工验收不合格
action-passes-returned = 出入证已交还
action-deposit-settled = 按金已结算
action-inspection-ok = 巡查：正常
action-inspection-violation = 巡查：违规
action-notice-issued = 发出整改通知
action-id-viewed = 查阅身份证
action-ids-purged = 身份证相片已删除（保存期满）
action-auto-cancelled = 自动取消（未重新提交）
admin-reno-exported = 已写入 { $path }：{ $apps } 份申请、{ $notices } 份整改通知、{ $workers } 名施工人员、{ $passes } 张出入证。
reno-bad-setting = 装修设定 { $name } 的数值不合理。
field-rules = 守则内容
field-currency = 货币
admin-reno-settings = { $estate } 的装修设定：{ $settings }

## Security checks a pass (/pass, or the pass's QR code)
reno-pass-usage = 请输入 /pass 及出入证编号，例如 /pass P01 或 /pass F-2026-000001-P01，或扫描出入证上的二维码。
reno-pass-staff-only = 只有保安、服务台及经理可以查核出入证。
reno-pass-ambiguous = 有多张出入证的编号相似：{ $numbers }。请输入完整编号。
reno-pass-unknown = ⛔ { $number }：本屋苑没有这张出入证（或二维码被改动），请勿放行。
reno-pass-check-valid =
    ✅ <b>出入证 { $pass } 今日有效</b>（{ $today }）
    { $name } — { $number }，单位 { $unit }
    工程：{ $works }
    有效期 { $from } 至 { $to }
reno-pass-check-not_yet =
    ⛔ <b>出入证 { $pass } 未生效</b> — 有效期 { $from } 至 { $to }。
    { $name } — { $number }，单位 { $unit }
reno-pass-check-expired =
    ⛔ <b>出入证 { $pass } 已过期</b> — 有效期为 { $from } 至 { $to }。
    { $name } — { $number }，单位 { $unit }
reno-pass-check-returned =
    ⛔ <b>出入证 { $pass } 已交还</b> — 不可再用作出入。
    { $name } — { $number }，单位 { $unit }
reno-pass-check-ended =
    ⛔ <b>出入证 { $pass }：{ $number } 的工程已完结</b> — 不可再用作出入。
    { $name } — 单位 { $unit }

## A routine inspection round nobody recorded
reno-x-result-missed = 漏巡（未有记录）
reno-insp-missed-line = ⏭ 漏巡：这轮巡查未有记录（{ $at } 记下）。
reno-insp-missed-desk = ⏭ { $number }（{ $unit }）：{ $day } { $slot } 的巡查未有记录，没有人按巡查卡。累计漏巡：{ $count } 次。/t_{ $link }
reno-inspection-missed = { $slot } 这轮巡查已列作漏巡，不能再记录；请记录下一轮。

## The contractor, linked with a code the owner forwards
btn-reno-contractor = 🔨 邀请承办商
reno-contractor-invite =
    🔨 请把以下讯息转发给承办商，让他们收到 { $number } 的批核、出入证、巡查结果及整改通知：
    打开 { $link }（或向本机器人传送 /start { $code }）。登记码只可用一次，{ $days } 日内有效。
reno-contractor-linked = 🔨 你已登记为 { $estate } { $number } 的承办商联络人，会收到批核、出入证、巡查结果及整改通知。
reno-contractor-linked-owner = 🔨 { $number }：{ $name } 已登记为你的承办商，每一步都会同时通知对方。
reno-contractor-copy = 🔨 <b>致 { $number } 的承办商</b>（{ $unit }）：
reno-contractor-round-ok = ✅ { $day } { $slot } 巡查：正常。
reno-contractor-closed = 这宗申请已完结，不能再登记承办商。
reno-contractor-is-owner = 你是这宗申请的业主，请把登记码转发给承办商。
code-needs-ticket = 承办商登记码须注明所属申请。

## The worker's own photo, collected with the ID copy
reno-ask-worker-face = 请传送 { $name } 的相片（样貌，用于出入证：保安在闸口查核出入证时会看到）。相片会与身份证副本一并删除。没有相片？请按<b>略过</b>。
btn-reno-face-skip = 略过
cmd-pass = 查核装修工人出入证
reno-remind-review-repeat = ⏰ { $number }（{ $unit }）的审批限期 { $due } 已过，仍在等待{ $step }。第 { $repeat } 次提醒。
level-review-repeat = 再次提醒：审批逾时
