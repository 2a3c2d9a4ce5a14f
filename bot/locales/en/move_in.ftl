## Move-in (入伙)
movein-ask-unit = Which unit are you moving in to?
movein-ask-day = Move-in: which day would you like to come to the management office? Pick a day, or type the date like 15/12/2026.
movein-ask-time = The slots on { $day }: which time suits you?
movein-ask-applicant = Who will come to take the unit?
movein-applicant-self = The owner in person
movein-applicant-agent = Someone the owner authorised
movein-applicant-company = For a company owner
movein-preview = <b>Move-in booking — please check</b>
    Unit: { $unit }
    Time: { $slot }
    Who comes: { $applicant }
    Documents to bring or send: { $documents }
movein-confirm-hint = Please check the booking and tap "Book this slot", or change it.
btn-movein-book = Book this slot
btn-movein-edit-day = Change the day
btn-movein-edit-applicant = Change who comes
movein-booked = Move-in { $number } for { $unit } is booked for { $slot } ({ $team }). Tap "Send documents" to send the documents for checking before you come.
movein-booked-next = Booked. The desk has your booking.
movein-card-booked = 🏠 Move-in { $number } · { $unit }
    Booked for { $slot } ({ $team })
    Who comes: { $applicant }
btn-movein-docs = Send documents
movein-team = move-in team
movein-desk = customer service desk
movein-status = Move-in { $number } for { $unit } ({ $slot }): { $status }
movein-status-booked = documents being sent and checked
movein-status-fees = the move-in fees are due
movein-status-inspection = the unit is waiting for inspection
movein-status-rectifying = defects are being repaired
movein-status-keys = the keys are ready
movein-status-done = done
movein-doc-notice = the move-in notice (入伙通知書)
movein-doc-procedure = the move-in procedure form (入伙手續書)
movein-doc-id = the owner's identity document
movein-doc-contract = the purchase contract
movein-doc-authorisation = the owner's authorisation letter
movein-doc-agent_id = the representative's identity document
movein-doc-company_cert = the company certificate
movein-tenant = Moving in is arranged by the unit's owner. Please ask the owner to book it.
movein-owners-only = Only an owner linked to a unit can book a move-in.
movein-not-your-unit = That unit is not one you own.
movein-day-past = Please choose a day from tomorrow on.
movein-day-far = Bookings open { $days } days ahead at most. Please choose an earlier day.
movein-no-slot = There are no move-in slots on { $day }. Please choose another day.
movein-no-such-time = That time is not a slot on { $day }. Please choose one of the times shown.
movein-already-booked = This unit already has a move-in booked. Send /movein to see it.
movein-not-found = That move-in was not found.
movein-desk-only = Only the desk or a manager of this estate can do that.
movein-changed = Someone changed this move-in just now. Please look again.
movein-documents-closed = The documents of this move-in are already complete.
movein-bad-item = That document is not on this move-in's list.
movein-document-sent = That document was already sent.
movein-bad-reason = Please choose one of the reasons shown.
movein-document-decided = This document was already checked.
movein-not-fees = The fees are not due on this move-in.
movein-bad-receipt = Please type the receipt number.
movein-reading-lower = This reading is lower than the last one ({ $last }). Please read the meter again.
movein-bad-reading = Please type the reading as a number, like 01234.5
movein-bad-room = That room is not on the inspection list.
movein-not-inspection = This move-in is not waiting for inspection.
movein-meters-missing = Please read the water, electricity and gas meters first.
movein-reinspect-day = Please choose a day from tomorrow on.
movein-not-rectifying = This move-in has no defects waiting for re-inspection.
movein-defects-open = { $count } defect repairs are not done yet.
movein-not-keys = The keys are not ready yet.
movein-bad-settings = The estate's move-in settings cannot be read. Please tell the office.
btn-movein-agree = I confirm { $item }
movein-agreement-dmc = the Deed of Mutual Covenant rules (業主臨時管理規約)
movein-agreement-renovation = the renovation agreement (住宅裝修管理協議)
movein-agreement-handbook = the owner's handbook (業主手冊)
btn-movein-keys = I received the keys
btn-movein-doc-ok = Accept
btn-movein-doc-return = Return: { $reason }
movein-reason-unreadable = cannot be read
movein-reason-wrong = not the right document
movein-reason-expired = expired
movein-reason-mismatch = names do not match
btn-movein-reinspected = Re-inspected: all fixed
btn-movein-deadline = Accept, the rest within { $days } days
movein-card-document = 📄 Move-in { $number } · { $unit }: { $item }
movein-no-fees = (no fee items set)
movein-card-fees = 💰 Move-in { $number } · { $unit }: documents complete. Fees:
    { $fees }
    Total { $total }
movein-owner-fees = Your documents for { $number } are complete. The move-in fees:
    { $fees }
    Total { $total }
movein-card-inspection = 🔍 Move-in { $number } · { $unit }: fees paid (receipt { $receipt }). Inspection at { $slot }.
movein-owner-paid = Fees for { $number } recorded (receipt { $receipt }). The inspection is at { $slot }.
movein-card-rectifying = 🛠 Move-in { $number } · { $unit }: re-inspection on { $day }.
movein-owner-rectifying = The defects found in { $unit } go to the repair crew. The re-inspection is on { $day }.
movein-owner-keys = { $unit } is accepted. Tap "I received the keys" when you have them.
movein-owner-keys-deadline = { $unit } is accepted; what is left will be fixed by { $day }. Tap "I received the keys" when you have them.
movein-card-accepted = ✅ Move-in { $number } · { $unit }: accepted{ $deadline ->
        [yes] , the rest by { $day }
       *[no] {""}
    }.
btn-movein-receipt = Record the receipt
btn-movein-inspect = Start the inspection
movein-ask-doc = { $number } Please send { $item } as a photo or a PDF.
movein-doc-received = Received { $item }; the desk will check it.
movein-ask-agree = { $number }: please read and confirm each of these.
movein-docs-waiting = { $number }: every document is sent; the desk is checking them.
movein-agreed = Confirmed, with the time and your account recorded.
movein-doc-accepted = { $number }: { $item } is accepted.
movein-doc-returned = { $number }: { $item } was returned ({ $reason }). Tap "Send documents" to send it again.
movein-ask-receipt = { $number }: please type the number of the fee receipt.
movein-receipt-preview = { $number }: record receipt { $receipt }?
movein-receipt-hint = Tap "Save the receipt" to record it, or "Change the number".
btn-movein-receipt-save = Save the receipt
btn-movein-receipt-edit = Change the number
movein-receipt-recorded = Receipt { $receipt } recorded for { $number }; the inspection card is in the desk group.
movein-meter-water = water
movein-meter-electricity = electricity
movein-meter-gas = gas
movein-ask-meter = { $number }: please type the { $meter } meter reading, like 01234.5
movein-ask-meter-photo = { $number }: please send a photo of the { $meter } meter.
movein-meters-recorded = { $number }: the readings are recorded, each with its photo. Now the checklist, room by room.
movein-ask-category = { $item }: what kind of defect is it?
movein-room-living = Living room
movein-room-bedroom = Bedroom
movein-room-kitchen = Kitchen
movein-room-bathroom = Bathroom
movein-room-balcony = Balcony
movein-ask-defect = Please describe the defect in a few words.
movein-ask-defect-photo = Please send a photo of the defect.
movein-defect-recorded = Repair ticket { $ticket } is made and sent to the crew ({ $count } defects so far).
movein-ask-reinspect-day = Which day is the re-inspection? Choose a day or type it, like 21/12/2026.
movein-inspection-done = { $number }: the inspection is recorded.
movein-keys-recorded = Thank you: the keys are signed for, with the time and your account recorded.
movein-card-done = 🔑 Move-in { $number } · { $unit }: the owner signed for the keys.
movein-owner-done = { $number }: the move-in of { $unit } is complete. Welcome home!
movein-records-caption = { $number }: the move-in records (PDF and spreadsheet).
movein-rec-moment = { $at }
movein-rec-title = Move-in records { $number } · { $unit }
movein-rec-owner = Owner registration
movein-rec-documents = Move-in documents signed for
movein-rec-fees = Move-in fees
movein-rec-inspection = Inspection signed for
movein-rec-keys = Keys signed for
movein-rec-field = Item
movein-rec-value = Details
movein-rec-number = Move-in number
movein-rec-unit = Unit
movein-rec-owner-name = Owner
movein-rec-applicant = Who came
movein-rec-slot = Appointment
movein-rec-item = Item
movein-rec-status = Status
movein-rec-sent = Sent
movein-rec-decided = Checked
movein-rec-doc-sent = waiting to be checked
movein-rec-doc-accepted = accepted
movein-rec-doc-returned = returned
movein-rec-confirmed = confirmed
movein-rec-amount = Amount
movein-rec-receipt = Receipt number
movein-rec-paid-at = Paid
movein-rec-reading = Reading / details
movein-rec-ticket = Time / repair ticket
movein-rec-reinspect = Re-inspection day
movein-rec-accepted = Accepted
movein-rec-rectify-by = The rest fixed by
movein-rec-keys-at = Keys signed for at

## Move-in: the inspection checklist by room
movein-ask-room-check = { $number } · { $room } (room { $place } of { $total }): please check { $items }.
    Tap an item with a defect; when the rest are fine, tap "The rest are OK".
btn-movein-check-defect = { $item }: defect
btn-movein-room-ok = The rest are OK
movein-bad-check-item = That item is not on this room's inspection list.
movein-check-door = front door and lock
movein-check-walls = walls and ceiling
movein-check-floor = floor
movein-check-windows = windows and frames
movein-check-sockets = switches and sockets
movein-check-lights = lights
movein-check-taps = pipes and taps
movein-check-drains = drains
movein-check-gas = gas pipes and hob
movein-check-tiles = wall and floor tiles
movein-check-cabinets = kitchen cabinets
movein-check-toilet = toilet
movein-check-fan = extractor fan
movein-check-heater = water heater
movein-check-railings = railings
movein-rec-check-ok = OK
movein-rec-check-defect = defect
movein-card-defects-fixed = 🛠 Move-in { $number } · { $unit }: all { $count } defect repairs are done, ready for the re-inspection on { $day }.

## Move-in: entrusted services
btn-movein-errand = Office errands
movein-errand-water = Open the water account
movein-errand-electricity = Open the electricity account
movein-errand-gas = Open the gas account
movein-errand-keys = Have extra keys cut
movein-errand-cleaning = Arrange cleaning
movein-ask-errand = { $number }: what would you like the management office to handle for you?
movein-ask-errand-note = { $item }: anything the office should know (a good time to reach you, say)? Type a note, or tap "No note".
btn-movein-errand-no-note = No note
movein-errand-preview = <b>Office errand — please check</b>
    { $number } · { $item }
    { $has_note ->
        [yes] Note: { $note }
       *[no] No note
    }
movein-errand-hint = Please check and tap "Send to the office", or change it.
btn-movein-errand-send = Send to the office
btn-movein-errand-edit-item = Change the item
btn-movein-errand-edit-note = Change the note
movein-errand-asked = Sent to the management office: { $item } ({ $number }). You will be told when it is done.
movein-errand-none-left = Every errand on the list is already with the office; you will be told as each is done.
movein-errand-bad-item = That item is not on the estate's errand list.
movein-errand-open = That errand is already with the office.
movein-errand-note-long = Please keep the note to { $max } characters.
movein-errand-note-empty = Please type a short note, such as what was done.
movein-errand-done-already = This errand is already done.
movein-card-errand = 🧾 Errand { $number } · { $unit }: { $item }{ $has_note ->
        [yes] {""}
            Owner's note: { $note }
       *[no] {""}
    }
movein-card-errand-done = ✅ Errand { $number } · { $unit }: { $item } — done ({ $who })
    { $note }
btn-movein-errand-done = Done
movein-ask-errand-done = { $number } · { $item }: please type a short note (an account number or the day it was done, say).
movein-errand-done-preview = { $number } · { $item }: record it as done?
    Note: { $note }
movein-errand-done-hint = Tap "Save" to record it, or "Change the note".
btn-movein-errand-save = Save
btn-movein-errand-change = Change the note
movein-errand-recorded = Recorded: "{ $item }" of { $number } is done; the owner is told.
movein-owner-errand-done = { $number }: the management office has handled "{ $item }" for you. { $note }
movein-status-errand = • Errand: { $item } — { $done ->
        [yes] done
       *[no] in hand
    }
movein-rec-errands = Entrusted services
movein-rec-errand-note = Owner's note
movein-rec-errand-asked = Asked
movein-rec-errand-done-at = Done
movein-rec-errand-result = Result
movein-rec-errand-by = Handled by
movein-rec-errand-done = done
movein-rec-errand-open = in hand
movein-rec-no-errands = No errands entrusted
queue-errands = 🧾 Move-in errands not done yet ({ $count }): { $items }
