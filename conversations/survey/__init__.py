"""The survey questionnaire walked one question at a time."""
