## 装修申请
cmd-renovate = 装修：申请或管理你的装修申请
cmd-renovations = 装修管理记录（电子表格）
cat-renovation = 装修
status-desk_check = 客服初审
status-tech_review = 设备主管审核
status-manager_review = 经理审批
status-info_needed = 待补交资料
status-rejected = 未获批，待业主修改
status-approved = 已批准，待缴费
status-works = 施工中
status-final_check = 完工验收
status-settling = 待交还出入证及结算押金
work-floor = 地面 / 地板
work-walls = 墙面 / 涂料
work-ceiling = 吊顶
work-electrical = 电路工程
work-plumbing = 给排水
work-kitchen = 厨房
work-bathroom = 卫生间
work-windows = 门窗 / 防盗网
work-aircon = 空调
work-doors = 门
work-furniture = 定制家具
field-contractor = 施工单位名称
field-date = 日期
field-violation = 违規情況
dp-title = { $year }年{ $month }月
dp-weekdays = 一 二 三 四 五 六 日

## 业主填表
reno-owners-only = 只有房屋业主（或共有产权人）可申请装修。租户请联系业主办理。
reno-not-your-unit = 你只可为自己名下的房屋申请装修。
reno-ask-unit = 请选择装修的房屋：
reno-ask-works = 将进行哪些工程？请勾选所有适用项目，然后点击<b>下一步</b>。
btn-reno-next = 下一步 ➡️
reno-ask-description = 请简述工程内容：涉及哪些房间、改动什么、使用什么材料。
reno-ask-start = 工程何时开始？请在日历选择日期，或输入日期，例如 2026-12-01。
reno-ask-end = 工程何时完成？（开始日期：{ $start }）请在日历选择日期，或输入日期，例如 2026-12-15。
reno-date-hint = 请在日历上选择日期，或输入日期，例如 2026-12-01。
reno-bad-date = 未能读取这个日期。请按 2026-12-01（或 1/12/2026）的格式输入，或在日历上选择。
reno-start-too-soon = 工程最早可于 { $earliest } 开始：物业服务中心需时审批。
reno-start-too-late = 请于开工前一年内申请。
reno-end-before-start = 完工日期不可早于开始日期（{ $start }）。
reno-too-long = 每份申请最长涵盖 { $max } 天，请选择较早的完工日期。
reno-need-dates = 请选择开始及完工日期。
reno-bad-works = 请用按钮选择工程项目。
reno-ask-contractor = 装修施工单位（装修公司或包工头）名称：
reno-ask-contractor-phone = 施工单位联系电话：
reno-ask-drawings = 请发送装修图纸（平面图、电路及给排水管线图），PDF 文件或照片均可，最多 { $max } 份，完成后点击<b>完成</b>。
reno-drawings-count = 已收到 { $count } 份图纸。可继续发送，或点击<b>完成</b>。
reno-need-drawing = 请最少发送一份图纸（PDF 或图纸照片）。
reno-too-many-drawings = 最多 { $max } 份图纸。
reno-drawing-or-done = 请以文件或照片发送图纸，或点击“完成”。
btn-reno-drawings-done = 完成
reno-ask-workers =
    <b>施工人员</b>（{ $count } 人）：
    { $lines }
    每位施工人员须提供姓名、身份证照片及电话。亦可于获批后才补交。
reno-worker-line = • { $name }，{ $phone }
reno-workers-none = （暂未登记）
btn-reno-worker-add = ➕ 新增施工人员
btn-reno-workers-done = ✅ 完成
btn-reno-workers-later = 稍后补交施工人员
reno-ask-worker-name = 施工人员全名（与身份证相同）：
reno-ask-worker-id = 请发送 { $name } 的身份证照片。只有物业服务中心客服及经理可以查看，并会于工程完结后 { $days } 天删除。
reno-ask-worker-phone = { $name } 的联系电话：
reno-worker-needs-id = { $name } 须提供身份证照片。
reno-too-many-workers = 每份申请最多 { $max } 名施工人员。
reno-rules =
    <b>{ $estate } 装修守则</b>

    { $rules }

    你是否同意遵守以上守则？
reno-rules-default =
    1. 只限星期一至六 09:00–18:00 施工；星期日及法定节假日不得进行电钻、敲凿等噪音工程。
    2. 不得改动结构墙、柱、梁或楼板；不得改变大厦外观（窗户、阳台、外墙）。
    3. 电力及气体工程须由持证电工、燃气人员进行；不得改动消防设施及公用排水管道。
    4. 建筑废料须由施工单位每日装袋清运；不得堆放于走道、楼梯或电梯大堂；搬运材料时须保护电梯。
    5. 所有施工人员须佩戴物业服务中心发出的临时出入证，并按保安要求出示；完工后交还出入证。
    6. 物业服务中心每日巡查两次；接获整改通知须于限期前完成整改，否则物业服务中心可暂停工程并以押金支付修复费用。
btn-reno-accept = ✅ 我同意遵守守则
reno-need-rules = 请阅读并同意装修守则。
reno-preview =
    <b>装修申请 — 请核对：</b>
    房屋：{ $unit }
    工程：{ $works }
    内容：{ $description }
    日期：{ $start } 至 { $end }（共 { $days } 天）
    施工单位：{ $contractor }，{ $contractor_phone }
    图纸：{ $drawings } 份
    施工人员：{ $workers }
    守则：已同意
reno-preview-reason = <b>物业服务中心意见：</b>{ $reason }
reno-works-none = （未勾选）
reno-confirm-hint = 请核对以上申请并点击<b>提交</b>，或修改个别项目。
btn-reno-edit-works = 修改工程项目
btn-reno-edit-description = 修改工程内容
btn-reno-edit-dates = 修改日期
btn-reno-edit-contractor = 修改施工单位
btn-reno-edit-drawings = 修改图纸
btn-reno-edit-workers = 修改施工人员
btn-reno-submit = 📨 提交
reno-submitted = 谢谢。你的装修申请编号为 <b>{ $number }</b>。客服、设备主管及经理会于 { $due } 前完成审批，每一步我都会通知你。
reno-resubmitted = 你修改后的申请 <b>{ $number }</b> 已交回物业服务中心，审批限期为 { $due }。

## 业主的申请
reno-hub = <b>你的装修申请</b>
btn-reno-new = ➕ 新申请
btn-reno-show = { $number }（{ $status }）
reno-app =
    <b>{ $number }</b>（{ $unit }）— { $status }
    日期：{ $start } 至 { $end }
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
reno-worker-requested = 已将 { $name } 交物业服务中心审核，出入证准备好后会通知你。
reno-worker-remove-requested = 物业服务中心会确认 { $name } 离开工程并收回出入证。
reno-completion-reported = { $number }：谢谢。现场管理员会进行完工验收，之后收回出入证及结算押金。
reno-withdrawn = { $number } 已撤回。
reno-not-found = 找不到这份申请。
reno-not-returned = 这份申请现时无须修改。
reno-workers-not-now = 施工人员可于申请获批后、工程完结前新增或撤销。
reno-worker-changed = 这位施工人员的资料刚被更改。
reno-not-in-works = 工程现时并非施工中。
reno-too-late-to-cancel = 工程已开始，请联系物业服务中心。
reno-notices-none = 没有整改通知。
reno-notice-line = { $notice }（{ $status }）：{ $description } — 限期 { $due }
notice-open = 待整改
notice-rectified = 已整改
notice-not_rectified = 未整改

## 通知业主
reno-owner-step = { $number }：已通过{ $step }，现交由{ $next }处理。
reno-owner-rejected =
    { $number } 在{ $step }未获批准：{ $reason }
    请修改后重新提交，已填写的资料全部保留。
reno-owner-info =
    { $number }：物业服务中心在{ $step }需要补充资料：{ $reason }
    请补充后重新提交，已填写的资料全部保留。
reno-owner-approved =
    ✅ <b>{ $number }</b> 已获批准，工期 { $start } 至 { $end }。
    请到物业服务中心缴付装修管理费 { $currency }{ $fee } 及装修押金 { $currency }{ $deposit }。缴费后即发出施工人员临时出入证，工程可于 { $start } 开始。
reno-owner-unpaid = { $number }：物业服务中心尚未收到装修管理费（{ $currency }{ $fee }）及押金（{ $currency }{ $deposit }），缴费后即发出出入证。
reno-owner-start = 🟢 <b>{ $number }</b>：已收款，谢谢。工程可于 { $start } 开始。以下为临时出入证，每位施工人员在场时须佩戴。
reno-pass-caption =
    🪪 临时出入证 <b>{ $pass }</b>
    { $name } — { $number }，{ $unit }
    有效期 { $from } 至 { $to }
reno-owner-worker-approved = { $number }：{ $name } 已获批准。
reno-owner-worker-refused = { $number }：物业服务中心未批准 { $name }，请联系物业服务中心。
reno-owner-worker-removed = { $number }：{ $name } 已离开工程，出入证已登记交还。
reno-owner-worker-kept = { $number }：物业服务中心保留 { $name } 于工程内，请联系物业服务中心。
reno-owner-notice =
    📝 <b>装修违規整改通知 { $notice }</b>（{ $number }，{ $unit }）
    { $description }
    请于 <b>{ $due }</b> 前完成整改，届时现场管理员会再次检查。
reno-owner-rectified = ✅ { $notice }：已完成整改，谢谢。
reno-owner-final-passed = ✅ { $number }：完工验收合格。物业服务中心会收回出入证及结算押金。
reno-owner-final-failed = { $number }：完工验收发现问题（见整改通知）。整改后请在 /renovate 再点击 🏁 工程已完成。
reno-owner-closed = { $number }：已完结，出入证已交还，押金已结算。感谢配合。
reno-owner-cancelled = { $number }：物业服务中心已取消这份申请。如有疑问请联系物业服务中心。
reno-owner-auto-cancelled = { $number } 在 { $days } 天内未有重新提交，已自动取消。如需装修请以 /renovate 重新申请。
reno-owner-works-over = { $number }：批准工期已于 { $end } 届满。请报告完工（/renovate，🏁 工程已完成）或联系物业服务中心。

## 物业服务中心卡片
reno-card =
    🏠 <b>装修申请 { $number }</b> — { $step }
    房屋：{ $unit } · 业主：{ $owner }，{ $phone }
    工程：{ $works }
    内容：{ $description }
    日期：{ $start } 至 { $end }（共 { $days } 天）
    施工单位：{ $contractor }，{ $contractor_phone }
    图纸：{ $drawings } 份 · 施工人员：{ $workers }
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
btn-reno-drawings = 📎 图纸
btn-reno-ids = 🪪 身份证
reno-not-your-step = 这一步由其他职位处理（本小区的客服、设备主管或经理）。
reno-step-decided = 这一步已有决定。
reno-ask-no = { $number }：不批准的原因？业主会看到你的说明。
reno-ask-info = { $number }：需要业主补交什么？
reno-answered-no = { $number }：不批准，已通知业主原因。
reno-answered-info = { $number }：已要求业主补交。
reno-drawings-sent = 图纸已私下发送给你。
reno-drawing-caption = 📎 { $number }：图纸 { $n }
reno-ids-sent = 身份证照片已私下发送给你，此次查阅已记录。
reno-id-caption = 🪪 { $name } 的身份证（{ $number }）。机密资料，切勿转发。
reno-id-none = { $number } 没有保留身份证照片（已于保存期后删除）。
reno-id-office-only = 只有本小区的客服及经理可查看身份证。
reno-office-only = 只有本小区的客服及经理可以进行这项操作。
reno-pay-card =
    💰 <b>{ $number }</b>（{ $unit }）已获批准，工期 { $start } 至 { $end }。
    装修管理费 { $currency }{ $fee }，押金 { $currency }{ $deposit }。
    施工人员：{ $workers }。业主缴费后请记录：
btn-reno-paid = ✅ 已缴费
btn-reno-unpaid = 尚未缴费
reno-pay-recorded = 💰 { $number }：已缴费（{ $name } 记录），已发出 { $passes } 张出入证。
reno-not-waiting-payment = 这份申请现时不是待缴费。
reno-unpaid-noted = 已提醒业主缴费金额。
reno-security-issued =
    🪪 <b>临时出入证已发出</b> — { $number }，{ $unit }，有效期 { $from } 至 { $to }：
    { $lines }
reno-security-returned =
    🔙 <b>临时出入证已交还</b> — { $number }，{ $unit }：
    { $lines }
reno-pass-line = • { $pass } { $name }
reno-site-start = 🏗 { $number }（{ $unit }）：工期 { $start } 至 { $end }；施工单位 { $contractor }，{ $contractor_phone }。工作日 { $slots } 巡查。
reno-worker-card =
    👷 <b>{ $number }</b>（{ $unit }）：业主申请{ $change }施工人员。
    { $name }，{ $phone }
reno-change-add = 新增
reno-change-remove = 撤销（须收回出入证）
reno-settle-card =
    🏁 <b>{ $number }</b>（{ $unit }）完工验收合格。完结前须：
    收回出入证 { $passes } 张 — { $returned }
    结算押金 { $currency }{ $deposit } — { $settled }
reno-settle-done = 已完成
reno-settle-open = 待办
btn-reno-returned = 🔙 出入证已全部交还
btn-reno-settled = 💵 押金已结算
reno-not-settling = 这份申请现时不在结算阶段。
reno-already-recorded = 已经记录。
reno-closed-card = ✅ { $number }（{ $unit }）已完结。
reno-flag-managers = 🚩 { $number }（{ $unit }）：累计违規 { $count } 次。/ticket_{ $id }
reno-remind-review = ⏰ { $number }（{ $unit }）正等待{ $step }，审批限期 { $due }。
reno-escalate-review = ⚠️ { $number }（{ $unit }）审批逾期（限期 { $due }），仍在等待{ $step }。/ticket_{ $id }
reno-desk-works-over = ⏰ { $number }（{ $unit }）：批准工期已于 { $end } 届满，业主未报告完工。

## 现场巡查
reno-insp-card =
    🔍 <b>装修巡查</b> { $number }（{ $unit }）— { $day } { $slot }
    工程：{ $works } · 施工单位 { $contractor }，{ $contractor_phone }
    未完成整改通知：{ $notices }
reno-followup-card =
    🔁 <b>整改跟进检查</b> { $notice }（{ $number }，{ $unit }）
    整改事项：{ $description }（限期 { $due }）
reno-final-card =
    🏁 <b>完工验收</b> { $number }（{ $unit }）
    业主报告工程已完成，请检查房屋及公用地方。
btn-reno-insp-ok = ✅ 正常
btn-reno-insp-bad = ⚠️ 违規
btn-reno-followup-ok = ✅ 已整改
btn-reno-followup-bad = ❌ 未整改
btn-reno-final-ok = ✅ 验收合格
btn-reno-final-bad = ⚠️ 发现问题
reno-insp-recorded = { $result } — { $name }，{ $at }
reno-result-ok = ✅ 正常
reno-result-violation = ⚠️ 违規：{ $note }
reno-site-staff-only = 只有本小区的现场管理人员、客服及经理可记录巡查。
reno-inspection-recorded = 这次巡查已经记录。
reno-ask-violation = { $number }：有什么违規？请描述，内容会以整改通知发给业主。
reno-ask-violation-photos = 请发送照片（最多 { $max } 张），然后点击<b>完成</b>；或点击<b>没有照片</b>。
reno-violation-photos-count = 已收到 { $count } 张照片。
reno-photo-or-done = 请发送照片，或点击下面的按钮。
reno-answered-violation = { $number }：已记录，整改通知已发给业主。
reno-too-many-photos = 最多 { $max } 张照片。

## 职员工具及记录
reno-export-caption = { $estate } 装修管理记录：共 { $count } 份申请。
reno-export-none = 暂时没有装修申请。
reno-export-office-only = 只有客服及经理可以导出装修管理记录。
reno-x-sheets = 装修申请|装修管理日志|违規整改通知书|施工人员管理记录|临时出入证收发记录
reno-x-apps = 编号|房屋|业主|工程项目|工程内容|开始|完工|施工单位|施工单位电话|状态|提交时间|提交次数|批准|装修管理费|押金|缴费|报告完工|出入证交还|押金结算|完结|违規次数|已记录巡查|同意守则
reno-x-log = 日期|巡查时段|申请|房屋|类别|结果|巡查人员|记录时间|备注
reno-x-notices = 通知编号|申请|房屋|发出时间|违規内容|整改限期|状态|处理时间
reno-x-workers = 申请|房屋|姓名|电话|状态|登记时间|保留身份证照片
reno-x-passes = 出入证|申请|房屋|施工人员|有效期由|有效期至|发出|交还
reno-x-yes = 是
reno-x-no = 否
reno-x-kind-routine = 日常巡查
reno-x-kind-followup = 整改跟进
reno-x-kind-final = 完工验收
reno-x-result-pending = 未记录
reno-x-result-ok = 正常
reno-x-result-violation = 违規
reno-x-worker-active = 施工中
reno-x-worker-pending_add = 待客服审核（新增）
reno-x-worker-pending_remove = 待客服审核（撤销）
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
action-paid = 已缴装修管理费及押金
action-payment-not-yet = 尚未收款
action-worker-add-asked = 业主新增施工人员
action-worker-remove-asked = 业主撤销施工人员
action-worker-approved = 施工人员变更获批
action-worker-refused = 施工人员变更不获批
action-completion-reported = 报告完工
action-final-passed = 完工验收合格
action-final-failed = 完工验收不合格
action-passes-returned = 出入证已交还
action-deposit-settled = 押金已结算
action-inspection-ok = 巡查：正常
action-inspection-violation = 巡查：违規
action-notice-issued = 发出整改通知
action-id-viewed = 查阅身份证
action-ids-purged = 身份证照片已删除（保存期满）
action-auto-cancelled = 自动取消（未重新提交）
admin-reno-exported = 已写入 { $path }：{ $apps } 份申请、{ $notices } 份整改通知、{ $workers } 名施工人员、{ $passes } 张出入证。
reno-bad-setting = 装修设置 { $name } 的数值不合理。
field-rules = 守则内容
field-currency = 货币
admin-reno-settings = { $estate } 的装修设定：{ $settings }
reno-remind-review-repeat = ⏰ { $number }（{ $unit }）的审批限期 { $due } 已过，仍在等待{ $step }。第 { $repeat } 次提醒。
level-review-repeat = 再次提醒：审批逾时
