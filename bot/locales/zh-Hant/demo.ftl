## 示範頁面（propdesk demo）：標籤、二維碼及導覽
demo-weekday = { $day ->
    [0] 週一
    [1] 週二
    [2] 週三
    [3] 週四
    [4] 週五
    [5] 週六
   *[6] 週日
}
demo-section-residents = 住戶
demo-section-staff = 管理處及維修組
demo-label-resident = { $unit } · { $relation }
demo-label-staff = { $role }{ $trade }
demo-poster-unit = { $target } 單位門外的報修二維碼
demo-poster-equipment = { $target } 的報修二維碼

demo-tour-1-title = 歡迎來到海景花園
demo-tour-1-body = 左邊每個人物都是一個 Telegram 帳戶，每個對話都與 Telegram 一樣運作。本導覽跟進一宗報修，由住戶報修直至管理處回訪。可開第二個瀏覽器分頁同時扮演兩個人，所有內容即時更新。
demo-tour-2-title = 報修滲水
demo-tour-2-body = 你是 { $unit } 的 { $resident }。按「☰ 選單」再選 /repair（或直接輸入）。
demo-tour-3-title = 填寫報修表
demo-tour-3-body = 選擇「{ $category }」，描述問題，用 📎 附上相片，回答其餘問題，然後按「{ $confirm }」。機械人會回覆報修編號。
demo-tour-4-title = 派工單送到水喉維修組
demo-tour-4-body = 你是水喉維修組群組內的 { $plumber }。在派工單上按「{ $accept }」。可在兩個分頁分別以 { $plumber } 及 { $other } 同時按：只有一人能接單。
demo-tour-5-title = 完成工作
demo-tour-5-body = 在派工單上按「{ $done }」，然後在與機械人的私人對話中傳送完工相片。{ $resident } 會被問及是否已修妥。
demo-tour-6-title = 讓三日過去
demo-tour-6-body = 住戶未必回覆。在頂部的時鐘按三次「＋1 日」：機械人會當作已修妥，並在客戶服務群組發出回訪。（或以 { $resident } 身份按「{ $fixed }」。）
demo-tour-7-title = 回訪
demo-tour-7-body = 你是客戶服務群組內的 { $desk }。致電住戶後按「{ $satisfied }」，或按「{ $problem }」以書面整改通知要求維修組返工。
demo-tour-8-title = 暴雨：託管中的單位
demo-tour-8-body = B-20D 業主身在倫敦，單位由管理處託管。你是客服群組的{ $desk }。按時鐘旁的🌧 黑雨 掣：示範扮演天文台發出黑色暴雨警告信號，機械人讀到後為 B-20D 安排大雨前巡查（巡查卡發到主管群組）；按☀️ 取消警告 掣則安排大雨後巡查。
demo-tour-9-title = 新業主預約入伙
demo-tour-9-body = 吳詠詩剛向發展商買入 A-15C，已用管理處給的登記碼登記。以她的身份輸入 /movein：在管理處的時段中揀日子及時間；之後文件、協議、收費、逐房驗房及交收鑰匙，全部在對話中完成。
demo-tour-10-title = 整個流程完成
demo-tour-10-body = 還可以試試：讓新工作無人接單並撥快時鐘，看看經理群組收到的提醒及上報；職員可用 /queue 及 /ticket；二維碼（📎 → 掃描二維碼）會開啟該單位的報修表；/language 可轉換機械人的語言。
