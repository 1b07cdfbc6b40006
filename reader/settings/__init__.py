"""User settings and bundled resources: key map, themes, where seeds and themes live."""
