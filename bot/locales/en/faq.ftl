# Residents' questions (常見問題): domain/faq.py, handlers/faq.py, conversations/handover.py
cmd-faq = Questions: the estate's answers
faq-answer =
    💡 { $answer }

    <i>Not what you asked? Tap below to ask the office.</i>
faq-office-only = Only the desk or a manager can keep the estate's answers.
faq-list-head = <b>The estate's answers</b> ({ $count })
faq-list-line = • <code>{ $name }</code>: { $question }
faq-usage =
    /faq export — all answers as a spreadsheet (XLSX)
    /faq import — send back an edited XLSX (replaces them all)
    /faq remove <i>name</i> — drop one
    /faq misses — what residents asked that had no answer
faq-import-send = Send the XLSX file: columns key, questions (one way of asking per line), zh-hant, zh-hans, en. /faq export gives the current one to start from; /cancel stops.
faq-import-not-file = Please send an .xlsx file (/faq export gives one to start from), or type /cancel.
faq-import-too-big = That file is too big (1 MB at most).
faq-import-unreadable = That file cannot be read; please send an Excel (.xlsx) file.
faq-import-bad-key = Row { $row }: the key must be lower-case letters, digits or "-", like office-hours. Nothing was imported.
faq-import-bad-questions = Row { $row }: questions needs 1 to { $most } ways of asking, each at most { $length } characters. Nothing was imported.
faq-import-no-answer = Row { $row }: it needs an answer in Chinese (zh-hant) or English (en). Nothing was imported.
faq-import-long-answer = Row { $row }: an answer can be at most { $length } characters. Nothing was imported.
faq-import-duplicate = "{ $name }" appears twice; each key once. Nothing was imported.
faq-import-count = The file needs 1 to { $most } answers. Nothing was imported.
faq-imported = { $count } answers imported; residents who ask now get them.
faq-remove-usage = Type /faq remove and the name, like /faq remove parcel.
faq-removed = "{ $name }" removed.
faq-no-such-entry = There is no answer named "{ $name }"; /faq lists them.
faq-misses-head = <b>Asked by residents, with no answer</b> (most asked first):
faq-misses-line = { $count }×: { $text }
faq-misses-none = No unanswered questions for now.
faq-export-caption = { $count } answers. Edit and send back with /faq import.
