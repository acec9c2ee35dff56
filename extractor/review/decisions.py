"""Decisions on extracted facts: accept, reject, reset, correct, undo; and
taking back a fact the reviewer added.

Each is a change applied by :meth:`ResultFolder.update` at the revision the
reviewer saw.  A decision lives on the fact: ``fact["review"] = {"status",
"value" (edited only), "note", "reviewer", "at"}``; the extracted value stays
as it was.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from pydantic import ValidationError

from ..errors import LitxError, Msg
from ..facts.results import Fact
from .resultfolder import ResultFolder
from .values import REVIEW_STATUSES, effective_value, review_of, status_of, validate_value

__all__ = ["ADDED_RULE", "Decisions", "find_fact"]

#: the rule of a fact a reviewer added
ADDED_RULE = "review.added"


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _set(fact: dict) -> dict:
    """The log operation that puts ``fact``'s review (and an added fact's value) as it is now."""
    op = {"set": fact.get("id"), "review": fact.get("review")}
    if status_of(fact) == "added":
        op["value"] = fact.get("value")
    return op


def find_fact(data: dict, fact_id: Any) -> tuple[int, dict]:
    """The index and fact of ``fact_id`` (E502 when the result has none)."""
    for i, fact in enumerate(data["facts"]):
        if isinstance(fact, dict) and fact.get("id") == fact_id and fact_id is not None:
            return i, fact
    raise LitxError(Msg.E502, fact=str(fact_id)[:100])


class Decisions:
    """The reviewer's decisions, written into the result files of a folder."""

    def __init__(self, folder: ResultFolder, reviewer: str | None = None) -> None:
        self.folder = folder
        self.reviewer = reviewer or None

    def record(self, status: str, *, note: Any = None, value: dict | None = None) -> dict:
        """A ``review`` object: the status, the corrected value, a note, who and when."""
        review: dict[str, Any] = {"status": status}
        if value is not None:
            review["value"] = value
        if isinstance(note, str) and note.strip():
            review["note"] = note.strip()[:2000]
        if self.reviewer:
            review["reviewer"] = self.reviewer
        review["at"] = _now()
        return review

    def decide(self, key: str, revision: Any, fact_id: Any, status: Any, note: Any = None) -> tuple[dict, str]:
        """Accept, reject or reset (``pending``) an extracted fact."""
        if status not in ("accepted", "rejected", "pending"):
            raise LitxError(Msg.E505, detail="status must be accepted, rejected or pending")

        def change(data: dict) -> dict:
            _, fact = find_fact(data, fact_id)
            if status_of(fact) == "added":
                raise LitxError(Msg.E509)
            fact["review"] = {"status": "pending"} if status == "pending" else self.record(status, note=note)
            return fact, [_set(fact)]

        return self.folder.update(key, revision, change)

    def decide_many(self, key: str, revision: Any, fact_ids: Any, status: Any) -> tuple[list[dict], str]:
        """Accept, reject or reset several extracted facts at once (identical mentions):
        one save, one revision.  Facts the reviewer added are left as they are."""
        if status not in ("accepted", "rejected", "pending"):
            raise LitxError(Msg.E505, detail="status must be accepted, rejected or pending")
        if not isinstance(fact_ids, list) or not fact_ids or len(fact_ids) > 10000:
            raise LitxError(Msg.E505, detail="facts must be a list of fact ids")

        def change(data: dict) -> tuple[list[dict], list[dict]]:
            found = [find_fact(data, fid)[1] for fid in fact_ids]  # every id known before any change
            changed = []
            for fact in found:
                if status_of(fact) == "added":
                    continue
                fact["review"] = {"status": "pending"} if status == "pending" else self.record(status)
                changed.append(fact)
            return changed, [_set(f) for f in changed]

        return self.folder.update(key, revision, change)

    def note(self, key: str, revision: Any, fact_id: Any, note: Any) -> tuple[dict, str]:
        """Write (or clear) the note of a fact; its status and value stay as they are:
        a note on an accepted fact leaves it accepted, not edited."""
        if note is not None and not isinstance(note, str):
            raise LitxError(Msg.E505, detail="note must be a string")

        def change(data: dict) -> tuple[dict, list[dict]]:
            _, fact = find_fact(data, fact_id)
            fact["review"] = self._with_note(review_of(fact), note)
            return fact, [_set(fact)]

        return self.folder.update(key, revision, change)

    def _with_note(self, old: dict, note: Any) -> dict:
        review = {k: v for k, v in old.items() if k != "note"} or {"status": "pending"}
        if isinstance(note, str) and note.strip():
            review["note"] = note.strip()[:2000]
        if review.get("status", "pending") != "pending":
            if self.reviewer:
                review["reviewer"] = self.reviewer
            review["at"] = _now()
        return review

    def edit(self, key: str, revision: Any, fact_id: Any, value: Any, note: Any = None) -> tuple[dict, str]:
        """Correct a fact's value: ``review = {"status": "edited", "value": …}`` (the extracted
        value stays as it was); for an added fact the value itself is replaced."""

        def change(data: dict) -> dict:
            _, fact = find_fact(data, fact_id)
            checked = validate_value(str(fact.get("type")), value)
            if status_of(fact) == "added":
                fact["value"] = checked
                old = review_of(fact)
                fact["review"] = self.record("added", note=note if note is not None else old.get("note"))
            elif checked == effective_value(fact):
                # the value as it stands: only the note changed, the decision stays
                fact["review"] = self._with_note(review_of(fact), note)
            else:
                fact["review"] = self.record("edited", note=note, value=checked)
            return fact, [_set(fact)]

        return self.folder.update(key, revision, change)

    @staticmethod
    def _checked_review(review: Any) -> dict:
        if not isinstance(review, dict) or review.get("status") not in REVIEW_STATUSES:
            raise LitxError(Msg.E505, detail=f"review.status must be one of {', '.join(REVIEW_STATUSES)}")
        unknown = set(review) - {"status", "value", "note", "reviewer", "at"}
        if unknown:
            raise LitxError(Msg.E505, detail=f"unknown review field(s): {', '.join(sorted(unknown))}")
        for name in ("note", "reviewer", "at"):
            if name in review and not isinstance(review[name], str):
                raise LitxError(Msg.E505, detail=f"review.{name} must be a string")
        return review

    @staticmethod
    def _put_back(fact: dict, review: dict, value: Any = None) -> None:
        was_added = status_of(fact) == "added"
        if was_added != (review["status"] == "added"):
            raise LitxError(Msg.E509)
        restored = dict(review)
        if restored["status"] == "edited":
            restored["value"] = validate_value(str(fact.get("type")), restored.get("value"))
        else:
            restored.pop("value", None)
        if was_added and value is not None:
            fact["value"] = validate_value(str(fact.get("type")), value)
        fact["review"] = restored

    def restore(self, key: str, revision: Any, fact_id: Any, review: Any, value: Any = None) -> tuple[dict, str]:
        """Put back a review as it was before (undo); ``value`` restores an added fact's value."""
        review = self._checked_review(review)

        def change(data: dict) -> tuple[dict, list[dict]]:
            _, fact = find_fact(data, fact_id)
            self._put_back(fact, review, value)
            return fact, [_set(fact)]

        return self.folder.update(key, revision, change)

    def restore_many(self, key: str, revision: Any, items: Any) -> tuple[list[dict], str]:
        """Undo of :meth:`decide_many`: ``items`` = ``[{"fact": id, "review": {...}}, ...]``."""
        if not isinstance(items, list) or not items or len(items) > 10000:
            raise LitxError(Msg.E505, detail="items must be a list of {fact, review}")
        checked = []
        for item in items:
            if not isinstance(item, dict):
                raise LitxError(Msg.E505, detail="items must be a list of {fact, review}")
            checked.append((item.get("fact"), self._checked_review(item.get("review"))))

        def change(data: dict) -> tuple[list[dict], list[dict]]:
            found = [(find_fact(data, fid)[1], review) for fid, review in checked]
            for fact, review in found:  # every one checked before any is changed
                if (status_of(fact) == "added") != (review["status"] == "added"):
                    raise LitxError(Msg.E509)
                if review["status"] == "edited":
                    validate_value(str(fact.get("type")), review.get("value"))
            for fact, review in found:
                self._put_back(fact, review)
            facts = [f for f, _ in found]
            return facts, [_set(f) for f in facts]

        return self.folder.update(key, revision, change)

    def remove(self, key: str, revision: Any, fact_id: Any) -> tuple[dict, str]:
        """Delete a fact the reviewer added (extracted facts are rejected, never deleted).
        Returns the removed fact, with its index under ``"_index"``, for undo."""

        def change(data: dict) -> dict:
            i, fact = find_fact(data, fact_id)
            if status_of(fact) != "added":
                raise LitxError(Msg.E509)
            del data["facts"][i]
            return {**fact, "_index": i}, [{"remove": fact_id}]

        return self.folder.update(key, revision, change)

    def reinsert(self, key: str, revision: Any, fact: Any, index: Any = None) -> tuple[dict, str]:
        """Undo of :meth:`remove`: put an added fact back."""
        if not isinstance(fact, dict):
            raise LitxError(Msg.E505, detail="fact must be an object")
        fact = {k: v for k, v in fact.items() if k != "_index"}
        if status_of(fact) != "added" or fact.get("rule") != ADDED_RULE:
            raise LitxError(Msg.E509)
        try:
            checked = Fact.model_validate(fact).model_dump(mode="json")
        except ValidationError as exc:
            detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise LitxError(Msg.E511, detail=detail) from None
        checked["review"] = fact["review"]

        def change(data: dict) -> dict:
            if any(isinstance(f, dict) and f.get("id") == checked["id"] for f in data["facts"]):
                raise LitxError(Msg.E508, fact=checked["id"])
            at = index if isinstance(index, int) and not isinstance(index, bool) and 0 <= index <= len(data["facts"]) else len(data["facts"])
            data["facts"].insert(at, checked)
            return checked, [{"insert": checked, "at": at}]

        return self.folder.update(key, revision, change)
