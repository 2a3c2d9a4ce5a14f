## Final inspection: open rectification notices are checked one by one before a pass.
btn-reno-final-rectified = ✅ { $notice } 已整改
reno-final-open-notice = ⚠️ 整改通知 { $notice } 未處理：{ $description }（限期 { $due }）
reno-final-notices-open = 整改通知 { $notices } 仍未處理，未能驗收合格。請逐張檢查：已整改就按卡上的「✅ { $first } 已整改」等按鈕，否則按「⚠️ 發現問題」。
reno-notice-already-resolved = 整改通知 { $notice } 已經處理。

## The renovation form: a drawing sent as a photo has no file name.
reno-drawing-photo = 相片

## /ticket: what the resident wrote with the rating.
ticket-detail-comment = 住戶意見：{ $comment }

## Work orders: the resident's phone is for whoever took the job (and the office).
job-contact-after-accept = 請先按「✋ 接單」，接單後才可查看住戶聯絡資料。

## The desk's callback: the report's photos and the finished work's, in one album.
callback-photos = { $number }：維修前相片 { $before } 張，維修後相片 { $after } 張（按次序）
