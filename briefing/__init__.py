"""The morning briefing: a Markdown digest of the stories, headless (no textual import)."""
