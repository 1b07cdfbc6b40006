"""The story pipeline: a pile of text → lines → paragraphs → stories (load, decode, classify, assemble, title, dedupe)."""
