"""Output for the terminal and clipboard: progress bar, clipboard copy, clipboard Markdown."""
