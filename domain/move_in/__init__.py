"""Move-in (入伙): appointment, documents, fees, inspection, keys (source 『陸』一, 『拾』(1))."""
