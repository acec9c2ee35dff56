"""Folders of result files, as ``litx evaluate`` and ``litx diff`` read them.

A result file is a contract JSON file (``schema_version`` and a ``facts``
list); a run's other JSON (``litx-run.json``) and hidden folders are left
out.  A document is known by its path inside the folder without the
extension (``real/bmj_trial``), so two runs pair document by document.
Also the few ways both commands show a fact on one line.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from ..facts.registry import type_order
from ..errors import LitxError, Msg
from .reviewed import with_decision_log

__all__ = ["ResultFiles", "TYPE_ORDER", "clip", "is_result", "json_files", "json_text", "read_json", "result_key", "scan_results", "value_text"]

#: fact types in contract order, for sorting tables and lists
TYPE_ORDER = type_order()
#: width of an evidence sentence shown on one line
SENTENCE_WIDTH = 120


def read_json(path: Path, bad_json: Msg) -> Any:
    """The data of a JSON file; ``bad_json`` is the error code for invalid JSON."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise LitxError(Msg.E006, str(path), detail="not UTF-8 text") from None
    except OSError as exc:
        raise LitxError(Msg.E006, str(path), detail=exc.strerror or exc) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise LitxError(bad_json, str(path), line=exc.lineno, column=exc.colno, detail=exc.msg) from None


def json_text(data: object) -> str:
    """JSON as litx writes it (UTF-8, indent 1).  A file name that is not
    UTF-8 (its bytes kept as lone surrogates by Python) is written as
    ``\\udcXX`` escapes: valid JSON, read back as the same name."""
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def is_result(data: Any) -> bool:
    return isinstance(data, dict) and "schema_version" in data and isinstance(data.get("facts"), list)


def json_files(root: Path) -> list[Path]:
    """Every ``*.json`` under ``root``, hidden folders and files left out,
    sorted.  A folder that cannot be read is an error (E006), never a folder
    silently taken for empty."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable_folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found += [Path(dirpath) / n for n in filenames if n.endswith(".json") and not n.startswith(".")]
    return sorted(p for p in found if p.is_file())


def unreadable_folder(exc: OSError) -> None:
    """``os.walk``'s onerror: a folder that cannot be read is E006, not an empty one."""
    raise LitxError(Msg.E006, str(exc.filename), detail=exc.strerror or str(exc))


def result_key(root: Path, path: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()


@dataclass
class ResultFiles:
    #: key → (file, data) of every result file
    found: dict[str, tuple[Path, dict]]
    #: other JSON files (relative paths), e.g. the run report
    ignored: list[str]
    #: key → why the file could not be read
    broken: dict[str, LitxError]


def scan_results(out_dir: Path) -> ResultFiles:
    """The result files of a folder (E204 if it is not one)."""
    if not out_dir.is_dir():
        raise LitxError(Msg.E204, str(out_dir))
    found: dict[str, tuple[Path, dict]] = {}
    ignored: list[str] = []
    broken: dict[str, LitxError] = {}
    for path in json_files(out_dir):
        key = result_key(out_dir, path)
        try:
            data = read_json(path, Msg.E206)
        except LitxError as exc:
            broken[key] = exc
            continue
        if is_result(data):
            found[key] = (path, with_decision_log(path, data))  # with the review page's logged decisions
        else:
            ignored.append(path.relative_to(out_dir).as_posix())
    return ResultFiles(found, ignored, broken)


def clip(sentence: str, start: Optional[int], end: Optional[int], width: int = SENTENCE_WIDTH) -> str:
    """At most ``width`` characters of a sentence, centred on [start, end)."""
    if len(sentence) <= width:
        return sentence
    if start is None or end is None:
        return sentence[: width - 1] + "…"
    a = max(0, start - max(0, width - (end - start)) // 2)
    b = min(len(sentence), a + width)
    a = max(0, b - width)
    return ("…" if a else "") + sentence[a:b] + ("…" if b < len(sentence) else "")


def value_text(value: dict) -> str:
    """A fact's value as compact JSON, Chinese kept readable."""
    return json.dumps(value, ensure_ascii=False)
