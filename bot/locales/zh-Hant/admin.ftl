admin-import-rejected = 沒有匯入任何資料：{ $count } 行有錯誤。
admin-imported = 已匯入 { $rows } 行：{ $buildings } 座、{ $units } 個單位、{ $people } 位新住戶、{ $tenures } 項新業權／租約。
admin-codes =
    { $count } 個登記碼，使用方法：{ $usage }
    { $codes }
admin-estate-created = 已建立屋苑 { $code }（{ $tz }，{ $hours }）。
admin-estate-list = { $lines }
admin-hours-set = 辦公時間：{ $hours }
admin-holiday-list = { $lines }
admin-need-day = 請以 YYYY-MM-DD 格式輸入日期。
admin-holiday-added = 已加入假期 { $day }。
admin-holiday-removed = 已刪除假期 { $day }。
admin-qr =
    報修連結：{ $link }
    二維碼：{ $png }
qr-needs-target = 請提供 --unit 或 --equipment 其中一項。
cmd-code = 發出一次性登記碼（住戶、職員、群組）
code-cmd-usage =
    例如：
    /code resident A-12B owner 陳大文
    /code staff crew plumbing · /code staff desk
    /code group crew plumbing · /code group managers
code-cmd-issued =
    { $estate }的一次性登記碼：<code>{ $code }</code>
    { $usage }
    登記碼只會顯示這一次，只可使用一次，並會過期。
code-cmd-managers-only = 只有經理可以發出職員及群組登記碼。

# Registry and staff changes (issue 13)
admin-registry-done = { $lines }
