"""An author's biography under an article ("Jenny Marlowe covers shipping and trade for The
Times.", "Charles Choi is a contributing writer for Space.com"): about the writer, not the
story, so it is no body text. Read only after the article's body has begun (at the top a
line like it is the byline's business)."""

from __future__ import annotations

import re

from reader.story.lines.words import word_count

# a person's name (two to four capitalised words, an initial allowed), then what a writer does
_BIO = re.compile(
    r"((?:[A-Z][\w'\u2019-]+ )(?:[A-Z]\. |[A-Z][\w'\u2019-]+ ){0,2}(?:[A-Z][\w'\u2019-]+)) "
    r"(?:covers|writes (?:about|on|for)|reports (?:on|for)|has (?:covered|reported|written)|"
    r"is (?:a|an|the) (?:[\w-]+ ){0,3}(?:reporter|correspondent|writer|journalist|editor|"
    r"columnist|contributor|producer|author|critic)s?)\b"
)
# a biography is a few sentences at most
MAX_WORDS = 90


def bio_name(text: str) -> str | None:
    """The person's name a biography line opens on (module doc), None when the line is none."""
    if not text[:1].isupper() or word_count(text) > MAX_WORDS:
        return None
    m = _BIO.match(text)
    return m.group(1) if m else None


def is_author_bio(text: str) -> bool:
    """The line opens on a person's name and what they write (module doc)."""
    return bio_name(text) is not None


# the bio's one sentence ending on the writer's outlet: "… covers courts for the
# Avalanche-Journal.", "… is a reporter for The Tribune." (a second sentence may point to the
# writer's accounts: "Follow her on Bluesky.", "Email: …")
_OUTLET_END = re.compile(
    r" for (?:the |The )?[A-Z][\w.'\u2019&-]*(?: [A-Z][\w.'\u2019&-]*){0,4}\."
    r"(?: (?:Follow|Email|Contact|Reach) [^.]{0,80}\.?)?$"
)


def outlet_bio(text: str) -> bool:
    """A biography of one sentence (two with the writer's accounts) ending on the outlet the
    writer works for: the end of an item, wherever it stands in a file."""
    return bio_name(text) is not None and _OUTLET_END.search(text) is not None
