"""Renovation applications: review, passes, works on site, inspections."""
