"""Review of extracted facts against the PDF: a local web page, decisions stored in the results.

``create_app``, ``make_server``, ``resolve_host`` and ``serve`` need Flask and are
imported on first use, so the exports and ``merge_decisions`` work without it.
"""

from __future__ import annotations

from typing import Any

from ..output.merge import merge_decisions, merge_with_file, orphan_warning

__all__ = ["create_app", "make_server", "merge_decisions", "merge_with_file", "orphan_warning", "resolve_host", "serve"]

_LAZY = {"create_app", "make_server", "resolve_host", "serve", "server_url"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
