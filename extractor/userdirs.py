"""Where litx keeps what it may throw away: the cache folder.

``$LITX_CACHE_DIR``, else ``$XDG_CACHE_HOME/litx``, else ``~/.cache/litx``.
The parse cache (:mod:`extractor.runs.cache`) and the grammar memo
(:mod:`extractor.ruleset.memo`) live there; deleting the folder loses no
result, only time.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_directory"]


def cache_directory() -> Path:
    """``$LITX_CACHE_DIR``, else ``$XDG_CACHE_HOME/litx``, else ``~/.cache/litx``."""
    explicit = os.environ.get("LITX_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "litx"
