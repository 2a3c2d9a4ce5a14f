## Commands (menu descriptions)
cmd-start = Start, or use a code from the office
cmd-help = What I can do for you
cmd-language = Language / 語言
cmd-cancel = Stop what you are filling in

## Welcome and help
start-welcome =
    Welcome to the property management office bot.

    If the office gave you a code, tap <b>I have a code</b> (or just send the code here).
    Otherwise tap <b>Ask to be linked</b> and the office will check your details.
start-known = Welcome back, <b>{ $name }</b>. You are registered as: { $roles }.
help-anon =
    I am the property office's assistant. First I need to know which unit you live in:
    send the code the office gave you, or use /start and tap <b>Ask to be linked</b>.
    /language changes the language.
help-resident =
    <b>Residents</b>
    /repair reports a repair, /complaint files a complaint, /renovate applies for renovation works,
    /survey answers the office's satisfaction survey, /my shows your requests, /start your units.
    /language changes the language, /cancel stops a form.
help-staff =
    <b>Office staff</b>
    Work arrives in your team's group. /queue lists open work, /ticket R-2026-000123 opens a ticket,
    /oncall makes you the on-call technician. /complaints (desk, managers) lists complaints and weekly statistics,
    /renovations the renovation records, /survey the satisfaction surveys, /code issues one-time codes.
    /language changes the language, /cancel stops a form.
language-choose = Choose your language:
language-set = Language set: English.
cancel-done = Cancelled. Nothing was sent.
cancel-nothing = There is nothing to cancel.
unknown-command = I do not know that command. /help lists what I can do.
unknown-text = I did not understand that. Use the menu or /help.
button-stale = This button is no longer valid. Please use the newest message.

## Codes
code-ask = Please send the code the office gave you (for example K7M2Q-9XD4T).
code-ask-again = That does not look like a code. It has 10 letters and digits, for example K7M2Q-9XD4T. Or /cancel.
code-invalid = This code is not valid. Please check it, or ask the office for a new one.
code-used = This code has already been used. Please ask the office for a new one.
code-expired = This code has expired. Please ask the office for a new one.
code-too-many-attempts = Too many wrong codes. Please wait { $minutes } minutes and try again.
code-already-staff = You already have this role.
staff-joined = Welcome! You are now <b>{ $role }</b> { $trade } at <b>{ $estate }</b>.
staff-joined-notice = New staff member: { $name } joined as { $role } { $trade }.
resident-linked = Done: you are linked to unit <b>{ $unit }</b> ({ $relation }) at { $estate }.

## Staff groups
group-link-usage = Send /link followed by the group code from the office, for example /link K7M2Q-9XD4T.
group-linked = This group is now the <b>{ $purpose }</b> group { $trade } of { $estate }.
group-awaiting-link = Hello. Send /link with the group code within { $minutes } minutes, or I will leave this group.

## Asking to be linked
link-no-estates = The office has not set up any estate yet. Please contact the office.
link-ask-estate = Which estate do you live in?
link-ask-unit = Which unit? Write the block and flat, for example <b>A-12B</b> or <b>12B, Block A</b>.
link-ask-relation = How do you hold this unit?
link-ask-name = Your full name, as the office knows it:
link-ask-phone = Your phone number, so the office can call you. Tap the button to share it, type it, or skip.
link-phone-not-own = Please share your own phone number.
link-phone-noted = Thank you.
link-confirm-hint = Please check the details above and tap <b>Confirm</b>, or change a field.
link-preview =
    <b>Please check:</b>
    Estate: { $estate }
    Unit: { $unit }
    As: { $relation }
    Name: { $name }
    Phone: { $phone }
link-sent = Sent to the office (request #{ $id }). I will tell you when they have checked it.
link-already = You are already linked to { $unit }.
link-request-exists = You have already asked to be linked to { $unit }; the office will answer soon.
link-request-too-many = You have { $max } requests waiting. Please wait for the office to answer.
link-request-decided = Someone has already decided on this request.
link-card =
    <b>Link request #{ $id }</b>
    Name: { $name }
    Unit: { $unit } ({ $relation })
    Phone: { $phone }
link-card-decided =
    <b>Link request #{ $id }</b> — { $decision } by { $by }
    { $name }, { $unit } ({ $relation })
link-approved = The office has linked you to unit <b>{ $unit }</b>. Send /help to see what you can do.
link-rejected = The office could not confirm you for unit { $unit }. Please contact the office.
decision-approved = approved
decision-rejected = rejected
decision-recorded = Recorded.
value-none = —

## Input problems
input-need-text = Please send { $field } as text.
input-empty = Please fill in { $field }.
input-too-long = Too long: { $field } has { $got } characters, at most { $max } are allowed. Please shorten it.
input-bad-phone = That is not a phone number. Use digits, for example +852 9123 4567.
input-use-buttons = Please tap one of the buttons.
input-wrong-kind = I received { $kind }, but this step needs something else.
kind-text = text
kind-photo = a photo
kind-document = a file
kind-sticker = a sticker
kind-voice = a voice message
kind-video = a video
kind-contact = a contact
kind-location = a location
kind-animation = an animation
kind-audio = an audio file
kind-video_note = a video message
kind-other = a message
field-name = the name
field-phone = the phone number
field-unit = the unit
field-title = the title
field-description = the description

## Errors
error-generic = Sorry, that did not work.
error-invalid-input = That input is not valid.
error-not-authorized = You are not allowed to do that.
error-not-found = Not found.
error-conflict = Someone else changed this at the same moment. Please look at the latest message.
error-busy = The system is busy for a moment. I kept your message and will handle it shortly; there is no need to send it again.
error-failed = Sorry, something went wrong on our side. Your earlier answers are kept; please try that step again.

## Names of things
relation-owner = owner
relation-co_owner = co-owner
relation-tenant = tenant
relation-proxy = proxy
role-desk = customer service desk
role-crew = maintenance crew
role-supervisor = equipment supervisor
role-manager = manager
role-security = security
trade-plumbing = plumbing
trade-electrical = electrical
trade-safety = safety facilities
trade-locks = doors and locks
trade-lift = lifts
trade-general = general
purpose-desk = customer service desk
purpose-crew = maintenance crew
purpose-managers = managers
purpose-security = security
purpose-supervisors = equipment supervisors

## Buttons
btn-have-code = I have a code
btn-request-link = Ask to be linked
btn-share-phone = Share my phone number
btn-skip = Skip
btn-edit-unit = Change unit
btn-edit-relation = Change holding
btn-edit-name = Change name
btn-edit-phone = Change phone
btn-confirm = Confirm
btn-cancel = Cancel
btn-approve = Approve
btn-reject = Reject

## Office set-up (errors shown by the command line)
hours-empty = Office hours are empty.
hours-bad = Cannot read office hours "{ $part }"; write for example "mon-fri 08:30-18:00; sat-sun 09:00-17:00".
hours-overlap = Office hours overlap on { $day }.
tz-unknown = Unknown time zone { $tz }; use a name like Asia/Hong_Kong.
estate-bad-code = Estate code "{ $code }" must be letters, digits, - or _ (at most 32).
estate-exists = An estate with code { $code } already exists.
estate-not-found = No estate with code { $code }.
unit-not-found = There is no unit { $unit } in the registry. Write the block and flat, for example A-12B or 12B, Block A.
code-needs-role = A staff code needs --role.
code-needs-trade = Crew codes need --trade.
code-needs-purpose = A group code needs --purpose.
code-needs-unit = A resident code needs --unit and --relation.
code-bad-days = --days must be between 1 and 366.
outbox-undelivered = ⚠️ A message to { $name } (unit { $unit }) may not have arrived: Telegram did not confirm it, so it is not sent again. If it mattered, please contact the resident.

## How values are written (../shared/VOICE.md)
trade-of = ({ $trade })
week-label = week { $week } ({ $span })
unit-with-relation = { $unit } ({ $relation })
callback-rating = Rating: { $rating }
callback-rating-comment = Rating: { $rating }, comment: { $comment }
ticket-detail-rating = Rating: { $rating }

## Registry changes and staff changes (issue 13)
cmd-holders = A unit's owners, tenants and proxies, with history
cmd-moveout = A tenant moves out: end the tenancy
cmd-sale = A unit is sold: record the new owner
cmd-staff = Staff list: deactivate, new codes
holders-usage = Give the unit, e.g. /holders A-12B.
holders-title = <b>{ $unit }: registry</b>
holders-current = • { $name } ({ $relation }) since { $since }
holders-ended = • <s>{ $name } ({ $relation })</s> { $since } to { $until } ({ $reason })
holders-none = (nobody registered)
end-reason-moved-out = moved out
end-reason-sold = unit sold
end-reason-removed = removed by the office
btn-end-link = End: { $name } ({ $relation })
btn-back-to-list = Back
moveout-no-tenant = No tenant is registered for this unit.
end-link-confirm = End <b>{ $name }</b> ({ $relation }) at { $unit } today? They lose access to the unit at once, their unfinished forms are closed, and their submitted tickets stay with the unit.
registry-link-ended-ok = Link ended.
sale-usage = Give the unit, the date (optional: today) and the new owner's name, e.g. /sale A-12B 1/12/2026 Ms Wong.
sale-confirm =
    <b>{ $unit } sold</b>: the new owner from { $day } is <b>{ $name }</b>.
    These links end that day:
    { $ending }
sale-recorded = Recorded: { $unit } belongs to { $name } from { $day }; { $count } links ended. Give this code to the new owner: <code>{ $code }</code>
registry-add-usage = Give the unit and the name, e.g. /{ $command } A-12B Chan Siu Ming.
registry-added = { $name } is registered as { $relation } of { $unit }. Give them this code: <code>{ $code }</code>
registry-date-future = { $day } has not come yet: record changes that have happened.
registry-date-before-start = { $day } is before the link started ({ $since }).
registry-link-not-found = That link was not found.
registry-link-ended = { $name }'s link to { $unit } has already ended.
registry-add-relation = Only a co-owner, tenant or proxy can be added; for a new owner use /sale.
registry-no-owner = { $unit } has no registered owner, so no co-owner can be added.
link-ended-moved-out = The office ended your tenancy of { $unit }; your unfinished forms were closed. Tickets you submitted stay with the unit and the office follows them up. Please contact the office with any questions.
link-ended-sold = { $unit } has been sold and your link to it has ended; your unfinished forms were closed. Please contact the office with any questions.
link-ended-removed = The office removed your link to { $unit }; your unfinished forms were closed. Please contact the office with any questions.
access-ended = Your link to { $unit } has ended, so resident services are no longer available to you. Please contact the office with any questions.
owner-told-linked = For your information: { $name } is now registered as { $relation } of your unit { $unit }. If this is wrong, please contact the office.
staff-managers-only = Only managers can manage staff.
staff-not-yourself = You cannot deactivate yourself.
staff-not-active = This person is not on the estate's staff now.
staff-title = <b>{ $estate } staff ({ $count })</b>
staff-line = • { $name }: { $roles }{ $oncall }
btn-staff-off = Deactivate { $name }
btn-staff-code = New code: { $name }
staff-off-confirm = Deactivate <b>{ $name }</b>? All their roles and on-call duty end at once, and their open jobs go back to their crew.
staff-off-done = { $name } deactivated; { $count } jobs went back to the crew.
staff-codes =
    New codes for { $name }:
    { $codes }
staff-ended-notice = The office has ended your staff access. Please contact a manager with any questions.
staff-ended-group = { $name }'s staff access has ended.
group-write-as-yourself = Please write as yourself, not as the group or a channel: I need to know who you are before I show or change anything.
help-group =
    <b>In this group</b>
    { $commands }
    Everything else: write to me privately.
slow-down = You are sending messages very fast. Please wait a minute before you go on: what you send until then is not handled.
handover-offer = I did not understand that. Would you like to:
btn-handover-repair = 🔧 Report a repair
btn-handover-complaint = 📣 File a complaint
btn-handover-ask = 💬 Ask the office
btn-handover-end = End the conversation
handover-type-question = Please type your question for the management office.
handover-opened = Passed to the management office's customer service ({ $number }). They will answer you here, and your next messages go to them too. Press "End the conversation" when you are done.
handover-relayed = ↪️ Passed to the office.
handover-ended = The conversation has ended. Ask again any time.
handover-ended-desk = 💬 { $number }: the resident ended the conversation.
handover-card = 💬 { $number } · { $place } · { $name }:
    { $text }
    ↩️ Reply to this message to answer the resident.
handover-more = 💬 { $number } · { $name }: { $text }
    ↩️ Reply to this message to answer the resident.
handover-answer = 💬 Management office ({ $name }): { $text }
handover-sent = ✅ { $number }: answered by { $name }.
handover-closed = This conversation has ended.
handover-residents-only = Only residents of a linked unit can reach the office here.
repair-link-first = To report a repair or file a complaint, link your unit first: type the code from the management office, or ask to be linked.
cat-enquiry = Question
queue-btn-kind-enquiry = Questions
note-ask = resident
note-answer = office
action-resident-wrote = resident wrote
action-desk-answered = office answered
action-enquiry-closed = conversation ended
