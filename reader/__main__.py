"""``python -m reader`` is the ``newsdesk`` command."""

from reader.cli import main

raise SystemExit(main())
