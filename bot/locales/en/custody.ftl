## House custody (託管)

custody-owners-only = Only an owner of the flat can put it in the office's custody. If you own it, please ask the management office to link you as its owner.
custody-staff-only = Only the management office's staff can do this.
custody-not-found = That custody agreement no longer exists.
custody-changed = This custody agreement has changed in the meantime; nothing was done.
custody-date-past = That date has passed. The earliest start is { $earliest }.
custody-end-before-start = The end cannot be before the start ({ $start }).
custody-too-long = Custody can run for at most { $max } days.
custody-already-open = This flat already has a custody agreement running or waiting.
custody-none-open = This flat has no custody agreement running.
custody-bad-reading = Please type the number on the meter, like 01234.5.
custody-not-reading = Meters are read only for a signed agreement while custody runs.
custody-reading-lower = The { $meter ->
        [water] water
       *[other] electricity
    } meter cannot go down: the last reading was { $last }. Please check the number and type it again.
custody-photos-needed = Please send a photo of each meter (water and electricity): two at least.
custody-check-recorded = This check was already recorded.
custody-check-incomplete = Please answer every item of the checklist.
custody-check-photo-needed = Please send at least one photo of the check.
custody-too-many-photos = At most { $max } photos.
custody-rain-staff-only = Only the estate's manager or desk can call the rain checks.
custody-rain-usage = Type /rain before or /rain after (heavy rain).
custody-note-needed = Something is not fine: please say what, in a few words.
custody-keys-yes = held by the management office
custody-keys-no = kept by the owner
custody-agreement =
    <b>House custody agreement { $number }</b>
    Unit: { $unit }
    From { $start } to { $end }
    Contact while away: { $contact }
    Keys: { $keys }
    Management fee during custody: { $rate }% of the full fee
    The office checks the flat from outside every week and before and after heavy rain, and reads the meters; water use over { $water_limit } units or electricity over { $power_limit } units between two readings is reported to you the same day.
custody-reading-line = { $kind ->
        [start] Start readings
        [final] Final readings
       *[other] Meter readings
    } ({ $at }): water { $water }, electricity { $power }
custody-reading-used = Used since the last reading: water { $water_used }, electricity { $power_used }
custody-check-item-line = { $ok ->
        [yes] ✅
       *[other] ⚠️
    } { $item }
custody-item-door = Door and lock
custody-item-windows = Windows
custody-item-seepage = No water seeping or leaking
custody-item-outside = Corridor and mailbox
custody-check-report =
    🏠 <b>{ $kind ->
        [rain_before] Check before heavy rain
        [rain_after] Check after heavy rain
       *[other] Weekly outside check
    }</b> — { $unit } ({ $number }), { $at }
    { $result ->
        [problem] ⚠️ A problem was found; the office is dealing with it.
       *[other] ✅ All in order.
    }
custody-check-note = Note: { $note }
custody-summary =
    <b>Custody { $number }</b> — { $unit }
    { $status ->
        [requested] Waiting for the desk
        [accepted] Waiting for the owner's signature
        [signed] Signed; start readings due
        [active] In custody
        [ending] Keys handed back; waiting for the owner
        [ended] Ended
       *[other] Declined
    } · { $start } to { $end } · contact { $contact } · fee { $rate }%
custody-summary-signed = Signed by the owner in chat: { $at }
custody-flag-mark = ⚠️ over the limit
custody-summary-check = { $kind ->
        [rain_before] Before rain
        [rain_after] After rain
       *[other] Weekly
    } check ({ $due }): { $result ->
        [ok] ✅ fine
        [problem] ⚠️ problem
       *[other] not yet done
    }
custody-summary-keys = Keys handed back: { $at }
custody-card = 🏠 <b>Custody request</b> from { $owner }
custody-card-accepted = ✅ Accepted by { $name }.
custody-card-declined = Declined.
custody-to-sign = The management office accepted your custody request. Please read the agreement and tap <b>Sign</b> to sign it.
custody-declined = Your custody request { $number } was not accepted. Please contact the management office.
custody-signed = You signed custody agreement { $number } ({ $at }). The office will read the meters and take the keys.
custody-desk-signed = 🏠 Custody { $number } ({ $unit }) is signed. Take the start readings with /meter { $unit }.
custody-reading-to-owner = 🏠 Custody { $number } ({ $unit }):
custody-flag-desk = ⚠️ Custody { $number } ({ $unit }), read { $day }: water { $water_used } units (limit { $water_limit }), electricity { $power_used } units (limit { $power_limit }) since the last reading. Please check the flat and tell the owner.
custody-flag-owner = ⚠️ Your flat { $unit } ({ $number }), read { $day }: water { $water_used } units, electricity { $power_used } units since the last reading, more than the { $water_limit } and { $power_limit } allowed during custody. The office will check and contact you.
custody-check-card = 🏠 <b>{ $kind ->
        [rain_before] Check before heavy rain
        [rain_after] Check after heavy rain
       *[other] Weekly outside check
    }</b> — { $unit } ({ $number }), due { $due }. Tap <b>Record check</b> to fill in the checklist.
custody-check-by = Checked by { $name }.
custody-keys-to-confirm = 🔑 Custody { $number } ({ $unit }): the final readings are taken and your keys were handed back ({ $at }). Tap <b>Keys received</b> to confirm and end the custody.
custody-ended-owner = Custody { $number } has ended. Thank you.
custody-ended-desk = 🏠 Custody { $number } ({ $unit }) ended: the owner confirmed the keys ({ $at }).
custody-btn-keys-yes = Office holds keys
custody-btn-keys-no = I keep the keys
custody-btn-edit-dates = Change dates
custody-btn-edit-contact = Change contact
custody-btn-edit-keys = Change keys
custody-btn-edit-water = Change water
custody-btn-edit-electricity = Change electricity
custody-btn-edit-photos = Change photos
custody-btn-edit-items = Change checklist
custody-btn-edit-note = Change note
custody-btn-send = Send
custody-btn-record = Record
custody-btn-item-ok = Fine
custody-btn-item-bad = Problem
custody-btn-no-note = No note
custody-btn-accept = Accept
custody-btn-decline = Decline
custody-btn-sign = Sign
custody-btn-keys-back = Keys received
custody-btn-check = Record check
custody-ask-unit = Which flat do you want the office to look after?
custody-ask-start = From which day should the office look after your flat? Type the date day first, like 1/12/2026.
custody-ask-end = Until which day? Type the date day first, like 31/3/2027.
custody-ask-contact = How can the office reach you while you are away (phone, email or a person)?
custody-ask-keys = Will you leave your keys with the management office?
custody-preview =
    <b>House custody request — please check:</b>
    Unit: { $unit }
    From { $start } to { $end }
    Contact: { $contact }
    Keys: { $keys }
    Management fee during custody: { $rate }% of the full fee
custody-confirm-hint = Tap <b>Send</b> (or <b>Record</b>) to go on, or change something first.
custody-requested = Your custody request { $number } was sent. The management office will answer here.
custody-meter-usage = Type /meter and the unit, like /meter A-12B (/custody_end A-12B for the final readings).
custody-ask-water = { $unit }, { $kind ->
        [start] start readings
        [final] final readings (keys handed back)
       *[other] meter readings
    }: type the water meter's number.
custody-ask-power = Now the electricity meter's number.
custody-ask-meter-photos = Send a photo of each meter (at most { $max }), then tap <b>Done</b>.
custody-meter-preview =
    <b>Meter readings — please check:</b> { $unit } ({ $kind ->
        [start] start
        [final] final
       *[other] during custody
    })
    Water: { $water }
    Electricity: { $power }
    Photos: { $photos }
custody-meter-recorded = Recorded for { $unit }.
custody-meter-flagged = Recorded for { $unit }. ⚠️ Over the limit since the last reading (water { $water_used }, electricity { $power_used }): the desk and the owner were told.
custody-ask-item-door = { $unit }: is the door and its lock fine?
custody-ask-item-windows = Are the windows closed and unbroken?
custody-ask-item-seepage = No water seeping or leaking under the door or outside walls?
custody-ask-item-outside = Corridor and mailbox in order (no piled-up mail, no smell)?
custody-ask-note = Anything to add? Type it, or tap <b>No note</b>.
custody-ask-check-photos = Send photos of the check (at most { $max }), then tap <b>Done</b>.
custody-check-preview =
    <b>Outside check — please check:</b> { $unit }
    Photos: { $photos }
custody-check-done = Recorded for { $unit }; the report went to the owner.
custody-signed-short = Signed.
custody-keys-confirmed = Thank you, confirmed.
custody-rain-called = { $kind ->
        [rain_before] Checks before heavy rain
       *[other] Checks after heavy rain
    } called: { $count } flat(s) in custody.
custody-weather-called = 🌧 { $signal ->
        [WRAINA] The Observatory's Amber Rainstorm Warning is in force
        [WRAINR] The Observatory's Red Rainstorm Warning is in force
        [WRAINB] The Observatory's Black Rainstorm Warning is in force
        [end] The Observatory's rainstorm or gale warning is cancelled
       *[other] The Observatory's No. 8 or higher tropical cyclone signal is in force
    }: { $kind ->
        [rain_before] checks before heavy rain
       *[other] checks after heavy rain
    } called for { $count } flat(s) in custody. The check cards went to the patrol group.
custody-file-usage = Type /custody and the unit, like /custody A-12B.
custody-file-none = { $unit } has no custody record.
cmd-custody = House custody while you are away
cmd-meter = Custody: read a flat's meters
cmd-custody_end = Custody: final readings, keys back
cmd-rain = Custody: checks before or after heavy rain
custody-check-overdue = ⏰ Custody { $number } ({ $unit }): the weekly outside check due { $due } was not recorded. Please do it (its card is still open).

# The custody agreement as a PDF (bot/reports/custody.py)
custody-pdf-title = House custody agreement { $number }
custody-pdf-unit = Unit
custody-pdf-owner = Owner
custody-pdf-status = Status
custody-pdf-status-value = { $status ->
        [requested] Waiting for the desk
        [accepted] Waiting for the owner's signature
        [signed] Signed; start readings to take
        [active] In custody
        [ending] Keys handed back; waiting for the owner
        [ended] Ended
       *[other] Declined
    }
custody-pdf-signature = The owner's signature
custody-pdf-signed = { $owner } confirmed this agreement in chat by pressing Sign on { $at }; the time and the Telegram account are recorded by the office.
custody-pdf-unsigned = Not signed by the owner yet.
custody-pdf-readings = Meter readings
custody-pdf-checks = Outside checks
custody-pdf-col-when = When
custody-pdf-col-kind = Kind
custody-pdf-col-water = Water
custody-pdf-col-power = Electricity
custody-pdf-col-flag = Over the limit
custody-pdf-col-result = Result
custody-pdf-col-note = Note
custody-pdf-moment = { $at }
custody-pdf-reading-kind = { $kind ->
        [start] Start
        [final] Final
       *[other] During
    }
custody-pdf-check-kind = { $kind ->
        [rain_before] Before rain
        [rain_after] After rain
       *[other] Weekly
    }
custody-pdf-result = { $result ->
        [ok] In order
       *[other] Problem found
    }
custody-pdf-ended = Custody ended on { $at }; the keys were handed back to the owner.
custody-pdf-caption-signed = Signed custody agreement { $number } (PDF, to print and file).
custody-pdf-caption-ended = The full record of custody { $number } (agreement, readings and checks).
