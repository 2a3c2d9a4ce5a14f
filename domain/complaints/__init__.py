"""Complaints: the 72-hour reply clock, departments, weekly statistics."""
