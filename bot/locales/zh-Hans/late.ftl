## Reports delivered late (the bot was down when they fell due)

report-late = ⚠️ 此报告迟了发出：原定于 { $due } 发出。

## Complaint weekly statistics, per reply cycle (a reopened complaint starts a new cycle)

complaint-week-replied-cycles = { $hours } 小时内回复（按每轮回复计，重开的投诉另计一轮）：<b>{ $pct }%</b>（{ $decided } 轮中 { $ok } 轮）；{ $pending } 轮仍在限期内
complaint-week-replied-cycles-none = { $hours } 小时内回复（按每轮回复计，重开的投诉另计一轮）：—（{ $pending } 轮仍在限期内）
complaint-week-overdue-cycle-line = · { $number } { $category }（重开后第 { $cycle } 轮）— 回复限期 { $due } /t_{ $link }
