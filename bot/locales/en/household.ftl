# The household file: /unit, its pages and the PDF; the link-request card's holders.
unit-file-usage = Give the unit, e.g. /unit A-12B, /unit A座12樓B室 or /unit 12B, Block A.
unit-file-staff-only = Only the desk, managers and the equipment supervisor can open a household file. Your own requests are on /my.
unit-file-bad-unit = "{ $unit }" does not read as a unit. Write it as A-12B or Block A 12/F Flat B.
unit-file-choose = More than one block has a flat { $unit }. Which one?
unit-file-title = <b>Household file: unit { $unit }</b>
unit-file-fact = { $label }: { $value }
unit-file-f-floor = Floor
unit-file-f-type = Type
unit-file-f-usable = Saleable area
unit-file-f-built = Gross area
unit-file-f-land = Share of land
unit-file-f-use = Use
unit-file-f-facilities = Facilities
unit-file-f-parking = Parking
unit-file-f-occupied = Occupancy
unit-file-occupied = occupied
unit-file-vacant = vacant
unit-file-area = { $value } sq ft
unit-file-holders = <b>Owners and occupants</b>
unit-file-timeline = <b>Records</b> (page { $page } of { $pages }, { $count } in all)
unit-file-empty = Nothing has been filed for this unit yet.
unit-file-entry = { $at } · { $number } · { $what } — { $status }
unit-file-text = { "  " }{ $text }
unit-file-reporter = { "  " }Reported by { $name }
unit-file-callback = { "  " }Callback: { $result }
unit-file-rating = { "  " }Rating: { $stars }/5
unit-file-notes = { "  " }{ $count } messages and notes
unit-file-files = { "  " }📎 { $count } photos and files
unit-file-withheld = { "  " }🔒 { $count } identity documents (withheld)
unit-file-survey = { $at } · satisfaction survey { $quarter } — { $status }
unit-file-survey-asked = asked, no answer yet
unit-file-survey-started = partly answered
unit-file-survey-answered = answered (answers are anonymous and not shown)
unit-file-survey-unreachable = asked on the paper form
unit-file-survey-sampled = sampled
unit-file-kind-repair = repair
unit-file-kind-complaint = complaint
unit-file-kind-renovation = renovation
unit-file-kind-enquiry = question to the office
unit-file-callback-satisfied = satisfied
unit-file-callback-problem = problem found, rework ordered
unit-file-callback-unreachable = could not be reached
unit-file-btn-prev = « Newer
unit-file-btn-next = Older »
unit-file-btn-pdf = Export PDF
unit-file-pdf-caption = Household file of unit { $unit } ({ $count } records)
unit-file-pdf-sent = The PDF is on its way to you.
unit-file-pdf-title = Household file: unit { $unit }
unit-file-pdf-facts = The unit
unit-file-pdf-holders = Owners and occupants, with history
unit-file-pdf-timeline = Records, newest first
unit-file-pdf-name = Name
unit-file-pdf-relation = Holding
unit-file-pdf-from = From
unit-file-pdf-to = To
unit-file-pdf-reason = Why it ended
unit-file-pdf-current = now
unit-file-pdf-note = { $at } { $who }: { $text }
unit-file-pdf-document = File: { $name }
unit-file-pdf-photo = Photo
unit-file-pdf-id = Identity document
unit-file-pdf-withheld = Identity document: withheld (desk and managers only)
unit-file-pdf-missing = (not yet in the office's file store)
unit-file-pdf-footer = Confidential · exported by { $by }
link-card-holders = The registry now has: { $holders }
link-card-no-holders = The registry has no current owner or tenant for this unit.
link-card-holder = { $name } ({ $relation })
unit-file-day = { $day }
cmd-unit = Household file: a unit's facts, holders and every record
unit-file-custody = { $at } · { $number } · house custody — { $status ->
        [requested] waiting for the office
        [accepted] waiting for the owner's signature
        [signed] signed; start readings due
        [active] in custody
        [ending] keys handed back; waiting for the owner
        [ended] ended
       *[other] declined
    } ({ $start } to { $end })
unit-file-custody-counts = { $readings } meter readings, { $checks } checks, { $flagged } over the limit
unit-file-move-in = { $at } · { $number } · move-in — { $status }
unit-file-move-in-errand = Errand: { $item } — { $done ->
        [yes] done { $day }: { $note }
       *[no] in hand
    }
