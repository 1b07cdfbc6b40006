from __future__ import annotations

import subprocess
import sys


def test_warming_splits_summarises_and_finds_figures_once() -> None:
    """Importing the module (what the forkserver's preload does) leaves the process warm: the
    pipeline, summarizer and figure finder imported and the stem and sentence caches filled."""
    code = (
        "import sys\n"
        "import reader.ingest_warm\n"
        "from reader.text.stem import stem\n"
        "from reader.text.sentences import _tokenizer\n"
        "assert {'reader.figures', 'reader.summarize', 'reader.pipeline'} <= set(sys.modules)\n"
        "assert stem.cache_info().currsize > 20\n"
        "assert _tokenizer().breaks.cache_info().currsize > 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_sample_holds_two_stories_with_figures() -> None:
    from reader.enrich import compute
    from reader.ingest_warm import SAMPLE, warm
    from reader.pipeline import Document, split_sketched

    warm()  # a second call does nothing
    stories, _ = split_sketched(Document("s", SAMPLE.splitlines(), ""))
    assert len(stories) == 2
    assert all(compute(story)[1] for story in stories)  # each has figures to find
