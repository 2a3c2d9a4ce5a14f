## 通告：撰写、住户收到的通告、职员看的数字

announce-staff-only = 只有服务台或经理可以发通告。
announce-ask-mode = 新通告。全部人用同一段文字，还是每种语言各写一段？
announce-btn-mode-one = 同一段文字
announce-btn-mode-each = 每种语言各一段
announce-lang-all = 所有语言
announce-lang-zh-Hant = 繁体中文
announce-lang-zh-Hans = 简体中文
announce-lang-en = 英文
announce-ask-text = 请输入通告内容（{ $lang }）。
announce-text-short = 内容太短，不像一份通告。
announce-text-long = 请不要超过 { $max } 个字。
announce-text-empty = 通告还没有内容。
announce-ask-photos = 可附最多 { $max } 张照片，或按「完成」。
announce-ask-scope = 通告发给谁？
announce-btn-scope-estate = 全屋苑
announce-btn-scope-buildings = 指定座数
announce-btn-scope-floors = 指定楼层
announce-btn-scope-units = 指定单位
announce-ask-targets = { $scope ->
    [buildings] 哪几座？请输入座号，例如 A, B（本屋苑有 { $buildings }）。
    [floors] 哪几层？例如 12, 3-5（每座），或 A 3-5, B 12。
   *[units] 哪些单位？例如 A-12B, B-1C。
}
announce-floors-bad = 「{ $text }」不是可以辨认的楼层。
announce-targets-empty = 请最少写一个。
announce-building-unknown = 本屋苑没有「{ $text }」座。
announce-ask-reach = 发给业主、租户，还是两者？
announce-btn-reach-owners = 业主
announce-btn-reach-tenants = 租户
announce-btn-reach-both = 两者
announce-ask-urgent = 是否紧急（停水、停用电梯）？紧急通告亦会在职员群组置顶。
announce-btn-urgent-no = 不紧急
announce-btn-urgent-yes = 紧急
announce-ask-when = 现在发出，还是定时发出？
announce-btn-when-now = 现在发出
announce-btn-when-later = 定时发出
announce-ask-when-time = 几时发出？请输入日期和时间，例如 15/12/2026 09:00。
announce-when-bad = 请输入日期和时间，例如 15/12/2026 09:00。
announce-when-past = 这个时间已经过了。
announce-nobody = 这批对象之中没有人可以在对话中收到通告。
announce-scope-estate = 全屋苑
announce-scope-buildings = { $targets } 座
announce-scope-floors = 楼层 { $targets }
announce-scope-units = 单位 { $targets }
announce-urgent-yes = 紧急，在职员群组置顶
announce-urgent-no = 不紧急
announce-when-now = 现在
announce-preview =
    <b>通告，请核对：</b>
    { $text }

    对象：{ $where }（{ $reach }）
    共 { $households } 户、{ $people } 人会在对话中收到；{ $unreachable } 人收不到（未用 Telegram 或已屏蔽机器人）
    照片：{ $photos } 张；PDF：{ $pdf }
    { $urgent }
    发出：{ $when }
announce-btn-edit-text = 修改内容
announce-btn-edit-photos = 修改照片
announce-btn-edit-audience = 修改对象
announce-btn-edit-urgent = 修改紧急程度
announce-btn-edit-when = 修改时间
announce-btn-send = 发出
announce-confirm-hint = 请核对通告，然后按「发出」。
announce-queued = 第 { $id } 号通告正发给 { $people } 人。/announcements 可查看谁已收到、谁已阅。
announce-scheduled = 第 { $id } 号通告已排定发给 { $people } 人。/announcements 可查看。
announce-message =
    <b>📢 通告 — { $estate }</b>

    { $text }
announce-message-urgent =
    <b>⚠️ 紧急通告 — { $estate }</b>

    { $text }
announce-reminder =
    <b>📢 提醒你 — { $estate }</b>
    这份通告你还未按「已阅」：

    { $text }
announce-btn-read = 已阅
announce-read-thanks = 多谢，已记录为已阅。
announce-read-already = 之前已记录为已阅。
announce-staff-urgent =
    <b>⚠️ 已向住户发出紧急通告 — { $estate }</b>

    { $text }
announce-not-found = 没有这份通告。
announce-already-reminded = 提醒已经发过，只可以发一次。
announce-still-sending = 通告仍在发出中，全部发出后才可提醒。
announce-list-empty = 暂时未有通告。用 /announce 撰写。
announce-status-scheduled = 已排定
announce-status-sending = 发出中
announce-status-sent = 已发出
announce-status-reminding = 提醒发出中
announce-status-reminded = 已提醒
announce-card =
    <b>第 { $id } 号通告</b>（{ $status }）：{ $title }
    共 { $total } 人：{ $delivered } 人已收到，{ $read } 人已阅，{ $blocked } 人屏蔽了机器人
    { $buildings }
    { $reminded }
announce-card-building = { $building } 座：已收到 { $delivered }/{ $recipients }，已阅 { $read }，屏蔽 { $blocked }
announce-card-none = 暂时未有人。
announce-card-reminded = 已提醒未阅的住户。
announce-btn-remind = 提醒未阅
announce-remind-queued = 正向未阅的住户发出提醒。
cmd-announce = 撰写通告，发给住户
cmd-announcements = 通告：已收到、已阅、提醒
announce-ask-pdf = 可附一个 PDF（通告正本、平面图），或按“不附 PDF”。
announce-pdf-only = 请发送 PDF 文件。
announce-btn-no-pdf = 不附 PDF
announce-btn-edit-pdf = 修改 PDF
