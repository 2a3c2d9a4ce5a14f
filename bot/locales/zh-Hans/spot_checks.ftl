## 抽查及纠正/预防措施

spot-not-found = 此抽查已不存在。
spot-managers-only = 只有本屋苑的经理可以进行此操作。
spot-desk-only = 只有客服前台或经理可以标示此记录已更正。
spot-already-decided = 此项抽查已有结果。
spot-already-corrected = 此记录已标示为已更正。
spot-not-failed = 只有不合格的抽查才可开立措施。
spot-too-many-photos = 最多 { $max } 张相片。
action-owner-not-staff = 请从本屋苑的职员中选择负责人。
action-date-past = 该日期已过。请输入今日或以后的日子，例如 31/12/2026。
action-exists = 此项抽查已开立措施。
action-needs-check = 来自抽查的措施，请在该抽查的卡片上开立。
action-not-found = 此措施已不存在。
action-close-not-yours = 只有措施负责人或经理可以结束此措施。
action-closed-already = 此措施已经结束。

spot-kind = { $kind ->
        [callback] 维修回访
        [renovation] 装修管理
       *[move_in] 入伙记录
    }
spot-card =
    <b>抽查 { $n }/{ $total }（{ $month }）· { $kind ->
        [callback] 维修回访
        [renovation] 装修管理
       *[move_in] 入伙记录
    }</b>
    { $number } · 单位 { $unit }
    业主：{ $owner } · { $phone }
    { $kind ->
        [callback] 请致电业主：维修是否完成？回访是否有做及有记录？/t_{ $link }
        [renovation] 请检查现场巡查（每天两次）、整改通知书及装修档案：/t_{ $link }
       *[move_in] 请检查入伙资料：业主登记表、资料签收、验房、钥匙及收费记录。
    }
spot-card-result = { $result ->
        [passed] ✅ 合格
       *[failed] ❌ 不合格
    } — { $name }，{ $at }
spot-card-reason = 原因：{ $reason }
spot-card-rectify = 已书面通知客服前台于 { $day } 前整改（{ $status ->
        [corrected] 已更正
       *[open] 未更正
    }）
spot-draw = <b>{ $month } 抽查</b>（{ $source } 的记录）：随机抽出 { $count } 项，种子 { $seed }。会逐项在此送上。
spot-draw-short = ⚠️ { $kind ->
        [callback] 维修回访
        [renovation] 装修管理
       *[move_in] 入伙记录
    }：只有 { $found } 项可抽，不足 { $missing } 项。
spot-month-short = ⚠️ { $month } 抽查：月底前只完成 { $done }/{ $required } 项。
spot-btn-pass = ✅ 合格
spot-btn-fail = ❌ 不合格
spot-btn-open-action = 开立措施
spot-btn-corrected = 已更正 / Corrected
spot-btn-record-fail = 记录不合格
spot-btn-close-action = 结束措施
spot-btn-close = 结束 { $number }
spot-btn-prev = ‹ 上一页
spot-btn-next = 下一页 ›
spot-btn-edit-reason = 修改原因
spot-btn-edit-photos = 修改相片
spot-btn-edit-cause = 修改原因类别
spot-btn-edit-owner = 修改负责人
spot-btn-edit-due = 修改限期
spot-btn-edit-description = 修改内容
spot-btn-edit-note = 修改备注
spot-passed-short = 已记录合格，下一项随即送上。
spot-corrected-short = 已标示为已更正。
spot-ask-reason = 抽查 { $number } 不合格：有什么问题？请简单说明。
spot-ask-photos = 有相片吗？最多 { $max } 張，或按「不附相片」。
spot-fail-preview =
    <b>不合格抽查 — 请核对</b>
    { $number }
    原因：{ $reason }
    相片：{ $photos } 張
spot-confirm-hint = 请核对以上內容，按「记录不合格」，或作修改。
spot-fail-done = 抽查 { $number } 已记录为不合格。下一项会在经理群组送上。
spot-rectify-desk =
    <b>📝 入伙记录整改通知（抽查）</b>
    { $number } · 单位 { $unit } · 业主 { $owner }
    问题：{ $reason }
    请于 { $day } 前更正，完成后按「已更正 / Corrected」。
spot-rectify-due = ⏰ 入伙记录 { $number }（单位 { $unit }）今日（{ $day }）须完成整改。
spot-rectify-overdue = ⚠️ 入伙记录 { $number }（单位 { $unit }）未能于 { $day } 前完成整改。
spot-corrected-by = ✅ 已更正 — { $name }
spot-corrected-managers = ✅ 入伙记录 { $number }（单位 { $unit }）已由 { $name } 更正。

action-source = { $source ->
        [check] 抽查不合格
        [repeat] 多次出现的问题
        [pareto] 排列图分析结果
       *[complaint] 投诉
    }
action-cause = { $cause ->
        [people] 人
        [machine] 机
        [material] 料
        [method] 法
       *[environment] 环
    }
action-ask-source = 纠正/预防措施：来源是什么？
action-ask-cause = 原因属于哪一类？（人、机、料、法、环）
action-ask-owner = 由谁负责？
action-ask-due = 须于哪一天前完成？（例如 31/12/2026）
action-ask-description = 要采取什么措施？请说明。
action-preview =
    <b>纠正/预防措施 — 请核对</b>
    来源：{ $source ->
        [check] 抽查不合格
        [repeat] 多次出现的问题
        [pareto] 排列图分析结果
       *[complaint] 投诉
    }
    原因：{ $cause ->
        [people] 人
        [machine] 机
        [material] 料
        [method] 法
       *[environment] 环
    }
    负责人：{ $owner }
    限期：{ $due }
    { $description }
action-confirm-hint = 请核对以上措施，按「开立措施」，或作修改。
action-opened = 措施 { $number } 已开立，并已通知 { $owner }。
action-card =
    <b>措施 { $number }</b> · { $status ->
        [closed] 已结束
       *[open] 进行中
    }
    来源：{ $source ->
        [check] 抽查不合格
        [repeat] 多次出现的问题
        [pareto] 排列图分析结果
       *[complaint] 投诉
    } · 原因：{ $cause ->
        [people] 人
        [machine] 机
        [material] 料
        [method] 法
       *[environment] 环
    }
    负责人：{ $owner } · 限期：{ $due }
    { $description }
action-card-note = 结束备注：{ $note }
action-to-owner = 📌 你负责一项纠正/预防措施。完成后请按下方按钮结束措施，并说明做了什么。
action-due-soon = ⏰ 措施 { $number } 明天（{ $due }）到期。
action-overdue = ⚠️ 措施 { $number }（负责人 { $owner }）未能于 { $due } 前结束。
action-ask-note = 结束措施 { $number }：做了什么？
action-close-preview =
    <b>结束措施 { $number } — 请核对</b>
    { $note }
action-close-hint = 请核对以上备注，按「结束措施」，或作修改。
action-closed = 措施 { $number } 已结束。
action-closed-notice = ✅ 措施 { $number } 已由 { $name } 结束：{ $note }
actions-none = 没有进行中的纠正/预防措施。
actions-page = <b>进行中的纠正/预防措施</b>（第 { $page }/{ $pages } 页）

cmd-action = 开立纠正/预防措施
cmd-actions = 进行中的糾正措施
