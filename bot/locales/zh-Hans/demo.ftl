## 演示页面（propdesk demo）：标签、二维码和导览
demo-weekday = { $day ->
    [0] 周一
    [1] 周二
    [2] 周三
    [3] 周四
    [4] 周五
    [5] 周六
   *[6] 周日
}
demo-section-residents = 业主住户
demo-section-staff = 物业服务中心和维修班组
demo-label-resident = { $unit } · { $relation }
demo-label-staff = { $role }{ $trade }
demo-poster-unit = { $target } 户门外的报修二维码
demo-poster-equipment = { $target } 的报修二维码

demo-tour-1-title = 欢迎来到海景花园
demo-tour-1-body = 左边每个人物都是一个 Telegram 账号，每个对话都和 Telegram 一样运作。本导览跟进一张报修单，从业主报修直到物业回访。可以再开一个浏览器标签页同时扮演两个人，所有内容实时更新。
demo-tour-2-title = 报修漏水
demo-tour-2-body = 你是 { $unit } 的 { $resident }。点「☰ 菜单」再选 /repair（或直接输入）。
demo-tour-3-title = 填写报修单
demo-tour-3-body = 选择「{ $category }」，描述问题，用 📎 附上照片，回答其余问题，然后点「{ $confirm }」。机器人会回复报修单号。
demo-tour-4-title = 派工单送到水电维修班组
demo-tour-4-body = 你是水电维修班组群里的 { $plumber }。在派工单上点「{ $accept }」。可以在两个标签页分别以 { $plumber } 和 { $other } 同时点：只有一人能接单。
demo-tour-5-title = 完成工作
demo-tour-5-body = 在派工单上点「{ $done }」，然后在与机器人的私聊中发送完工照片。{ $resident } 会被问是否已修好。
demo-tour-6-title = 让三天过去
demo-tour-6-body = 业主不一定回复。在顶部的时钟点三次「＋1 天」：机器人会视为已修好，并在客服群发出回访任务。（或者以 { $resident } 的身份点「{ $fixed }」。）
demo-tour-7-title = 回访
demo-tour-7-body = 你是客服群里的 { $desk }。给业主打电话后点「{ $satisfied }」，或点「{ $problem }」用书面整改通知让维修班组返工。
demo-tour-8-title = 整个流程完成
demo-tour-8-body = 还可以试试：让新工单无人接单并把时钟调快，看看经理群收到的提醒和上报；员工可用 /queue 和 /ticket；二维码（📎 → 扫描二维码）会打开该户的报修单；/language 可切换机器人的语言。
