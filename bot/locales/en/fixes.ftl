## Final inspection: open rectification notices are checked one by one before a pass.
btn-reno-final-rectified = ✅ { $notice } rectified
reno-final-open-notice = ⚠️ Notice { $notice } still open: { $description } (by { $due })
reno-final-notices-open = Notices { $notices } are still open: the works cannot pass yet. If one is fixed, press "✅ { $first } rectified" (and so on) on the card; if not, "⚠️ Problems found".
reno-notice-already-resolved = Notice { $notice } is already dealt with.

## The renovation form: a drawing sent as a photo has no file name.
reno-drawing-photo = Photo

## /ticket: what the resident wrote with the rating.
ticket-detail-comment = Resident's comment: { $comment }

## Work orders: the resident's phone is for whoever took the job (and the office).
job-contact-after-accept = Tap "✋ Accept" first: the resident's contact details come with the job.

## The desk's callback: the report's photos and the finished work's, in one album.
callback-photos = { $number }: { $before } photo(s) before the repair, then { $after } after
