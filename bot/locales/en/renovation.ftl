## Renovation applications (裝修申請)
cmd-renovate = Renovation: apply, or manage your application
cmd-renovations = Renovation records (spreadsheet)
cat-renovation = Renovation
status-desk_check = desk check
status-tech_review = technical review (equipment supervisor)
status-manager_review = manager approval
status-info_needed = more information asked
status-rejected = not approved, waiting for corrections
status-approved = approved, fees to pay
status-works = works in progress
status-final_check = final inspection
status-settling = passes and deposit to settle
work-floor = Flooring
work-walls = Walls / painting
work-ceiling = Ceiling
work-electrical = Electrical wiring
work-plumbing = Plumbing / drains
work-kitchen = Kitchen
work-bathroom = Bathroom
work-windows = Windows / grilles
work-aircon = Air conditioning
work-doors = Doors
work-furniture = Built-in furniture
field-contractor = the contractor's name
field-date = the date
field-violation = the description of the violation
dp-title = { $month ->
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
dp-weekdays = Mo Tu We Th Fr Sa Su

## The owner's form
reno-owners-only = Only the owner (or a co-owner) of a unit can apply for renovation. Tenants, please ask the owner.
reno-not-your-unit = You can only apply for a unit you own.
reno-ask-unit = Which unit is the renovation for?
reno-ask-works = What works will be done? Tick everything that applies, then tap <b>Next ➡️</b>.
btn-reno-next = Next ➡️
reno-ask-description = Describe the works in your own words: which rooms, what changes, which materials.
reno-ask-start = When do the works start? Pick a day, or type the date like 1/12/2026.
reno-ask-end = When do they end? (start: { $start }) Pick a day, or type the date like 15/12/2026.
reno-date-hint = Please pick a day in the calendar, or type the date like 1/12/2026.
reno-bad-date = I cannot read that date. Type it day first, like 1/12/2026, or pick a day in the calendar.
reno-start-too-soon = The works can start on { $earliest } at the earliest: the office needs time to review.
reno-start-too-late = Please apply at most one year ahead.
reno-end-before-start = The end cannot be before the start ({ $start }).
reno-too-long = One application covers at most { $max } days. Please choose an earlier end.
reno-need-dates = Please choose the start and end dates.
reno-bad-works = Please choose the works from the buttons.
reno-ask-contractor = The contractor (decoration company or foreman) — name:
reno-ask-contractor-phone = The contractor's phone number:
reno-ask-drawings = Send the drawings (floor plan, electrical and plumbing layout) as PDF files or photos, at most { $max }. Then tap <b>Done</b>.
reno-drawings-count = Received { $count } drawing(s). Send more, or tap <b>Done</b>.
reno-need-drawing = Please send at least one drawing (a PDF, or a photo of the plan).
reno-too-many-drawings = At most { $max } drawings.
reno-drawing-or-done = Please send a drawing as a file or a photo, or tap Done.
btn-reno-drawings-done = Done
reno-ask-workers =
    <b>Workers on site</b> ({ $count }):
    { $lines }
    Each worker needs a name, a photo of the ID card and a phone number. You may also add workers later, after approval.
reno-worker-line = • { $name }, { $phone }
reno-workers-none = (none yet)
btn-reno-worker-add = ➕ Add a worker
btn-reno-workers-done = ✅ Done
btn-reno-workers-later = Add workers later
reno-ask-worker-name = The worker's full name, as on the ID card:
reno-ask-worker-id = A photo of { $name }'s ID card. Only the office's desk and managers can see it, and it is deleted { $days } days after the works end.
reno-ask-worker-phone = { $name }'s phone number:
reno-worker-needs-id = { $name } needs a photo of the ID card.
reno-too-many-workers = At most { $max } workers on one application.
reno-rules =
    <b>Renovation rules of { $estate }</b>

    { $rules }

    Do you accept these rules?
reno-rules-default =
    1. Works only Monday to Saturday, 09:00–18:00; no noisy works (drilling, hammering) on Sundays and public holidays.
    2. No change to structural walls, columns, beams or slabs; no change to the building's outside appearance (windows, balconies, facade).
    3. Electrical and gas works by registered workers only; fire services and common drains stay untouched.
    4. Debris bagged and removed daily by the contractor; nothing stored in corridors, stairs or lift lobbies; lifts protected when moving materials.
    5. Every worker carries the temporary pass from the office and shows it to security on request; passes are returned when the works end.
    6. The office inspects twice a day; a rectification notice must be fixed by its deadline, or the works may be stopped and the deposit used to repair damage.
btn-reno-accept = ✅ I accept the rules
reno-need-rules = Please read and accept the renovation rules.
reno-preview =
    <b>Renovation application — please check:</b>
    Unit: { $unit }
    Works: { $works }
    Details: { $description }
    Dates: { $start } to { $end } ({ $days } days)
    Contractor: { $contractor }, { $contractor_phone }
    Drawings: { $drawings }
    Workers: { $workers }
    Rules: accepted
reno-preview-reason = <b>The office said:</b> { $reason }
reno-works-none = (none ticked)
reno-confirm-hint = Please check the application above and tap <b>📨 Submit</b>, or change a field.
btn-reno-edit-works = Change works
btn-reno-edit-description = Change details
btn-reno-edit-dates = Change dates
btn-reno-edit-contractor = Change contractor
btn-reno-edit-drawings = Change drawings
btn-reno-edit-workers = Change workers
btn-reno-submit = 📨 Submit
reno-submitted = Thank you. Your application is <b>{ $number }</b>. The desk, the equipment supervisor and the manager review it by { $due }; I will tell you each step.
reno-resubmitted = Your corrected application <b>{ $number }</b> is back with the office; the review is due by { $due }.

## The owner's applications
reno-hub = <b>Your renovation applications</b>
btn-reno-new = ➕ New application
btn-reno-show = { $number } ({ $status })
reno-app =
    <b>{ $number }</b> ({ $unit }) — { $status }
    Dates: { $start } to { $end }
    Workers: { $workers }
    Passes: { $passes }
    Open rectification notices: { $notices }
btn-reno-fix = ✏️ Fix and resubmit
btn-reno-add-worker = ➕ Add a worker
btn-reno-remove-worker = ➖ Remove a worker
btn-reno-done = 🏁 Works finished
btn-reno-cancel = Withdraw the application
btn-reno-notices = 📋 Rectification notices
reno-pick-worker = Which worker leaves the job?
reno-worker-requested = { $name } was sent to the office for checking. I will tell you when the pass is ready.
reno-worker-remove-requested = The office will confirm that { $name } leaves the job and collect the pass.
reno-completion-reported = { $number }: thank you. The site staff will do the final inspection; then the passes are collected and the deposit settled.
reno-withdrawn = { $number } is withdrawn.
reno-not-found = No such application.
reno-not-returned = This application is not waiting for corrections.
reno-workers-not-now = Workers can be added or removed after approval, until the works end.
reno-worker-changed = This worker was changed in the meantime.
reno-not-in-works = The works are not running now.
reno-too-late-to-cancel = The works have started; please contact the office.
reno-notices-none = No rectification notices.
reno-notice-line = { $notice } ({ $status }): { $description } — fix by { $due }
notice-open = to fix
notice-rectified = rectified
notice-not_rectified = not rectified

## What the owner is told
reno-owner-step = { $number }: passed the { $step }; now at the { $next } stage.
reno-owner-rejected =
    { $number } was not approved at the { $step } stage: { $reason }
    Fix it and resubmit: everything you entered is kept.
reno-owner-info =
    { $number }: the office needs more information from you at the { $step } stage: { $reason }
    Add it and resubmit: everything you entered is kept.
reno-owner-approved =
    ✅ <b>{ $number }</b> is approved for { $start } to { $end }.
    Please pay at the office: management fee { $currency }{ $fee }, deposit { $currency }{ $deposit }. The workers' passes are issued when it is paid; then the works may start on { $start }.
reno-owner-unpaid = { $number }: the office has not received the fee ({ $currency }{ $fee }) and deposit ({ $currency }{ $deposit }) yet. The passes are issued once paid.
reno-owner-start = 🟢 <b>{ $number }</b>: paid, thank you. The works may start on { $start }. Here are the temporary passes; every worker must carry theirs on site.
reno-pass-caption =
    🪪 Temporary pass <b>{ $pass }</b>
    { $name } — { $number }, { $unit }
    Valid { $from } to { $to }
reno-owner-worker-approved = { $number }: { $name } was approved.
reno-owner-worker-refused = { $number }: the office did not approve { $name }. Please contact the office.
reno-owner-worker-removed = { $number }: { $name } is off the job; the pass is recorded as returned.
reno-owner-worker-kept = { $number }: the office kept { $name } on the job. Please contact the office.
reno-owner-notice =
    📝 <b>Rectification notice { $notice }</b> ({ $number }, { $unit })
    { $description }
    Please have it fixed by <b>{ $due }</b>; the site staff will check again then.
reno-owner-rectified = ✅ { $notice }: rectified, thank you.
reno-owner-final-passed = ✅ { $number }: the final inspection passed. The office will collect the passes and settle the deposit.
reno-owner-final-failed = { $number }: the final inspection found a problem (see the notice). When it is fixed, tap 🏁 Works finished again in /renovate.
reno-owner-closed = { $number }: closed — passes returned and deposit settled. Thank you.
reno-owner-cancelled = { $number }: the office cancelled the application. Please contact the office if that is wrong.
reno-owner-auto-cancelled = { $number } was not resubmitted within { $days } days and is now cancelled. You may apply again with /renovate.
reno-owner-works-over = { $number }: the approved period ended on { $end }. Please report the completion (/renovate, 🏁 Works finished) or talk to the office.

## Office cards
reno-card =
    🏠 <b>Renovation application { $number }</b> — { $step }
    Unit: { $unit } · Owner: { $owner }, { $phone }
    Works: { $works }
    Details: { $description }
    Dates: { $start } to { $end } ({ $days } days)
    Contractor: { $contractor }, { $contractor_phone }
    Drawings: { $drawings } · Workers: { $workers }
    Submission { $submissions } at { $submitted }
    ⏱ Review due by <b>{ $due }</b>{ $overdue }
reno-card-overdue = {" "}— ⚠️ OVERDUE
reno-card-last-reason = Returned before: { $reason }
reno-card-decided = { $decision } — { $name }, { $at }
reno-decision-ok = ✅ Approved
reno-decision-no = ❌ Rejected: { $reason }
reno-decision-info = ❓ More asked: { $reason }
btn-reno-approve = ✅ Approve
btn-reno-reject = ❌ Reject
btn-reno-info = ❓ Ask for more
btn-reno-drawings = 📎 Drawings
btn-reno-ids = 🪪 ID cards
reno-not-your-step = This step belongs to another role (desk, equipment supervisor or manager of this estate).
reno-step-decided = This step has already been decided.
reno-ask-no = { $number }: why is it not approved? The owner sees your reason.
reno-ask-info = { $number }: what more do you need from the owner?
reno-answered-no = { $number }: not approved; the owner is told why.
reno-answered-info = { $number }: the owner is asked for more.
reno-drawings-sent = The drawings were sent to you privately.
reno-drawing-caption = 📎 { $number }: drawing { $n }
reno-ids-sent = The ID cards were sent to you privately; this look is recorded.
reno-id-caption = 🪪 ID card of { $name } ({ $number }). Confidential: do not forward.
reno-id-none = No ID-card images are kept for { $number } (deleted after the retention period).
reno-id-office-only = Only the desk and managers of this estate may see ID cards.
reno-office-only = Only the desk and managers of this estate can do that.
reno-pay-card =
    💰 <b>{ $number }</b> ({ $unit }) approved for { $start } to { $end }.
    Management fee { $currency }{ $fee }, deposit { $currency }{ $deposit }.
    Workers: { $workers }. Record the payment when the owner pays:
btn-reno-paid = ✅ Paid
btn-reno-unpaid = Not paid yet
reno-pay-recorded = 💰 { $number }: paid (recorded by { $name }); { $passes } pass(es) issued.
reno-not-waiting-payment = This application is not waiting for payment.
reno-unpaid-noted = The owner was reminded of the amounts.
reno-security-issued =
    🪪 <b>Passes issued</b> — { $number }, { $unit }, valid { $from } to { $to }:
    { $lines }
reno-security-returned =
    🔙 <b>Passes returned</b> — { $number }, { $unit }:
    { $lines }
reno-pass-line = • { $pass } { $name }
reno-site-start = 🏗 { $number } ({ $unit }): works from { $start } to { $end }; contractor { $contractor }, { $contractor_phone }. Inspection rounds at { $slots } on open days.
reno-worker-card =
    👷 <b>{ $number }</b> ({ $unit }): the owner asks to { $change } a worker.
    { $name }, { $phone }
reno-change-add = add
reno-change-remove = remove (collect the pass)
reno-settle-card =
    🏁 <b>{ $number }</b> ({ $unit }) passed the final inspection. To close it:
    Passes to collect: { $passes } — { $returned }
    Deposit { $currency }{ $deposit } — { $settled }
reno-settle-done = done
reno-settle-open = to do
btn-reno-returned = 🔙 All passes returned
btn-reno-settled = 💵 Deposit settled
reno-not-settling = This application is not at the settlement step.
reno-already-recorded = That is already recorded.
reno-closed-card = ✅ { $number } ({ $unit }) closed.
reno-flag-managers = 🚩 { $number } ({ $unit }): { $count } violations so far. /t_{ $link }
reno-remind-review = ⏰ { $number } ({ $unit }) is waiting for the { $step }; the review is due by { $due }.
reno-escalate-review = ⚠️ The review of { $number } ({ $unit }) is overdue (due { $due }); it is waiting for the { $step }. /t_{ $link }
reno-desk-works-over = ⏰ { $number } ({ $unit }): the approved period ended on { $end } and no completion was reported.

## Site inspections
reno-insp-card =
    🔍 <b>Site inspection</b> { $number } ({ $unit }) — { $day } { $slot }
    Works: { $works } · contractor { $contractor }, { $contractor_phone }
    Open notices: { $notices }
reno-followup-card =
    🔁 <b>Follow-up inspection</b> { $notice } ({ $number }, { $unit })
    To fix: { $description } (by { $due })
reno-final-card =
    🏁 <b>Final inspection</b> { $number } ({ $unit })
    The owner reports the works finished. Check the unit and the common areas.
btn-reno-insp-ok = ✅ OK
btn-reno-insp-bad = ⚠️ Violation
btn-reno-followup-ok = ✅ Rectified
btn-reno-followup-bad = ❌ Not rectified
btn-reno-final-ok = ✅ Passed
btn-reno-final-bad = ⚠️ Problems found
reno-insp-recorded = { $result } — { $name }, { $at }
reno-result-ok = ✅ OK
reno-result-violation = ⚠️ Violation: { $note }
reno-site-staff-only = Only the site staff, desk and managers of this estate record inspections.
reno-inspection-recorded = This inspection is already recorded.
reno-ask-violation = { $number }: what is wrong? Describe it: it goes to the owner as a rectification notice.
reno-ask-violation-photos = Send photos of it (at most { $max }), then tap <b>Done</b>. No photo? Tap <b>No photos</b>.
reno-violation-photos-count = Received { $count } photo(s).
reno-photo-or-done = Please send a photo, or tap the button.
reno-answered-violation = { $number }: recorded; the rectification notice went to the owner.
reno-too-many-photos = At most { $max } photos.

## Staff tools and records
reno-export-caption = Renovation records of { $estate }: { $count } application(s).
reno-export-none = No renovation applications yet.
reno-export-office-only = Only the desk and managers can export the renovation records.
reno-x-sheets = Applications|Renovation log|Violation notices|Workers|Passes
reno-x-apps = Number|Unit|Owner|Works|Details|Start|End|Contractor|Contractor phone|Status|Submitted|Submissions|Approved|Fee|Deposit|Paid|Completion reported|Passes returned|Deposit settled|Closed|Violations|Inspections recorded|Rules accepted|Missed rounds
reno-x-log = Date|Round|Application|Unit|Kind|Result|Inspector|Recorded|Note
reno-x-notices = Notice|Application|Unit|Issued|Description|Deadline|Status|Resolved
reno-x-workers = Application|Unit|Name|Phone|Status|Added|ID card kept
reno-x-passes = Pass|Application|Unit|Worker|Valid from|Valid to|Issued|Returned
reno-x-yes = yes
reno-x-no = no
reno-x-kind-routine = routine round
reno-x-kind-followup = follow-up
reno-x-kind-final = final inspection
reno-x-result-pending = not recorded
reno-x-result-ok = OK
reno-x-result-violation = violation
reno-x-worker-active = on the job
reno-x-worker-pending_add = waiting for the desk (added)
reno-x-worker-pending_remove = waiting for the desk (removal)
reno-x-worker-removed = removed
reno-x-worker-rejected = not approved
level-review-remind = reminder: review due soon
level-review-overdue = alert: review overdue
level-works-overdue = reminder: works period over
note-reno-reject = not approved
note-reno-info = more asked
action-resubmitted = resubmitted
action-review-ok = approved
action-review-no = not approved
action-review-info = more asked
action-paid = fees and deposit paid
action-payment-not-yet = payment not received yet
action-worker-add-asked = worker added by the owner
action-worker-remove-asked = worker removal asked
action-worker-approved = worker change approved
action-worker-refused = worker change refused
action-completion-reported = completion reported
action-final-passed = final inspection passed
action-final-failed = final inspection failed
action-passes-returned = passes returned
action-deposit-settled = deposit settled
action-inspection-ok = inspection: OK
action-inspection-violation = inspection: violation
action-notice-issued = rectification notice issued
action-id-viewed = ID cards viewed
action-ids-purged = ID cards deleted (retention)
action-auto-cancelled = cancelled (not resubmitted)
admin-reno-exported = Wrote { $path }: { $apps } application(s), { $notices } notice(s), { $workers } worker(s), { $passes } pass(es).
reno-bad-setting = The renovation setting { $name } has an impossible value.
field-rules = the rules text
field-currency = the currency
admin-reno-settings = Renovation settings of { $estate }: { $settings }

## Security checks a pass (/pass, or the pass's QR code)
reno-pass-usage = Send /pass and the pass number, for example /pass P01 or /pass F-2026-000001-P01, or scan the QR code on the pass.
reno-pass-staff-only = Only security, the desk and managers can check passes.
reno-pass-ambiguous = Several passes are numbered like that: { $numbers }. Please send the full number.
reno-pass-unknown = ⛔ { $number }: no such pass in this estate (or the QR code was altered). Do not let the holder in.
reno-pass-check-valid =
    ✅ <b>Pass { $pass } is valid today</b> ({ $today })
    { $name } — { $number }, unit { $unit }
    Works: { $works }
    Valid { $from } to { $to }
reno-pass-check-not_yet =
    ⛔ <b>Pass { $pass } is not valid yet</b> — valid from { $from } to { $to }.
    { $name } — { $number }, unit { $unit }
reno-pass-check-expired =
    ⛔ <b>Pass { $pass } has expired</b> — it was valid { $from } to { $to }.
    { $name } — { $number }, unit { $unit }
reno-pass-check-returned =
    ⛔ <b>Pass { $pass } was returned</b> — it no longer lets anyone in.
    { $name } — { $number }, unit { $unit }
reno-pass-check-ended =
    ⛔ <b>Pass { $pass }: the works of { $number } have ended</b> — the pass no longer lets anyone in.
    { $name } — unit { $unit }

## A routine inspection round nobody recorded
reno-x-result-missed = missed (not recorded)
reno-insp-missed-line = ⏭ Missed: nobody recorded this round (noted { $at }).
reno-insp-missed-desk = ⏭ { $number } ({ $unit }): the { $slot } round of { $day } was not recorded — nobody pressed its card. Missed rounds so far: { $count }. /t_{ $link }
reno-inspection-missed = The { $slot } round was missed and is closed; record the next round instead.

## The contractor, linked with a code the owner forwards
btn-reno-contractor = 🔨 Invite the contractor
reno-contractor-invite =
    🔨 Forward this to your contractor so they are told of approval, passes, inspections and rectification notices of { $number }:
    Open { $link } (or send /start { $code } to this bot). The code works once, for { $days } days.
reno-contractor-linked = 🔨 You are now the contractor contact of { $number } at { $estate }. You will be told of its approval, passes, inspection results and rectification notices.
reno-contractor-linked-owner = 🔨 { $number }: { $name } is now linked as your contractor and is told of each step beside you.
reno-contractor-copy = 🔨 <b>For the contractor of { $number }</b> ({ $unit }):
reno-contractor-round-ok = ✅ Inspection round { $slot } of { $day }: OK.
reno-contractor-closed = This application has ended; its contractor can no longer be linked.
reno-contractor-is-owner = You are the owner of this application; forward the code to the contractor instead.
code-needs-ticket = A contractor code needs the application it is for.

## The worker's own photo, collected with the ID copy
reno-ask-worker-face = A photo of { $name } (the face, for the pass: security sees it when the pass is checked at the gate). It is deleted with the ID-card image. No photo? Tap <b>Skip</b>.
btn-reno-face-skip = Skip
cmd-pass = Check a renovation worker's pass
reno-remind-review-repeat = ⏰ The review of { $number } ({ $unit }) was due { $due } and is still waiting for the { $step }. Reminder { $repeat }.
level-review-repeat = reminder again: review overdue
