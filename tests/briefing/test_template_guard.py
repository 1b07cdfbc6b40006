"""A user's --template: refused when it is not a small regular file, stopped when it runs away,
never allowed to read other files. Every failure is one line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.build import Briefing, build_briefing
from briefing.render import TemplateProblem, render_markdown
from briefing.template_guard import MAX_OUTPUT_CHARS, MAX_TEMPLATE_BYTES
from reader.model import Source, Story


def briefing() -> Briefing:
    story = Story(
        id="a",
        title="Acme buys Globex",
        title_generated=False,
        sources=[Source("a.txt", 1, 3)],
        paragraphs=["Acme said on Monday it would buy Globex for $3 billion."],
        summary=["Acme said on Monday it would buy Globex for $3 billion."],
        figures=[],
    )
    return build_briefing([story], "2026-11-23")


def problem(template: Path) -> str:
    with pytest.raises(TemplateProblem) as info:
        render_markdown(briefing(), str(template))
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_a_small_template_still_renders(tmp_path: Path) -> None:
    t = tmp_path / "t.j2"
    t.write_text("{% for item in top %}* {{ item.title }}{% endfor %}")
    assert render_markdown(briefing(), str(t)) == "* Acme buys Globex\n"


def test_odd_files_are_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.j2"
    os.mkfifo(fifo)  # opening it for reading would block forever
    assert "FIFO" in problem(fifo)
    assert "directory" in problem(tmp_path)
    assert "device" in problem(Path("/dev/zero"))
    huge = tmp_path / "huge.j2"
    with huge.open("wb") as fh:
        fh.truncate(64 * 1024 * 1024)  # sparse
    assert "refused" in problem(huge)
    big = tmp_path / "big.j2"
    big.write_text("x" * (MAX_TEMPLATE_BYTES + 1))
    assert "refused" in problem(big)
    bad = tmp_path / "bad.j2"
    bad.write_bytes(b"\xff\xfe{{ x }}")
    assert "UTF-8" in problem(bad)


@pytest.mark.parametrize(
    "source",
    [
        "{% for i in range(10**10) %}x{% endfor %}",
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
        "{% for i in range(99999) %}{% for j in range(99999) %}xx{% endfor %}{% endfor %}",
        "{{ 'x' * 10**8 }}",
        "{{ [1] * 10**8 }}",
        "{{ 2 ** (10 ** 8) }}",
        '{% include "/etc/passwd" %}',
        '{% import "/etc/passwd" as p %}',
        '{% extends "/etc/passwd" %}',
        '{% from "x.j2" import y %}',
        "{{ top[0].title.__class__.__mro__ }}",
        "{% for %}",
        "{{ 1 / 0 }}",
    ],
    ids=[
        "range",
        "recursion",
        "nested-loops",
        "huge-output",
        "str-times",
        "list-times",
        "power",
        "include",
        "import",
        "extends",
        "from-import",
        "sandbox",
        "syntax",
        "zero",
    ],
)
def test_runaway_or_escaping_templates_stop_with_one_line(tmp_path: Path, source: str) -> None:
    t = tmp_path / "t.j2"
    t.write_text(source)
    message = problem(t)
    assert message.startswith("template error in t.j2")
    assert "root:" not in message  # nothing of /etc/passwd


def test_output_budget_is_characters_not_time(tmp_path: Path) -> None:
    t = tmp_path / "t.j2"
    n = MAX_OUTPUT_CHARS // 100_000 + 1
    t.write_text(f"{{% for i in range({n}) %}}{{{{ 'y' * 100000 }}}}{{% endfor %}}")
    assert "output larger" in problem(t)


def test_cli_refuses_a_fifo_template_with_exit_2(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.j2"
    os.mkfifo(fifo)
    story = tmp_path / "s.txt"
    story.write_text("Acme said on Monday it would buy Globex for $3 billion in cash.\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "brief",
            "--no-library",
            "--template",
            str(fifo),
            str(story),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, NEWSDESK_HOME=str(tmp_path / "home")),
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "FIFO" in proc.stderr


@pytest.mark.parametrize(
    "source",
    [
        "{{ 'x'|center(10**9) }}",
        "{{ 'x'|indent(10**9) }}",
        "{{ 'x'|truncate(10**9) }}",
        "{{ 'x'.ljust(10**9) }}",
        "{{ 'x'.zfill(10**9) }}",
        "{{ '{:>999999999}'.format(1) }}",
        "{{ ('a' * 100000)|replace('a', 'b' * 1000) }}",
    ],
    ids=["center", "indent", "truncate", "ljust", "zfill", "format-width", "replace"],
)
def test_size_arguments_are_refused_before_the_string_is_built(source: str) -> None:
    """A width or count handed to a filter or method would build the string before the output
    budget sees it: refused up front, by the size of the number, not by time or memory."""
    from briefing.template_guard import TemplateProblem as GuardProblem
    from briefing.template_guard import render_bounded

    with pytest.raises(GuardProblem) as err:
        render_bounded(source, "t.j2", {})
    assert "output larger" not in str(err.value)  # stopped before anything was built


def test_ordinary_filters_and_methods_still_work() -> None:
    from briefing.template_guard import render_bounded

    out = render_bounded(
        "{{ 'ab'|center(6) }}|{{ 'a b'|replace(' ', '-') }}|{{ '{:>3}'.format(7) }}|"
        "{{ 'x'.upper() }}|{{ [1, 2]|join(',') }}",
        "t.j2",
        {},
    )
    assert out == "  ab  |a-b|  7|X|1,2"
