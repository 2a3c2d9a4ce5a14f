## Spot checks (抽查) and corrective and preventive actions (糾正/預防措施)

spot-not-found = That spot check no longer exists.
spot-managers-only = Only the estate's manager can do this.
spot-desk-only = Only the desk or the manager can mark this record corrected.
spot-already-decided = This check was already recorded.
spot-already-corrected = This record was already marked corrected.
spot-not-failed = Only a failed check can open an action.
spot-too-many-photos = At most { $max } photos.
action-owner-not-staff = Please choose one of the estate's staff.
action-date-past = That date has passed. Please type a day from today on, like 31/12/2026.
action-exists = This check already has an action.
action-needs-check = An action from a check is opened on the check's card.
action-not-found = That action no longer exists.
action-close-not-yours = Only the action's owner or the manager can close it.
action-closed-already = This action was already closed.

spot-kind = { $kind ->
        [callback] Callback
        [renovation] Renovation management
       *[move_in] Move-in record
    }
spot-card =
    <b>Spot check { $n }/{ $total } ({ $month }) · { $kind ->
        [callback] Callback
        [renovation] Renovation management
       *[move_in] Move-in record
    }</b>
    { $number } · Unit { $unit }
    Owner: { $owner } · { $phone }
    { $kind ->
        [callback] Call the owner: was the repair done, and was the callback made and recorded? /t_{ $link }
        [renovation] Check the site rounds (twice a day), the rectification notices and the file: /t_{ $link }
       *[move_in] Check the records: owner registration, documents signed for, inspection, keys, fees.
    }
spot-card-result = { $result ->
        [passed] ✅ Passed
       *[failed] ❌ Failed
    } — { $name }, { $at }
spot-card-reason = Reason: { $reason }
spot-card-rectify = Back to the desk to correct by { $day } ({ $status ->
        [corrected] corrected
       *[open] not corrected yet
    })
spot-draw = <b>Spot checks for { $month }</b> (records of { $source }): { $count } drawn at random, seed { $seed }. They come here one by one.
spot-draw-short = ⚠️ { $kind ->
        [callback] Callback
        [renovation] Renovation management
       *[move_in] Move-in record
    } : only { $found } to draw, { $missing } short.
spot-month-short = ⚠️ Spot checks for { $month }: { $done } of { $required } done by the end of the month.
spot-btn-pass = ✅ Pass
spot-btn-fail = ❌ Fail
spot-btn-open-action = Open action
spot-btn-corrected = 已更正 / Corrected
spot-btn-record-fail = Record the failure
spot-btn-close-action = Close the action
spot-btn-close = Close { $number }
spot-btn-prev = ‹ Previous
spot-btn-next = Next ›
spot-btn-edit-reason = Change the reason
spot-btn-edit-photos = Change the photos
spot-btn-edit-cause = Change the cause
spot-btn-edit-owner = Change the owner
spot-btn-edit-due = Change the deadline
spot-btn-edit-description = Change the description
spot-btn-edit-note = Change the note
spot-passed-short = Passed. The next check follows.
spot-corrected-short = Marked corrected.
spot-ask-reason = Check { $number } failed: what is wrong? Please say it in a few words.
spot-ask-photos = Any photos of it? Send up to { $max }, or tap No photos.
spot-fail-preview =
    <b>Failed check — please check</b>
    { $number }
    Reason: { $reason }
    Photos: { $photos }
spot-confirm-hint = Please check the failure above and tap Record the failure, or change it.
spot-fail-done = Check { $number } recorded as failed. The next check follows in the managers' chat.
spot-rectify-desk =
    <b>📝 Move-in record to correct (spot check)</b>
    { $number } · Unit { $unit } · Owner { $owner }
    What is wrong: { $reason }
    Please correct it by { $day } and tap Corrected.
spot-rectify-due = ⏰ Move-in record { $number } (unit { $unit }) is to be corrected today ({ $day }).
spot-rectify-overdue = ⚠️ Move-in record { $number } (unit { $unit }) was not corrected by { $day }.
spot-corrected-by = ✅ Corrected — { $name }
spot-corrected-managers = ✅ Move-in record { $number } (unit { $unit }) was corrected by { $name }.

action-source = { $source ->
        [check] A failed spot check
        [repeat] A problem that keeps coming back
        [pareto] A Pareto finding
       *[complaint] A complaint
    }
action-cause = { $cause ->
        [people] People
        [machine] Machine
        [material] Material
        [method] Method
       *[environment] Environment
    }
action-ask-source = A corrective or preventive action: what is it from?
action-ask-cause = What is the cause? (people, machine, material, method, environment)
action-ask-owner = Who owns the action?
action-ask-due = By which day must it be done? (like 31/12/2026)
action-ask-description = What is to be done? Please describe the action.
action-preview =
    <b>Corrective action — please check</b>
    From: { $source ->
        [check] A failed spot check
        [repeat] A problem that keeps coming back
        [pareto] A Pareto finding
       *[complaint] A complaint
    }
    Cause: { $cause ->
        [people] People
        [machine] Machine
        [material] Material
        [method] Method
       *[environment] Environment
    }
    Owner: { $owner }
    Deadline: { $due }
    { $description }
action-confirm-hint = Please check the action above and tap Open action, or change it.
action-opened = Action { $number } opened; { $owner } was told.
action-card =
    <b>Action { $number }</b> · { $status ->
        [closed] closed
       *[open] open
    }
    From: { $source ->
        [check] A failed spot check
        [repeat] A problem that keeps coming back
        [pareto] A Pareto finding
       *[complaint] A complaint
    } · Cause: { $cause ->
        [people] People
        [machine] Machine
        [material] Material
        [method] Method
       *[environment] Environment
    }
    Owner: { $owner } · Deadline: { $due }
    { $description }
action-card-note = Closed with: { $note }
action-to-owner = 📌 You own a corrective action. When it is done, tap Close and say what was done.
action-due-soon = ⏰ Action { $number } is due tomorrow ({ $due }).
action-overdue = ⚠️ Action { $number } (owner { $owner }) was not closed by { $due }.
action-ask-note = Closing action { $number }: what was done?
action-close-preview =
    <b>Close action { $number } — please check</b>
    { $note }
action-close-hint = Please check the note above and tap Close the action, or change it.
action-closed = Action { $number } closed.
action-closed-notice = ✅ Action { $number } was closed by { $name }: { $note }
actions-none = No open corrective actions.
actions-page = <b>Open corrective actions</b> (page { $page } of { $pages })

cmd-action = Open a corrective or preventive action
cmd-actions = Open corrective actions
