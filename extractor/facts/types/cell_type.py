"""``cell_type``: the cells (or cell products) given, by their names.

Four ways, each fact naming its rule:

* the dictionary names (``rules/cell_types.yaml``: ``cell_type.term`` …).
  An ambiguous abbreviation (MSC, which is also "microsatellite") counts
  only in a document that confirms it; a term that ``requires`` a cue counts
  only in a sentence holding one ("mitochondria" only where transplantation
  is spoken of);
* the grammar of ``rules/grammars/cell_type.yaml``: a source tissue, perhaps
  "-derived" / 来源的, and a head noun ("bone marrow–derived mesenchymal
  stromal cells", "amniotic MSCs", 经血来源的基质细胞); a match replaces the
  shorter dictionary names inside it ("mesenchymal stem cells" there is no
  plain ``msc``), a dictionary name as long or longer wins over it;
* abbreviations the document defines: a cell type followed by a bracketed
  abbreviation ("human amniotic MSCs (hAMSCs)") makes every later use of it
  ("hAMSCs", "hAMSC") a mention of the same id (``cell_type.abbreviation``);
* the dictionary's abbreviations written another way, defined or not: in
  other capitals ("HBMSC", "uc-MSCs"), numbered ("MSC1", "EV20K"), glued
  to the amount given (BMSCs2×10^6个), or after a hyphenated source where
  the entry's id holds whatever the source (``any_source``: "hUC-EVs";
  ``cell_type.variant``).  A species letter before an abbreviation
  ("mUCMSCs") is read the same way (``cell_type.prefixed``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...contract import CellTypeId
from ...lang.trie import trie_pattern
from ...matching.matchers import fold_punct
from ...matching.mentions import Mention
from ...ruleset.model import Kind
from .. import screen as keys
from ..registry import FactType, FormField, SheetColumns, SheetList
from ..results import ValueModel


class CellTypeValue(ValueModel):
    id: CellTypeId
    label: str


def _counts(scope, m) -> bool:
    ambiguous = scope.rules.ambiguous_abbreviation(m.text)
    if ambiguous is not None and m.text not in scope.confirmed:
        return False
    requires = m.extra.get("requires") if m.extra else None
    if requires and not any(cue in scope.text for cue in requires):
        return False
    return True


#: the grammar file of this type: rules/grammars/cell_type.yaml
GRAMMAR = "cell_type"
#: where SentenceScope.document keeps the abbreviations a document defined
_DEFINED_KEY = "cell_type.abbreviations"
#: a bracketed abbreviation right after a cell type: "(hAMSCs)", "（hUCMSCs）",
#: "(hiMSC exosomes)", "(PL-MSCs; 5 cases)"; not a maker and its place
#: ("(ScienCell, USA)": its letters are not the name's)
_DEFINITION = re.compile(
    r"\s*[(（]\s*(?P<abbr>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?=\s*[)）;；,，]|\s+[A-Za-z\u4e00-\u9fff])")
#: an abbreviation holds capitals (two at least) and is short
_MAX_ABBREVIATION = 15
#: how far before the bracket an English abbreviation's letters are looked for
_LONG_FORM = 80


def in_sentence(scope) -> None:
    lang = "zh" if scope.lang == "zh" else "en"
    terms = [m for m in scope.of_kind(Kind.CELL_TYPE) if _counts(scope, m)]
    for cell_id, start, end, rule, source, mention in _names(scope.rules, scope.text, terms):
        label = scope.rules.label(Kind.CELL_TYPE, cell_id, lang)
        scope.add("cell_type", {"id": cell_id, "label": label}, start, end, rule, source, mention=mention)
    _prefixed(scope, lang)
    _abbreviations(scope, lang)
    _variants(scope, lang)


def may_hold(scope) -> bool:
    """The quick test of a sentence: it names a cell type, the grammar's
    gates leave one of its fact patterns to try, a species letter stands
    glued to a capital (:func:`_prefixed`) or the document has defined
    abbreviations (:func:`_abbreviations`)."""
    if _CELL_KIND in scope.kinds or scope.document.get(_DEFINED_KEY):
        return True
    grammar = scope.rules.grammars.get(GRAMMAR)
    if grammar is not None and grammar.compiled.may_find(scope.folded, "fact"):
        return True
    letters = _prefix_letters(scope.rules)
    if letters and _prefixed_with(letters).search(scope.text) is not None:
        return True
    return _variant_forms(scope.rules).spotter.search(scope.text) is not None


def screen(extractor):
    """The keys of :func:`may_hold` (facts/screen.py): a cell type's mention,
    the grammar's gate; the document's abbreviations and a species letter
    glued to a capital asked besides."""
    grammar = extractor.rules.grammars.get(GRAMMAR)
    found = keys.grammar(grammar.compiled, "fact", mentions=False) if grammar is not None else keys.Keys()
    letters = _prefix_letters(extractor.rules)
    glued = _prefixed_with(letters).search if letters else None
    variant = _variant_forms(extractor.rules).spotter.search

    def defines_or_glued(scope) -> bool:
        """Has the document defined abbreviations of cell types
        (:func:`_abbreviations`), does a species letter stand glued to a
        capital (:func:`_prefixed`), or is an abbreviation written another
        way (:func:`_variants`)?"""
        return (bool(scope.document.get(_DEFINED_KEY)) or (glued is not None and glued(scope.text) is not None)
                or variant(scope.text) is not None)

    return keys.kinds(_CELL_KIND) | found | keys.Keys(also=(defines_or_glued,))


#: the mention kind of the dictionary's names
_CELL_KIND = Kind.CELL_TYPE.value


#: a lower-case letter glued to an abbreviation that starts with a capital: "mUCMSCs"
_PREFIXED = re.compile(r"(?<![A-Za-z0-9-])(?P<prefix>[a-z])(?P<abbr>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![A-Za-z0-9])")


def _prefixed(scope, lang: str) -> None:
    """A dictionary abbreviation with the letter of its species before it
    ("mUCMSCs", "rBMSCs"; the letters: slot ``species_prefix`` of the grammar)
    names the same cell type (``cell_type.prefixed``)."""
    letters = _prefix_letters(scope.rules)
    if not letters:
        return
    known = _term_ids(scope.rules)
    taken = [(f.evidence.start, f.evidence.end) for _, f in scope.facts_of("cell_type")]
    for m in _prefixed_with(letters).finditer(scope.text):
        cell_id = known.get(m.group("abbr"))
        abbr = m.group("abbr")
        if m.group("prefix") not in letters or cell_id is None \
                or (scope.rules.ambiguous_abbreviation(abbr) and abbr not in scope.confirmed):
            continue  # (an ambiguous abbreviation counts once the document confirms it: "rASCs")
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        _add_name(scope, cell_id, m.start(), m.end(), "cell_type.prefixed", lang)


def _add_name(scope, cell_id: str, start: int, end: int, rule: str, lang: str):
    """A cell-type fact for ``text[start:end]``, its mention of the same rule; returns the fact."""
    label = scope.rules.label(Kind.CELL_TYPE, cell_id, lang)
    mention = Mention(Kind.CELL_TYPE.value, cell_id, start, end, scope.text[start:end], rule)
    return scope.add("cell_type", {"id": cell_id, "label": label}, start, end, rule, mention=mention)


def _names_inside(taken, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of names found before that lie inside ``start:end`` and are
    shorter (the longer name replaces them); None when one is as long or
    crosses it (that name stays)."""
    inside = [(a, b) for a, b in taken if a < end and start < b]
    if any(not (start <= a and b <= end and b - a < end - start) for a, b in inside):
        return None
    return inside


def _names(rules, text: str, terms: list) -> list[tuple]:
    """(id, start, end, rule, source, mention) of the cell types of a text: the
    grammar's matches and the dictionary names (``terms``, mentions) outside
    them, in order."""
    grammar = rules.grammars.get(GRAMMAR)
    found = _from_grammar(text, grammar) if grammar is not None else []
    if found or terms:
        # the origin of the cells given ("embryonic stem cell-derived MSCs") and
        # other kinds of stem cells ("haematopoietic stem cells from bone marrow") are none
        vetoes = grammar.compiled.veto_spans(fold_punct(text)) if grammar else []
        terms = [m for m in terms if not any(v[0] < m.end and m.start < v[1] for v in vetoes)]
        found = [g for g in found if not any(v[0] < g[1] and g[0] < v[1] for v in vetoes)]
    spans = [(m.start, m.end) for m in terms]
    # a dictionary name as long as the grammar's match, or longer, is the fact
    kept = [g for g in found if not any(_covers(t, g) for t in spans)]
    out = [(m.id, m.start, m.end, m.rule, m.source, m) for m in terms
           if not any(_covers(g, (m.start, m.end)) or _crosses_longer(g, (m.start, m.end)) for g in kept)]
    for start, end, (match, cell_id) in kept:
        out.append((cell_id, start, end, f"cell_type.{match.pattern}",
                    grammar.source(match.pattern, match.lang, match.index), match))
    return sorted(out, key=lambda x: x[1])


def _from_grammar(text: str, grammar) -> list[tuple[int, int, tuple]]:
    """(start, end, (match, id)) of every grammar match whose source names a contract id."""
    out = []
    for m in grammar.compiled.find(fold_punct(text), "fact"):
        # the id is that of the word of a slot with ids (the source tissue)
        cell_id = next((i for name in m.parts if (i := grammar.compiled.slot_id(name, m.part(name)))), None)
        if cell_id is not None:
            out.append((m.start, m.end, (m, cell_id)))
    return out


def _covers(a, b) -> bool:
    return a[0] <= b[0] and b[1] <= a[1]


def _crosses_longer(a, b) -> bool:
    """``a`` overlaps ``b`` without containing it, and is the longer."""
    return a[0] < b[1] and b[0] < a[1] and (a[1] - a[0]) > (b[1] - b[0])


def _abbreviations(scope, lang: str) -> None:
    """Abbreviations defined in brackets after a cell type of this sentence
    are remembered for the document; their uses (here after the definition,
    and in every later sentence) are mentions of the same cell type."""
    defined: dict[str, str] = scope.document.setdefault(_DEFINED_KEY, {})
    text = scope.text
    facts = [f for _, f in scope.facts_of("cell_type")]
    for fact in facts:
        m = _DEFINITION.match(text, fact.evidence.end)
        if m is None:
            continue
        known = _term_ids(scope.rules)
        before = {f.value["id"] for f in facts if fact.evidence.end - _LONG_FORM <= f.evidence.start
                  and f.evidence.end <= fact.evidence.start}
        abbr = _source_part(m.group("abbr"), known, before)
        if len(abbr) > _MAX_ABBREVIATION or not _is_abbreviation(abbr):
            continue
        long_form = text[max(0, fact.evidence.end - _LONG_FORM) : fact.evidence.end]
        if lang == "en" and not _abbreviates(abbr, long_form):
            continue  # "(GIBCO)": a maker, not the cells' short name
        stem = abbr[:-1] if abbr.endswith("s") and abbr[-2:-1].isupper() else abbr
        # an abbreviation of the dictionary keeps its own id ("bone mesenchymal stem cells (BMSC)")
        defined.setdefault(stem, known.get(abbr) or known.get(stem) or known.get(stem + "s") or fact.value["id"])
    if not defined:
        return
    taken = {(f.evidence.start, f.evidence.end): f for f in facts}
    pattern = scope.document.get((_DEFINED_KEY, "regex"))
    if pattern is None or pattern[0] != len(defined):
        alternatives = "|".join(re.escape(a) for a in sorted(defined, key=len, reverse=True))
        pattern = (len(defined), re.compile(rf"(?<![A-Za-z0-9-])(?:{alternatives})s?(?![A-Za-z0-9])"))
        scope.document[(_DEFINED_KEY, "regex")] = pattern
    for m in pattern[1].finditer(text):
        overlapping = _names_inside(taken, m.start(), m.end())
        if overlapping is None:
            continue  # a name as long as the abbreviation, or one that crosses it, stays
        if overlapping and _spelled_by(text, m.start(), m.end(), overlapping):
            continue  # "hUCMSC-Exos": its parts are names already (hUCMSC, Exos)
        stem = m.group()
        cell_id = defined.get(stem) or defined.get(stem[:-1])
        if cell_id is None:
            continue
        for span in overlapping:  # "hESC" inside "hESC-MPCs": the abbreviation is the name
            scope.remove(taken.pop(span))
        taken[(m.start(), m.end())] = _add_name(scope, cell_id, m.start(), m.end(), "cell_type.abbreviation", lang)


def _source_part(abbr: str, known: dict[str, str], before: set[str]) -> str:
    """The cells' own part of an abbreviation that joins them to a name of
    the dictionary named before them: "exosomes derived from human
    adipose-derived MSCs (haMSC-Exos)" defines haMSC, the cells the
    vesicles came from (the vesicles, named before, are a name already);
    "adipose tissue-derived MSCs (AT-MSCs)" is itself (no other name before)."""
    source, _, named = abbr.rpartition("-")
    return source if source and known.get(named) in before else abbr


def _spelled_by(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Do the spans cover every letter and digit of ``text[start:end]``?"""
    return all(not text[i].isalnum() or any(a <= i < b for a, b in spans) for i in range(start, end))


def _abbreviates(short: str, long: str) -> bool:
    """Do the letters and digits of ``short`` appear in ``long`` in order, the
    first one starting a word (Schwartz and Hearst's test, read from the end)?
    "hAMSCs" in "human amniotic MSCs"; not "ScienCell" in "mesenchymal stem cells"."""
    letters = [c.lower() for c in short if c.isalnum()]
    text = long.lower()
    j = len(text) - 1
    for i in range(len(letters) - 1, -1, -1):
        c = letters[i]
        while j >= 0 and (text[j] != c or (i == 0 and j > 0 and text[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return False
        j -= 1
    return True


@lru_cache(maxsize=4)
def _prefix_letters(rules) -> frozenset[str]:
    """The letters of the grammar's slot ``species_prefix`` (none: no prefixed names)."""
    grammar = rules.grammars.get(GRAMMAR)
    return grammar.compiled.words("species_prefix") if grammar is not None else frozenset()


@lru_cache(maxsize=4)
def _prefixed_with(letters: frozenset[str]) -> re.Pattern:
    """:data:`_PREFIXED` with only ``letters`` before the abbreviation: the
    same matches of those letters (no match can start inside another), the
    letter first so that the search skips to one at once."""
    first = "".join(sorted(x for x in letters if len(x) == 1 and "a" <= x <= "z"))
    if not first:
        return re.compile("(?!)")
    return re.compile(rf"(?P<prefix>[{first}])(?<![A-Za-z0-9-].)(?P<abbr>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![A-Za-z0-9])")


#: a word that may be an abbreviation: letters and digits, parts joined by hyphens
_ABBREVIATION_LIKE = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])")
#: a name numbered or sized after its letters: "MSC1", "EV20K"
_NUMBERED = re.compile(r"(?P<name>[A-Za-z][A-Za-z-]*[A-Za-z])(?P<number>\d+K?)")
#: the rest of an amount glued to a name, as Chinese text prints it: "hUC-MSCs1×10^6", "MSCs2.5万个"
_AMOUNT_GOES_ON = re.compile(r"[\d.]*\s*(?:[×xX*✕⋅·]|[百千万亿]|个)")


@dataclass(frozen=True)
class _Variants:
    """What :func:`_variants` reads a word against: the dictionary's
    abbreviations as written and case folded (the folded ones naming one id
    only), the one-word names of the entries whose id holds whatever the
    source ("EVs", "Exos"), and the excluded forms."""

    written: dict[str, str]
    folded: dict[str, str]
    any_source: dict[str, str]
    excluded: frozenset[str]
    #: a word or a hyphen's part that begins with one of the names in any
    #: capitals and goes on with no letter: where a variant may stand
    spotter: re.Pattern


@lru_cache(maxsize=4)
def _variant_forms(rules) -> _Variants:
    # the dictionary's abbreviations: the terms matched with their letter case (settings.yaml)
    written = {t.text: t.id for t in rules.terms(Kind.CELL_TYPE) if t.case_sensitive and " " not in t.text}
    ids_of: dict[str, set[str]] = {}
    for text, cell_id in written.items():
        ids_of.setdefault(text.casefold(), set()).add(cell_id)
    folded = {text: next(iter(ids)) for text, ids in ids_of.items() if len(ids) == 1}
    sourceless = {e.id.value for e in rules.models["cell_types"].cell_types if e.any_source}
    any_source = {t: i for t, i in _term_ids(rules).items() if i in sourceless and " " not in t}
    excluded = frozenset(t.text.casefold() for t in rules.excludes(Kind.CELL_TYPE))
    names = {*folded, *(t.casefold() for t in any_source)}
    spotter = re.compile(r"(?i)(?<![a-z0-9])(?:" + trie_pattern(names) + r")(?![a-z])")
    return _Variants(written, folded, any_source, excluded, spotter)


def _is_abbreviation(text: str) -> bool:
    return " " not in text and sum(c.isupper() for c in text) >= 2


def _one_case_a_part(word: str) -> bool:
    """Each part between hyphens in one case ("HBMSC", "uc-MSC"): a capital
    changed in the middle of a part changes the name ("aMSC" is no "AMSC")."""
    return all(part.isupper() or part.islower() or part.isdigit() or (part[:-1].isupper() and part.endswith("s"))
               for part in word.split("-"))


def _variant_of(word: str, forms: _Variants) -> tuple[str, str] | None:
    """(the dictionary abbreviation, its id) that ``word`` writes another
    way, or None: in other capitals ("HBMSC", "uc-MSC"), numbered ("MSC1",
    "EV20K"), or after a hyphenated source when the id holds whatever the
    source ("hUC-EVs")."""
    if word in forms.written or word.casefold() in forms.excluded:
        return None  # a name as listed is the dictionary's; "EV71" is a virus
    if _one_case_a_part(word) and (cell_id := forms.folded.get(word.casefold())) is not None:
        return word, cell_id
    numbered = _NUMBERED.fullmatch(word)
    if numbered and (cell_id := forms.written.get(numbered["name"])) is not None:
        return numbered["name"], cell_id
    source, _, head = word.rpartition("-")
    if source and (cell_id := forms.any_source.get(head)) is not None:
        return head, cell_id
    return None


def _words_spotted(text: str, spotter: re.Pattern) -> list[re.Match]:
    """The abbreviation-like words of ``text`` that hold a spotter match (each once)."""
    words: dict[int, re.Match] = {}
    for hit in spotter.finditer(text):
        start = hit.start()
        while start > 0 and text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        m = _ABBREVIATION_LIKE.match(text, start)
        if m is not None and m.end() >= hit.end():
            words.setdefault(m.start(), m)
    return list(words.values())


def _variants(scope, lang: str) -> None:
    """Abbreviations of the dictionary written another way (:func:`_variant_of`)
    name the same cell type (``cell_type.variant``); an ambiguous one counts
    once the document confirms it, as the name itself does."""
    forms = _variant_forms(scope.rules)
    taken = {(f.evidence.start, f.evidence.end): f for _, f in scope.facts_of("cell_type")}
    for m in _words_spotted(scope.text, forms.spotter):
        word = m.group()
        if not _is_abbreviation(word):
            continue
        inside = _names_inside(taken, m.start(), m.end())
        if inside is None:
            continue  # a name as long as the word, or one that crosses it, stays
        found = _variant_of(word, forms)
        if found is None:
            continue
        name, cell_id = found
        if scope.rules.ambiguous_abbreviation(name) and name not in scope.confirmed:
            continue
        if word.endswith("-" + name) and any(a < m.end() - len(name) for a, _ in inside):
            continue  # "MSC-EVs": the source is a name of its own, two mentions (ANNOTATION.md)
        start, end = m.start(), m.end()
        if word.startswith(name) and _AMOUNT_GOES_ON.match(scope.text, start + len(name)):
            end = start + len(name)  # "MenSCs1×10^5个": the name, then the amount given
        for span in inside:  # "MSC" inside "uc-MSC", "EVs" inside "hUC-EVs": the whole word is the name
            scope.remove(taken.pop(span))
        _add_name(scope, cell_id, start, end, "cell_type.variant", lang)


@lru_cache(maxsize=4)
def _term_ids(rules) -> dict[str, str]:
    """The cell-type terms of the dictionary as written, by text: their ids."""
    return {t.text: t.id for t in rules.terms(Kind.CELL_TYPE)}


def in_table(scope) -> None:
    for sentence in scope.block.sentences:
        terms = [m for m in scope.mentions(sentence)
                 if m.kind == Kind.CELL_TYPE.value and scope.rules.ambiguous_abbreviation(m.text) is None]
        for cell_id, start, end, rule, source, _ in _names(scope.rules, sentence.text, terms):
            label = scope.rules.label(Kind.CELL_TYPE, cell_id, sentence.lang.value)
            scope.add(sentence, "cell_type", {"id": cell_id, "label": label}, start, end, rule, source)


def describe(value: dict) -> str:
    label = value.get("label")
    return f"{value.get('id')}" + (f" — {label}" if label else "")


FACT_TYPE = FactType(
    name="cell_type",
    position=0,
    label="Cell types",
    value_model=CellTypeValue,
    form=(
        FormField("id", "choice", True, tuple(m.value for m in CellTypeId)),
        FormField("label", "text", True),
    ),
    describe=describe,
    mention_kind="cell_type",
    grammar="cell-type names (rules/cell_types.yaml) and the grammar of rules/grammars/cell_type.yaml (source + derived + head)",
    per_document=True,
    match_keys=("id",),
    export_fields=("label",),
    sheet=SheetColumns(("cell_type",), lambda v: (v.get("id"),), position=0,
                      lists=(SheetList("cell_types", lambda v: v.get("id")),)),
    in_sentence=in_sentence,
    may_hold=may_hold,
    screen=screen,
    in_heading=in_sentence,
    in_table=in_table,
)
