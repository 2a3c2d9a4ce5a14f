## Reports delivered late (the bot was down when they fell due)

report-late = ⚠️ Sent late: this report was due on { $due }.

## Complaint weekly statistics, per reply cycle (a reopened complaint starts a new cycle)

complaint-week-replied-cycles = Replied within { $hours } hours, per reply cycle (a reopened complaint counts again): <b>{ $pct }%</b> ({ $ok } of { $decided }); { $pending } still within the clock
complaint-week-replied-cycles-none = Replied within { $hours } hours, per reply cycle (a reopened complaint counts again): — ({ $pending } still within the clock)
complaint-week-overdue-cycle-line = · { $number } { $category } (reopened, cycle { $cycle }) — reply was due { $due } /t_{ $link }
