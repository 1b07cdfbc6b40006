"""A broadcast or interview transcript: paragraphs led by a speaker's label on a line of its
own ("PRESENTER (Ruth Aonima):", "REPORTER:", "MARKET MANAGER (Esther Pitu):"), some labels said
again. Its turns are one story: a new speaker is no new item, however short the turns and
however the words change between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.paragraph import Paragraph

# a speaker's label alone: a role or name in capitals, its name in brackets, and a colon
_SPEAKER = re.compile(r"[A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}(?: \([^()]{2,60}\))?:")
# the fewest speaker labels, and labels said again, that make a transcript
SPEAKER_TURNS = 3


def transcript(paras: Sequence[Paragraph]) -> bool:
    """The file reads as one transcript (module doc): at least ``SPEAKER_TURNS`` paragraphs that
    are a speaker's label alone, one label said again."""
    labels = [
        p.text.strip().split(" (")[0].rstrip(":")
        for p in paras
        if _SPEAKER.fullmatch(p.text.strip())
    ]
    return len(labels) >= SPEAKER_TURNS and len(set(labels)) < len(labels)
