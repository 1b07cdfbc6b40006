"""The Textual reader (the only package allowed to import textual)."""
