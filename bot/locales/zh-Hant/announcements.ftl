## 通告：撰寫、住戶收到的通告、職員看的數字

announce-staff-only = 只有服務台或經理可以發通告。
announce-ask-mode = 新通告。全部人用同一段文字，還是每種語言各寫一段？
announce-btn-mode-one = 同一段文字
announce-btn-mode-each = 每種語言各一段
announce-lang-all = 所有語言
announce-lang-zh-Hant = 繁體中文
announce-lang-zh-Hans = 簡體中文
announce-lang-en = 英文
announce-ask-text = 請輸入通告內容（{ $lang }）。
announce-text-short = 內容太短，不像一份通告。
announce-text-long = 請不要超過 { $max } 個字。
announce-text-empty = 通告還沒有內容。
announce-ask-photos = 可附最多 { $max } 張相片，或按「完成」。
announce-ask-scope = 通告發給誰？
announce-btn-scope-estate = 全屋苑
announce-btn-scope-buildings = 指定座數
announce-btn-scope-floors = 指定樓層
announce-btn-scope-units = 指定單位
announce-ask-targets = { $scope ->
    [buildings] 哪幾座？請輸入座號，例如 A, B（本屋苑有 { $buildings }）。
    [floors] 哪幾層？例如 12, 3-5（每座），或 A 3-5, B 12。
   *[units] 哪些單位？例如 A-12B, B-1C。
}
announce-floors-bad = 「{ $text }」不是可以辨認的樓層。
announce-targets-empty = 請最少寫一個。
announce-building-unknown = 本屋苑沒有「{ $text }」座。
announce-ask-reach = 發給業主、租客，還是兩者？
announce-btn-reach-owners = 業主
announce-btn-reach-tenants = 租客
announce-btn-reach-both = 兩者
announce-ask-urgent = 是否緊急（停水、停用升降機）？緊急通告亦會在職員群組置頂。
announce-btn-urgent-no = 不緊急
announce-btn-urgent-yes = 緊急
announce-ask-when = 現在發出，還是定時發出？
announce-btn-when-now = 現在發出
announce-btn-when-later = 定時發出
announce-ask-when-time = 幾時發出？請輸入日期和時間，例如 15/12/2026 09:00。
announce-when-bad = 請輸入日期和時間，例如 15/12/2026 09:00。
announce-when-past = 這個時間已經過了。
announce-nobody = 這批對象之中沒有人可以在對話中收到通告。
announce-scope-estate = 全屋苑
announce-scope-buildings = { $targets } 座
announce-scope-floors = 樓層 { $targets }
announce-scope-units = 單位 { $targets }
announce-urgent-yes = 緊急，在職員群組置頂
announce-urgent-no = 不緊急
announce-when-now = 現在
announce-preview =
    <b>通告，請核對：</b>
    { $text }

    對象：{ $where }（{ $reach }）
    共 { $households } 戶、{ $people } 人會在對話中收到；{ $unreachable } 人收不到（未用 Telegram 或已封鎖機械人）
    相片：{ $photos } 張；PDF：{ $pdf }
    { $urgent }
    發出：{ $when }
announce-btn-edit-text = 修改內容
announce-btn-edit-photos = 修改相片
announce-btn-edit-audience = 修改對象
announce-btn-edit-urgent = 修改緊急程度
announce-btn-edit-when = 修改時間
announce-btn-send = 發出
announce-confirm-hint = 請核對通告，然後按「發出」。
announce-queued = 第 { $id } 號通告正發給 { $people } 人。/announcements 可查看誰已收到、誰已閱。
announce-scheduled = 第 { $id } 號通告已排定發給 { $people } 人。/announcements 可查看。
announce-message =
    <b>📢 通告 — { $estate }</b>

    { $text }
announce-message-urgent =
    <b>⚠️ 緊急通告 — { $estate }</b>

    { $text }
announce-reminder =
    <b>📢 提提你 — { $estate }</b>
    這份通告你還未按「已閱」：

    { $text }
announce-btn-read = 已閱
announce-read-thanks = 多謝，已記錄為已閱。
announce-read-already = 之前已記錄為已閱。
announce-staff-urgent =
    <b>⚠️ 已向住戶發出緊急通告 — { $estate }</b>

    { $text }
announce-not-found = 沒有這份通告。
announce-already-reminded = 提醒已經發過，只可以發一次。
announce-still-sending = 通告仍在發出中，全部發出後才可提醒。
announce-list-empty = 暫時未有通告。用 /announce 撰寫。
announce-status-scheduled = 已排定
announce-status-sending = 發出中
announce-status-sent = 已發出
announce-status-reminding = 提醒發出中
announce-status-reminded = 已提醒
announce-card =
    <b>第 { $id } 號通告</b>（{ $status }）：{ $title }
    共 { $total } 人：{ $delivered } 人已收到，{ $read } 人已閱，{ $blocked } 人封鎖了機械人
    { $buildings }
    { $reminded }
announce-card-building = { $building } 座：已收到 { $delivered }/{ $recipients }，已閱 { $read }，封鎖 { $blocked }
announce-card-none = 暫時未有人。
announce-card-reminded = 已提醒未閱的住戶。
announce-btn-remind = 提醒未閱
announce-remind-queued = 正向未閱的住戶發出提醒。
cmd-announce = 撰寫通告，發給住戶
cmd-announcements = 通告：已收到、已閱、提醒
announce-ask-pdf = 可附一個 PDF（通告正本、平面圖），或按「不附 PDF」。
announce-pdf-only = 請傳送 PDF 檔案。
announce-btn-no-pdf = 不附 PDF
announce-btn-edit-pdf = 修改 PDF
