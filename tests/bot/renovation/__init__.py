"""Renovation flows with the bot in process."""
