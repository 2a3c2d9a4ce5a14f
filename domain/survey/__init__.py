"""Quarterly satisfaction surveys: questionnaire, sampling, answers, analysis."""
