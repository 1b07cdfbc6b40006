"""The story library (SQLite): schema, the read side (queries) and the write side (store)."""
