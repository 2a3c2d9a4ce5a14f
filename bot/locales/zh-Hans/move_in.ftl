## 入伙
movein-ask-unit = 你要办理哪个单位的入伙？
movein-ask-day = 入伙预约：你想哪一天到管理处办理？请选日子，或输入日期，例如 15/12/2026。
movein-ask-time = { $day }可预约的时段：哪个时间合适？
movein-ask-applicant = 由谁办理收楼？
movein-applicant-self = 业主本人
movein-applicant-agent = 业主委托的代办人
movein-applicant-company = 公司业主
movein-preview = <b>入伙预约 — 请核对</b>
    单位：{ $unit }
    时间：{ $slot }
    办理人：{ $applicant }
    需要的文件：{ $documents }
movein-confirm-hint = 请核对预约，然后按「预约这个时段」，或作出修改。
btn-movein-book = 预约这个时段
btn-movein-edit-day = 改日子
btn-movein-edit-applicant = 改办理人
movein-booked = { $unit } 的入伙 { $number } 已预约在 { $slot }（{ $team }）。请按「传送文件」，先把文件传来核对。
movein-booked-next = 已预约，客户服务部已收到。
movein-card-booked = 🏠 入伙 { $number } · { $unit }
    预约时间：{ $slot }（{ $team }）
    办理人：{ $applicant }
btn-movein-docs = 传送文件
movein-team = 入伙工作组
movein-desk = 客户服务部
movein-status = { $unit } 的入伙 { $number }（{ $slot }）：{ $status }
movein-status-booked = 文件传送及核对中
movein-status-fees = 待缴入伙费用
movein-status-inspection = 等候验房
movein-status-rectifying = 执修中
movein-status-keys = 钥匙待领取
movein-status-done = 已完成
movein-doc-notice = 入伙通知书
movein-doc-procedure = 入伙手续书
movein-doc-id = 业主身份证明文件
movein-doc-contract = 房屋买卖合约
movein-doc-authorisation = 业主委托书
movein-doc-agent_id = 受托人身份证明文件
movein-doc-company_cert = 公司证明
movein-tenant = 入伙由单位业主办理，请业主预约。
movein-owners-only = 只有已登记的业主可以预约入伙。
movein-not-your-unit = 这个单位不是你拥有的。
movein-day-past = 请选明天或之后的日子。
movein-day-far = 最多可预约 { $days } 日内的日子，请选早一点的日子。
movein-no-slot = { $day }没有入伙时段，请选另一天。
movein-no-such-time = 这个时间不是{ $day }的时段，请选所列的时间。
movein-already-booked = 这个单位已预约入伙，请传送 /movein 查看。
movein-not-found = 找不到这宗入伙。
movein-desk-only = 只有本屋苑的客户服务部或经理可以这样做。
movein-changed = 这宗入伙刚有改动，请再看一次。
movein-documents-closed = 这宗入伙的文件已齐。
movein-bad-item = 这份文件不在这宗入伙的清单上。
movein-document-sent = 这份文件已传送。
movein-bad-reason = 请选所列的原因。
movein-document-decided = 这份文件已核对。
movein-not-fees = 这宗入伙现在不用缴费。
movein-bad-receipt = 请输入收据号码。
movein-reading-lower = 这个读数比上次（{ $last }）低，请再抄一次表。
movein-bad-reading = 请以数字输入读数，例如 01234.5
movein-bad-room = 这个房间不在验房清单上。
movein-not-inspection = 这宗入伙不在等候验房。
movein-meters-missing = 请先抄水表、电表及煤气表。
movein-reinspect-day = 请选明天或之后的日子。
movein-not-rectifying = 这宗入伙没有待复验的问题。
movein-defects-open = 仍有 { $count } 项维修未完成。
movein-not-keys = 钥匙仍未准备好。
movein-bad-settings = 屋苑的入伙设定无法读取，请通知管理处。
btn-movein-agree = 我确认{ $item }
movein-agreement-dmc = 《业主临时管理规约》
movein-agreement-renovation = 《住宅装修管理协议》
movein-agreement-handbook = 《业主手册》
btn-movein-keys = 我已收到钥匙
btn-movein-doc-ok = 接受
btn-movein-doc-return = 退回：{ $reason }
movein-reason-unreadable = 看不清楚
movein-reason-wrong = 文件不符
movein-reason-expired = 已过期
movein-reason-mismatch = 姓名不符
btn-movein-reinspected = 已复验：全部修妥
btn-movein-deadline = 收楼，其余 { $days } 日内整改
movein-card-document = 📄 入伙 { $number } · { $unit }：{ $item }
movein-no-fees = （未设定收费项目）
movein-card-fees = 💰 入伙 { $number } · { $unit }：文件已齐。收费项目：
    { $fees }
    合共 { $total }
movein-owner-fees = 入伙 { $number } 的文件已齐。入伙费用：
    { $fees }
    合共 { $total }
movein-card-inspection = 🔍 入伙 { $number } · { $unit }：已缴费（收据 { $receipt }）。验房时间 { $slot }。
movein-owner-paid = 入伙 { $number } 的费用已记录（收据 { $receipt }）。验房时间 { $slot }。
movein-card-rectifying = 🛠 入伙 { $number } · { $unit }：{ $day }复验。
movein-owner-rectifying = { $unit } 验房发现的问题已交维修组跟进，{ $day }复验。
movein-owner-keys = { $unit } 已验收。收到钥匙后请按「我已收到钥匙」。
movein-owner-keys-deadline = { $unit } 已验收，其余问题限期于 { $day } 前整改。收到钥匙后请按「我已收到钥匙」。
movein-card-accepted = ✅ 入伙 { $number } · { $unit }：已验收{ $deadline ->
        [yes] ，其余限期 { $day } 前整改
       *[no] {""}
    }。
btn-movein-receipt = 记录收据
btn-movein-inspect = 开始验房
movein-ask-doc = { $number } 请以相片或 PDF 传送{ $item }。
movein-doc-received = 已收到{ $item }，客户服务部会核对。
movein-ask-agree = { $number }：请细阅并逐项确认。
movein-docs-waiting = { $number }：文件已全部传送，客户服务部正在核对。
movein-agreed = 已确认，并记录时间及你的账户。
movein-doc-accepted = { $number }：{ $item }已接受。
movein-doc-returned = { $number }：{ $item }已退回（{ $reason }）。请按「传送文件」再传送。
movein-ask-receipt = { $number }：请输入收费收据编号。
movein-receipt-preview = { $number }：记录收据 { $receipt }？
movein-receipt-hint = 请按「储存收据」记录，或按「更改编号」。
btn-movein-receipt-save = 储存收据
btn-movein-receipt-edit = 更改编号
movein-receipt-recorded = 已为 { $number } 记录收据 { $receipt }；验房卡已发到客户服务中心群组。
movein-meter-water = 水表
movein-meter-electricity = 电表
movein-meter-gas = 煤气表
movein-ask-meter = { $number }：请输入{ $meter }读数，例如 01234.5
movein-ask-meter-photo = { $number }：请传送{ $meter }的相片。
movein-meters-recorded = { $number }：三个表的读数及相片已记录。现在按房间逐项验房。
movein-ask-category = { $item }：是哪类执修？
movein-room-living = 客厅
movein-room-bedroom = 睡房
movein-room-kitchen = 厨房
movein-room-bathroom = 浴室
movein-room-balcony = 露台
movein-ask-defect = 请简单描述执修项目。
movein-ask-defect-photo = 请传送执修项目的相片。
movein-defect-recorded = 维修单 { $ticket } 已开立并发给维修组（暂共 { $count } 项）。
movein-ask-reinspect-day = 哪天复验？请选择日期或输入，例如 21/12/2026。
movein-inspection-done = { $number }：验房已记录。
movein-keys-recorded = 多谢：已签收钥匙，并记录时间及你的账户。
movein-card-done = 🔑 入伙 { $number } · { $unit }：业主已签收钥匙。
movein-owner-done = { $number }：{ $unit } 入伙手续完成，欢迎入住！
movein-records-caption = { $number }：入伙记录（PDF 及试算表）。
movein-rec-moment = { $at }
movein-rec-title = 入伙记录 { $number } · { $unit }
movein-rec-owner = 业主登记表
movein-rec-documents = 入伙资料签收记录
movein-rec-fees = 入伙收费记录
movein-rec-inspection = 验房签收记录
movein-rec-keys = 领取钥匙签收记录
movein-rec-field = 项目
movein-rec-value = 内容
movein-rec-number = 入伙编号
movein-rec-unit = 单位
movein-rec-owner-name = 业主
movein-rec-applicant = 办理人
movein-rec-slot = 预约时间
movein-rec-item = 项目
movein-rec-status = 状况
movein-rec-sent = 递交时间
movein-rec-decided = 核对时间
movein-rec-doc-sent = 待核对
movein-rec-doc-accepted = 已接受
movein-rec-doc-returned = 已退回
movein-rec-confirmed = 已确认
movein-rec-amount = 金额
movein-rec-receipt = 收据编号
movein-rec-paid-at = 缴费时间
movein-rec-reading = 读数／内容
movein-rec-ticket = 时间／维修单
movein-rec-reinspect = 复验日期
movein-rec-accepted = 收楼时间
movein-rec-rectify-by = 限期整改至
movein-rec-keys-at = 签收钥匙时间

## Move-in: the inspection checklist by room (验房)
movein-ask-room-check = { $number } · { $room }（第 { $place } 间，共 { $total } 间）：请逐项检查{ $items }。
    有问题的项目请按该项；其余正常请按「其余正常」。
btn-movein-check-defect = { $item }有问题
btn-movein-room-ok = 其余正常
movein-bad-check-item = 这个项目不在此房间的验房清单上。
movein-check-door = 大门及门锁
movein-check-walls = 墙身及天花
movein-check-floor = 地台
movein-check-windows = 窗及窗框
movein-check-sockets = 电掣及插座
movein-check-lights = 灯具
movein-check-taps = 水喉及水龙头
movein-check-drains = 去水
movein-check-gas = 煤气喉及煮食炉
movein-check-tiles = 墙砖及地砖
movein-check-cabinets = 厨柜
movein-check-toilet = 座厕
movein-check-fan = 抽气扇
movein-check-heater = 热水炉
movein-check-railings = 栏杆
movein-rec-check-ok = 正常
movein-rec-check-defect = 有问题
movein-card-defects-fixed = 🛠 入伙 { $number } · { $unit }：{ $count } 项验房执修已全部完成，可按原定{ $day }复验。

## Move-in: entrusted services (委托代办)
btn-movein-errand = 委托代办
movein-errand-water = 开通水费户口
movein-errand-electricity = 开通电费户口
movein-errand-gas = 开通煤气户口
movein-errand-keys = 代配锁匙
movein-errand-cleaning = 代约清洁
movein-ask-errand = { $number }：想委托管理处代办哪一项？
movein-ask-errand-note = { $item }：有甚么要管理处知道？（例如方便联络的时间）请输入备注，或按「不用备注」。
btn-movein-errand-no-note = 不用备注
movein-errand-preview = <b>委托代办 — 请核对</b>
    { $number } · { $item }
    { $has_note ->
        [yes] 备注：{ $note }
       *[no] 没有备注
    }
movein-errand-hint = 请核对后按「交给管理处」，或修改。
btn-movein-errand-send = 交给管理处
btn-movein-errand-edit-item = 改项目
btn-movein-errand-edit-note = 改备注
movein-errand-asked = 已交给管理处：{ $item }（{ $number }）。办妥后会通知你。
movein-errand-none-left = 所有代办项目都已委托，管理处办妥后会通知你。
movein-errand-bad-item = 这个项目不在屋苑的代办清单上。
movein-errand-open = 这个项目已经委托，管理处正在处理。
movein-errand-note-long = 备注请不多于 { $max } 字。
movein-errand-note-empty = 请输入简短备注，例如办妥了甚么。
movein-errand-done-already = 这个代办项目已经办妥。
movein-card-errand = 🧾 委托代办 { $number } · { $unit }：{ $item }{ $has_note ->
        [yes] {""}
            业主备注：{ $note }
       *[no] {""}
    }
movein-card-errand-done = ✅ 委托代办 { $number } · { $unit }：{ $item } — 已办妥（{ $who }）
    { $note }
btn-movein-errand-done = 已办妥
movein-ask-errand-done = { $number } · { $item }：请输入简短备注（例如户口号码或办妥日期）。
movein-errand-done-preview = { $number } · { $item }：记录为已办妥？
    备注：{ $note }
movein-errand-done-hint = 请按「储存」记录，或按「修改备注」。
btn-movein-errand-save = 储存
btn-movein-errand-change = 修改备注
movein-errand-recorded = 已记录 { $number } 的「{ $item }」已办妥，并已通知业主。
movein-owner-errand-done = { $number }：管理处已为你办妥「{ $item }」。{ $note }
movein-status-errand = • 委托代办：{ $item } — { $done ->
        [yes] 已办妥
       *[no] 处理中
    }
movein-rec-errands = 委托代办服务记录
movein-rec-errand-note = 业主备注
movein-rec-errand-asked = 委托时间
movein-rec-errand-done-at = 办妥时间
movein-rec-errand-result = 办理结果
movein-rec-errand-by = 经办人
movein-rec-errand-done = 已办妥
movein-rec-errand-open = 处理中
movein-rec-no-errands = 没有委托代办项目
queue-errands = 🧾 委托代办未办妥（{ $count } 项）：{ $items }
