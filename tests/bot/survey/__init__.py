"""Survey flows and the summary with the bot in process."""
