"""The base of the app's mixins (copying, lookups, writes, list actions): the Textual App for
the type checker, a plain object at run time. Every App subclass costs Textual's class set-up
(its reactives and bindings gathered over the whole App class) before the first paint; the
mixins need none of it, since ReaderApp is the App and finds their handlers and actions by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

    AppMixin = App[None]
else:
    AppMixin = object

__all__ = ["AppMixin"]
