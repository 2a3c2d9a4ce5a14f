"""`propdesk demo`: the bot, the sandbox and a demo estate in one process."""
