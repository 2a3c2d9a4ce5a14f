## 房屋託管

custody-owners-only = 只有單位業主才可申請房屋託管。如你是業主，請聯絡管理處登記為業主。
custody-staff-only = 只有管理處職員才可進行此操作。
custody-not-found = 這份託管協議已不存在。
custody-changed = 這份託管協議剛有變更，今次沒有改動。
custody-date-past = 這個日期已過。最早可由{ $earliest }開始。
custody-end-before-start = 結束日期不可早於開始日期（{ $start }）。
custody-too-long = 託管期最長{ $max }日。
custody-already-open = 這個單位已有託管協議正在進行或等候處理。
custody-none-open = 這個單位沒有進行中的託管協議。
custody-bad-reading = 請輸入錶上的讀數，例如 01234.5。
custody-not-reading = 只有已簽署並在託管期內的協議才可抄錶。
custody-reading-lower = { $meter ->
        [water] 水錶
       *[other] 電錶
    }讀數不會減少：上次讀數為 { $last }。請核對後再輸入。
custody-photos-needed = 請為每個錶（水錶及電錶）各拍一張相片：最少兩張。
custody-check-recorded = 這次巡查已經記錄。
custody-check-incomplete = 請回答檢查表每一項。
custody-check-photo-needed = 請最少發送一張巡查相片。
custody-too-many-photos = 最多{ $max }張相片。
custody-rain-staff-only = 只有屋苑經理或客服可安排大雨巡查。
custody-rain-usage = 請輸入 /rain before（大雨前）或 /rain after（大雨後）。
custody-note-needed = 有項目不妥：請簡單說明。
custody-keys-yes = 由管理處保管
custody-keys-no = 業主自行保管
custody-agreement =
    <b>房屋託管協議 { $number }</b>
    單位：{ $unit }
    由{ $start }至{ $end }
    離港期間聯絡方法：{ $contact }
    鑰匙：{ $keys }
    託管期間管理費：按全額的{ $rate }%收取
    管理處每週及大雨前後到單位外巡查，並抄錄水電錶；兩次抄錶之間用水超過{ $water_limit }度或用電超過{ $power_limit }度，即日通知你。
custody-reading-line = { $kind ->
        [start] 託管開始讀數
        [final] 託管結束讀數
       *[other] 抄錶讀數
    }（{ $at }）：水錶 { $water }，電錶 { $power }
custody-reading-used = 上次抄錶後用量：水 { $water_used }度，電 { $power_used }度
custody-check-item-line = { $ok ->
        [yes] ✅
       *[other] ⚠️
    } { $item }
custody-item-door = 大門及門鎖
custody-item-windows = 窗戶
custody-item-seepage = 沒有滲水或漏水
custody-item-outside = 走廊及信箱
custody-check-report =
    🏠 <b>{ $kind ->
        [rain_before] 大雨前巡查
        [rain_after] 大雨後巡查
       *[other] 每週戶外巡查
    }</b>——{ $unit }（{ $number }），{ $at }
    { $result ->
        [problem] ⚠️ 發現問題，管理處正在跟進。
       *[other] ✅ 一切正常。
    }
custody-check-note = 備註：{ $note }
custody-summary =
    <b>託管 { $number }</b>——{ $unit }
    { $status ->
        [requested] 等候客服處理
        [accepted] 等候業主簽署
        [signed] 已簽署，待抄開始讀數
        [active] 託管中
        [ending] 已交還鑰匙，等候業主確認
        [ended] 已完結
       *[other] 不獲接納
    }・{ $start }至{ $end }・聯絡 { $contact }・管理費{ $rate }%
custody-summary-signed = 業主在對話中簽署：{ $at }
custody-flag-mark = ⚠️ 超出上限
custody-summary-check = { $kind ->
        [rain_before] 大雨前
        [rain_after] 大雨後
       *[other] 每週
    }巡查（{ $due }）：{ $result ->
        [ok] ✅ 正常
        [problem] ⚠️ 有問題
       *[other] 未完成
    }
custody-summary-keys = 交還鑰匙：{ $at }
custody-card = 🏠 <b>房屋託管申請</b>，申請人：{ $owner }
custody-card-accepted = ✅ 已由{ $name }接納。
custody-card-declined = 不獲接納。
custody-to-sign = 管理處已接納你的託管申請。請細閱協議，然後按<b>簽署</b>。
custody-declined = 你的託管申請 { $number } 不獲接納，請聯絡管理處。
custody-signed = 你已簽署託管協議 { $number }（{ $at }）。管理處會抄錄水電錶並收取鑰匙。
custody-desk-signed = 🏠 託管 { $number }（{ $unit }）已簽署。請用 /meter { $unit } 抄錄開始讀數。
custody-reading-to-owner = 🏠 託管 { $number }（{ $unit }）：
custody-flag-desk = ⚠️ 託管 { $number }（{ $unit }），{ $day }抄錶：上次抄錶後用水 { $water_used }度（上限 { $water_limit }），用電 { $power_used }度（上限 { $power_limit }）。請檢查單位並通知業主。
custody-flag-owner = ⚠️ 你的單位 { $unit }（{ $number }）於{ $day }抄錶：上次抄錶後用水 { $water_used }度、用電 { $power_used }度，超出託管期間的上限（水 { $water_limit }度、電 { $power_limit }度）。管理處會檢查並聯絡你。
custody-check-card = 🏠 <b>{ $kind ->
        [rain_before] 大雨前巡查
        [rain_after] 大雨後巡查
       *[other] 每週戶外巡查
    }</b>——{ $unit }（{ $number }），{ $due }到期。請按<b>記錄巡查</b>填寫檢查表。
custody-check-by = 巡查人：{ $name }。
custody-keys-to-confirm = 🔑 託管 { $number }（{ $unit }）：已抄錄結束讀數，鑰匙已交還你（{ $at }）。請按<b>已收鑰匙</b>確認，託管隨即完結。
custody-ended-owner = 託管 { $number } 已完結，多謝。
custody-ended-desk = 🏠 託管 { $number }（{ $unit }）已完結：業主已確認收回鑰匙（{ $at }）。
custody-btn-keys-yes = 交管理處
custody-btn-keys-no = 自行保管
custody-btn-edit-dates = 改日期
custody-btn-edit-contact = 改聯絡
custody-btn-edit-keys = 改鑰匙
custody-btn-edit-water = 改水錶
custody-btn-edit-electricity = 改電錶
custody-btn-edit-photos = 改相片
custody-btn-edit-items = 改檢查表
custody-btn-edit-note = 改備註
custody-btn-send = 提交
custody-btn-record = 記錄
custody-btn-item-ok = 正常
custody-btn-item-bad = 有問題
custody-btn-no-note = 沒有備註
custody-btn-accept = 接納
custody-btn-decline = 不接納
custody-btn-sign = 簽署
custody-btn-keys-back = 已收鑰匙
custody-btn-check = 記錄巡查
custody-ask-unit = 你想管理處託管哪個單位？
custody-ask-start = 管理處由哪天開始託管你的單位？請按日／月／年輸入，例如 1/12/2026。
custody-ask-end = 託管到哪天？請按日／月／年輸入，例如 31/3/2027。
custody-ask-contact = 你離港期間，管理處可以怎樣聯絡你（電話、電郵或聯絡人）？
custody-ask-keys = 你會把鑰匙交由管理處保管嗎？
custody-preview =
    <b>房屋託管申請——請核對：</b>
    單位：{ $unit }
    由{ $start }至{ $end }
    聯絡方法：{ $contact }
    鑰匙：{ $keys }
    託管期間管理費：按全額的{ $rate }%收取
custody-confirm-hint = 請按<b>提交</b>（或<b>記錄</b>）繼續，或先作修改。
custody-requested = 你的託管申請 { $number } 已提交，管理處會在這裏回覆。
custody-meter-usage = 請輸入 /meter 及單位，例如 /meter A-12B（結束讀數用 /custody_end A-12B）。
custody-ask-water = { $unit }，{ $kind ->
        [start] 開始讀數
        [final] 結束讀數（交還鑰匙）
       *[other] 抄錶
    }：請輸入水錶讀數。
custody-ask-power = 請輸入電錶讀數。
custody-ask-meter-photos = 請發送每個錶的相片（最多{ $max }張），然後按<b>完成</b>。
custody-meter-preview =
    <b>抄錶讀數——請核對：</b>{ $unit }（{ $kind ->
        [start] 開始
        [final] 結束
       *[other] 託管期間
    }）
    水錶：{ $water }
    電錶：{ $power }
    相片：{ $photos }張
custody-meter-recorded = 已記錄 { $unit } 的讀數。
custody-meter-flagged = 已記錄 { $unit } 的讀數。⚠️ 上次抄錶後用量超出上限（水 { $water_used }度，電 { $power_used }度）：已通知客服及業主。
custody-ask-item-door = { $unit }：大門及門鎖是否正常？
custody-ask-item-windows = 窗戶是否關妥、沒有破損？
custody-ask-item-seepage = 門口及外牆是否沒有滲水或漏水？
custody-ask-item-outside = 走廊及信箱是否正常（沒有積信、沒有異味）？
custody-ask-note = 有其他補充嗎？請輸入，或按<b>沒有備註</b>。
custody-ask-check-photos = 請發送巡查相片（最多{ $max }張），然後按<b>完成</b>。
custody-check-preview =
    <b>戶外巡查——請核對：</b>{ $unit }
    相片：{ $photos }張
custody-check-done = 已記錄 { $unit } 的巡查，報告已發給業主。
custody-signed-short = 已簽署。
custody-keys-confirmed = 多謝，已確認。
custody-rain-called = 已安排{ $kind ->
        [rain_before] 大雨前巡查
       *[other] 大雨後巡查
    }：託管單位 { $count }個。
custody-weather-called = 🌧 天文台{ $signal ->
        [WRAINA] 黃色暴雨警告信號
        [WRAINR] 紅色暴雨警告信號
        [WRAINB] 黑色暴雨警告信號
        [end] 暴雨或烈風警告已取消
       *[other] 八號或以上熱帶氣旋警告信號
    }{ $signal ->
        [end] ，
       *[other] 生效，
    }已自動安排{ $kind ->
        [rain_before] 大雨前巡查
       *[other] 大雨後巡查
    }：託管單位 { $count }個。巡查卡已發到巡查組。
custody-file-usage = 請輸入 /custody 及單位，例如 /custody A-12B。
custody-file-none = { $unit } 沒有託管記錄。
cmd-custody = 離港期間房屋託管
cmd-meter = 託管：抄錄單位水電錶
cmd-custody_end = 託管：結束讀數、交還鑰匙
cmd-rain = 託管：大雨前後巡查
custody-check-overdue = ⏰ 託管 { $number }（{ $unit }）：{ $due }到期的每週戶外巡查仍未記錄，請盡快完成（巡查卡仍可使用）。

# The custody agreement as a PDF (bot/reports/custody.py)
custody-pdf-title = 房屋託管協議 { $number }
custody-pdf-unit = 單位
custody-pdf-owner = 業主
custody-pdf-status = 狀態
custody-pdf-status-value = { $status ->
        [requested] 等候客服處理
        [accepted] 等候業主簽署
        [signed] 已簽署，待抄開始讀數
        [active] 託管中
        [ending] 已交還鑰匙，等候業主確認
        [ended] 已完結
       *[other] 已拒絕
    }
custody-pdf-signature = 業主簽署
custody-pdf-signed = 業主{ $owner }於 { $at } 在對話中按「簽署」確認本協議；時間及 Telegram 帳戶已記錄在管理處系統。
custody-pdf-unsigned = 業主尚未簽署。
custody-pdf-readings = 水電錶讀數
custody-pdf-checks = 戶外巡查
custody-pdf-col-when = 時間
custody-pdf-col-kind = 類別
custody-pdf-col-water = 水錶
custody-pdf-col-power = 電錶
custody-pdf-col-flag = 超出上限
custody-pdf-col-result = 結果
custody-pdf-col-note = 備註
custody-pdf-moment = { $at }
custody-pdf-reading-kind = { $kind ->
        [start] 開始
        [final] 結束
       *[other] 期間
    }
custody-pdf-check-kind = { $kind ->
        [rain_before] 大雨前
        [rain_after] 大雨後
       *[other] 每週
    }
custody-pdf-result = { $result ->
        [ok] 正常
       *[other] 有問題
    }
custody-pdf-ended = 託管於 { $at } 完結，鑰匙已交還業主。
custody-pdf-caption-signed = 已簽署的託管協議 { $number }（PDF，可列印存檔）。
custody-pdf-caption-ended = 託管 { $number } 的完整記錄（協議、讀數及巡查）。
