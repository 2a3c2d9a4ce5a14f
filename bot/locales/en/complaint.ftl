cmd-complaint = File a complaint
cmd-complaints = Complaints: open list, weekly statistics

## The complaint form
complaint-ask-unit = Which unit is the complaint about?
complaint-ask-category =
    Our complaint line is open 24 hours, and the office replies to every complaint within 72 hours.
    What is the complaint about?
complaint-ask-description = Please tell us what happened (what, where, when, who was involved).
complaint-ask-photos = You may send up to { $max } photos (an album is fine), then tap <b>Done</b>. No photo? Tap <b>No photos</b>.
complaint-ask-callback = Would you like the office to call you back?
complaint-btn-callback-yes = 📞 Yes, call me back
complaint-btn-callback-no = No, a reply here is fine
complaint-ask-time = When is a good time to call you? Tap a window or type your own.
complaint-callback-at = yes, { $time }
complaint-callback-none = no
complaint-confirm-hint = Please check the complaint above and tap <b>Confirm</b>, or change a field.
complaint-preview =
    <b>Complaint — please check:</b>
    Unit: { $unit }
    Category: { $category }
    What happened: { $description }
    Photos: { $photos }
    Call back: { $callback }
complaint-btn-edit-category = Change category
complaint-btn-edit-description = Change description
complaint-btn-edit-photos = Change photos
complaint-btn-edit-callback = Change call back
complaint-submitted = Thank you. Your complaint is <b>{ $number }</b>. The office will reply within { $hours } hours, by { $due } at the latest. /my shows where it stands.
complaint-bad-category = Please choose a category from the buttons.
complaint-not-resident = Only residents linked to a unit can file complaints. Use /start to link your account.
complaint-not-your-unit = You can only file complaints for your own units.

## Categories and departments
complaint-cat-service = Service attitude
complaint-cat-security = Security
complaint-cat-cleaning = Cleaning
complaint-cat-greening = Greening
complaint-cat-noise = Noise
complaint-cat-parking = Parking
complaint-cat-fees = Fees
complaint-cat-neighbours = Neighbours
complaint-cat-facilities = Facilities
complaint-cat-renovation = Renovation nuisance
complaint-cat-other = Other
dept-engineering = Engineering
dept-security = Security
dept-cleaning = Cleaning
dept-greening = Greening
dept-finance = Finance
dept-management = Management

## The desk's card and thread
complaint-card =
    📣 <b>Complaint { $number }</b>
    Category: { $category }
    Unit: { $place } — { $name } ({ $phone })
    Call back: { $callback }
    What happened: { $description }
    Photos: { $photos }
    Status: <b>{ $status }</b>
complaint-btn-take = ✋ Take
complaint-btn-depts = 🏢 Assign department
complaint-btn-reply = ✉️ Reply
complaint-btn-link = 🔧 Link repair
complaint-btn-close = ✅ Close
complaint-btn-back = ↩️ Back
complaint-yours = The complaint is yours.
complaint-already-taken = Already taken by { $name }.
complaint-office-only = Only the desk and managers of this estate handle complaints.
complaint-bad-department = Please choose a department from the buttons.
complaint-same-department = That department is already responsible.
complaint-link-unknown = There is no repair { $number } in this estate. Please send a number like R-2026-000123.
complaint-link-same = { $number } is already linked.
complaint-ask-reply = { $number }: write the reply to the resident. It is sent as you write it, signed by the management office.
complaint-ask-close = { $number }: why is the complaint closed? The resident is told.
complaint-ask-link = { $number }: which repair carries the work? Send its number, for example R-2026-000123.
complaint-ask-answer = { $number }: write your answer to the office.
complaint-ask-reopen = { $number }: sorry to hear that. What is still not right?
complaint-answered-reply = { $number }: the reply was sent to the resident.
complaint-answered-close = { $number }: closed.
complaint-answered-link = { $number }: the repair is linked.
complaint-answered-answer = { $number }: sent to the office.
complaint-answered-reopen = { $number }: the office has your complaint again and will reply.
complaint-thread-replied = ✉️ { $number }: reply sent by { $name }:
    { $text }
complaint-thread-answer = 💬 { $number }: the resident answers:
    { $text }
complaint-thread-reopened = ↩️ { $number }: the resident is not satisfied: { $reason }
    Reply again by { $due }.
complaint-thread-satisfied = ✅ { $number }: the resident is satisfied { $stars } — closed.
complaint-thread-closed = ☑️ { $number }: closed by { $name }: { $reason }
complaint-thread-repair-closed = 🔧 { $number }: the linked repair { $repair } is closed. Reply to the resident?
complaint-remind = ⏰ { $number }: reply to the resident by { $due } ({ $hours } hours left).
complaint-escalate = ⚠️ { $number } ({ $category }, { $place }) was not replied to within { $hours } hours (due { $due }): { $status }. /t_{ $link }

## The resident is told
complaint-taken = { $number }: the office is handling your complaint.
complaint-taken-by = { $number }: { $name } of the office is handling your complaint.
complaint-routed = { $number }: passed to the { $department } department.
complaint-reply =
    ✉️ <b>Reply on your complaint { $number }</b>
    { $text }
    { $signature }
complaint-signed = — { $name }, management office
complaint-signed-office = — Management office
complaint-btn-res-answer = 💬 Answer
complaint-btn-res-ok = 👍 Satisfied
complaint-btn-res-no = 👎 Not satisfied
complaint-rate-ask = How would you rate the outcome?
complaint-closed-satisfied = { $number }: closed. Thank you for your rating.
complaint-closed = { $number }: the office closed your complaint: { $reason }
complaint-linked = { $number }: a repair job ({ $repair }) carries the work; you will be told each step.

## The satisfaction question after any closed ticket
satisfaction-ask = { $number } is closed. How satisfied are you with how it was handled? (1 = not at all, 5 = very)
satisfaction-thanks = { $number }: thank you — your answer: { $score } of 5.
satisfaction-thanks-short = Thank you.
satisfaction-already = You have already answered, thank you.

## /complaints
complaint-usage = /complaints lists open complaints; /complaints week gives this week's statistics, /complaints week last the last full week.
complaint-list-empty = No open complaints.
complaint-list-header = <b>Open complaints</b> ({ $count }), soonest reply due first:
complaint-list-line = { $number } · { $category } · { $place } · { $status } · reply by { $due } /t_{ $link }
complaint-week-title = 📊 <b>Weekly complaint statistics, { $week }</b> — { $estate }
complaint-week-period = As of { $at }
complaint-week-received = Received: <b>{ $count }</b>
complaint-week-by-category = By category:
complaint-week-by-status = By status now:
complaint-week-line = · { $name }: { $count }
complaint-week-overdue = Overdue now ({ $count }):
complaint-week-overdue-line = · { $number } { $category } — reply was due { $due } /t_{ $link }
complaint-week-overdue-none = Overdue now: none
complaint-week-closed = Closed in the week: { $count }
complaint-week-rating = Average rating: { $avg } ⭐ ({ $count } ratings)
complaint-week-rating-none = Average rating: — (no ratings)
complaint-week-chart-title = Complaints by category, { $week }
complaint-week-chart-y = complaints
complaint-week-chart-caption = 📊 { $estate }: complaints by category, { $week }

## History
level-reply-remind = reminder: { $hours } hours left to reply
level-reply-overdue = alert: not replied within the clock
note-reply = reply
note-answer = resident's answer
note-close = closed
note-link = linked repair
action-answered = the resident answered
action-satisfaction = satisfaction answered
field-reply = the reply
field-answer = your answer
field-number = the number

## Estate settings (propdesk admin estate set)
admin-setting-set = Setting { $name } = { $value }
setting-bad-key = "{ $name }" is not a setting name (for example complaints.show_staff_names).
setting-bad-value = That value is not allowed for { $name }.

## The desk's card: lines shown only when there is something to say
complaint-card-department = Department: { $department }
complaint-card-linked = Linked repair: { $linked }
complaint-card-due = Reply by: { $due }
## A complaint routed to a department (its group, or its people)
complaint-btn-tell = 📨 Write to department
complaint-btn-dreply = ✉️ Reply to resident
complaint-btn-dask = ❓ Ask the desk
complaint-ask-dept_reply = { $number }: write the reply to the resident. It is sent as you write it, signed by the management office, and counts as the office's reply.
complaint-ask-dept_ask = { $number }: what do you need from the desk?
complaint-ask-tell = { $number }: write your message to the department.
complaint-answered-dept_reply = { $number }: the reply was sent to the resident.
complaint-answered-dept_ask = { $number }: sent to the desk.
complaint-answered-tell = { $number }: sent to the department.
complaint-dept-card-head = 🏢 <b>For the { $department } department</b> — reply to the resident or ask the desk below.
complaint-dept-moved = ↪️ Moved to the { $department } department.
complaint-dept-nowhere = ⚠️ { $number }: the { $department } department has no group and nobody linked, so the card stays here. Link its group, or set <code>{ $setting }</code> with <code>propdesk admin estate set</code>.
complaint-dept-replied = ✉️ { $number }: your reply was sent to the resident:
    { $text }
complaint-thread-dept-asks = ❓ { $number }: { $name } ({ $department }) asks the desk:
    { $text }
complaint-dept-told = 📨 { $number }: { $name } of the desk writes:
    { $text }
complaint-department-only = Only the department the complaint is routed to, the desk and managers can do this.
complaint-no-department = The complaint is not routed to a department.
field-message = the message
complaint-remind-repeat = ⏰ { $number }: the reply was due { $due } and the resident is still waiting. Reminder { $repeat }.
level-reply-repeat = reminder again: no reply
