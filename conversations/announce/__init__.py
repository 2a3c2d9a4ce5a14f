"""Writing an announcement (通告) and its buttons."""
