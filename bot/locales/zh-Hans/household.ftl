# 一户一档 (the household file): /unit, its pages and the PDF; the link-request card's holders.
unit-file-usage = 请写出单位，例如 /unit A-12B、/unit A座12楼B室 或 /unit 12B, Block A。
unit-file-staff-only = 只有客服、经理及设备主管可以查阅单位档案。你自己的报修及投诉可用 /my 查看。
unit-file-bad-unit = 「{ $unit }」不像一个单位，请写成 A-12B 或 A座12楼B室。
unit-file-choose = 有多座都有单位 { $unit }，请选择：
unit-file-title = <b>一户一档：单位 { $unit }</b>
unit-file-fact = { $label }：{ $value }
unit-file-f-floor = 楼层
unit-file-f-type = 类型
unit-file-f-usable = 实用面积
unit-file-f-built = 建筑面积
unit-file-f-land = 分摊土地面积
unit-file-f-use = 用途
unit-file-f-facilities = 附属设施
unit-file-f-parking = 车位
unit-file-f-occupied = 入住状况
unit-file-occupied = 已入住
unit-file-vacant = 空置
unit-file-area = { $value } 平方呎
unit-file-holders = <b>业主及住户</b>
unit-file-timeline = <b>纪录</b>（第 { $page }／{ $pages } 页，共 { $count } 项）
unit-file-empty = 此单位未有任何纪录。
unit-file-entry = { $at } · { $number } · { $what } — { $status }
unit-file-text = 　{ $text }
unit-file-reporter = 　报告人：{ $name }
unit-file-callback = 　回访：{ $result }
unit-file-rating = 　评分：{ $stars }／5
unit-file-notes = 　对话及备注 { $count } 则
unit-file-files = 　📎 相片及档案 { $count } 个
unit-file-withheld = 　🔒 身份证明文件 { $count } 个（不予显示）
unit-file-survey = { $at } · 业主评议表 { $quarter } — { $status }
unit-file-survey-asked = 已邀请，未回复
unit-file-survey-started = 已回复部分
unit-file-survey-answered = 已回复（答案不记名，不在此显示）
unit-file-survey-unreachable = 以纸本问卷邀请
unit-file-survey-sampled = 已抽样
unit-file-kind-repair = 报修
unit-file-kind-complaint = 投诉
unit-file-kind-renovation = 装修申请
unit-file-kind-enquiry = 查询管理处
unit-file-callback-satisfied = 满意
unit-file-callback-problem = 发现问题，已安排返工
unit-file-callback-unreachable = 未能联络
unit-file-btn-prev = « 较新
unit-file-btn-next = 较旧 »
unit-file-btn-pdf = 汇出 PDF
unit-file-pdf-caption = 单位 { $unit } 一户一档（{ $count } 项纪录）
unit-file-pdf-sent = 已把 PDF 发给你。
unit-file-pdf-title = 一户一档：单位 { $unit }
unit-file-pdf-facts = 单位资料
unit-file-pdf-holders = 业主及住户（连历史）
unit-file-pdf-timeline = 纪录（由新至旧）
unit-file-pdf-name = 姓名
unit-file-pdf-relation = 身份
unit-file-pdf-from = 由
unit-file-pdf-to = 至
unit-file-pdf-reason = 结束原因
unit-file-pdf-current = 现时
unit-file-pdf-note = { $at } { $who }：{ $text }
unit-file-pdf-document = 档案：{ $name }
unit-file-pdf-photo = 相片
unit-file-pdf-id = 身份证明文件
unit-file-pdf-withheld = 身份证明文件：不予显示（只限客服及经理）
unit-file-pdf-missing = （档案未存入管理处档案库）
unit-file-pdf-footer = 机密 · { $by } 汇出
link-card-holders = 登记册现时纪录：{ $holders }
link-card-no-holders = 登记册现时没有此单位的业主或租客纪录。
link-card-holder = { $name }（{ $relation }）
unit-file-day = { $day }
cmd-unit = 一户一档：单位的资料、业主住户及所有纪录
unit-file-custody = { $at } · { $number } · 托管 — { $status ->
        [requested] 等候管理处回复
        [accepted] 等候业主签署
        [signed] 已签署，等候起始读数
        [active] 托管中
        [ending] 已交还锁匙，等候业主确认
        [ended] 已完结
       *[other] 已拒绝
    }（{ $start } 至 { $end }）
unit-file-custody-counts = 表读数 { $readings } 次、巡查 { $checks } 次、超出用量 { $flagged } 次
unit-file-move-in = { $at } · { $number } · 入伙 — { $status }
unit-file-move-in-errand = 委托代办：{ $item } — { $done ->
        [yes] { $day } 已办妥：{ $note }
       *[no] 处理中
    }
