"""newsdesk's reader: stories out of messy files, summaries, key figures and the terminal app.

Nothing in this package outside ``reader.tui`` imports textual, so the pipeline runs headless.
"""

__version__ = "0.1.0"
