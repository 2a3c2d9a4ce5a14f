"""The renovation application: form, draft, workers, follow-ups, keyboards, cards."""
