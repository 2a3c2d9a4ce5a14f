# Paper forms: bot/reports/forms.py, handlers/printing.py
form-work-order = Work order
form-callback = Callback record
form-rework = Rework notice
form-poster = Repair QR code
form-unit = Unit
form-place = Place
form-category = Category
form-urgency = Urgency
form-reported = Reported
form-description = Description
form-preferred = Preferred time
form-technician = Technician
form-reporter = Reported by
form-phone = Phone
form-accept-due = Accept by
form-complete-due = Complete by
form-scan = Scan this code with Telegram to open the same record in the bot.
form-by-hand = To fill in on site
form-arrived = Arrived at
form-finished = Finished at
form-work-done = Work done
form-materials = Materials
form-technician-sign = Technician's signature
form-resident-sign = Resident's signature
form-done = Work finished
form-confirmed = Confirmed by the resident
form-callback-due = Callback due
form-closed = Closed
form-rating = Rating
form-comment = Comment
form-reworks = Rework notices
form-callback-way = How (phone / visit)
form-resident-view = What the resident said
form-satisfied = Satisfied
form-caller = Called by
form-caller-sign = Caller's signature
form-rework-when = Issued
form-rework-why = Why
form-rework-ask = Please put it right within the deadline, then press Done in the bot with a photo.
form-rework-received = Received at
form-supervisor-sign = Supervisor's signature
form-moment = { $at }
form-poster-how = { $target }: something broken? Scan this code with your phone's camera or Telegram to report it.
cmd-print = Print a form: work order, callback record, rework notice, repair QR
print-usage =
    Type:
    /print R-2026-000001 — work order
    /print callback R-2026-000001 — callback record
    /print rework R-2026-000001 — rework notice
    /print poster A-12B — a unit's repair QR code (or equipment, like /print poster Block A lift 1)
    /print survey — the paper owner survey (households with nobody on Telegram)
    /print pass F-2026-000001-P01 — a worker's temporary pass card
print-office-only = Only the desk, managers and the equipment supervisor can print forms.
print-not-repair = { $number } is not a repair; forms are printed for repairs for now.
print-no-callback = { $number } is not finished yet: there is no callback to record.
print-no-rework = { $number } has no rework notice.
print-caption = { $form } { $number } (PDF, to print)
form-survey = Owner survey
form-survey-code = Entry code
form-survey-how = Rate each service from 5 (very satisfied) to 1 (very dissatisfied); hand the form back to the office, the desk enters it for you.
form-survey-na = N/A
form-survey-why = If 1 or 2, why:
form-survey-comments = Other comments
form-survey-sign = Owner's signature
form-survey-date = Date
print-survey-none = No open survey has households on paper.
survey-paper-usage = Type /paper and the unit, like /paper A-15C (the entry code on the paper form).
survey-paper-office-only = Only the desk or a manager can enter paper survey forms.
survey-paper-none-open = No survey is open now.
survey-paper-not-sampled = { $unit } is not on this survey's paper list.
cmd-paper = Enter a paper survey form
form-survey-list = Paper forms: the desk's checklist
form-survey-out = Handed out
form-survey-back = Returned
form-survey-entered = Entered
form-pass = Temporary work pass
form-pass-worker = Worker
form-pass-works = Works
form-pass-valid = Valid
form-pass-dates = { $start } to { $end }
form-pass-application = Renovation application
form-pass-scan = Security scans this code with Telegram to check the pass.
form-pass-rules = Wear it at all times on the estate; hand it back to the office when the works end or you leave.
