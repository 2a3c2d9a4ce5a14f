# Residents' questions (常見問題): domain/faq.py, handlers/faq.py, conversations/handover.py
cmd-faq = 常見問題：住戶問題的答案
faq-answer =
    💡 { $answer }

    <i>不是你想問的？按下面的掣問管理處。</i>
faq-office-only = 只有客服或經理可以管理常見問題。
faq-list-head = <b>常見問題</b>（{ $count }條）
faq-list-line = • <code>{ $name }</code>：{ $question }
faq-usage =
    /faq export — 下載全部答案（XLSX）
    /faq import — 傳回修改好的 XLSX（全部取代）
    /faq remove <i>名稱</i> — 刪除一條
    /faq misses — 住戶問過但未有答案的問題
faq-import-send = 請傳送 XLSX 檔案：欄位 key、questions（每行一種問法）、zh-hant、zh-hans、en。可先用 /faq export 下載現有的作範本；/cancel 取消。
faq-import-not-file = 請傳送 .xlsx 檔案（可先用 /faq export 下載範本），或輸入 /cancel 取消。
faq-import-too-big = 檔案太大（上限 1 MB）。
faq-import-unreadable = 讀不到這個檔案，請確認是 Excel（.xlsx）檔案後再傳送。
faq-import-bad-key = 第 { $row } 行：key 要用英文小寫字母、數字或「-」，例如 office-hours。沒有匯入任何資料。
faq-import-bad-questions = 第 { $row } 行：questions 要有 1 至 { $most } 種問法，每種不超過 { $length } 字。沒有匯入任何資料。
faq-import-no-answer = 第 { $row } 行：要有繁體中文（zh-hant）或英文（en）答案。沒有匯入任何資料。
faq-import-long-answer = 第 { $row } 行：答案不可超過 { $length } 字。沒有匯入任何資料。
faq-import-duplicate = 「{ $name }」出現了兩次，每個 key 只可用一次。沒有匯入任何資料。
faq-import-count = 檔案要有 1 至 { $most } 條答案。沒有匯入任何資料。
faq-imported = 已匯入 { $count } 條常見問題，住戶現在問就會收到這些答案。
faq-remove-usage = 請輸入 /faq remove 及名稱，例如 /faq remove parcel。
faq-removed = 已刪除「{ $name }」。
faq-no-such-entry = 沒有名為「{ $name }」的答案；/faq 可看全部。
faq-misses-head = <b>住戶問過但未有答案的問題</b>（最常問的先列）：
faq-misses-line = { $count } 次：{ $text }
faq-misses-none = 暫時沒有未答的問題。
faq-export-caption = 常見問題 { $count }條。修改後用 /faq import 傳回。
