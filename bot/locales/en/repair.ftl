cmd-repair = Report a repair
cmd-my = My requests and their status
cmd-queue = Open work, soonest due first
cmd-ticket = Open a ticket by number
cmd-oncall = Take the on-call duty for emergencies

## The repair form
repair-ask-category = What needs repairing?
repair-ask-place = Where is it?
repair-common-area = Common area
repair-ask-location = Which common area? For example "Block A lobby" or "car park level 2".
repair-place-common = Common area: { $location }
repair-ask-description = Please describe the problem (what, since when, how bad).
repair-ask-photos = Send up to { $max } photos (an album is fine), then tap <b>Done</b>. No photo? Tap <b>No photos</b>.
repair-photos-count = Received { $count } of at most { $max } photos.
repair-photo-or-done = Please send a photo, or tap the button below.
btn-photos-done = Done
btn-no-photos = No photos
repair-ask-urgency =
    Is it an emergency? Emergencies (burst pipe, flooding, no power, fire safety, someone trapped in a lift) go to the on-call crew at once, day and night.
urgency-normal = Normal
urgency-emergency = 🚨 Emergency
repair-ask-time = When can the crew come? Tap a window or type your own.
time-any = Any time
time-morning = Morning (9–12)
time-afternoon = Afternoon (14–18)
time-evening = Evening (18–21)
repair-confirm-hint = Please check the request above and tap <b>Confirm</b>, or change a field.
repair-preview =
    <b>Repair request — please check:</b>
    Type: { $category }
    Place: { $place }
    Problem: { $description }
    Photos: { $photos }
    Urgency: { $urgency }
    Time: { $time }
btn-edit-category = Change type
btn-edit-place = Change place
btn-edit-description = Change description
btn-edit-photos = Change photos
btn-edit-urgency = Change urgency
btn-edit-time = Change time
repair-submitted = Thank you. Your request is <b>{ $number }</b>; the crew has it now. I will tell you each step.
repair-submitted-emergency = 🚨 Emergency <b>{ $number }</b> is with the crew and the on-call technician now. If anyone is in danger, call 999.
repair-submitted-after-hours = Thank you. Your request is <b>{ $number }</b>. The office is closed now and reopens { $opens }; it will be handled then. For an emergency, report it again as an emergency.
repair-bad-category = Please choose a type from the buttons.
repair-bad-urgency = Please choose normal or emergency.
repair-too-many-photos = At most { $max } photos.
repair-not-resident = Only residents linked to a unit can report repairs. Use /start to link your account.
repair-not-your-unit = You can only report repairs for your own units.
repair-not-your-estate = You can only report repairs in your own estate.
qr-unknown = This QR code is not known. Use /repair instead.
qr-not-resident = Please link your account to your unit first (/start), then scan again.
qr-not-your-unit = This code belongs to another unit. Use /repair for your own.
file-too-big = That file is too big ({ $size } MB; at most { $max } MB). Please send a smaller one.
file-not-photo = Please send a photo (or an image file).
file-not-document = Please send the file as a document or a photo.
file-wrong-type = That kind of file is not accepted. Please send a PDF file or a photo.

## Categories and statuses
cat-plumbing = Plumbing
cat-electrical = Electrical
cat-safety = Safety facilities
cat-leak = Water leak / seepage
cat-locks = Doors and locks
cat-lift = Lift
cat-common = Common area
cat-other = Other
status-dispatched = waiting for a technician
status-accepted = accepted
status-on_the_way = on the way
status-on_site = on site
status-waiting_parts = waiting for parts
status-done = done, waiting for the resident
status-confirmed = fixed, callback due
status-rework = rework ordered
status-closed = closed
status-cancelled = cancelled
status-received = received
status-in_progress = being handled
status-replied = replied

## Work order card
card =
    🔧 <b>Work order { $number }</b> { $emergency }
    Type: { $category }
    Place: { $place }
    Problem: { $description }
    Photos: { $photos }   Time: { $time }
    Status: <b>{ $status }</b>
    { $due_label }: { $due }
card-emergency = 🚨 EMERGENCY
card-accept-due = Accept by
card-complete-due = Finish by
card-note-parts = Waiting for parts: { $reason }
card-note-handed-back = Handed back by { $name }: { $reason }
card-note-reopened = Reopened by the resident: { $reason }
card-note-rework = 📝 <b>Rework notice</b>: { $problem } — acknowledge by { $due }
btn-job-take = ✋ Accept
btn-job-way = On the way
btn-job-site = On site
btn-job-parts = Waiting for parts
btn-job-done = ✅ Done
btn-job-back = Hand back
btn-job-contact = 📞 Contact
btn-job-ack = Acknowledge rework
job-taken = The job is yours.
job-not-your-trade = This job is for another trade or estate.
job-already-taken = Already taken by { $name }.
job-not-yours = Only the technician on the job, the desk or a manager can do that.
job-same-step = That is already the current step.
job-done-needs-photo = Please send a photo of the finished work.
ticket-wrong-state = This cannot be done now (the ticket is { $status }).
ticket-changed = Someone changed this ticket at the same moment. Please look at the latest card.
ticket-not-found = No such ticket.
page-emergency = 🚨 <b>You are on call: emergency repair</b>
page-taken = { $number } was taken by { $name }.
contact-card = <b>{ $number }</b> — resident { $name }, phone { $phone }
contact-sent = Sent to you privately.
check-private-chat = I have asked you in our private chat.
ask-parts = { $number }: which parts are you waiting for? (the completion clock pauses)
ask-done = { $number }: please send a photo of the finished work (you may add a caption).
ask-back = { $number }: why are you handing the job back?
ask-problem = { $number }: what problem did the resident report? It goes to the crew in writing.
ask-comment = { $number }: anything you want to tell us? Write a comment, or tap Skip.
ask-reopen = { $number }: sorry it is not fixed. What is still wrong?
answered-parts = { $number }: marked as waiting for parts.
answered-back = { $number }: handed back to the crew group.
answered-problem = { $number }: the rework notice went to the crew.
answered-comment = Thank you for your feedback.
answered-reopen = { $number }: reopened; the crew has it again.
done-recorded = { $number }: done. The resident is asked to confirm.
remind-accept = ⏰ { $number } is still waiting to be accepted (due { $due }).
remind-complete = ⏰ { $number } should have been finished by { $due }. Please update it.
escalate-accept-escalate = ⚠️ { $number } ({ $category }, { $place }) was not accepted in time. /t_{ $link }
escalate-complete-overdue = ⚠️ { $number } ({ $category }, { $place }) is overdue: { $status }. /t_{ $link }
escalate-callback-overdue = ⚠️ The callback for { $number } ({ $place }) is overdue. /t_{ $link }
escalate-rework-overdue = ⚠️ The rework notice for { $number } ({ $place }) was not acknowledged in 24 hours. /t_{ $link }
rework-notice = 📝 Rework notice for { $number }: { $problem }. Please acknowledge in the crew group by { $due }.
oncall-set = You are on call for { $trades }. Emergencies will page you here.
oncall-crew-only = Only crew members can take the on-call duty.

## The resident is told
repair-accepted = { $number }: accepted by { $name }.
repair-on_the_way = { $number }: the technician is on the way.
repair-on_site = { $number }: the technician is on site.
repair-waiting_parts = { $number }: waiting for parts ({ $reason }).
repair-done = { $number }: the work is done. Is it fixed?
repair-reassigned = { $number }: another technician will take your job.
repair-auto-confirmed = { $number }: we have not heard from you, so we consider it fixed. The office will call you back.
repair-closed = { $number }: closed. Thank you.
repair-rework = { $number }: the crew has been asked to come back and fix the remaining problem.
repair-cancelled = { $number }: the office cancelled this request. Please contact the office if that is wrong.
btn-fixed-yes = 👍 Yes, fixed
btn-fixed-no = 👎 Not fixed
rate-ask = How would you rate the repair?
rate-thanks = Thank you: { $stars }
rating-range = Please choose 1 to 5 stars.
my-none = You have no requests yet. /repair reports one.
my-open-header = <b>Open</b>
my-recent-header = <b>Recent</b>
my-line = { $number } · { $category } · { $place } — { $status }

## Desk callbacks (回訪)
callback-task =
    📞 <b>Callback { $number }</b> ({ $category }, { $place })
    Resident: { $name }, { $phone }
    Due by: { $due }
btn-cb-satisfied = Satisfied
btn-cb-problem = Problem found
btn-cb-unreachable = Could not reach
callback-done = Callback { $number }: { $result } (by { $name })
callback-already-recorded = The callback for this job is already recorded.

## Staff tools
queue-header = <b>Open work</b> ({ $count }), soonest due first:
queue-line = { $emergency }{ $number } · { $place } · { $status } · due { $due } /t_{ $link }
queue-empty = No open work.
ticket-usage = Write /ticket followed by the number, for example /ticket R-2026-000123.
ticket-detail =
    <b>{ $number }</b> — { $status }
    Type: { $category }; place: { $place }
    Reported by { $reporter } at { $created }
    Problem: { $description }
ticket-history = <b>History</b>
history-line = { $at } · { $step } · { $who }
history-rated = rated { $stars }
note-line = { $at } · { $kind }: { $text }
note-parts = parts
note-hand-back = handed back
note-reopen = reopened
note-rework = rework
note-done = note
level-accept-remind = reminder: not accepted
level-accept-escalate = alert: not accepted in time
level-complete-overdue = alert: completion overdue
level-auto-confirm = confirmed (no answer)
level-callback-overdue = alert: callback overdue
level-rework-overdue = alert: rework not acknowledged
action-contact-shown = contact details shown
action-created = reported
field-location = the place
field-preferred_time = the time
field-reason = the reason
field-problem = the problem
field-comment = the comment
field-note = the note

## Jobs returned when their assignee leaves (issue 13)
card-note-returned = { $name } has left: the job is back with the crew, please take it.
action-returned = back with the crew (staff left)

## Reassignment (issue 13)
cmd-assign = Assign a job: to a colleague, another trade, or yourself
assign-usage = Give the ticket number, e.g. /assign R-2026-000123.
assign-title = <b>Assign { $number }</b>: who takes it?
btn-assign-me = I take it
btn-assign-person = 👷 { $name } ({ $trade })
btn-assign-trade = ➡️ To { $trade }
assign-not-staff = This person is not on the estate's staff.
assign-same-person = This person already has the job.
assign-same-trade = The job is already with this trade.
card-note-assigned = Assigned to { $name } by the office ({ $by }).
card-note-trade-changed = Handed to { $trade } by the office ({ $by }): see the new card in that crew's group.
card-note-trade-from = Handed over from { $trade } ({ $by }).
card-note-no-crew = ⚠️ The estate has no { $trade } crew member: the desk takes it, or assigns it with /assign { $number }.
job-assigned-to-you = The office ({ $by }) assigned you this job:
action-assigned = assigned
action-trade-changed = handed to another trade
file-unreadable = I could not read that photo. Please send it again.
file-too-many-pixels = That image is too large (more than 40 megapixels). Please send a smaller one.
escalate-accept-manager = ⚠️ { $number } ({ $category }, { $place }) is still not accepted; the desk was alerted, now the managers are. /t_{ $link }
escalate-accept-head-office = ⚠️ { $estate }: { $number } ({ $category }, { $place }) is still not accepted; the desk and the managers were alerted.
remind-accept-repeat = ⏰ { $number } is still waiting to be accepted (it was due { $due }). Reminder { $repeat }.
remind-complete-repeat = ⏰ { $number } should have been finished by { $complete }. Reminder { $repeat }: please update it.
remind-callback-repeat = ⏰ The callback for { $number } ({ $place }) was due { $callback }. Reminder { $repeat }.
remind-rework-repeat = ⏰ The rework notice for { $number } is still not acknowledged (due { $rework }). Reminder { $repeat }.
emergency-nobody-on-call = 🚨 Emergency { $number } ({ $category }, { $place }): nobody is on call { $trade }, so nobody was paged. Please find someone now. /t_{ $link }
repair-submitted-emergency-desk = 🚨 Emergency <b>{ $number }</b> is with the crew and the management office now. If anyone is in danger, call 999.
level-accept-manager = alert: managers told
level-accept-head-office = alert: head office told
level-accept-repeat = reminder again: not accepted
level-complete-repeat = reminder again: not finished
level-callback-repeat = reminder again: no callback
level-rework-repeat = reminder again: rework not acknowledged
queue-page-header = <b>Open work</b> ({ $count }), overdue first, then soonest due (page { $page }/{ $pages }):
queue-row = { $emergency }{ $number } · { $place } · { $status } · { $due } /t_{ $link }
queue-due = due { $at }
queue-overdue = ⚠️ overdue { $span }
queue-no-due = no deadline
span-days = { $days } d { $hours } h
span-hours = { $hours } h { $minutes } min
span-minutes = { $minutes } min
queue-btn-prev = « Previous
queue-btn-next = Next »
queue-btn-all = All
queue-btn-mine = Mine
queue-btn-overdue = Overdue
queue-btn-kind-repair = Repairs
queue-btn-kind-complaint = Complaints
queue-btn-kind-renovation = Renovation
closure-reason-typhoon = typhoon signal No. 8 or above
closure-reason-rainstorm = black rainstorm warning
closure-usage = Usage: /closed typhoon (signal No. 8 or above) or /closed rainstorm (black rain); /reopen when the office opens again.
closure-set = The office is declared closed ({ $reason }). Office-hours deadlines are paused; emergencies still page the on-call crew. Use /reopen when it opens again.
closure-reopened = The office is open again; the deadlines of { $count ->
        [one] { $count } ticket
       *[other] { $count } tickets
    } moved on.
closure-already = The office is already closed.
closure-not-closed = The office is not closed.
closure-managers-only = Only managers can close or reopen the office.
office-closed-notice = 🌀 The office is closed ({ $reason }). Office-hours deadlines are paused; emergencies still page the on-call crew.
office-reopened-notice = ✅ The office is open again; deadlines run again and have moved on.
repair-submitted-closed = We have your repair request <b>{ $number }</b>. The office is closed because of the { $reason } and will follow it up when it reopens. If it is an emergency (flooding, no power, someone trapped), report it again as an emergency: the on-call crew is paged at once. If anyone is in danger, call 999.
