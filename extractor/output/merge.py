"""Keep review decisions when a PDF is extracted again.

Fact ids are a hash of type, page, sentence, span and value
(``extract._unique_ids``), so the same PDF with the same rules gives the same
ids, and a fact whose value or place changed gets a new one.  A decision is
therefore carried over by id only: an ``accepted`` never lands on a value
the reviewer did not see.

:func:`merge_decisions` (pure, on parsed JSON) and :func:`merge_with_file`
(reads the previous result from disk) are what ``litx extract`` calls when
OUT_DIR already holds a result for the PDF.

Decisions a caller must know
----------------------------
* Every non-pending review of an old fact is copied onto the new fact with
  the same id, when the new fact is still pending (a new result never
  carries decisions, so in practice: always).
* Facts the reviewer added (``review.status == "added"``) are kept as they
  are, appended after the extracted facts, unless the new result already
  holds a fact with that id.
* A decision whose fact is gone is an *orphan*: it is kept in the new file
  under the top-level ``"orphaned_reviews"`` list (the old fact, whole, with
  its review), never dropped.  Orphans of earlier runs are carried too, and
  one whose fact id comes back is re-applied instead.
* The returned list holds the orphans made by *this* merge only, for the
  caller to report (warning W501); the file holds all of them.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from .reviewed import with_decision_log

__all__ = ["ORPHANS_KEY", "merge_decisions", "merge_with_file", "orphan_warning"]

ORPHANS_KEY = "orphaned_reviews"


def _status(fact: Any) -> str:
    review = fact.get("review") if isinstance(fact, dict) else None
    if not isinstance(review, dict):
        return "pending"
    status = review.get("status", "pending")
    return status if isinstance(status, str) else "pending"


def merge_decisions(old: dict, new: dict) -> tuple[dict, list[dict]]:
    """``(merged, orphans)``: ``new`` with the decisions of ``old`` laid over it.

    Neither argument is modified.  ``orphans`` are the old facts (with their
    review) whose id is not in ``new`` any more; they are also appended to
    ``merged["orphaned_reviews"]``.
    """
    merged = copy.deepcopy(new)
    facts = merged.get("facts")
    if not isinstance(facts, list):
        facts = merged["facts"] = []
    by_id = {f.get("id"): f for f in facts if isinstance(f, dict) and f.get("id") is not None}
    old_facts = old.get("facts") if isinstance(old, dict) and isinstance(old.get("facts"), list) else []
    earlier = old.get(ORPHANS_KEY) if isinstance(old, dict) and isinstance(old.get(ORPHANS_KEY), list) else []

    orphans: list[dict] = []
    kept: list[dict] = []  # orphans of earlier runs that are still orphans
    added: list[dict] = []

    def lay_over(fact: dict) -> bool:
        """Apply one decided old fact; False when its fact is gone."""
        target = by_id.get(fact.get("id"))
        if target is None:
            return False
        if _status(target) == "pending":
            target["review"] = copy.deepcopy(fact["review"])
        return True

    for fact in old_facts:
        if not isinstance(fact, dict) or _status(fact) == "pending":
            continue
        if _status(fact) == "added":
            if fact.get("id") not in by_id:
                added.append(copy.deepcopy(fact))
                by_id[fact.get("id")] = added[-1]
            continue
        if not lay_over(fact):
            orphans.append(copy.deepcopy(fact))
    for fact in earlier:
        if isinstance(fact, dict) and not lay_over(fact):
            kept.append(copy.deepcopy(fact))

    facts.extend(added)
    all_orphans = kept + orphans
    if all_orphans:
        merged[ORPHANS_KEY] = all_orphans
    else:
        merged.pop(ORPHANS_KEY, None)
    return merged, orphans


def merge_with_file(target: str | Path, new: dict, notes: list[str] | None = None) -> tuple[dict, list[dict]]:
    """:func:`merge_decisions` against the result already at ``target``, if any.

    A missing or unreadable old file (not JSON, not a result) merges nothing:
    ``(new, [])``; the caller then overwrites it.  With ``notes``, a file
    that cannot be read (cut short, hand-edited into invalid JSON) is first
    kept beside as ``NAME.json.unreadable``, so the decisions in it are not
    lost, and the W502 warning is added to ``notes``.
    """
    path = Path(target)
    old, why = _read_result(path)
    if old is None:
        if notes is not None and why is not None and path.is_file():
            notes.append(_set_aside(path, why))
        return new, []
    # decisions the review page logged beside the file and not yet folded in
    return merge_decisions(with_decision_log(path, old), new)


def _read_result(path: Path) -> tuple[dict | None, str | None]:
    """(the result at ``path``, None) or (None, why it is not one); a missing
    file is (None, None)."""
    try:
        old = json.loads(path.read_text(encoding="utf-8-sig"))  # an editor may have added a BOM
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, exc.strerror or str(exc)
    except ValueError as exc:
        return None, f"not JSON: {exc}".splitlines()[0]
    if not isinstance(old, dict) or not isinstance(old.get("facts"), list):
        return None, "not a result"
    return old, None


def _set_aside(path: Path, why: str) -> str:
    """Rename ``path`` to a free ``NAME.json.unreadable[-N]``; the W502 warning."""
    kept = path.with_name(path.name + ".unreadable")
    n = 1
    while kept.exists():
        n += 1
        kept = path.with_name(f"{path.name}.unreadable-{n}")
    path.replace(kept)
    from ..errors import Msg, warning

    return warning(Msg.W502, detail=why, kept=kept.name)


def orphan_warning(orphans: list[dict]) -> str | None:
    """The W501 warning text for a run report, or None when there are none."""
    if not orphans:
        return None
    from ..errors import Msg, warning

    ids = ", ".join(str(f.get("id")) for f in orphans[:5]) + (" …" if len(orphans) > 5 else "")
    return warning(Msg.W501, count=len(orphans), ids=ids)
