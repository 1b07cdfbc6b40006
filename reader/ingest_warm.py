"""An ingest worker warmed once: the heavy modules imported and the first-use work done.

A worker's first file pays for importing the pipeline, the summarizer and the figure finder
and for compiling their regular expressions (about half a second of CPU), and its first
stories fill the caches of stems and sentence breaks. ``reader.ingest_work`` names this module
in its forkserver's preload list: the forkserver imports it, which runs ``warm`` there once,
and every worker forked from it starts warm instead of each paying on its own. Where workers
are spawned (no forkserver), the pool's initializer calls ``warm`` in each. Warming is only
a speed-up: it never raises, and what it computes is thrown away (the caches it fills give
the same answers cold or warm).
"""

from __future__ import annotations

# A made-up story that takes the paths real news takes: a headline, a dateline, figures with
# units and changes, a quotation with its speaker, a second story after a separator line.
SAMPLE = """\
Northfield Power raises its forecast as demand grows

LONDON, March 3 (Wire) - Northfield Power Plc said on Tuesday that revenue rose 12% to
$4.5 billion in the three months to March, up from $4.0bn a year earlier, as demand from
data centres grew faster than expected.

"We expect another strong year," chief executive Jane Morrow told reporters. The company
now sees profit of about 1.2 billion pounds, compared with 980 million last year.

Shares in the group climbed 3.4 per cent to 512p in early trading in London.

* * *

City council approves new bridge plan

The council voted 7-2 on Monday to spend 45 million dollars on a bridge over the river.
Work is due to start in May and to take about two years, officials said.
"""

_warmed = False


def warm() -> None:
    """Split, summarise and find the figures of ``SAMPLE`` once in this process."""
    global _warmed
    if _warmed:
        return
    _warmed = True
    try:
        from reader.enrich import compute
        from reader.pipeline import Document, split_sketched

        for whole in (False, True):
            doc = Document("warm", SAMPLE.splitlines(), "")
            stories, _ = split_sketched(doc, whole=whole)
            for story in stories:
                compute(story)
    except Exception:  # a speed-up only: the worker starts all the same
        pass


warm()  # on import: what the forkserver's preload does (see the module's docstring)
