"""A fact's review decision as a result file holds it (``review.status``,
``review.value`` for an edit): read the same way by the exports, evaluation
and the review page."""

from __future__ import annotations

import json
from pathlib import Path

REVIEW_STATUSES = ("pending", "accepted", "rejected", "edited", "added")


def review_of(fact: dict) -> dict:
    review = fact.get("review")
    return review if isinstance(review, dict) else {}


def status_of(fact: dict) -> str:
    status = review_of(fact).get("status", "pending")
    return status if status in REVIEW_STATUSES else "pending"


def effective_value(fact: dict) -> dict:
    """The value a reviewer stands behind: ``review.value`` laid over ``value`` when edited
    (as :func:`extractor.output.evaluate.evaluate_reviewed` reads it)."""
    value = fact.get("value") if isinstance(fact.get("value"), dict) else {}
    review = review_of(fact)
    if status_of(fact) == "edited" and isinstance(review.get("value"), dict):
        return {**value, **review["value"]}
    return dict(value)


# ---------------------------------------------------------------- the decision log
#
# The review page saves a decision by appending one line to a log beside the
# result (``.NAME.json.decisions``, hidden and not ``*.json``: no listing
# takes it for a result) and flushing it to disk, instead of rewriting the
# whole result; it folds the log into the result (an atomic rewrite, then
# the log removed) now and then.  Until then the result *is* the file with
# its log applied: every reader of result files (the review page, ``litx
# export``, ``litx evaluate``, ``litx diff``, the merge of a re-run) reads
# it through :func:`with_decision_log`.
#
# Each line is one operation on one fact, by id; applying a line twice, or
# a log to a result it was already folded into (a fold cut short between
# its write and the log's removal), leaves the same result:
#
# * ``{"set": ID, "review": {...}, "value": {...}?}``: the fact's review
#   (and, for a fact the reviewer added, its value);
# * ``{"insert": FACT, "at": N}``: a fact the reviewer added, unless present;
# * ``{"remove": ID}``: a fact the reviewer added, taken back.
#
# A last line cut short (the machine stopped while it was written) was never
# acknowledged and is skipped.


def decision_log_path(path: str | Path) -> Path:
    """The decision log of the result file ``path``: ``.NAME.json.decisions`` beside it."""
    path = Path(path)
    return path.with_name(f".{path.name}.decisions")


def parse_decision_log(raw: bytes) -> list[dict]:
    """The operations of a decision log's bytes (lines that do not parse are skipped)."""
    ops = []
    for line in raw.split(b"\n"):
        if not line.strip():
            continue
        try:
            op = json.loads(line.decode("utf-8"))
        except ValueError:
            continue
        if isinstance(op, dict):
            ops.append(op)
    return ops


def read_decision_log(path: str | Path) -> list[dict]:
    """The operations logged for the result file ``path`` (none when it has no log)."""
    try:
        raw = decision_log_path(path).read_bytes()
    except OSError:
        return []
    return parse_decision_log(raw)


def apply_decisions(data: dict, ops: list[dict]) -> dict:
    """Apply logged operations to a result's data, in place; returns ``data``."""
    facts = data.get("facts") if isinstance(data, dict) else None
    if not isinstance(facts, list) or not ops:
        return data
    by_id = {f.get("id"): f for f in facts if isinstance(f, dict)}
    for op in ops:
        if "set" in op:
            fact = by_id.get(op["set"])
            if fact is not None and isinstance(op.get("review"), dict):
                fact["review"] = op["review"]
                if isinstance(op.get("value"), dict):
                    fact["value"] = op["value"]
        elif "insert" in op:
            fact = op["insert"]
            if isinstance(fact, dict) and fact.get("id") not in by_id:
                at = op.get("at")
                at = at if isinstance(at, int) and not isinstance(at, bool) and 0 <= at <= len(facts) else len(facts)
                facts.insert(at, fact)
                by_id[fact.get("id")] = fact
        elif "remove" in op:
            fact = by_id.pop(op["remove"], None)
            if fact is not None:
                del facts[next(i for i, f in enumerate(facts) if f is fact)]
    return data


def with_decision_log(path: str | Path, data: dict) -> dict:
    """``data`` (the parsed result file ``path``) with the decisions logged beside it."""
    ops = read_decision_log(path)
    return apply_decisions(data, ops) if ops else data
