admin-import-rejected = Nothing was imported: { $count } row(s) have errors.
admin-imported = Imported { $rows } row(s): { $buildings } building(s), { $units } unit(s), { $people } new person(s), { $tenures } new holding(s).
admin-codes =
    { $count } code(s), to be used with { $usage }:
    { $codes }
admin-estate-created = Estate { $code } created ({ $tz }, { $hours }).
admin-estate-list = { $lines }
admin-hours-set = Office hours: { $hours }
admin-holiday-list = { $lines }
admin-need-day = Give the day as YYYY-MM-DD.
admin-holiday-added = Holiday { $day } added.
admin-holiday-removed = Holiday { $day } removed.
admin-qr =
    Repair link: { $link }
    QR code: { $png }
qr-needs-target = Give either --unit or --equipment.
cmd-code = Issue a one-time code (residents, staff, groups)
code-cmd-usage =
    Write for example:
    /code resident A-12B owner Chan Tai Man
    /code staff crew plumbing · /code staff desk
    /code group crew plumbing · /code group managers
code-cmd-issued =
    One-time code for { $estate }: <code>{ $code }</code>
    { $usage }
    It is shown only now; it works once and expires.
code-cmd-managers-only = Only managers can issue staff and group codes.

# Registry and staff changes (issue 13)
admin-registry-done = { $lines }
