"""Story titles: a headline found or generated, and its form."""
