"""Render a Briefing to Markdown or JSON.

Every string from a story is escaped (escape.py) before it reaches the template, so templates,
including a user's --template, can insert values without creating Markdown structure. User
templates are read and run within bounds (template_guard.py): a mistake is a one-line
TemplateProblem.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefing.build import Briefing
from briefing.escape import escape_md
from briefing.template_guard import TemplateProblem, read_template, render_bounded

__all__ = ["TemplateProblem", "context", "render_json", "render_markdown"]

TEMPLATES = Path(__file__).parent / "templates"
DEFAULT_TEMPLATE = TEMPLATES / "briefing.md.j2"
# built-in templates by name: ``--template short``
TEMPLATE_NAMES = {"default": "briefing.md.j2", "short": "short.md.j2", "email": "email.md.j2"}
# values that are not text for the reader: slugs (letters, digits, "-") and checked URLs
_RAW_KEYS = ("number", "anchor", "url", "score", "explain")


def template_path(template: str | None) -> Path:
    """A built-in template's name, or a file of the user's."""
    if template is None:
        return DEFAULT_TEMPLATE
    if template in TEMPLATE_NAMES:
        return TEMPLATES / TEMPLATE_NAMES[template]
    return Path(template)


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return escape_md(value)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: (v if k in _RAW_KEYS else _escaped(v)) for k, v in value.items()}
    return value


def context(briefing: Briefing) -> dict[str, Any]:
    data = _escaped(briefing.to_json())
    assert isinstance(data, dict)
    return data


def render_markdown(briefing: Briefing, template: str | None = None) -> str:
    path = template_path(template)
    if template is None or template in TEMPLATE_NAMES:  # bundled: trusted, read as is
        source = path.read_text(encoding="utf-8")
    else:  # the user's file: regular, bounded, UTF-8
        source = read_template(template)
    text = render_bounded(source, path.name, context(briefing))
    lines = [ln.rstrip() for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:
        if ln == "" and out and out[-1] == "":
            continue
        out.append(ln)
    return "\n".join(out).strip() + "\n"


def render_json(briefing: Briefing) -> str:
    from reader.text.safe import strip_controls

    def clean(v: Any) -> Any:
        if isinstance(v, str):
            return strip_controls(v)
        if isinstance(v, list):
            return [clean(x) for x in v]
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        return v

    return json.dumps(clean(briefing.to_json()), ensure_ascii=False, indent=2) + "\n"
