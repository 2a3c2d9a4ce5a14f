## The demo page (propdesk demo): labels, QR posters and the guided tour
demo-weekday = { $day ->
    [0] Mon
    [1] Tue
    [2] Wed
    [3] Thu
    [4] Fri
    [5] Sat
   *[6] Sun
}
demo-section-residents = Residents
demo-section-staff = Office and crews
demo-label-resident = { $unit } · { $relation }
demo-label-staff = { $role } { $trade }
demo-poster-unit = Repair QR on the door of { $target }
demo-poster-equipment = Repair QR on { $target }

demo-tour-1-title = Welcome to Harbour View
demo-tour-1-body = Each person on the left is a Telegram account, and each chat works as it would in Telegram. This tour follows one repair from the report to the callback. Open a second browser tab to play two people at once: everything updates live.
demo-tour-2-title = Report a leak
demo-tour-2-body = You are { $resident } of { $unit }. Tap ☰ Menu and choose /repair (or type it).
demo-tour-3-title = Fill in the form
demo-tour-3-body = Choose “{ $category }”, describe the problem, add a photo with 📎, answer the questions, then tap “{ $confirm }”. The bot answers with the request number.
demo-tour-4-title = The work order reaches the plumbers
demo-tour-4-body = You are { $plumber } in the plumbing crew group. Tap “{ $accept }” on the work order. Try it from two tabs as { $plumber } and { $other } at once: exactly one gets the job.
demo-tour-5-title = Finish the job
demo-tour-5-body = Tap “{ $done }” on the card, then send a photo of the finished work in your private chat with the bot. { $resident } is asked whether it is fixed.
demo-tour-6-title = Let three days pass
demo-tour-6-body = Residents often do not answer. Press “+1 day” three times in the clock panel at the top: the bot treats the repair as fixed and posts the callback (回訪) in the desk group. (Or, as { $resident }, tap “{ $fixed }”.)
demo-tour-7-title = The callback
demo-tour-7-body = You are { $desk } in the desk group. Call the resident, then tap “{ $satisfied }”, or “{ $problem }” to send the crew back with a written rework notice.
demo-tour-8-title = Heavy rain, a flat in custody
demo-tour-8-body = B-20D's owner is away in London and the office looks after the flat. You are { $desk } in the desk group. Tap 🌧 Black rain beside the clock: the demo plays the Observatory's Black Rainstorm Warning, the bot reads it and calls a check before heavy rain for B-20D (its card goes to the supervisors); ☀️ All clear calls the check after.
demo-tour-9-title = A new owner books the move-in
demo-tour-9-body = 吳詠詩 has just bought A-15C from the developer and linked with the code the office gave her. Play her and type /movein: pick a day and a time from the office's slots; then the documents, the agreements, the fee, the inspection by room and the keys follow, each in chat.
demo-tour-10-title = That is the whole loop
demo-tour-10-body = Try more: leave a new job unaccepted and move the clock to see reminders and escalations in the managers group; /queue and /ticket for staff; a QR poster (📎 → Scan a QR code) opens the repair form for that unit; /language switches the bot's language.
