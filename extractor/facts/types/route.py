"""``route``: how the cells were given (intraovarian injection, via the ovarian
artery …), with the guidance used (transvaginal ultrasound, laparoscopy …).

Two sources, read together:

* the names of routes and guidances, dictionary terms (``rules/routes.yaml``:
  intraovarian, tail vein, 卵巢局部注射, laparoscopic …);
* the grammar ``rules/grammars/route.yaml``: an administration word and a
  target in either order with material of the clause between them
  ("injected under ultrasound guidance directly into the left ovary",
  经双侧卵巢动脉缓慢输注), an adverb with its verb, a place word before an
  administration noun; and guidance phrases ("under ultrasound guidance",
  腹腔镜下).  Patterns that name the ``guide`` slot find guidance, the others
  routes.  A route match takes its id from its first part whose slot entry
  has a route id (``target``, ``where``, ``skin``), else from the route name
  (``named``) it contains; a dictionary route
  inside a route match is that match, not a second fact; a route match with
  a ``denied`` part is denied (未经静脉输注).

A route takes the guidance named nearest to it in its sentence, else that of
the paragraph's previous sentences ("Under ultrasound guidance, … . The
cells were injected into …"); two guidances give a route two facts.
Headings and titles are read like sentences ("Intraovarian infusion of …"),
and so is each line of a table row (a column of routes: "IV").
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from ...contract import GuidanceId, RouteId
from ...ruleset.model import Kind
from .. import screen as keys
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


#: the grammar file of this type: rules/grammars/route.yaml
GRAMMAR = "route"
_ROUTE_IDS = frozenset(r.value for r in RouteId)


@dataclass(frozen=True)
class Found:
    """A route or guidance the grammar found: what the finder links and adds."""

    id: str
    start: int
    end: int
    rule: str
    source: str | None
    denied: bool = False


def _inside(inner, outer) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _grammar_routes(text: str, mentions, grammar) -> list[Found]:
    """Routes of the grammar in a sentence (or a table line)."""
    compiled = grammar.compiled
    routes: list[Found] = []
    for m in compiled.find(text, "fact", mentions=mentions, patterns=compiled.patterns_not_using("guide")):
        # the first part whose slot entry is a route id, else a route named inside
        ids = [compiled.slot_id(slot, m.part(slot)) for slot in sorted(m.parts, key=lambda s: m.parts[s][0])]
        ids = [i for i in ids if i in _ROUTE_IDS] + [n.id for n in m.mentions("named")]
        if ids:
            routes.append(Found(ids[0], m.start, m.end, f"route.{m.pattern}", grammar.source(m.pattern, m.lang, m.index),
                                denied=m.part("denied") is not None))
    return routes


def _grammar_guides(text: str, mentions, grammar) -> list[Found]:
    """Guidances of the grammar in a sentence (or a table line)."""
    compiled = grammar.compiled
    guiding = compiled.patterns_using("guide")
    guides = [Found(compiled.slot_id("guide", m.part("guide")), m.start, m.end, f"route.{m.pattern}",
                    grammar.source(m.pattern, m.lang, m.index))
              for m in compiled.find(text, "fact", mentions=mentions, patterns=guiding)]
    return [g for g in guides if g.id]


def _vetoed(text: str, mentions, grammar) -> list[tuple[int, int]]:
    """Spans the grammar's veto patterns say hold no route (blood taken from a vein)."""
    return grammar.compiled.veto_spans(text, mentions=mentions)


#: the mention kinds read here (an enum's value is looked up anew at each asking)
_ROUTE_KIND, _GUIDANCE_KIND = Kind.ROUTE.value, Kind.GUIDANCE.value


def _routes_and_guides(text: str, mentions, rules) -> tuple[list, dict[int, list[str]], bool]:
    """The routes of a text (names and grammar), the guidance ids of each
    (keyed by id()), and whether the text names any guidance (a text
    without a route is not searched for the grammar's guidance phrases:
    they would go to no route)."""
    route, guidance = _ROUTE_KIND, _GUIDANCE_KIND
    routes = [m for m in mentions if m.kind == route]
    guides = [m for m in mentions if m.kind == guidance]
    grammar = rules.grammars.get(GRAMMAR)
    if grammar is not None:
        said = _grammar_routes(text, mentions, grammar)
        routes = [r for r in routes if not any(_inside(r, s) for s in said)] + said
        if not routes:
            return [], {}, bool(guides)
        guided = _grammar_guides(text, mentions, grammar)
        vetoed = _vetoed(text, mentions, grammar) if routes else []
        routes = [r for r in routes if not any(a < r.end and r.start < b for a, b in vetoed)]
        routes.sort(key=lambda r: r.start)
        routes = _without_restatements(text, routes)
        # a guidance phrase and a guidance name at one place are one guidance
        guides = [g for g in guides if not any(_inside(g, o) for o in guided)]
        guides += [g for g in guided if not any(_inside(g, o) for o in guides)]
    return routes, assign_guidance(routes, guides, rules.settings.linking.route_guidance_chars), bool(guides)


#: what stands between a route and its restatement in brackets, and after it
_OPENS_BRACKET = re.compile(r"\s*[(（]\s*$")
_CLOSES_BRACKET = re.compile(r"\s*[)）]")


def _without_restatements(text: str, routes: list) -> list:
    """A route's abbreviation defined in brackets right after it
    ("intravenous (IV) injection", "intraperitoneally (i.p.)") restates it:
    one fact (ANNOTATION.md, per mention)."""
    kept = []
    for r in routes:
        before = kept[-1] if kept else None
        if before is not None and before.id == r.id and before.end <= r.start \
                and _OPENS_BRACKET.match(text, before.end, r.start) and _CLOSES_BRACKET.match(text, r.end):
            continue
        kept.append(r)
    return kept


def may_hold(scope) -> bool:
    """The quick test of a sentence: it names a route, or the grammar's
    gates leave one of its route patterns to try (a sentence without a
    route adds nothing: its guidance goes to no route)."""
    if _ROUTE_KIND in scope.kinds:
        return True
    grammar = scope.rules.grammars.get(GRAMMAR)
    return grammar is not None and grammar.compiled.may_find(
        scope.text, "fact", mentions=tuple(scope.mentions), patterns=grammar.compiled.patterns_not_using("guide"))


def screen(extractor):
    """The keys of :func:`may_hold` (facts/screen.py): a route's mention, its grammar's gate."""
    grammar = extractor.rules.grammars.get(GRAMMAR)
    if grammar is None:
        return keys.kinds(_ROUTE_KIND)
    return keys.kinds(_ROUTE_KIND) | keys.grammar(grammar.compiled, "fact", grammar.compiled.patterns_not_using("guide"))


def in_sentence(scope) -> None:
    routes, guidance, guided = _routes_and_guides(scope.text, scope.mentions, scope.rules)
    if not guided:
        for m in routes:
            guidance[id(m)] = guidance[id(m)] or _earlier_guidance(scope)
    for m in routes:
        for guide in guidance[id(m)] or [None]:
            fact = scope.add("route", {"id": m.id, "guidance": guide}, m.start, m.end, m.rule, m.source, mention=m)
            if getattr(m, "denied", False):
                fact.context.negated = True


def in_table(scope) -> None:
    """Routes named in a table row ("IV" in a column of routes, "tail vein
    injection"), each line read like a sentence; a table states, so a
    denial ("no") is not read."""
    for sentence in scope.block.sentences:
        routes, guidance, _ = _routes_and_guides(sentence.text, scope.mentions(sentence), scope.rules)
        for m in routes:
            if getattr(m, "denied", False):
                continue
            for guide in guidance[id(m)] or [None]:
                scope.add(sentence, "route", {"id": m.id, "guidance": guide}, m.start, m.end, m.rule, m.source)
    _in_route_column(scope)


def _in_route_column(scope) -> None:
    """A cell under a table's route column that names its route by an
    abbreviation of the column's own (route.yaml `table`: "IO", "IP"), with
    its guidance after it ("IO, US", "IO, lap."), where
    no route was read from the cell already."""
    grammar = scope.rules.grammars.get(GRAMMAR)
    if grammar is None or not grammar.compiled.columns:
        return
    taken = [(f.evidence.start, f.evidence.end) for f in scope.out if f.type == "route"]
    for sentence, start, end in scope.cells_under(grammar.compiled.columns):
        if any(a < end and start < b for a, b in taken):
            continue
        for m in grammar.compiled.find_in_cell(sentence.text[start:end]):
            route = grammar.compiled.slot_id("abbreviation", m.part("abbreviation"))
            guide = m.part("guide_abbreviation")  # "IO, US": the guidance after the route
            guidance = grammar.compiled.slot_id("guide_abbreviation", guide) if guide is not None else None
            if route is not None:
                scope.add(sentence, "route", {"id": route, "guidance": guidance}, start + m.start, start + m.end,
                          f"route.table.{m.pattern}", grammar.source(f"table.{m.pattern}", m.lang, m.index))


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
    grammar="grammar of rules/grammars/route.yaml (administration words, targets, guidance) and the names of rules/routes.yaml",
    match_keys=("id", "guidance"),
    export_fields=("guidance",),
    sheet=SheetColumns(("route", "guidance"), lambda v: (v.get("id"), v.get("guidance")), position=2,
                      lists=(SheetList("route", lambda v: v.get("id")), SheetList("guidance", lambda v: v.get("guidance")))),
    in_sentence=in_sentence,
    may_hold=may_hold,
    screen=screen,
    in_heading=in_sentence,
    in_table=in_table,
)
