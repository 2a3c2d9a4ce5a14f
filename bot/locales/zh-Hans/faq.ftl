# Residents' questions (常见问题): domain/faq.py, handlers/faq.py, conversations/handover.py
cmd-faq = 常见问题：住户问题的答案
faq-answer =
    💡 { $answer }

    <i>不是你想问的？按下面的按钮问管理处。</i>
faq-office-only = 只有客服或经理可以管理常见问题。
faq-list-head = <b>常见问题</b>（{ $count }条）
faq-list-line = • <code>{ $name }</code>：{ $question }
faq-usage =
    /faq export — 下载全部答案（XLSX）
    /faq import — 传回修改好的 XLSX（全部取代）
    /faq remove <i>名称</i> — 删除一条
    /faq misses — 住户问过但未有答案的问题
faq-import-send = 请发送 XLSX 文件：栏位 key、questions（每行一种问法）、zh-hant、zh-hans、en。可先用 /faq export 下载现有的作范本；/cancel 取消。
faq-import-not-file = 请发送 .xlsx 文件（可先用 /faq export 下载范本），或输入 /cancel 取消。
faq-import-too-big = 文件太大（上限 1 MB）。
faq-import-unreadable = 读不到这个文件，请确认是 Excel（.xlsx）文件后再发送。
faq-import-bad-key = 第 { $row } 行：key 要用英文小写字母、数字或「-」，例如 office-hours。没有导入任何资料。
faq-import-bad-questions = 第 { $row } 行：questions 要有 1 至 { $most } 种问法，每种不超过 { $length } 字。没有导入任何资料。
faq-import-no-answer = 第 { $row } 行：要有繁体中文（zh-hant）或英文（en）答案。没有导入任何资料。
faq-import-long-answer = 第 { $row } 行：答案不可超过 { $length } 字。没有导入任何资料。
faq-import-duplicate = 「{ $name }」出现了两次，每个 key 只可用一次。没有导入任何资料。
faq-import-count = 文件要有 1 至 { $most } 条答案。没有导入任何资料。
faq-imported = 已导入 { $count } 条常见问题，住户现在问就会收到这些答案。
faq-remove-usage = 请输入 /faq remove 及名称，例如 /faq remove parcel。
faq-removed = 已删除「{ $name }」。
faq-no-such-entry = 没有名为「{ $name }」的答案；/faq 可看全部。
faq-misses-head = <b>住户问过但未有答案的问题</b>（最常问的先列）：
faq-misses-line = { $count } 次：{ $text }
faq-misses-none = 暂时没有未答的问题。
faq-export-caption = 常见问题 { $count }条。修改后用 /faq import 传回。
