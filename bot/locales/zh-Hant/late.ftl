## Reports delivered late (the bot was down when they fell due)

report-late = ⚠️ 此報告遲了發出：原定於 { $due } 發出。

## Complaint weekly statistics, per reply cycle (a reopened complaint starts a new cycle)

complaint-week-replied-cycles = { $hours } 小時內回覆（按每輪回覆計，重開的投訴另計一輪）：<b>{ $pct }%</b>（{ $decided } 輪中 { $ok } 輪）；{ $pending } 輪仍在限期內
complaint-week-replied-cycles-none = { $hours } 小時內回覆（按每輪回覆計，重開的投訴另計一輪）：—（{ $pending } 輪仍在限期內）
complaint-week-overdue-cycle-line = · { $number } { $category }（重開後第 { $cycle } 輪）— 回覆限期 { $due } /t_{ $link }
