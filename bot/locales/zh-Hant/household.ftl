# 一戶一檔 (the household file): /unit, its pages and the PDF; the link-request card's holders.
unit-file-usage = 請寫出單位，例如 /unit A-12B、/unit A座12樓B室 或 /unit 12B, Block A。
unit-file-staff-only = 只有客服、經理及設備主管可以查閱單位檔案。你自己的報修及投訴可用 /my 查看。
unit-file-bad-unit = 「{ $unit }」不像一個單位，請寫成 A-12B 或 A座12樓B室。
unit-file-choose = 有多座都有單位 { $unit }，請選擇：
unit-file-title = <b>一戶一檔：單位 { $unit }</b>
unit-file-fact = { $label }：{ $value }
unit-file-f-floor = 樓層
unit-file-f-type = 類型
unit-file-f-usable = 實用面積
unit-file-f-built = 建築面積
unit-file-f-land = 分攤土地面積
unit-file-f-use = 用途
unit-file-f-facilities = 附屬設施
unit-file-f-parking = 車位
unit-file-f-occupied = 入住狀況
unit-file-occupied = 已入住
unit-file-vacant = 空置
unit-file-area = { $value } 平方呎
unit-file-holders = <b>業主及住戶</b>
unit-file-timeline = <b>紀錄</b>（第 { $page }／{ $pages } 頁，共 { $count } 項）
unit-file-empty = 此單位未有任何紀錄。
unit-file-entry = { $at } · { $number } · { $what } — { $status }
unit-file-text = 　{ $text }
unit-file-reporter = 　報告人：{ $name }
unit-file-callback = 　回訪：{ $result }
unit-file-rating = 　評分：{ $stars }／5
unit-file-notes = 　對話及備註 { $count } 則
unit-file-files = 　📎 相片及檔案 { $count } 個
unit-file-withheld = 　🔒 身份證明文件 { $count } 個（不予顯示）
unit-file-survey = { $at } · 業主評議表 { $quarter } — { $status }
unit-file-survey-asked = 已邀請，未回覆
unit-file-survey-started = 已回覆部分
unit-file-survey-answered = 已回覆（答案不記名，不在此顯示）
unit-file-survey-unreachable = 以紙本問卷邀請
unit-file-survey-sampled = 已抽樣
unit-file-kind-repair = 報修
unit-file-kind-complaint = 投訴
unit-file-kind-renovation = 裝修申請
unit-file-kind-enquiry = 查詢管理處
unit-file-callback-satisfied = 滿意
unit-file-callback-problem = 發現問題，已安排返工
unit-file-callback-unreachable = 未能聯絡
unit-file-btn-prev = « 較新
unit-file-btn-next = 較舊 »
unit-file-btn-pdf = 匯出 PDF
unit-file-pdf-caption = 單位 { $unit } 一戶一檔（{ $count } 項紀錄）
unit-file-pdf-sent = 已把 PDF 發給你。
unit-file-pdf-title = 一戶一檔：單位 { $unit }
unit-file-pdf-facts = 單位資料
unit-file-pdf-holders = 業主及住戶（連歷史）
unit-file-pdf-timeline = 紀錄（由新至舊）
unit-file-pdf-name = 姓名
unit-file-pdf-relation = 身份
unit-file-pdf-from = 由
unit-file-pdf-to = 至
unit-file-pdf-reason = 結束原因
unit-file-pdf-current = 現時
unit-file-pdf-note = { $at } { $who }：{ $text }
unit-file-pdf-document = 檔案：{ $name }
unit-file-pdf-photo = 相片
unit-file-pdf-id = 身份證明文件
unit-file-pdf-withheld = 身份證明文件：不予顯示（只限客服及經理）
unit-file-pdf-missing = （檔案未存入管理處檔案庫）
unit-file-pdf-footer = 機密 · { $by } 匯出
link-card-holders = 登記冊現時紀錄：{ $holders }
link-card-no-holders = 登記冊現時沒有此單位的業主或租客紀錄。
link-card-holder = { $name }（{ $relation }）
unit-file-day = { $day }
cmd-unit = 一戶一檔：單位的資料、業主住戶及所有紀錄
unit-file-custody = { $at } · { $number } · 託管 — { $status ->
        [requested] 等候管理處回覆
        [accepted] 等候業主簽署
        [signed] 已簽署，等候起始讀數
        [active] 託管中
        [ending] 已交還鎖匙，等候業主確認
        [ended] 已完結
       *[other] 已拒絕
    }（{ $start } 至 { $end }）
unit-file-custody-counts = 錶讀數 { $readings } 次、巡查 { $checks } 次、超出用量 { $flagged } 次
unit-file-move-in = { $at } · { $number } · 入伙 — { $status }
unit-file-move-in-errand = 委託代辦：{ $item } — { $done ->
        [yes] { $day } 已辦妥：{ $note }
       *[no] 處理中
    }
