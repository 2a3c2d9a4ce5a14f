"""The sandbox Bot API itself."""
