cmd-survey = Satisfaction survey (continue / office: new, list)

## Services, questions, reasons, causes
survey-service-desk = Customer service desk
survey-service-repairs = Repairs
survey-service-security = Security
survey-service-cleaning = Cleaning
survey-service-greening = Gardens and greenery
survey-service-facilities = Shared facilities
survey-service-fees = Fees and transparency
survey-service-community = Community activities
survey-q-desk = How satisfied are you with the management office's customer service (reception, phone, handling your requests)?
survey-q-repairs = How satisfied are you with repairs (speed, quality, the workers)?
survey-q-security = How satisfied are you with security (guards, patrols, visitor checks)?
survey-q-cleaning = How satisfied are you with the cleaning of the common areas?
survey-q-greening = How satisfied are you with the gardens and greenery?
survey-q-facilities = How satisfied are you with the shared facilities (lifts, lighting, clubhouse)?
survey-q-fees = How satisfied are you with the fees and how clearly income and spending are reported?
survey-q-community = How satisfied are you with the community activities?
survey-reason-desk-attitude = Staff attitude or manners
survey-reason-desk-phone = Hard to reach by phone or online
survey-reason-desk-notices = Notices and forms unclear
survey-reason-desk-slow = Slow handling, no follow-up
survey-reason-desk-office = Office hours or place inconvenient
survey-reason-repairs-skill = Workers' skill or attitude
survey-reason-repairs-tools = Tools or equipment lacking
survey-reason-repairs-parts = Poor parts, the repair did not last
survey-reason-repairs-slow = Slow to respond or badly arranged
survey-reason-repairs-mess = Mess or disturbance left behind
survey-reason-security-guards = Guards' attitude or alertness
survey-reason-security-cctv = CCTV, gates or intercom faulty
survey-reason-security-equipment = Fire equipment or signs missing
survey-reason-security-patrol = Patrols and visitor checks lax
survey-reason-security-area = Dark corners, strangers walking in
survey-reason-cleaning-staff = Cleaners' diligence or attitude
survey-reason-cleaning-equipment = Bins or cleaning machines broken
survey-reason-cleaning-supplies = Poor cleaning products, smells
survey-reason-cleaning-schedule = Not cleaned often enough
survey-reason-cleaning-pests = Pests, refuse room hygiene
survey-reason-greening-staff = Gardeners' care
survey-reason-greening-irrigation = Watering or tools faulty
survey-reason-greening-plants = Plants withered or badly chosen
survey-reason-greening-upkeep = Pruning and upkeep irregular
survey-reason-greening-space = Too little green, mosquitoes
survey-reason-facilities-staff = Facility staff unhelpful
survey-reason-facilities-breakdowns = Lifts, lights or pumps break down
survey-reason-facilities-wear = Worn or low-quality fittings
survey-reason-facilities-booking = Booking and opening rules
survey-reason-facilities-noise = Noise or crowding
survey-reason-fees-staff = Staff cannot explain the fees
survey-reason-fees-payment = Paying is inconvenient
survey-reason-fees-statements = Accounts late or unclear
survey-reason-fees-value = Fees too high for the service
survey-reason-fees-nearby = Fees higher than at nearby estates
survey-reason-community-staff = Organisers' attitude
survey-reason-community-equipment = Sound or other equipment poor
survey-reason-community-content = Activities not interesting
survey-reason-community-notice = Too few, or announced too late
survey-reason-community-venue = Venue or weather
survey-reason-none = no reason given
survey-problem = { $service }: { $reason }
survey-cause-man = Man (staff)
survey-cause-machine = Machine (equipment)
survey-cause-material = Material (supplies, information)
survey-cause-method = Method (procedures)
survey-cause-environment = Environment
survey-quarter = { $year } Q{ $q }
field-question = the question
field-comments = the comments

## The questionnaire
survey-invite =
    📋 <b>{ $estate } — owner satisfaction survey, { $quarter }</b>
    For your unit { $unit }: { $count } questions, about 2 minutes. Rate each service from 1 (very poor) to 5 (very good). You can stop and continue later, until { $until }.
    { $privacy }
survey-reminder =
    ⏰ <b>Reminder: { $estate } satisfaction survey, { $quarter }</b>
    For your unit { $unit }. Your opinion helps the office improve; it takes about 2 minutes. Open until { $until }.
    { $privacy }
survey-privacy-anonymous = Your answers are anonymous: the office sees that your household answered, not what you said.
survey-privacy-named = The office will see your answers together with your unit.
survey-step-header = 📋 Survey for { $unit } (until { $until })
survey-ask-rate =
    <b>{ $n }/{ $total } · { $service }</b>
    { $question }
    1 = very poor … 5 = very good
survey-ask-reason = You gave { $service } { $rating }. What was the main problem?
survey-ask-note = Anything to add about { $service }? Type a few words, or tap <b>Skip</b>.
survey-ask-comments = Last: any other comments or suggestions for the office? Type them, or tap <b>Skip</b>.
survey-thanks = 🙏 Thank you! Your answers are recorded. The office reviews every survey each quarter.
survey-thanks-short = Thank you!
survey-paused = ⏸ Paused. Continue any time until { $until }: tap the button or send /survey.
survey-paused-short = Paused.
survey-none = You have no survey to answer right now.
survey-which = The survey for { $unit } is waiting for you.
survey-btn-start = ▶️ Start
survey-btn-continue = ▶️ Continue
survey-btn-later = ⏸ Later
survey-btn-not-used = I did not use this
survey-btn-skip = Skip
survey-btn-back = ⬅️ Back
survey-step-moved = That question was already answered; please use the newest message.
survey-rate-range = Please rate from 1 to 5, or tap "I did not use this".
survey-use-buttons = Please answer with the buttons (or send a number from 1 to 5).
survey-closed = This survey has closed. Thank you all the same.
survey-already-answered = You have already answered this survey. Thank you!
survey-not-found = No such survey.

## The office
survey-btn-cancel = Cancel the survey
survey-btn-reviewed = ✅ Reviewed
survey-managers-only = Only the estate's managers can run surveys.
survey-which-estate = You manage several estates: add the estate code, for example /survey new HV.
survey-new-usage = Usage: /survey new [ESTATE] [2026Q4] [20%] [send day, like 15/12/2026] — all optional.
survey-bad-quarter = "{ $value }" is not a quarter; write it like 2026Q4.
survey-bad-share = The share must be more than 0% and at most 100%.
survey-send-past = The send date { $day } has passed.
survey-send-outside = The send date { $day } is not in { $year } Q{ $q }.
survey-bad-window = The answering window must be 1 to 60 days.
survey-bad-reminders = Reminder days must be different and within the { $window }-day window.
survey-window-too-late = Answers would still be coming in when the summary is due ({ $due }). Send by { $latest } at the latest.
survey-exists = There is already a survey for { $quarter }.
survey-no-households = There are no occupied households to survey.
survey-wrong-state = The survey cannot do that now (it is { $status }).
survey-changed = The survey changed meanwhile; please try again.
survey-already-reviewed = Already marked reviewed.
survey-def-bad = The questions file has a problem at { $where }.
survey-def-count = The questions file must have 1 to { $max } questions.
survey-status-planned = planned
survey-status-open = open for answers
survey-status-closed = closed, summary sent
survey-status-reviewed = reviewed
survey-status-cancelled = cancelled
survey-status-line = Status: { $status }
survey-plan =
    📋 <b>{ $estate } — owner satisfaction survey, { $quarter }</b>
    Households: <b>{ $households }</b> of { $occupied } occupied ({ $share }% at least), by building: { $buildings }
    Sent: { $send } · reminders: { $reminders } · answers until: { $close }
    Summary due: { $due } · { $questions } questions
    { $privacy }
survey-plan-repeats = ⚠️ { $count } household(s) were asked within the last 12 months: too few others were left in their building.
survey-plan-unreachable = ⚠️ { $count } household(s) have nobody on Telegram: hand them the paper form.
survey-created = Survey { $quarter } planned: { $households } households, sent on { $send }.
survey-list-header = <b>Satisfaction surveys</b>
survey-list-line = { $estate } { $quarter }: { $status } — sent { $send }, answered { $answered }/{ $asked } ({ $households } sampled)
survey-list-empty = No surveys yet. Start one with /survey new.
survey-cancelled-short = Survey cancelled.
survey-cancelled = Survey { $quarter } was cancelled by { $name }. Nothing more is sent or accepted.
survey-office = the office
survey-sent = 📤 Survey { $quarter } sent to { $asked } households; answers until { $close }.
survey-sent-paper = Nobody on Telegram in { $count } household(s), hand them the paper form: { $units }
survey-report-due = ⏰ The survey summary for { $quarter } is due today ({ $due }) and is not marked reviewed yet.
survey-report-overdue = ⚠️ The survey summary for { $quarter } was due { $due } and is still not marked reviewed.
survey-report-due-by = Due by { $due }. Tap <b>✅ Reviewed</b> once the office has gone through it.
survey-report-reviewed = ✅ Reviewed by { $name } on { $at }.

## The summary
survey-report-title = 📊 <b>{ $title }: satisfaction survey summary</b>
survey-report-counts = Sampled { $sampled } households; asked in chat { $asked }, paper form { $paper } ({ $paper_answered } entered by the desk). Answered: <b>{ $answered }</b>, response rate <b>{ $rate }</b> (chat and paper).
survey-report-overall = Overall score { $avg } / 5, { $satisfied } satisfied (4 or 5).
survey-report-services = <b>Score per service</b> (average, share satisfied):
survey-report-service-line = • { $service }: { $avg } ({ $satisfied }){ $change }
survey-change-up = { " " }▲{ $delta }
survey-change-down = { " " }▼{ $delta }
survey-report-vital = <b>The vital few</b> (Pareto chart: { $share } of all problems):
survey-report-vital-line = { $rank }. { $problem } — { $count }
survey-cause-count = { $cause } { $count }
survey-report-causes = <b>Causes</b> (fishbone): { $causes }
survey-report-no-problems = No low ratings this time.
survey-report-tickets = <b>After tickets</b> (the short question, and repair ratings):
survey-report-ticket-line = • { $kind }: satisfaction { $satisfaction } ({ $satisfaction_n }), rating { $rating } ({ $rating_n })
survey-report-comments = <b>Comments</b> ({ $count }):
survey-report-comment = • { $text }
survey-report-comment-named = • { $unit }: { $text }
survey-report-more = …and { $count } more in the spreadsheet.
survey-ticket-repair = Repairs
survey-ticket-complaint = Complaints
survey-chart-scores = { $title }: score per service
survey-chart-trend = { $title }: trend over the quarters
survey-chart-pareto = { $title }: Pareto chart of problems
survey-chart-fishbone = { $title }: causes (fishbone)
survey-axis-score = Average score (1–5)
survey-axis-count = Low ratings
survey-axis-cumulative = Cumulative share
survey-legend-vital = The vital few (~80%)
survey-legend-other = Other problems
survey-other-problems = { $count } other problems
survey-fishbone-effect = Low satisfaction
survey-year-title = { $estate } { $year }
survey-year-quarter-line = • { $quarter }: response rate { $rate }, overall { $avg }
survey-year-due = Year review due by 5 January { $year }: sum up how the statistics were used and what to do next. Tap <b>✅ Reviewed</b> when done.
survey-year-reminder = ⏰ The { $year } survey year review is due today and is not marked reviewed yet.

## The spreadsheet
survey-xlsx-summary = Summary
survey-xlsx-services = Services
survey-xlsx-pareto = Pareto
survey-xlsx-fishbone = Fishbone
survey-xlsx-tickets = Tickets
survey-xlsx-comments = Comments
survey-xlsx-households = Households
survey-xlsx-trend = Trend
survey-xlsx-quarters = Quarters
survey-col-service = Service
survey-col-n = Ratings
survey-col-avg = Average
survey-col-satisfied = Satisfied (4-5)
survey-col-dissatisfied = Dissatisfied (1-2)
survey-col-not-used = Did not use
survey-col-rank = Rank
survey-col-problem = Problem
survey-col-count = Count
survey-col-share = Share
survey-col-cumulative = Cumulative
survey-col-vital = Vital few
survey-col-cause = Cause
survey-col-total = Total reasons given
survey-col-kind = Ticket kind
survey-col-satisfaction-n = Satisfaction answers
survey-col-satisfaction-avg = Satisfaction average
survey-col-rating-n = Ratings
survey-col-rating-avg = Rating average
survey-col-item = Item
survey-col-value = Value
survey-col-estate = Estate
survey-col-quarter = Quarter
survey-col-year = Year
survey-col-sampled = Households sampled
survey-col-asked = Asked (chat or paper form)
survey-col-paper = Paper form
survey-col-answered = Answered
survey-col-rate = Response rate
survey-col-reasons = Reasons given
survey-col-unit = Unit
survey-col-about = About
survey-col-text = Words
survey-col-general = General comment
survey-col-status = Status
survey-col-repeat = Asked within 12 months
survey-yes = yes
survey-household-sampled = not sent yet
survey-household-asked = asked, no answer
survey-household-started = started, not finished
survey-household-answered = answered
survey-household-unreachable = paper form

## Command line
admin-survey-created = Survey { $quarter } for { $estate }: { $households } households, sent on { $send }, answers until { $close }, summary due { $due }.
admin-survey-list = { $lines }
admin-survey-cancelled = Survey { $quarter } cancelled.
admin-survey-no-campaign = No survey for { $quarter }.
admin-survey-bad-file = Cannot read the questions file: { $error }
admin-survey-bad-days = Reminder days are whole numbers separated by commas, for example 5,12.

## The campaign card: households per block
survey-plan-building = Block { $building }: { $count }
## What residents wrote on a low rating, per service (the spreadsheet has them whole)
survey-report-notes = <b>What residents wrote on low ratings</b> ({ $count }):
survey-report-notes-service = { $service } — { $count } comment(s):
survey-report-note = – “{ $text }”

## /questions: managers edit the next survey's questions
survey-q-header = <b>Survey questions for the next campaign</b> ({ $count }; a running campaign keeps its own):
survey-q-line = { $n }. [{ $service }] { $text }
survey-q-help = Change them: /questions reword 2 [en|zh-Hant|zh-Hans] new words · /questions add greening [words] · /questions move 5 1 · /questions retire 3 · /questions reset
survey-q-saved = ✅ Saved for the next campaign.
survey-q-usage = For example: /questions reword 2 How clean are the lobbies? — or /questions add, move, retire, reset.
survey-q-number = There is no such question: use a number from 1 to { $max }.
survey-q-service = Not a service. Use one of: { $services }.
survey-q-last = The survey needs at least one question.
survey-q-which-estate = You manage several estates: use /questions in that estate's managers group.
cmd-questions = Survey questions for the next campaign
survey-r-header = <b>Reasons offered after a low rating of question { $n }</b> ({ $text }):
survey-r-line = • { $code } · { $cause } · { $text }
survey-r-help = Change them: /questions reason { $n } add method Slow to answer the phone · /questions reason { $n } retire own1
survey-r-cause = Not a cause. Use one of: { $causes }.
survey-r-count = A question offers at most { $max } reasons.
survey-r-key = No such reason. The reasons are: { $keys }.
survey-r-last = A question needs at least one reason.
