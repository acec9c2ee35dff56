"""A fact's review decision as a result file holds it (``review.status``,
``review.value`` for an edit): read the same way by the exports, evaluation
and the review page."""

from __future__ import annotations

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
