"""litx: bilingual literature extraction for systematic reviews.

The library in four calls, each returning the contract's typed models::

    from extractor import extract, load_rules, parse_pdf

    doc = parse_pdf("paper.pdf")            # the text layer: pages, sections, sentences, boxes
    result = extract(doc)                    # a Result: document info, facts with provenance, warnings
    result = extract("paper.pdf", rules=load_rules("my-rules/"))
    print(result.model_dump_json(indent=1))

The stages behind them, in the order a PDF flows through:
``layout`` (PDF → text layer), ``matching`` (tokens and dictionary
mentions), ``facts`` (one module per fact type), ``output`` (result files,
exports, evaluation), ``runs`` (batches, the parse cache), ``review`` and
``refine`` (the review page, rule tools); ``ruleset`` validates the rule
files all of them read, ``lang`` holds what every stage shares about Chinese
and numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .version import PARSER_NAME, __version__  # noqa: F401  (PARSER_NAME: kept for callers of the old place)

if TYPE_CHECKING:
    from .facts.results import Result
    from .layout.document import Document
    from .ruleset.model import RuleSet

__all__ = ["__version__", "extract", "load_rules", "parse_pdf"]


def parse_pdf(path: str | Path, *, password: str | None = None, engine: str | None = None,
              rules: "RuleSet | None" = None) -> "Document":
    """The text layer of a PDF (reading order, sentences, sections, boxes).

    ``rules`` gives the section headings (default: the bundled rules).
    Raises :class:`extractor.errors.LitxError` for a file that cannot be read.
    """
    from .layout.textlayer import parse_pdf as _parse, section_vocab

    return _parse(path, password=password, engine=engine, sections=section_vocab(rules) if rules else None)


def load_rules(directory: str | Path | None = None) -> "RuleSet":
    """The validated rule set of a folder (default: the bundled rules; a
    folder of one's own may hold only the files that differ).  Raises
    :class:`extractor.ruleset.model.RuleError` listing every problem."""
    from .ruleset.model import load_rules as _load

    return _load(directory)


def extract(source: "str | Path | Document", *, rules: "RuleSet | None" = None,
            password: str | None = None) -> "Result":
    """The facts of a PDF (or of a text layer already parsed), as one contract ``Result``."""
    from .ruleset.model import load_rules as _load

    extractor = _extractor(rules or _load())
    doc = source if not isinstance(source, (str, Path)) else parse_pdf(source, password=password, rules=extractor.rules)
    return extractor.result(doc)


_EXTRACTORS: dict[int, object] = {}


def _extractor(rules: "RuleSet"):
    """One compiled extractor per rule set (compiling the matchers takes a second)."""
    from .facts.pipeline import Extractor

    key = id(rules)
    cached = _EXTRACTORS.get(key)
    if cached is None or cached.rules is not rules:  # type: ignore[attr-defined]
        _EXTRACTORS.clear()
        cached = _EXTRACTORS[key] = Extractor.from_rules(rules)
    return cached
