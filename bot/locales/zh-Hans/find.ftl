# /find：职员搜寻（handlers/find.py）
cmd-find = 搜寻单号、单位、姓名、电话
find-usage = 请在 /find 后写上要找的内容，例如 /find R2026000123、/find A-12B、/find 陈大文或 /find 漏水。
find-too-long = 内容太长，最多 { $max } 个字。
find-too-many = 最多可用 { $max } 个词。
find-staff-only = 搜寻只供管理处职员使用。查看你自己的申请，请用 /my。
find-none = 找不到「{ $query }」。
find-header = <b>「{ $query }」的搜寻结果</b>（第 { $page } 页），最新的先列：
find-unit = 🏠 单位 { $unit } · 一户一档：/unit { $unit }
find-row = { $number } · { $kind } · { $unit } · { $status } · { $snippet } /t_{ $link }
find-kind-repair = 维修
find-kind-complaint = 投诉
find-kind-renovation = 装修
find-kind-enquiry = 查询
