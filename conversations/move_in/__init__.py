"""Move-in (入伙) in chat: booking, documents and agreements, the desk's cards, inspection."""
