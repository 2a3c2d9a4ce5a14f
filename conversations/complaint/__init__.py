"""The complaint form and the questions asked after its buttons."""
