## The monthly management report, the registry lists, the exports (domain/reports/)

monthly-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
monthly-kpi-repair-accept = Repairs accepted in time
monthly-kpi-repair-complete = Repairs completed in time
monthly-kpi-callback = Callbacks done on time
monthly-kpi-callback-2d = Callbacks, safety (2 days)
monthly-kpi-callback-3d = Callbacks, leaks and seepage (3 days)
monthly-kpi-callback-7d = Callbacks, other repairs (1 week)
monthly-kpi-rework = Rework taken within 24 hours
monthly-kpi-complaint-reply = Complaints answered within 72 hours
monthly-kpi-renovation-review = Renovation reviews within 2 days
monthly-kpi-renovation-complaint-rate = Renovation complaint rate
monthly-kpi-satisfaction = Satisfaction (1–5)
monthly-kpi-missed-rounds = Renovation rounds missed
monthly-kpi-spot-checks = Spot checks done
monthly-kpi-open-actions = Corrective actions open
monthly-target-at-least = ≥ { $value }
monthly-target-at-most = ≤ { $value }
monthly-target-below = < { $value }
monthly-yes = yes
monthly-no = no
monthly-failed = ({ $count } failed)
monthly-line = • { $name }: { $this } (last month { $last }) { $trend } target { $target }
monthly-pdf-title = Monthly management report, { $estate }, { $month }
monthly-pdf-made = Made
monthly-pdf-due = Hand in by
monthly-col-kpi = KPI
monthly-col-this = This month
monthly-col-last = Last month
monthly-col-trend = Trend
monthly-col-target = Target
monthly-col-met = Met
monthly-pdf-notes = ↑ up, ↓ down, = unchanged on last month; — nothing to measure. Percentages count the deadlines that had come by the time of the report.
monthly-pdf-registry = Registry lists attached: { $units } units, { $tenancies } tenancies, { $changes } changes this month.
monthly-x-header = Key|KPI|This month|In time|Counted|Last month|Trend|Target|Met
monthly-made = 📊 Monthly management report of { $estate } for { $month }: hand it in by { $due }.
monthly-press-sent = When it has been handed in, press "Marked as sent".
monthly-btn-sent = Marked as sent
monthly-pdf-caption = Monthly management report, { $estate }, { $month }
monthly-xlsx-caption = The report's figures, { $estate }, { $month }
registry-xlsx-caption = Property and tenancy lists, { $estate }, as at the end of { $month }
monthly-remind = 🔔 The monthly management report of { $estate } for { $month } is due by { $due }. Press "Marked as sent" once it has been handed in.
monthly-remind-overdue = ⚠️ The monthly management report of { $estate } for { $month } is overdue: it was due by { $due }. Press "Marked as sent" once it has been handed in.
monthly-already-sent = This report was marked as sent already.
monthly-sent-ok = Marked as sent.
monthly-marked = ✅ { $name } marked the monthly report for { $month } as sent. No more reminders.
monthly-asked = 📊 { $estate }, { $month }:
registry-asked = Property and tenancy lists, { $estate }, as at the end of { $month }: { $units } units, { $tenancies } tenancies, { $changes } changes in the month.
report-office-only = Reports and exports are for the management office (desk and managers).
report-sent-managers-only = Only a manager can mark the report as sent.
report-month-bad = "{ $text }" is not a month. Write it as 2026-11, e.g. /report month 2026-11.
report-month-future = { $month } has not begun yet. Ask for this month or an earlier one.
registry-x-sheets = Property list|Tenancy list|Changes
registry-x-property = Unit|Floor|Type|Usable area (m²)|Built area (m²)|Land share (m²)|Use|Facilities|Parking|Owners|Owner since
registry-x-tenancy = Unit|Tenant|Since|Lease from|Lease to|Use
registry-x-changes = Date|Unit|Change|Person|As
registry-change-start-owner = new owner
registry-change-start-co_owner = new co-owner
registry-change-start-tenant = new tenancy
registry-change-start-proxy = new proxy
registry-change-end-sold = unit sold
registry-change-end-moved-out = moved out
registry-change-end-removed = removed by the office
cmd-export = Repairs or complaints of a period as a spreadsheet
export-usage = Write /export repairs 1/11/2026 30/11/2026 (or /export complaints …): the first and the last day.
export-bad-date = "{ $text }" is not a date. Write the day first, e.g. 1/11/2026.
export-dates-inverted = The first day ({ $first }) comes after the last ({ $last }). Write the earlier day first.
export-too-long = An export covers at most { $days } days. Ask for a shorter period.
export-kind-repair = repair
export-kind-complaint = complaint
export-sheet-repair = Repairs
export-sheet-complaint = Complaints
export-x-header = Number|Kind|Category|Unit|Opened|Accepted|Done|Callback|Status|Accepted in time|Done in time|Callback in time
export-caption-repair = Repairs of { $estate } received { $first } to { $last }: { $count }
export-caption-complaint = Complaints of { $estate } received { $first } to { $last }: { $count }
