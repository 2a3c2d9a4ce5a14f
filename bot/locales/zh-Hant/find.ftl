# /find：職員搜尋（handlers/find.py）
cmd-find = 搜尋單號、單位、姓名、電話
find-usage = 請在 /find 後寫上要找的內容，例如 /find R2026000123、/find A-12B、/find 陳大文或 /find 漏水。
find-too-long = 內容太長，最多 { $max } 個字。
find-too-many = 最多可用 { $max } 個詞。
find-staff-only = 搜尋只供管理處職員使用。查看你自己的申請，請用 /my。
find-none = 找不到「{ $query }」。
find-header = <b>「{ $query }」的搜尋結果</b>（第 { $page } 頁），最新的先列：
find-unit = 🏠 單位 { $unit } · 一戶一檔：/unit { $unit }
find-row = { $number } · { $kind } · { $unit } · { $status } · { $snippet } /t_{ $link }
find-kind-repair = 維修
find-kind-complaint = 投訴
find-kind-renovation = 裝修
find-kind-enquiry = 查詢
