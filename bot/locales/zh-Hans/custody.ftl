## 房屋托管

custody-owners-only = 只有单位业主才可申请房屋托管。如你是业主，请联络管理处登记为业主。
custody-staff-only = 只有管理处职员才可进行此操作。
custody-not-found = 这份托管协议已不存在。
custody-changed = 这份托管协议刚有变更，今次没有改动。
custody-date-past = 这个日期已过。最早可由{ $earliest }开始。
custody-end-before-start = 结束日期不可早于开始日期（{ $start }）。
custody-too-long = 托管期最长{ $max }日。
custody-already-open = 这个单位已有托管协议正在进行或等候处理。
custody-none-open = 这个单位没有进行中的托管协议。
custody-bad-reading = 请输入表上的读数，例如 01234.5。
custody-not-reading = 只有已签署并在托管期内的协议才可抄表。
custody-reading-lower = { $meter ->
        [water] 水表
       *[other] 电表
    }读数不会减少：上次读数为 { $last }。请核对后再输入。
custody-photos-needed = 请为每个表（水表及电表）各拍一张相片：最少两张。
custody-check-recorded = 这次巡查已经记录。
custody-check-incomplete = 请回答检查表每一项。
custody-check-photo-needed = 请最少发送一张巡查相片。
custody-too-many-photos = 最多{ $max }张相片。
custody-rain-staff-only = 只有屋苑经理或客服可安排大雨巡查。
custody-rain-usage = 请输入 /rain before（大雨前）或 /rain after（大雨后）。
custody-note-needed = 有项目不妥：请简单说明。
custody-keys-yes = 由管理处保管
custody-keys-no = 业主自行保管
custody-agreement =
    <b>房屋托管协议 { $number }</b>
    单位：{ $unit }
    由{ $start }至{ $end }
    离港期间联络方法：{ $contact }
    钥匙：{ $keys }
    托管期间管理费：按全额的{ $rate }%收取
    管理处每周及大雨前后到单位外巡查，并抄录水电表；两次抄表之间用水超过{ $water_limit }度或用电超过{ $power_limit }度，即日通知你。
custody-reading-line = { $kind ->
        [start] 托管开始读数
        [final] 托管结束读数
       *[other] 抄表读数
    }（{ $at }）：水表 { $water }，电表 { $power }
custody-reading-used = 上次抄表后用量：水 { $water_used }度，电 { $power_used }度
custody-check-item-line = { $ok ->
        [yes] ✅
       *[other] ⚠️
    } { $item }
custody-item-door = 大门及门锁
custody-item-windows = 窗户
custody-item-seepage = 没有渗水或漏水
custody-item-outside = 走廊及信箱
custody-check-report =
    🏠 <b>{ $kind ->
        [rain_before] 大雨前巡查
        [rain_after] 大雨后巡查
       *[other] 每周户外巡查
    }</b>——{ $unit }（{ $number }），{ $at }
    { $result ->
        [problem] ⚠️ 发现问题，管理处正在跟进。
       *[other] ✅ 一切正常。
    }
custody-check-note = 备注：{ $note }
custody-summary =
    <b>托管 { $number }</b>——{ $unit }
    { $status ->
        [requested] 等候客服处理
        [accepted] 等候业主签署
        [signed] 已签署，待抄开始读数
        [active] 托管中
        [ending] 已交还钥匙，等候业主确认
        [ended] 已完结
       *[other] 不获接纳
    }・{ $start }至{ $end }・联络 { $contact }・管理费{ $rate }%
custody-summary-signed = 业主在对话中签署：{ $at }
custody-flag-mark = ⚠️ 超出上限
custody-summary-check = { $kind ->
        [rain_before] 大雨前
        [rain_after] 大雨后
       *[other] 每周
    }巡查（{ $due }）：{ $result ->
        [ok] ✅ 正常
        [problem] ⚠️ 有问题
       *[other] 未完成
    }
custody-summary-keys = 交还钥匙：{ $at }
custody-card = 🏠 <b>房屋托管申请</b>，申请人：{ $owner }
custody-card-accepted = ✅ 已由{ $name }接纳。
custody-card-declined = 不获接纳。
custody-to-sign = 管理处已接纳你的托管申请。请细阅协议，然后按<b>签署</b>。
custody-declined = 你的托管申请 { $number } 不获接纳，请联络管理处。
custody-signed = 你已签署托管协议 { $number }（{ $at }）。管理处会抄录水电表并收取钥匙。
custody-desk-signed = 🏠 托管 { $number }（{ $unit }）已签署。请用 /meter { $unit } 抄录开始读数。
custody-reading-to-owner = 🏠 托管 { $number }（{ $unit }）：
custody-flag-desk = ⚠️ 托管 { $number }（{ $unit }），{ $day }抄表：上次抄表后用水 { $water_used }度（上限 { $water_limit }），用电 { $power_used }度（上限 { $power_limit }）。请检查单位并通知业主。
custody-flag-owner = ⚠️ 你的单位 { $unit }（{ $number }）于{ $day }抄表：上次抄表后用水 { $water_used }度、用电 { $power_used }度，超出托管期间的上限（水 { $water_limit }度、电 { $power_limit }度）。管理处会检查并联络你。
custody-check-card = 🏠 <b>{ $kind ->
        [rain_before] 大雨前巡查
        [rain_after] 大雨后巡查
       *[other] 每周户外巡查
    }</b>——{ $unit }（{ $number }），{ $due }到期。请按<b>记录巡查</b>填写检查表。
custody-check-by = 巡查人：{ $name }。
custody-keys-to-confirm = 🔑 托管 { $number }（{ $unit }）：已抄录结束读数，钥匙已交还你（{ $at }）。请按<b>已收钥匙</b>确认，托管随即完结。
custody-ended-owner = 托管 { $number } 已完结，多谢。
custody-ended-desk = 🏠 托管 { $number }（{ $unit }）已完结：业主已确认收回钥匙（{ $at }）。
custody-btn-keys-yes = 交管理处
custody-btn-keys-no = 自行保管
custody-btn-edit-dates = 改日期
custody-btn-edit-contact = 改联络
custody-btn-edit-keys = 改钥匙
custody-btn-edit-water = 改水表
custody-btn-edit-electricity = 改电表
custody-btn-edit-photos = 改相片
custody-btn-edit-items = 改检查表
custody-btn-edit-note = 改备注
custody-btn-send = 提交
custody-btn-record = 记录
custody-btn-item-ok = 正常
custody-btn-item-bad = 有问题
custody-btn-no-note = 没有备注
custody-btn-accept = 接纳
custody-btn-decline = 不接纳
custody-btn-sign = 签署
custody-btn-keys-back = 已收钥匙
custody-btn-check = 记录巡查
custody-ask-unit = 你想管理处托管哪个单位？
custody-ask-start = 管理处由哪天开始托管你的单位？请按日／月／年输入，例如 1/12/2026。
custody-ask-end = 托管到哪天？请按日／月／年输入，例如 31/3/2027。
custody-ask-contact = 你离港期间，管理处可以怎样联络你（电话、电邮或联络人）？
custody-ask-keys = 你会把钥匙交由管理处保管吗？
custody-preview =
    <b>房屋托管申请——请核对：</b>
    单位：{ $unit }
    由{ $start }至{ $end }
    联络方法：{ $contact }
    钥匙：{ $keys }
    托管期间管理费：按全额的{ $rate }%收取
custody-confirm-hint = 请按<b>提交</b>（或<b>记录</b>）继续，或先作修改。
custody-requested = 你的托管申请 { $number } 已提交，管理处会在这里回复。
custody-meter-usage = 请输入 /meter 及单位，例如 /meter A-12B（结束读数用 /custody_end A-12B）。
custody-ask-water = { $unit }，{ $kind ->
        [start] 开始读数
        [final] 结束读数（交还钥匙）
       *[other] 抄表
    }：请输入水表读数。
custody-ask-power = 请输入电表读数。
custody-ask-meter-photos = 请发送每个表的相片（最多{ $max }张），然后按<b>完成</b>。
custody-meter-preview =
    <b>抄表读数——请核对：</b>{ $unit }（{ $kind ->
        [start] 开始
        [final] 结束
       *[other] 托管期间
    }）
    水表：{ $water }
    电表：{ $power }
    相片：{ $photos }张
custody-meter-recorded = 已记录 { $unit } 的读数。
custody-meter-flagged = 已记录 { $unit } 的读数。⚠️ 上次抄表后用量超出上限（水 { $water_used }度，电 { $power_used }度）：已通知客服及业主。
custody-ask-item-door = { $unit }：大门及门锁是否正常？
custody-ask-item-windows = 窗户是否关妥、没有破损？
custody-ask-item-seepage = 门口及外墙是否没有渗水或漏水？
custody-ask-item-outside = 走廊及信箱是否正常（没有积信、没有异味）？
custody-ask-note = 有其他补充吗？请输入，或按<b>没有备注</b>。
custody-ask-check-photos = 请发送巡查相片（最多{ $max }张），然后按<b>完成</b>。
custody-check-preview =
    <b>户外巡查——请核对：</b>{ $unit }
    相片：{ $photos }张
custody-check-done = 已记录 { $unit } 的巡查，报告已发给业主。
custody-signed-short = 已签署。
custody-keys-confirmed = 多谢，已确认。
custody-rain-called = 已安排{ $kind ->
        [rain_before] 大雨前巡查
       *[other] 大雨后巡查
    }：托管单位 { $count }个。
custody-weather-called = 🌧 天文台{ $signal ->
        [WRAINA] 黄色暴雨警告信号
        [WRAINR] 红色暴雨警告信号
        [WRAINB] 黑色暴雨警告信号
        [end] 暴雨或烈风警告已取消
       *[other] 八号或以上热带气旋警告信号
    }{ $signal ->
        [end] ，
       *[other] 生效，
    }已自动安排{ $kind ->
        [rain_before] 大雨前巡查
       *[other] 大雨后巡查
    }：托管单位 { $count }个。巡查卡已发到巡查组。
custody-file-usage = 请输入 /custody 及单位，例如 /custody A-12B。
custody-file-none = { $unit } 没有托管记录。
cmd-custody = 离港期间房屋托管
cmd-meter = 托管：抄录单位水电表
cmd-custody_end = 托管：结束读数、交还钥匙
cmd-rain = 托管：大雨前后巡查
custody-check-overdue = ⏰ 托管 { $number }（{ $unit }）：{ $due }到期的每周户外巡查仍未记录，请尽快完成（巡查卡仍可使用）。

# The custody agreement as a PDF (bot/reports/custody.py)
custody-pdf-title = 房屋托管协议 { $number }
custody-pdf-unit = 单位
custody-pdf-owner = 业主
custody-pdf-status = 状态
custody-pdf-status-value = { $status ->
        [requested] 等候客服处理
        [accepted] 等候业主签署
        [signed] 已签署，待抄开始读数
        [active] 托管中
        [ending] 已交还钥匙，等候业主确认
        [ended] 已完结
       *[other] 已拒绝
    }
custody-pdf-signature = 业主签署
custody-pdf-signed = 业主{ $owner }于 { $at } 在对话中按「签署」确认本协议；时间及 Telegram 账户已记录在管理处系统。
custody-pdf-unsigned = 业主尚未签署。
custody-pdf-readings = 水电表读数
custody-pdf-checks = 户外巡查
custody-pdf-col-when = 时间
custody-pdf-col-kind = 类别
custody-pdf-col-water = 水表
custody-pdf-col-power = 电表
custody-pdf-col-flag = 超出上限
custody-pdf-col-result = 结果
custody-pdf-col-note = 备注
custody-pdf-moment = { $at }
custody-pdf-reading-kind = { $kind ->
        [start] 开始
        [final] 结束
       *[other] 期间
    }
custody-pdf-check-kind = { $kind ->
        [rain_before] 大雨前
        [rain_after] 大雨后
       *[other] 每周
    }
custody-pdf-result = { $result ->
        [ok] 正常
       *[other] 有问题
    }
custody-pdf-ended = 托管于 { $at } 完结，钥匙已交还业主。
custody-pdf-caption-signed = 已签署的托管协议 { $number }（PDF，可打印存档）。
custody-pdf-caption-ended = 托管 { $number } 的完整记录（协议、读数及巡查）。
