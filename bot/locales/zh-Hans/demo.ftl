## 示范页面（propdesk demo）：标签、二维码及导览
demo-weekday = { $day ->
    [0] 周一
    [1] 周二
    [2] 周三
    [3] 周四
    [4] 周五
    [5] 周六
   *[6] 周日
}
demo-section-residents = 住户
demo-section-staff = 管理处及维修组
demo-label-resident = { $unit } · { $relation }
demo-label-staff = { $role }{ $trade }
demo-poster-unit = { $target } 单位门外的报修二维码
demo-poster-equipment = { $target } 的报修二维码

demo-tour-1-title = 欢迎来到海景花园
demo-tour-1-body = 左边每个人物都是一个 Telegram 帐户，每个对话都与 Telegram 一样运作。本导览跟进一宗报修，由住户报修直至管理处回访。可开第二个浏览器分页同时扮演两个人，所有内容即时更新。
demo-tour-2-title = 报修渗水
demo-tour-2-body = 你是 { $unit } 的 { $resident }。按「☰ 选单」再选 /repair（或直接输入）。
demo-tour-3-title = 填写报修表
demo-tour-3-body = 选择「{ $category }」，描述问题，用 📎 附上相片，回答其余问题，然后按「{ $confirm }」。机械人会回复报修编号。
demo-tour-4-title = 派工单送到水喉维修组
demo-tour-4-body = 你是水喉维修组群组内的 { $plumber }。在派工单上按「{ $accept }」。可在两个分页分别以 { $plumber } 及 { $other } 同时按：只有一人能接单。
demo-tour-5-title = 完成工作
demo-tour-5-body = 在派工单上按「{ $done }」，然后在与机械人的私人对话中传送完工相片。{ $resident } 会被问及是否已修妥。
demo-tour-6-title = 让三日过去
demo-tour-6-body = 住户未必回复。在顶部的时钟按三次「＋1 日」：机械人会当作已修妥，并在客户服务群组发出回访。（或以 { $resident } 身份按「{ $fixed }」。）
demo-tour-7-title = 回访
demo-tour-7-body = 你是客户服务群组内的 { $desk }。致电住户后按「{ $satisfied }」，或按「{ $problem }」以书面整改通知要求维修组返工。
demo-tour-8-title = 暴雨：托管中的单位
demo-tour-8-body = B-20D 业主身在伦敦，单位由管理处托管。你是客服群组的{ $desk }。按时钟旁的🌧 黑雨 按钮：演示扮演天文台发出黑色暴雨警告信号，机械人读到后为 B-20D 安排大雨前巡查（巡查卡发到主管群组）；按☀️ 取消警告 按钮则安排大雨后巡查。
demo-tour-9-title = 新业主预约入伙
demo-tour-9-body = 吴咏诗刚向发展商买入 A-15C，已用管理处给的登记码登记。以她的身份输入 /movein：在管理处的时段中拣日子及时间；之后文件、协议、收费、逐房验房及交收钥匙，全部在对话中完成。
demo-tour-10-title = 整个流程完成
demo-tour-10-body = 还可以试试：让新工作无人接单并拨快时钟，看看经理群组收到的提醒及上报；职员可用 /queue 及 /ticket；二维码（📎 → 扫描二维码）会开启该单位的报修表；/language 可转换机械人的语言。
