"""The briefing as a reader gets it: headings with working anchors, bullets, periods, budget,
no scoring internals; the short and email templates; JSON with everything."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from markdown_it import MarkdownIt

from briefing.budget import count_words, fit
from briefing.build import build_briefing
from briefing.render import render_json, render_markdown
from reader.cli.brief import run
from reader.model import Change, Figure, Source, Story


def _github_slugs(text: str) -> set[str]:
    """Heading ids as GitHub makes them (written independently of briefing.anchors)."""
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    seen: dict[str, int] = {}
    out: set[str] = set()
    for i, t in enumerate(tokens):
        if t.type != "heading_open":
            continue
        inline = tokens[i + 1]
        plain = "".join(
            c.content for c in inline.children or [] if c.type in ("text", "code_inline")
        )
        base = re.sub(r"[^\w\- ]", "", plain.lower()).replace(" ", "-")
        slug = base if base not in seen else f"{base}-{seen[base]}"
        seen[base] = seen.get(base, 0) + 1
        out.add(slug)
    return out


def _links(text: str) -> list[str]:
    md = MarkdownIt("commonmark").enable("table")
    hrefs = []
    for t in md.parse(text):
        for c in t.children or []:
            if c.type == "link_open":
                hrefs.append(str(c.attrs["href"]))
    return hrefs


def _story(n: int, title: str, figures: bool = True) -> Story:
    sentence = f"Firm{n} reported fiscal second-quarter revenue of ${n + 1}.5 billion, up 4%."
    figs = [
        Figure(
            f"${n + 1}.5 billion",
            "money",
            (n + 1.5) * 1e9,
            "USD",
            metric="revenue",
            subject=f"Firm{n}",
            change=Change("up", "4%", None),
            sentence=sentence,
            sentence_index=0,
        )
    ]
    return Story(
        id=f"s{n}",
        title=title,
        title_generated=n % 2 == 1,
        sources=[Source(f"/data/f{n}.txt", 1, 9)],
        paragraphs=[sentence, f"Firm{n} staff numbered {n * 100 + 7} at the end of it."],
        summary=[sentence, f"Firm{n} staff numbered {n * 100 + 7} at the end of it."],
        figures=figs if figures else [],
        date=f"2026-11-{10 + n % 10:02d}T08:00",
    )


TITLES = [
    "Kestrel's results: *beat* [forecasts]",
    "Kestrel's results: *beat* [forecasts]",  # the same heading twice: "-1" slug
    "Ünïcode — Ärger & Öl",
    "# Not a heading",
    "Top stories",  # collides with the section heading
    "Zentrix opens a plant",
]


def _day() -> list[Story]:
    return [_story(n, t) for n, t in enumerate(TITLES)]


@pytest.mark.parametrize("template", [None, "short"])
def test_every_link_target_is_a_heading_slug(template: str | None) -> None:
    text = render_markdown(build_briefing(_day(), "2026-11-20", top=5), template)
    links = _links(text)
    assert links and all(href.startswith("#") for href in links)
    assert {unquote(href[1:]) for href in links} <= _github_slugs(text)


def test_a_reader_sees_no_internals_untitled_or_sentence_numbers() -> None:
    text = render_markdown(build_briefing(_day(), "2026-11-20", top=3))
    assert "(untitled)" not in text and not re.search(r"sentence \d", text)
    assert "Why here" not in text and "score" not in text
    assert "fiscal second quarter" in text  # each figure with its period
    assert re.search(r"^- Firm0 reported", text, re.M)  # summary as bullets
    assert "*2026-11-10 · Source:* f0\\.txt:1-9" in text  # absolute date, file:lines (escaped)
    also = text.split("## Also in the news", 1)[1].strip().splitlines()
    assert len(also) == 1  # "Also in the news" is one line
    explained = render_markdown(build_briefing(_day(), "2026-11-20", top=3, explain=True))
    assert "*Why here:* score" in explained


def test_a_url_source_is_a_plain_link() -> None:
    story = _story(0, "Web story")
    story.sources = [Source("https://example.com/a?b=1", 1, 9)]
    text = render_markdown(build_briefing([story, _story(1, "Other")], "2026-11-20"))
    assert "<https://example.com/a?b=1>" in text


def test_word_budget_cuts_also_items_then_more() -> None:
    stories = [_story(n, f"Story number {n} about Firm{n} today") for n in range(300)]
    b = build_briefing(stories, "2026-11-20")
    full = count_words(render_markdown(b))
    fitted = fit(b, render_markdown, 800)
    text = render_markdown(fitted)
    assert full > 800 >= count_words(text)
    assert fitted.top and fitted.also and f"and {fitted.also_more} more" in text
    tiny = fit(build_briefing(stories, "2026-11-20"), render_markdown, 50)
    assert len(tiny.top) == 1  # always keeps one story


def test_email_template_has_no_table_and_plain_links() -> None:
    text = render_markdown(build_briefing(_day(), "2026-11-20", top=3), "email")
    types = {t.type for t in MarkdownIt("commonmark").enable("table").parse(text)}
    assert "table_open" not in types and not _links(text)
    assert "Key figures" in text and "fiscal second quarter" in text


def test_short_template_fits_one_screen() -> None:
    stories = [_story(n, f"Story number {n} about Firm{n} today") for n in range(50)]
    text = render_markdown(build_briefing(stories, "2026-11-20"), "short")
    assert len(text.splitlines()) <= 40


def test_json_carries_what_templates_use() -> None:
    data = json.loads(render_json(build_briefing(_day(), "2026-11-20", top=3)))
    item = data["top"][0]
    assert {"title", "anchor", "date", "summary", "figures", "sources", "why", "stories"} <= set(
        item
    )
    assert {"text", "period"} <= set(item["figures"][0])
    assert {"period", "status", "anchor", "story"} <= set(data["figures"][0])
    assert {"also", "also_more", "first_date", "last_date", "word_budget"} <= set(data)


def _write_dated(tmp_path: Path) -> list[str]:
    import datetime as dt
    import os

    paths = []
    texts = {
        "Kestrel": "Kestrel Holdings said revenue rose 5% to $3.4 billion in the quarter, as "
        "shipping volumes recovered. Analysts had expected less.",
        "Zentrix": "Zentrix opened a battery plant in Tessaly that will employ 900 people, "
        "the carmaker said, after two years of planning permission delays.",
    }
    for name, day, firm in [("old.txt", 3, "Kestrel"), ("new.txt", 20, "Zentrix")]:
        p = tmp_path / name
        p.write_text(
            f"{firm} news of the day\n\nNovember {day}, 2026\n\n{texts[firm]}\n",
            encoding="utf-8",
        )
        t = dt.datetime(2026, 11, 25).timestamp()
        os.utime(p, (t, t))
        paths.append(str(p))
    return paths


def test_since_and_date_select_by_story_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _write_dated(tmp_path)
    assert run([*paths, "--date", "2026-11-20", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["story_count"] == 1 and "Zentrix" in data["top"][0]["title"]
    assert run([*paths, "--since", "2026-11-01", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["story_count"] == 2
    assert run([*paths, "--date", "2025-01-01", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["story_count"] == 2
    assert "no stories dated 2025-01-01; briefing all 2" in captured.err
