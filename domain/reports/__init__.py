"""The office's monthly routine: the management report's KPIs (`kpis`), the month
(`period`), the registry lists as at month end (`registry_lists`), the exports (`exports`)
and the use cases that make, remind and mark the report sent (`monthly`)."""
