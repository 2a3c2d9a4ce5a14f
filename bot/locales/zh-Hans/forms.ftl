# Paper forms: bot/reports/forms.py, handlers/printing.py
form-work-order = 派工单
form-callback = 回访记录
form-rework = 整改通知书
form-poster = 报修二维码
form-unit = 单位
form-place = 位置
form-category = 类别
form-urgency = 紧急程度
form-reported = 报修时间
form-description = 问题描述
form-preferred = 住户方便时间
form-technician = 技工
form-reporter = 报修人
form-phone = 电话
form-accept-due = 接单限期
form-complete-due = 完成限期
form-scan = 用 Telegram 扫描此二维码，即可在机械人开启同一张单。
form-by-hand = 现场填写
form-arrived = 到场时间
form-finished = 完成时间
form-work-done = 维修内容
form-materials = 用料
form-technician-sign = 技工签名
form-resident-sign = 住户签名
form-done = 完工时间
form-confirmed = 住户确认
form-callback-due = 回访限期
form-closed = 结案时间
form-rating = 住户评分
form-comment = 住户意见
form-reworks = 整改次数
form-callback-way = 回访方式（电话／上门）
form-resident-view = 住户意见
form-satisfied = 是否满意
form-caller = 回访人
form-caller-sign = 回访人签名
form-rework-when = 发出时间
form-rework-why = 整改原因
form-rework-ask = 请于限期内完成整改，完成后在机械人按「完成」并附相片。
form-rework-received = 接收时间
form-supervisor-sign = 主管签名
form-moment = { $at }
form-poster-how = { $target }：有东西坏了？用手机相机或 Telegram 扫描此二维码，即可直接报修。
cmd-print = 打印表格：派工单、回访记录、整改通知书、报修二维码
print-usage =
    请输入：
    /print R-2026-000001 — 派工单
    /print callback R-2026-000001 — 回访记录
    /print rework R-2026-000001 — 整改通知书
    /print poster A-12B — 单位的报修二维码（或设施名称，例如 /print poster A座1号升降机）
    /print survey — 纸本业主评议表（没有 Telegram 的住户）
    /print pass F-2026-000001-P01 — 临时出入证
print-office-only = 只有客服、经理或设备主管可以打印表格。
print-not-repair = { $number } 不是维修单；现时只可打印维修单的表格。
print-no-callback = { $number } 尚未完工，未有回访记录。
print-no-rework = { $number } 没有整改通知。
print-caption = { $form } { $number }（PDF，可打印）
form-survey = 业主评议表
form-survey-code = 录入编号
form-survey-how = 每项服务请以 5（非常满意）至 1（非常不满意）评分；填妥后交回管理处，客服会代为录入。
form-survey-na = 不适用
form-survey-why = 评 1 或 2 分的原因：
form-survey-comments = 其他意见
form-survey-sign = 业主签名
form-survey-date = 日期
print-survey-none = 现时没有进行中的评议表需要纸本。
survey-paper-usage = 请输入 /paper 及单位，例如 /paper A-15C（纸本评议表上的录入编号）。
survey-paper-office-only = 只有客服或经理可以录入纸本评议表。
survey-paper-none-open = 现时没有进行中的评议表。
survey-paper-not-sampled = { $unit } 不在今期评议表的纸本名单内。
cmd-paper = 录入纸本评议表
form-survey-list = 纸本评议表派发记录
form-survey-out = 已派发
form-survey-back = 已交回
form-survey-entered = 已录入
form-pass = 临时出入证
form-pass-worker = 工人
form-pass-works = 工程
form-pass-valid = 有效日期
form-pass-dates = { $start } 至 { $end }
form-pass-application = 装修申请
form-pass-scan = 保安用 Telegram 扫描此二维码核对出入证。
form-pass-rules = 请在屋苑内时刻佩戴；工程完成或离职时交回管理处。
