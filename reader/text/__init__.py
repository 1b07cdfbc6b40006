"""Text utilities shared by every stage: terminal-safe text and the sentence split."""
