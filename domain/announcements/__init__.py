"""Announcements (通告): written by the desk or a manager, sent to households."""
