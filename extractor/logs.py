"""The PDF libraries' own log lines: off unless ``--verbose``.

pdfminer, pdfplumber and the others log through :mod:`logging` without a
handler of their own, so Python's last-resort handler prints their warnings
on stderr ("Data-loss while decompressing corrupted data", "Could not get
FontBBox…", up to hundreds of lines for one file), before or instead of
litx's own line.  What they report is either of no use to a user or said
by litx itself (a page that cannot be read is ``W005``).  Every line litx
writes to stderr starts with ``litx:`` (or is the report of a batch).
"""

from __future__ import annotations

import logging
import sys
import warnings

#: loggers of the libraries litx uses (their children follow them)
LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2", "pypdfium2_raw", "PIL", "jieba", "fontTools", "spacy", "reportlab")

_QUIET = logging.CRITICAL + 1


def _drop(record: logging.LogRecord) -> bool:
    return False


def quiet_libraries(verbose: bool = False) -> None:
    """Silence (or, ``verbose``, show) the libraries' log lines and Python
    warnings, in this process; worker processes call it too."""
    for name in LIBRARIES:
        logger = logging.getLogger(name)
        if verbose:
            logger.setLevel(logging.NOTSET)
            logger.propagate = True
            logger.removeFilter(_drop)
        else:
            # the level stops records before they are made; the filter holds for
            # jieba, which sets its own level (and has its own stderr handler)
            logger.setLevel(_QUIET)
            logger.propagate = False
            if _drop not in logger.filters:
                logger.addFilter(_drop)
            if not logger.handlers:
                logger.addHandler(logging.NullHandler())
    if verbose:
        root = logging.getLogger()
        if not any(getattr(h, "_litx", False) for h in root.handlers):
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("litx: verbose: %(name)s: %(levelname)s: %(message)s"))
            handler._litx = True
            root.addHandler(handler)
        root.setLevel(logging.WARNING)
    if not sys.warnoptions:  # python -W / PYTHONWARNINGS given: the user decides
        warnings.simplefilter("default" if verbose else "ignore")
