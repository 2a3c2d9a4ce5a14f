"""Renovation buttons and commands: review, the owner's list, the site."""
