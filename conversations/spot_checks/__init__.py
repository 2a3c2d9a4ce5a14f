"""Spot checks (抽查) and corrective actions: cards, keyboards, the fail, action and close forms."""
