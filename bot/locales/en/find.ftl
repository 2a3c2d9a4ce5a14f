# /find: staff search (handlers/find.py)
cmd-find = Search tickets, units, names, phones
find-usage = Write what to look for after /find, for example /find R2026000123, /find A-12B, /find Chan or /find leak.
find-too-long = That is too long to search. Use at most { $max } characters.
find-too-many = Use at most { $max } words.
find-staff-only = Search is for management office staff. To see your own requests, use /my.
find-none = Nothing found for “{ $query }”.
find-header = <b>Found for “{ $query }”</b> (page { $page }), newest first:
find-unit = 🏠 Unit { $unit } · household file: /unit { $unit }
find-row = { $number } · { $kind } · { $unit } · { $status } · { $snippet } /t_{ $link }
find-kind-repair = Repair
find-kind-complaint = Complaint
find-kind-renovation = Renovation
find-kind-enquiry = Question
