admin-import-rejected = 没有汇入任何资料：{ $count } 行有错误。
admin-imported = 已汇入 { $rows } 行：{ $buildings } 座、{ $units } 个单位、{ $people } 位新住户、{ $tenures } 项新业权／租约。
admin-codes =
    { $count } 个登记码，使用方法：{ $usage }
    { $codes }
admin-estate-created = 已建立屋苑 { $code }（{ $tz }，{ $hours }）。
admin-estate-list = { $lines }
admin-hours-set = 办公时间：{ $hours }
admin-holiday-list = { $lines }
admin-need-day = 请以 YYYY-MM-DD 格式输入日期。
admin-holiday-added = 已加入假期 { $day }。
admin-holiday-removed = 已删除假期 { $day }。
admin-qr =
    报修连结：{ $link }
    二维码：{ $png }
qr-needs-target = 请提供 --unit 或 --equipment 其中一项。
cmd-code = 发出一次性登记码（住户、职员、群组）
code-cmd-usage =
    例如：
    /code resident A-12B owner 陈大文
    /code staff crew plumbing · /code staff desk
    /code group crew plumbing · /code group managers
code-cmd-issued =
    { $estate }的一次性登记码：<code>{ $code }</code>
    { $usage }
    登记码只会显示这一次，只可使用一次，并会过期。
code-cmd-managers-only = 只有经理可以发出职员及群组登记码。

# Registry and staff changes (issue 13)
admin-registry-done = { $lines }
