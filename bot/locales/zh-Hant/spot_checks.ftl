## 抽查及糾正/預防措施

spot-not-found = 此抽查已不存在。
spot-managers-only = 只有本屋苑的經理可以進行此操作。
spot-desk-only = 只有客服前台或經理可以標示此記錄已更正。
spot-already-decided = 此項抽查已有結果。
spot-already-corrected = 此記錄已標示為已更正。
spot-not-failed = 只有不合格的抽查才可開立措施。
spot-too-many-photos = 最多 { $max } 張相片。
action-owner-not-staff = 請從本屋苑的職員中選擇負責人。
action-date-past = 該日期已過。請輸入今日或以後的日子，例如 31/12/2026。
action-exists = 此項抽查已開立措施。
action-needs-check = 來自抽查的措施，請在該抽查的卡片上開立。
action-not-found = 此措施已不存在。
action-close-not-yours = 只有措施負責人或經理可以結束此措施。
action-closed-already = 此措施已經結束。

spot-kind = { $kind ->
        [callback] 維修回訪
        [renovation] 裝修管理
       *[move_in] 入伙記錄
    }
spot-card =
    <b>抽查 { $n }/{ $total }（{ $month }）· { $kind ->
        [callback] 維修回訪
        [renovation] 裝修管理
       *[move_in] 入伙記錄
    }</b>
    { $number } · 單位 { $unit }
    業主：{ $owner } · { $phone }
    { $kind ->
        [callback] 請致電業主：維修是否完成？回訪是否有做及有記錄？/t_{ $link }
        [renovation] 請檢查現場巡查（每天兩次）、整改通知書及裝修檔案：/t_{ $link }
       *[move_in] 請檢查入伙資料：業主登記表、資料簽收、驗房、鑰匙及收費記錄。
    }
spot-card-result = { $result ->
        [passed] ✅ 合格
       *[failed] ❌ 不合格
    } — { $name }，{ $at }
spot-card-reason = 原因：{ $reason }
spot-card-rectify = 已書面通知客服前台於 { $day } 前整改（{ $status ->
        [corrected] 已更正
       *[open] 未更正
    }）
spot-draw = <b>{ $month } 抽查</b>（{ $source } 的記錄）：隨機抽出 { $count } 項，種子 { $seed }。會逐項在此送上。
spot-draw-short = ⚠️ { $kind ->
        [callback] 維修回訪
        [renovation] 裝修管理
       *[move_in] 入伙記錄
    }：只有 { $found } 項可抽，不足 { $missing } 項。
spot-month-short = ⚠️ { $month } 抽查：月底前只完成 { $done }/{ $required } 項。
spot-btn-pass = ✅ 合格
spot-btn-fail = ❌ 不合格
spot-btn-open-action = 開立措施
spot-btn-corrected = 已更正 / Corrected
spot-btn-record-fail = 記錄不合格
spot-btn-close-action = 結束措施
spot-btn-close = 結束 { $number }
spot-btn-prev = ‹ 上一頁
spot-btn-next = 下一頁 ›
spot-btn-edit-reason = 修改原因
spot-btn-edit-photos = 修改相片
spot-btn-edit-cause = 修改原因類別
spot-btn-edit-owner = 修改負責人
spot-btn-edit-due = 修改限期
spot-btn-edit-description = 修改內容
spot-btn-edit-note = 修改備註
spot-passed-short = 已記錄合格，下一項隨即送上。
spot-corrected-short = 已標示為已更正。
spot-ask-reason = 抽查 { $number } 不合格：有甚麼問題？請簡單說明。
spot-ask-photos = 有相片嗎？最多 { $max } 張，或按「不附相片」。
spot-fail-preview =
    <b>不合格抽查 — 請核對</b>
    { $number }
    原因：{ $reason }
    相片：{ $photos } 張
spot-confirm-hint = 請核對以上內容，按「記錄不合格」，或作修改。
spot-fail-done = 抽查 { $number } 已記錄為不合格。下一項會在經理群組送上。
spot-rectify-desk =
    <b>📝 入伙記錄整改通知（抽查）</b>
    { $number } · 單位 { $unit } · 業主 { $owner }
    問題：{ $reason }
    請於 { $day } 前更正，完成後按「已更正 / Corrected」。
spot-rectify-due = ⏰ 入伙記錄 { $number }（單位 { $unit }）今日（{ $day }）須完成整改。
spot-rectify-overdue = ⚠️ 入伙記錄 { $number }（單位 { $unit }）未能於 { $day } 前完成整改。
spot-corrected-by = ✅ 已更正 — { $name }
spot-corrected-managers = ✅ 入伙記錄 { $number }（單位 { $unit }）已由 { $name } 更正。

action-source = { $source ->
        [check] 抽查不合格
        [repeat] 多次出現的問題
        [pareto] 排列圖分析結果
       *[complaint] 投訴
    }
action-cause = { $cause ->
        [people] 人
        [machine] 機
        [material] 料
        [method] 法
       *[environment] 環
    }
action-ask-source = 糾正/預防措施：來源是甚麼？
action-ask-cause = 原因屬於哪一類？（人、機、料、法、環）
action-ask-owner = 由誰負責？
action-ask-due = 須於哪一天前完成？（例如 31/12/2026）
action-ask-description = 要採取甚麼措施？請說明。
action-preview =
    <b>糾正/預防措施 — 請核對</b>
    來源：{ $source ->
        [check] 抽查不合格
        [repeat] 多次出現的問題
        [pareto] 排列圖分析結果
       *[complaint] 投訴
    }
    原因：{ $cause ->
        [people] 人
        [machine] 機
        [material] 料
        [method] 法
       *[environment] 環
    }
    負責人：{ $owner }
    限期：{ $due }
    { $description }
action-confirm-hint = 請核對以上措施，按「開立措施」，或作修改。
action-opened = 措施 { $number } 已開立，並已通知 { $owner }。
action-card =
    <b>措施 { $number }</b> · { $status ->
        [closed] 已結束
       *[open] 進行中
    }
    來源：{ $source ->
        [check] 抽查不合格
        [repeat] 多次出現的問題
        [pareto] 排列圖分析結果
       *[complaint] 投訴
    } · 原因：{ $cause ->
        [people] 人
        [machine] 機
        [material] 料
        [method] 法
       *[environment] 環
    }
    負責人：{ $owner } · 限期：{ $due }
    { $description }
action-card-note = 結束備註：{ $note }
action-to-owner = 📌 你負責一項糾正/預防措施。完成後請按下方按鈕結束措施，並說明做了甚麼。
action-due-soon = ⏰ 措施 { $number } 明天（{ $due }）到期。
action-overdue = ⚠️ 措施 { $number }（負責人 { $owner }）未能於 { $due } 前結束。
action-ask-note = 結束措施 { $number }：做了甚麼？
action-close-preview =
    <b>結束措施 { $number } — 請核對</b>
    { $note }
action-close-hint = 請核對以上備註，按「結束措施」，或作修改。
action-closed = 措施 { $number } 已結束。
action-closed-notice = ✅ 措施 { $number } 已由 { $name } 結束：{ $note }
actions-none = 沒有進行中的糾正/預防措施。
actions-page = <b>進行中的糾正/預防措施</b>（第 { $page }/{ $pages } 頁）

cmd-action = 開立糾正/預防措施
cmd-actions = 進行中的糾正措施
