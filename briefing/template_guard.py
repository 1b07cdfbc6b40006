"""A user's --template, read and run within bounds.

Reading follows the input rules (reader.story.load.read_bytes: a regular file only, never a FIFO or
device, bounded size) with a tighter cap, since a template is a page of text. Rendering runs
in Jinja2's sandbox with a budget: a step budget (template code lines executed, counted by a
trace hook, so nested loops stop), an output budget, bounded ``*`` and ``**``, and no loader,
so ``{% include %}``, ``{% import %}`` and ``{% extends %}`` cannot reach the filesystem. Every
failure is a one-line TemplateProblem.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping
from types import FrameType
from typing import Any

from jinja2 import BaseLoader, Environment, StrictUndefined, Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment

MAX_TEMPLATE_BYTES = 1024 * 1024
# Template lines executed while rendering; the shipped template uses a few thousand.
MAX_STEPS = 2_000_000
MAX_OUTPUT_CHARS = 10 * 1024 * 1024
# Longest string or list a template may build with * (and the largest power with **).
MAX_PRODUCT = 1_000_000
MAX_EXPONENT = 1_000
_FORMAT_NUMBER = re.compile(r"\d{7,}")


class TemplateProblem(Exception):
    """The template could not be read, parsed or rendered."""


class _NoFiles(BaseLoader):
    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Any]:
        raise TemplateProblem(f"templates cannot include or import other files ({template!r})")


def _check_sizes(name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """A call that is handed a huge number (a width, a count, a length) would build a huge
    string before the output budget could see it: refused before it runs."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_PRODUCT:
            raise TemplateProblem(f"{name}: number too large in template ({value})")


def _bounded_filter(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_sizes(f"filter {name}", args, kwargs)
        texts = [a for a in args if isinstance(a, str)]  # after any context Jinja passes
        if name == "replace" and len(texts) >= 3:
            text, old, new = texts[:3]
            if len(new) > len(old) and text.count(old) * len(new) > MAX_PRODUCT:
                raise TemplateProblem("filter replace: result too long")
        return real(*args, **kwargs)

    for attr in ("jinja_pass_arg",):  # keep how Jinja passes the environment or context
        if hasattr(real, attr):
            setattr(bounded, attr, getattr(real, attr))
    return bounded


class BudgetedEnvironment(SandboxedEnvironment):
    """The sandbox with bounded arithmetic on sequences and powers, and no call (method or
    filter) handed a number past MAX_PRODUCT."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters = {name: _bounded_filter(name, f) for name, f in self.filters.items()}

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _check_sizes(getattr(__obj, "__name__", "call"), args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Any:
        """``"{:>999999999}".format(x)``: a width or precision past MAX_PRODUCT is refused."""
        fmt = getattr(value, "__self__", None)
        if isinstance(fmt, str) and any(int(n) > MAX_PRODUCT for n in _FORMAT_NUMBER.findall(fmt)):
            raise TemplateProblem("format: width too large in template")
        return super().wrap_str_format(value)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise TemplateProblem(f"power too large in template (exponent {right})")
            return left**right
        for seq, times in ((left, right), (right, left)):
            sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
            if sized and len(seq) * times > MAX_PRODUCT:
                raise TemplateProblem("template builds a string or list that is too long")
        return left * right


def read_template(path: str) -> str:
    """The template's text, or a one-line TemplateProblem (same file rules as inputs)."""
    from reader.story.load import Problem, read_bytes

    if path == "-":
        raise TemplateProblem("the template must be a file, not stdin")
    raw = read_bytes(path)
    if isinstance(raw, Problem):
        raise TemplateProblem(f"cannot read template {raw}")
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise TemplateProblem(
            f"cannot read template {path}: larger than {MAX_TEMPLATE_BYTES // 1024} KiB, refused"
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateProblem(f"cannot read template {path}: not UTF-8 text") from None


def environment() -> BudgetedEnvironment:
    return BudgetedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        loader=_NoFiles(),
    )


# compiled templates by source: fitting a briefing to its word budget renders it several
# times, and compiling costs more than rendering (a render keeps no state in its template)
_COMPILED: dict[str, Template] = {}
_COMPILED_MAX = 8


def _compiled(source: str) -> Template:
    template = _COMPILED.get(source)
    if template is None:
        template = environment().from_string(source)
        if len(_COMPILED) >= _COMPILED_MAX:
            _COMPILED.clear()
        _COMPILED[source] = template
    return template


def render_bounded(source: str, name: str, values: Mapping[str, Any]) -> str:
    """Render ``source`` with ``values`` inside the step and output budgets."""
    try:
        template = _compiled(source)
        return _with_step_budget(lambda: _collect(template.generate(**values)))
    except TemplateProblem as exc:
        raise TemplateProblem(f"template error in {name}: {exc}") from None
    except TemplateError as exc:
        line = getattr(exc, "lineno", None)
        where = f" (line {line})" if line else ""
        raise TemplateProblem(f"template error in {name}{where}: {_one_line(exc)}") from None
    except RecursionError:
        raise TemplateProblem(f"template error in {name}: recursion too deep") from None
    except MemoryError:
        raise TemplateProblem(f"template error in {name}: out of memory") from None
    except (OverflowError, ValueError, TypeError, ArithmeticError, LookupError) as exc:
        raise TemplateProblem(f"template error in {name}: {_one_line(exc)}") from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def _collect(parts: Iterator[str]) -> str:
    out: list[str] = []
    size = 0
    for part in parts:
        size += len(part)
        if size > MAX_OUTPUT_CHARS:
            raise TemplateProblem(f"output larger than {MAX_OUTPUT_CHARS // (1024 * 1024)} MiB")
        out.append(part)
    return "".join(out)


def _with_step_budget(fn: Callable[[], str]) -> str:
    """Run ``fn`` counting the lines executed in template code; past MAX_STEPS, stop it."""
    steps = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal steps
        if event == "line":
            steps += 1
            if steps > MAX_STEPS:
                raise TemplateProblem("template takes too long (step budget exceeded)")
        return local

    def global_(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename == "<template>" else None

    previous = sys.gettrace()
    sys.settrace(global_)
    try:
        return fn()
    finally:
        sys.settrace(previous)
