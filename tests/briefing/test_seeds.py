"""The bundled seeds' briefing: sections, headline figures with periods, one Alibaba group."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from markdown_it import MarkdownIt

from briefing.budget import fit
from briefing.build import build_briefing
from briefing.related import group_stories
from briefing.render import render_markdown
from reader import desk
from reader.model import Story
from reader.settings.resources import seeds_dir


def _seeds(tmp_path: Path) -> list[Story]:
    """The seeds as saved just now: "9 hours ago" in one of them is then the same news day."""
    paths = []
    for src in sorted(seeds_dir().glob("*.txt")):
        dst = tmp_path / src.name
        shutil.copyfile(src, dst)
        paths.append(str(dst))
    library = desk.open_library(saved=False)
    found = desk.gather(library, paths, summaries=desk.SummaryOptions())
    stories = list(found.stories)  # read while the library is open
    library.close()
    assert not found.problems
    return stories


def _seeds_briefing(tmp_path: Path) -> str:
    stories = _seeds(tmp_path)
    b = fit(build_briefing(stories, "2026-11-23"), render_markdown, 800)
    return render_markdown(b)


def test_seeds_briefing_reads_well(tmp_path: Path) -> None:
    text = _seeds_briefing(tmp_path)
    assert text == _seeds_briefing(tmp_path)  # deterministic
    sections = re.findall(r"^## (.+)$", text, re.M)
    assert len(sections) >= 3 and "Also in the news" in sections
    rows = [ln for ln in text.splitlines() if ln.startswith("| ")]
    table = "\n".join(rows)
    assert re.search(
        r"\| \$34\.81 billion \| revenue \| Alibaba \| fiscal second quarter \|", table
    )
    assert re.search(
        r"\| 2\.95 billion dollars \| net income \| Alibaba \| fiscal second quarter", table
    )
    assert re.search(
        r"\| 345\.1 trillion won \| market cap \| Samsung Electronics \| Friday", table
    )
    assert re.search(r"\$200M contract value \(OpenAI\), one year", text)
    assert "(untitled)" not in text and "Why here" not in text and "sentence " not in text
    MarkdownIt("commonmark").enable("table").parse(text)


def test_the_five_alibaba_reports_are_one_item(tmp_path: Path) -> None:
    stories = _seeds(tmp_path)
    alibaba = {s.id for s in stories if "Alibaba" in s.title or s.title.startswith("Chinese tech")}
    assert len(alibaba) == 5
    b = build_briefing(stories, "2026-11-23")
    top = b.top[0]
    # one group: Alibaba's results coverage (the same lead name, each reporting its results)
    assert {r.id for r in top.stories} == alibaba and not top.related
    assert top.subject == "Alibaba" and len(top.coverage) == 3
    # … whose summary comes from one event: the two reports of the same quarter's results
    # (both give its $34.81 billion revenue); the others report other quarters
    events = [g for g in group_stories(stories) if len(g) > 1]
    assert len(events) == 1 and len(events[0]) == 2
    assert all(stories[i].id in alibaba and "34.81" in stories[i].text for i in events[0])
    assert {r.id for r in top.stories[:2]} == {stories[i].id for i in events[0]}
