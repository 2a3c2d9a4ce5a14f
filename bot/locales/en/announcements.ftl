## Announcements (通告): writing one, the residents' copy, the staff's counts

announce-staff-only = Only the desk or a manager can send announcements.
announce-ask-mode = New announcement. One text for everyone, or one in each language?
announce-btn-mode-one = One text for all
announce-btn-mode-each = One per language
announce-lang-all = All languages
announce-lang-zh-Hant = Traditional Chinese
announce-lang-zh-Hans = Simplified Chinese
announce-lang-en = English
announce-ask-text = Type the announcement ({ $lang }).
announce-text-short = That is too short for an announcement.
announce-text-long = Please keep it under { $max } characters.
announce-text-empty = The announcement has no text yet.
announce-ask-photos = Send up to { $max } photos for it, or tap Done.
announce-ask-scope = Who is it for?
announce-btn-scope-estate = The whole estate
announce-btn-scope-buildings = Buildings
announce-btn-scope-floors = Floors
announce-btn-scope-units = Units
announce-ask-targets = { $scope ->
    [buildings] Which buildings? Type their codes, e.g. A, B (this estate has { $buildings }).
    [floors] Which floors? e.g. 12, 3-5 for every building, or A 3-5, B 12.
   *[units] Which units? e.g. A-12B, B-1C.
}
announce-floors-bad = “{ $text }” is not a floor I can read.
announce-targets-empty = Please name at least one.
announce-building-unknown = There is no building “{ $text }” in this estate.
announce-ask-reach = Owners, tenants or both?
announce-btn-reach-owners = Owners
announce-btn-reach-tenants = Tenants
announce-btn-reach-both = Both
announce-ask-urgent = Is it urgent (a water cut, a lift stop)? Urgent ones are also pinned in the staff groups.
announce-btn-urgent-no = Not urgent
announce-btn-urgent-yes = Urgent
announce-ask-when = Send it now, or at a set time?
announce-btn-when-now = Send now
announce-btn-when-later = At a set time
announce-ask-when-time = When? Type the day and time, e.g. 15/12/2026 09:00.
announce-when-bad = Please type a day and a time, e.g. 15/12/2026 09:00.
announce-when-past = That time has passed.
announce-nobody = Nobody in that audience can be reached in chat.
announce-scope-estate = the whole estate
announce-scope-buildings = buildings { $targets }
announce-scope-floors = floors { $targets }
announce-scope-units = units { $targets }
announce-urgent-yes = urgent, pinned in the staff groups
announce-urgent-no = not urgent
announce-when-now = now
announce-preview =
    <b>Announcement — please check:</b>
    { $text }

    To: { $where } ({ $reach })
    Reaches { $households } households, { $people } people in chat; { $unreachable } cannot be reached (no Telegram, or blocked the bot)
    Photos: { $photos }; PDF: { $pdf }
    { $urgent }
    Sent: { $when }
announce-btn-edit-text = Change the text
announce-btn-edit-photos = Change the photos
announce-btn-edit-audience = Change who
announce-btn-edit-urgent = Change urgency
announce-btn-edit-when = Change the time
announce-btn-send = Send
announce-confirm-hint = Please check the announcement, then tap Send.
announce-queued = Announcement { $id } is going out to { $people } people. /announcements shows who has it and who has read it.
announce-scheduled = Announcement { $id } is scheduled for { $people } people. /announcements shows it.
announce-message =
    <b>📢 Announcement — { $estate }</b>

    { $text }
announce-message-urgent =
    <b>⚠️ Urgent announcement — { $estate }</b>

    { $text }
announce-reminder =
    <b>📢 Reminder — { $estate }</b>
    You have not marked this announcement as read yet:

    { $text }
announce-btn-read = Read
announce-read-thanks = Thank you, marked as read.
announce-read-already = Already marked as read.
announce-staff-urgent =
    <b>⚠️ Urgent announcement sent to residents — { $estate }</b>

    { $text }
announce-not-found = There is no such announcement.
announce-already-reminded = The reminder was already sent; it goes once.
announce-still-sending = It is still going out; remind once everyone has it.
announce-list-empty = No announcements yet. /announce writes one.
announce-status-scheduled = scheduled
announce-status-sending = going out
announce-status-sent = sent
announce-status-reminding = reminder going out
announce-status-reminded = reminded
announce-card =
    <b>Announcement { $id }</b> ({ $status }): { $title }
    { $total } people: { $delivered } delivered, { $read } read, { $blocked } blocked the bot
    { $buildings }
    { $reminded }
announce-card-building = Block { $building }: { $delivered }/{ $recipients } delivered, { $read } read, { $blocked } blocked
announce-card-none = Nobody yet.
announce-card-reminded = Reminder sent to those who had not read it.
announce-btn-remind = Remind unread
announce-remind-queued = The reminder is going to those who have not read it.
cmd-announce = Write an announcement to households
cmd-announcements = Announcements: delivered, read, remind
announce-ask-pdf = Send a PDF to go with it (a notice, a plan), or tap No PDF.
announce-pdf-only = Please send a PDF file.
announce-btn-no-pdf = No PDF
announce-btn-edit-pdf = Change the PDF
