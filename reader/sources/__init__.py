"""News from where it lives: feeds (RSS, Atom, JSON Feed), web pages and newsletters.

``http`` fetches (conditional GET, caps, limits), ``feeds`` parses feeds into items, ``html``
extracts articles from pages, ``mail`` reads .eml and .mbox newsletters, ``opml`` imports and
exports feed lists, ``store`` keeps feed state in the library, ``refresh`` ties them together
and ``files`` turns .html/.eml/.mbox files into stories for the library.
"""
