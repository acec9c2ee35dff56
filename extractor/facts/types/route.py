"""``route``: how the cells were given (intraovarian injection, via the ovarian
artery …), with the guidance used (transvaginal ultrasound, laparoscopy …).

Routes and guidance are dictionary terms (``rules/routes.yaml``).  A route
takes the guidance named nearest to it in its sentence, else that of the
paragraph's previous sentences ("Under ultrasound guidance, … . The cells
were injected into …"); two guidances give a route two facts.
"""

from __future__ import annotations

from ...contract import GuidanceId, RouteId
from ...ruleset.model import Kind
from ..registry import FactType, FormField, SheetColumns, SheetList
from ..results import ValueModel


class RouteValue(ValueModel):
    id: RouteId
    guidance: GuidanceId | None = None


def _gap(a, b) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def assign_guidance(routes: list, guidance: list, max_gap: int) -> dict[int, list[str]]:
    """Guidance ids per route mention (keyed by id()).

    Each guidance goes to the route nearest to it in the sentence, if no
    more than ``max_gap`` characters stand between them (settings.yaml:
    linking.route_guidance_chars), so two joined guidances give their route
    two facts (卵巢局部注射(经阴道超声或腹腔镜引导)) and a route of another
    kind keeps none; a route named again in the sentence ("…卵巢局部注射，
    每侧卵巢注入…") shares the guidance of its first naming.
    """
    own: dict[int, list[str]] = {id(r): [] for r in routes}
    if not routes:
        return own
    for g in guidance:
        nearest = min(routes, key=lambda r: (_gap(g, r), r.start))
        if _gap(g, nearest) <= max_gap and g.id not in own[id(nearest)]:
            own[id(nearest)].append(g.id)
    for r in routes:
        if not own[id(r)]:
            same = [o for o in routes if o.id == r.id and own[id(o)]]
            if same:
                own[id(r)] = list(own[id(min(same, key=lambda o: _gap(o, r)))])
    return own


def _earlier_guidance(scope) -> list[str]:
    """The guidance of the nearest previous sentence of the paragraph that names any."""
    for prev in scope.earlier.last(scope.rules.settings.linking.route_guidance_sentences):
        ids = [g.id for g in prev.of_kind(Kind.GUIDANCE)]
        if ids:
            return ids
    return []


def in_sentence(scope) -> None:
    routes = scope.of_kind(Kind.ROUTE)
    guides = scope.of_kind(Kind.GUIDANCE)
    guidance = assign_guidance(routes, guides, scope.rules.settings.linking.route_guidance_chars)
    if not guides:
        for m in routes:
            guidance[id(m)] = guidance[id(m)] or _earlier_guidance(scope)
    for m in routes:
        for guide in guidance[id(m)] or [None]:
            scope.add("route", {"id": m.id, "guidance": guide}, m.start, m.end, m.rule, m.source, mention=m)


def describe(value: dict) -> str:
    return f"{value.get('id')}" + (f" ({value['guidance']})" if value.get("guidance") else "")


FACT_TYPE = FactType(
    name="route",
    position=2,
    label="Routes",
    value_model=RouteValue,
    form=(
        FormField("id", "choice", True, tuple(m.value for m in RouteId)),
        FormField("guidance", "choice", False, tuple(m.value for m in GuidanceId)),
    ),
    describe=describe,
    mention_kind="route",
    grammar=None,
    match_keys=("id", "guidance"),
    export_fields=("guidance",),
    sheet=SheetColumns(("route", "guidance"), lambda v: (v.get("id"), v.get("guidance")), position=2,
                      lists=(SheetList("route", lambda v: v.get("id")), SheetList("guidance", lambda v: v.get("guidance")))),
    in_sentence=in_sentence,
)
