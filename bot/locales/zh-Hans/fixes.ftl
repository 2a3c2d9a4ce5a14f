## Final inspection: open rectification notices are checked one by one before a pass.
btn-reno-final-rectified = ✅ { $notice } 已整改
reno-final-open-notice = ⚠️ 整改通知 { $notice } 未处理：{ $description }（限期 { $due }）
reno-final-notices-open = 整改通知 { $notices } 仍未处理，未能验收合格。请逐张检查：已整改就按卡上的「✅ { $first } 已整改」等按钮，否则按「⚠️ 发现问题」。
reno-notice-already-resolved = 整改通知 { $notice } 已经处理。

## The renovation form: a drawing sent as a photo has no file name.
reno-drawing-photo = 相片

## /ticket: what the resident wrote with the rating.
ticket-detail-comment = 住户意见：{ $comment }

## Work orders: the resident's phone is for whoever took the job (and the office).
job-contact-after-accept = 请先按「✋ 接单」，接单后才可查看住户联络资料。

## The desk's callback: the report's photos and the finished work's, in one album.
callback-photos = { $number }：维修前相片 { $before } 张，维修后相片 { $after } 张（按次序）
