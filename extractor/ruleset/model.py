"""Rule files: load, validate and look up the domain vocabulary in ``rules/``.

Every piece of domain knowledge (cell-type names, routes, hormones, cue
words, units) is data in ``rules/*.yaml``; this module holds the mechanism
only.  :func:`load_rules` reads every file once, checks it against a pydantic
model (unknown keys, unknown contract ids, wrong types, empty or duplicated
terms, bad regular expressions, out-of-range numbers) and returns an
immutable :class:`RuleSet`.  Every term it hands out carries its file, line
and entry, so a fact can always say which rule produced it.

A broken rule file raises :class:`RuleError` listing *every* problem found,
each with file, 1-based line and entry path, e.g.::

    rule error in rules/cell_types.yaml, line 97, entry
    cell_types[3] (umbilical_cord_msc).terms.zh[5]: empty term [E101]

Speed: parsing YAML in pure Python costs about 4 µs per character, too slow
for the ~30 kB of rules, so the files are parsed by libyaml (PyYAML's C
parser) when it is installed, and by ruamel.yaml otherwise.  Both only
*compose* the node tree (which carries line numbers); scalars are resolved
here with the YAML 1.2 core schema, so ``no`` stays the word "no" whichever
parser ran.  Results are cached per directory and file modification times.
"""

from __future__ import annotations

import os
import re
import threading
import types
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Iterable, Iterator, Literal, Mapping, Sequence, Union, get_args, get_origin

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from ..contract import CellTypeId, Direction, DoseUnit, GuidanceId, HormoneId, Per, RouteId
from ..errors import LitxError, Msg
from ..lang.script import IDEOGRAPH

__all__ = [
    "RULES_DIR",
    "FILES",
    "Kind",
    "Position",
    "CueDirection",
    "Term",
    "Pattern",
    "RuleSet",
    "RuleProblem",
    "RuleError",
    "load_rules",
    "clear_cache",
]

#: The rules shipped with the package: ``rules/`` next to ``extractor/``.
def _bundled_rules() -> Path:
    """The rules that come with litx: the installed copy (a wheel carries
    the top-level ``rules/`` as ``extractor/ruleset/bundled``), else the
    checkout's own ``rules/`` (an editable install, the tests)."""
    installed = Path(__file__).resolve().parent / "bundled"
    return installed if (installed / "settings.yaml").is_file() else Path(__file__).resolve().parents[2] / "rules"


#: the bundled rules; a rule folder of one's own holds only the files that differ from them
RULES_DIR = _bundled_rules()


# --------------------------------------------------------------------------
# Enumerations used by rule files (contract vocabularies are in contract.py)


class Kind(str, Enum):
    """What a term is for; the first argument of :meth:`RuleSet.terms`."""

    SECTION = "section"
    CELL_TYPE = "cell_type"
    NOT_CELL_TYPE = "not_cell_type"
    ROUTE = "route"
    GUIDANCE = "guidance"
    HORMONE = "hormone"
    DIRECTION = "direction"
    COMPARISON = "comparison"
    NEGATION = "negation"
    PSEUDO_NEGATION = "pseudo_negation"
    TERMINATOR = "terminator"
    HEDGE = "hedge"
    SPECIES = "species"
    IN_VITRO = "in_vitro"
    DISEASE_MODEL = "disease_model"
    UNIT = "unit"
    NOT_UNIT = "not_unit"
    PER = "per"
    MULTIPLIER = "multiplier"
    COUNT = "count"
    COUNT_PREFIX = "count_prefix"
    COUNT_UNSPECIFIED = "count_unspecified"


class Position(str, Enum):
    """Where a cue stands relative to what it describes."""

    BEFORE = "before"
    AFTER = "after"
    ANY = "any"


class CueDirection(str, Enum):
    """Directions a cue word can carry; improve/worsen depend on the hormone."""

    INCREASE = "increase"
    DECREASE = "decrease"
    NO_CHANGE = "no_change"
    IMPROVE = "improve"
    WORSEN = "worsen"


class CountKind(str, Enum):
    """The count facts of units.yaml's ``counts``."""

    SESSIONS = "sessions"
    SAMPLE_SIZE = "sample_size"


# Terms listed twice inside one group are an error (letter case and runs of
# spaces ignored): a string must mean one thing to the matchers that share it.
_GROUPS: dict[Kind, str] = {
    Kind.SECTION: "sections",
    Kind.CELL_TYPE: "entities",
    Kind.NOT_CELL_TYPE: "entities",
    Kind.ROUTE: "entities",
    Kind.GUIDANCE: "entities",
    Kind.HORMONE: "entities",
    Kind.DIRECTION: "directions",
    Kind.COMPARISON: "directions",
    Kind.NEGATION: "negation",
    Kind.PSEUDO_NEGATION: "negation",
    Kind.TERMINATOR: "negation",
    Kind.HEDGE: "hedging",
    Kind.SPECIES: "species",
    Kind.IN_VITRO: "in_vitro",
    Kind.DISEASE_MODEL: "disease_model",
    Kind.UNIT: "units",
    Kind.NOT_UNIT: "units",
    Kind.PER: "units",
    Kind.MULTIPLIER: "units",
    Kind.COUNT: "units",
    Kind.COUNT_PREFIX: "units",
    Kind.COUNT_UNSPECIFIED: "units",
}

LANGS = ("en", "zh")

# --------------------------------------------------------------------------
# Field types

_CJK = IDEOGRAPH


def _term(value: str) -> str:
    if not value.strip():
        raise ValueError("empty term")
    if value != value.strip():
        raise ValueError(f"term {value!r} has spaces at its ends")
    if "\n" in value or "\t" in value:
        raise ValueError(f"term {value!r} contains a line break or tab")
    return value


def _en_term(value: str) -> str:
    _term(value)
    if _CJK.search(value):
        raise ValueError(f"term {value!r} contains Chinese characters: list it under zh")
    return value


def _zh_term(value: str) -> str:
    _term(value)
    if not _CJK.search(value):
        raise ValueError(f"term {value!r} has no Chinese characters: list it under en")
    return value


def _regex(value: str) -> str:
    if not value.strip():
        raise ValueError("empty pattern")
    try:
        rx = re.compile(value)
    except re.error as exc:
        raise ValueError(f"bad regular expression {value!r}: {exc}") from None
    if rx.search("") is not None:
        raise ValueError(f"pattern {value!r} matches empty text")
    return value


def _text(value: str) -> str:
    if not value.strip():
        raise ValueError("empty text")
    return value


EnTerm = Annotated[str, AfterValidator(_en_term)]
ZhTerm = Annotated[str, AfterValidator(_zh_term)]
Regex = Annotated[str, AfterValidator(_regex)]
Text = Annotated[str, AfterValidator(_text)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Tokens = Annotated[int, Field(ge=0, le=50)]


class _Model(BaseModel):
    # every field is documented by the docstring right after it: that text is
    # the description `litx rules check --explain KEY` and `litx rules schema` show
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class _PerLang(_Model):
    """Lists filed by language (``en``, ``zh`` fields of the subclasses)."""

    def items(self) -> Iterator[tuple[str, int, str]]:
        """(lang, index, text) for every entry."""
        for lang in LANGS:
            for i, text in enumerate(getattr(self, lang)):
                yield lang, i, text


class LangTerms(_PerLang):
    """``{en: [...], zh: [...]}``: en = no Chinese characters, zh = with them."""

    en: tuple[EnTerm, ...] = ()
    """Terms WITHOUT Chinese characters (English words, abbreviations,
    symbols). Searched in every sentence whatever its language: Chinese papers
    write FSH, MSC and hAEC in Latin letters, so a Latin form is listed once,
    here."""
    zh: tuple[ZhTerm, ...] = ()
    """Terms WITH Chinese characters, mixed forms included (脐带MSC).
    Searched in every sentence whatever its language."""

    def all(self) -> tuple[str, ...]:
        return self.en + self.zh


def _one_word(text: str) -> str:
    if not re.fullmatch(r"[A-Za-z][A-Za-z'-]*", text):
        raise ValueError(f"{text!r}: one English word is expected here (it is compared word by word)")
    return text


class EnglishWords(_PerLang):
    """``{en: [...]}`` of single English words (no zh: the list is read
    against English words one at a time)."""

    en: tuple[Annotated[str, AfterValidator(_one_word)], ...] = ()
    """Single English words (letters, ' and -), compared word by word."""
    zh: tuple[Annotated[str, AfterValidator(_one_word)], ...] = ()  # always refused
    """Not used: the list is read against English words only; leave it out."""

    def all(self) -> tuple[str, ...]:
        return self.en


class LangPatterns(_PerLang):
    """``{en: [...], zh: [...]}`` of Python regular expressions."""

    en: tuple[Regex, ...] = ()
    """Regular expressions for forms without Chinese characters, e.g. forms
    with a gap ("injected into both ovaries"); write (?i) for
    case-insensitive; must not match empty text."""
    zh: tuple[Regex, ...] = ()
    """Regular expressions for forms with Chinese characters; must not match
    empty text."""


class Label(_Model):
    """Display names of an id."""

    en: Text
    """English display name."""
    zh: Text
    """Chinese display name."""


# ---- sections.yaml


class SectionEntry(_Model):
    """One section kind and the headings that name it."""

    kind: Identifier
    """The section kind (abstract, methods, references …): any lower-case
    name."""
    terms: LangTerms
    """Headings that name this section when the heading carries no number
    ("Methods", "摘要"; numbered headings such as "2.3 联合移植策略" are found
    from their shape and need no entry). A heading matches a term when,
    ignoring case, brackets (【摘要】, [Abstract]) and a trailing colon, it
    equals the term or starts with it followed by a separator
    ("参考文献(Reference)")."""
    facts: bool = True
    """false: no findings are reported from this section (titles in a
    reference list are not findings of the paper)."""
    through_the_end: bool = False
    """true: everything after such a heading belongs to this section, whatever
    headings follow it (back matter printed after the article: a journal's
    news item with a title of its own, an announcement, the first page of the
    next article)."""


class SectionsFile(_Model):
    """``rules/sections.yaml``: how headings are recognised and which sections yield facts."""

    sections: tuple[SectionEntry, ...]
    """One entry per section kind."""


# ---- cell_types.yaml, routes.yaml, hormones.yaml


class _EntityEntry(_Model):
    label: Label
    """Display names, {en: ..., zh: ...}; required."""
    terms: LangTerms
    """Literal surface forms, matched as written. Abbreviations (two or
    more capital letters, settings.yaml matching.case_sensitive_capitals)
    match with their letter case, other terms ignore it; longest match wins
    (脐带间充质干细胞 beats 间充质干细胞). A term is listed once in
    cell_types.yaml, routes.yaml and hormones.yaml together (letter case and
    runs of spaces ignored). Singular and plural are listed separately."""
    patterns: LangPatterns = LangPatterns()
    """Python regular expressions for forms with gaps ("injected
    into both ovaries"); write (?i) for case-insensitive; must not match
    empty text."""
    exclude: LangTerms = LangTerms()
    """Longer strings that contain a term but do not name this id
    (receptors, recombinant drugs, "phase IV"); a match inside one of them
    is dropped. Each must contain a term of the entry."""


class CellTypeEntry(_EntityEntry):
    """One canonical cell type and its surface forms."""

    id: CellTypeId
    """Canonical cell-type id of the output contract (CONTRACT.md); each id
    exactly once."""
    requires: LangTerms = LangTerms()
    """The terms count only when one of these cues is in the same
    sentence (for words that are also used for something else, e.g. 线粒体)."""
    any_source: bool = False
    """The id does not depend on where the cells came from: an abbreviation of
    a source joined by a hyphen before one of the entry's abbreviations
    ("hUC-EVs", "C-Exos") names this id too, defined in the text or not."""


class AmbiguousAbbreviation(_Model):
    """An abbreviation that other papers use for something else: checked once
    per document, not per sentence."""

    id: CellTypeId
    """The cell type the abbreviation names when confirmed; its terms must
    be listed under this id in cell_types."""
    terms: Annotated[tuple[EnTerm, ...], Field(min_length=1)]
    """The ambiguous abbreviations (MSC, MSCs); at least one."""
    confirm: LangTerms
    """A match of `terms` counts only when the same document contains one of
    these (typically in the definition "mesenchymal stem cell (MSC)" or in
    the abbreviation list)."""
    conflicts: LangTerms = LangTerms()
    """A match is dropped when the document defines the abbreviation with one
    of these."""
    note: Text
    """Why the abbreviation is ambiguous (free text, for the reader)."""


class CellTypesFile(_Model):
    """``rules/cell_types.yaml``: the surface forms of each canonical cell-type id (fact type ``cell_type``)."""

    cell_types: tuple[CellTypeEntry, ...]
    """One entry per contract cell-type id, each id exactly once."""
    ambiguous_abbreviations: tuple[AmbiguousAbbreviation, ...] = ()
    """Abbreviations that mean something else in other papers: a match counts
    only when the document confirms it (document-level check)."""
    not_terms: LangTerms = LangTerms()
    """Strings that look like cell types but are not (the generic "stem
    cells", tissues named alone: 胎盘, 羊水, 脐带): matched like terms so
    that a matcher recognises and skips them; a longer term
    (脐带间充质干细胞) still wins over 脐带."""


class RouteEntry(_EntityEntry):
    """One canonical route of administration and its surface forms."""

    id: RouteId
    """Canonical route id of the output contract (CONTRACT.md); each id once."""


class GuidanceEntry(_EntityEntry):
    """One canonical image guidance and its surface forms."""

    id: GuidanceId
    """Canonical guidance id of the output contract (CONTRACT.md); each id
    once."""


class RoutesFile(_Model):
    """``rules/routes.yaml``: routes of administration and image guidance (fact type ``route``)."""

    routes: tuple[RouteEntry, ...]
    """One entry per contract route id, each id once."""
    guidance: tuple[GuidanceEntry, ...]
    """One entry per contract guidance id, same format as routes. A route
    fact takes its guidance from a guidance term nearby (settings.yaml
    linking.route_guidance_sentences and route_guidance_chars); combined
    phrases (经阴道超声引导下卵巢局部注射) are found as two terms, not listed
    whole."""


class HormoneEntry(_EntityEntry):
    """One canonical hormone or ovarian-reserve marker and its surface forms."""

    id: HormoneId
    """Canonical hormone id of the output contract (CONTRACT.md); each id
    once."""
    improves: Literal["increase", "decrease"]
    """The direction in which this marker improves: turns a cue such as 改善 /
    improved / 恢复 (directions.yaml, direction: improve or worsen) into a
    contract direction (改善AMH is an increase, 改善FSH a decrease)."""


class HormonesFile(_Model):
    """``rules/hormones.yaml``: hormones and ovarian-reserve markers (fact type ``hormone_change``)."""

    hormones: tuple[HormoneEntry, ...]
    """One entry per contract hormone id, each id once."""


# ---- directions.yaml


class Window(_Model):
    """How far, in tokens (words for English, jieba tokens for Chinese), a cue
    may stand from its hormone."""

    before: Tokens
    """Tokens the cue may stand before the hormone."""
    after: Tokens
    """Tokens the cue may stand after the hormone."""


class CueEntry(_Model):
    """A group of direction cues sharing a direction and a position."""

    direction: CueDirection
    """The direction the cues say. improve / worsen name no direction by
    themselves: the hormone's `improves` (hormones.yaml) decides, worsen is
    the opposite."""
    position: Position = Position.ANY
    """Where the cue stands relative to the hormone: before (降低FSH,
    increase in AMH), after (AMH rose, FSH水平下降) or any (either side, the
    default)."""
    terms: LangTerms = LangTerms()
    """Literal cues. Each term is listed once in directions.yaml (letter case
    ignored); longest match wins across cues and comparison (高于治疗前 is an
    increase, 高于 alone a comparison). Direction cues are matched before
    negation cues: the 未 in 未见明显变化 belongs to a no_change cue."""
    patterns: LangPatterns = LangPatterns()
    """Regular expressions for cues with gaps."""


class ComparisonEntry(_Model):
    """Cues that mean a threshold, a baseline or a subgroup, not a change (same
    format as a cue without `direction`)."""

    position: Position = Position.ANY
    """Where the cue stands relative to the hormone: before, after or any
    (the default)."""
    terms: LangTerms = LangTerms()
    """Literal comparison cues (高于, threshold, "at baseline"). A hormone linked to one
    yields no hormone_change: it is a threshold (FSH>25 IU/L), a baseline
    (基线AMH) or a subgroup (AMH水平较高的患者). At equal length a comparison
    beats a direction cue."""
    patterns: LangPatterns = LangPatterns()
    """Regular expressions for comparison cues."""


class Coordination(_Model):
    """What may stand between two hormones that share one cue."""

    joiners: LangTerms = LangTerms()
    """Words that join hormones into one group: 和, 以及, "and", "as well
    as"."""
    fillers: LangTerms = LangTerms()
    """Words that may stand beside a joined hormone in the list: 血清, 水平,
    "serum", "levels"."""


class DirectionsFile(_Model):
    """``rules/directions.yaml``: direction cues for hormone changes (fact type ``hormone_change``) and comparison cues."""

    window: Window
    """How far a direction cue may stand from the hormone it describes, in
    tokens before / after it: {before: 8, after: 8}."""
    comparison_window: Window
    """The same for comparison cues: they must be (nearly) next to the
    hormone, so that "与基线相比AMH升高" stays a change: {before: 2, after: 2}."""
    cues: tuple[CueEntry, ...]
    """Direction cues, grouped by direction and position."""
    comparison: tuple[ComparisonEntry, ...] = ()
    """Comparison cues (threshold, baseline, subgroup), grouped by position."""
    definitions: LangTerms = LangTerms()
    """A sentence holding one of these defines or describes a disease
    ("POI是指…伴雌激素水平降低"): its hormone directions are no changes after
    an intervention (no hormone_change facts)."""
    coordination: Coordination = Coordination()
    """Hormones next to each other share one cue (雌二醇和AMH水平升高 gives E2
    and AMH: two facts) when only these words, spaces, list punctuation (、 ,
    / & brackets) and 的 / "the" / "of" stand between."""
    pronouns: LangTerms = LangTerms()
    """Words standing for a hormone named just before, as the subject of a
    direction cue ("AMH rose in the cell arm, whereas it did not change in
    the sham arm", "its level fell"): the cue is that hormone's."""
    after_a_level: LangTerms = LangTerms()
    """Words that may follow a cue whose subject is such a pronoun, besides
    punctuation: prepositions and adverbs, nothing the cue acts on ("it did
    not change in the sham arm", "it rose significantly"; not "it improves
    fertility")."""
    statistics: LangTerms = LangTerms()
    """Summary statistics a from-to change may name before each number (mean,
    median, average): "FSH fell from a mean of 89 to a mean of 42 IU/L" (a /
    an / the before it, "value" and "of" after it are grammar, in code)."""


# ---- context.yaml


class Scope(_Model):
    """How many tokens a negation cue reaches, per language."""

    en: Annotated[int, Field(ge=1, le=50)]
    """Words, in English sentences."""
    zh: Annotated[int, Field(ge=1, le=50)]
    """jieba tokens, in Chinese sentences."""


class NegationCue(_Model):
    """A group of negation cues sharing a position."""

    position: Position = Position.ANY
    """before: the cue stands before what it negates (未采用静脉注射, no tumour
    formation); after: it follows it ("intravenous injection was not used");
    any: either side (the default)."""
    terms: LangTerms
    """The negation cues. A cue inside a direction cue, a pseudo-negation or a
    terminator is dropped; a remaining cue negates the facts within `scope`
    tokens on its side, stopping at a terminator or the end of the sentence."""


class Negation(_Model):
    """Negation cues, in the manner of ConText / medspaCy. Within negation
    (cues, pseudo and terminators together) a term is listed once."""

    scope: Scope
    """How many tokens a negation cue reaches (words for English, jieba
    tokens for Chinese): {en: 6, zh: 6}."""
    cues: tuple[NegationCue, ...]
    """Negation cues, grouped by position."""
    pseudo: LangTerms = LangTerms()
    """Look like negation but are not (不同, 功能不全, "not only"): a negation
    cue inside one is ignored. Chinese single-character cues (未, 无, 不, 非)
    occur inside many words: add a word here when it is wrongly read as a
    negation."""
    terminators: LangTerms = LangTerms()
    """End a negation scope (but, 但是)."""


class Hedging(_Model):
    """Hedging cues: a fact in their sentence is marked hedged."""

    scope: Literal["sentence"] = "sentence"
    """A hedging cue marks every fact of its sentence (the only scope)."""
    terms: LangTerms
    """The hedging cues (may, possibly, suggests); each listed once."""


class SpeciesEntry(_Model):
    """One species and the words that name it."""

    id: Identifier
    """Any lower-case name (the contract leaves species open): human, mouse,
    rat …"""
    terms: LangTerms
    """Words that name the species; longest match wins (大鼠, rat, beats 鼠)."""
    exclude: LangTerms = LangTerms()
    """Strings that contain a term but name no animal model
    (antibody hosts: 兔抗, anti-mouse)."""


class Species(_Model):
    """Which species a fact is about."""

    default: Identifier
    """Species of a fact whose sentence and section name none (human)."""
    entries: tuple[SpeciesEntry, ...]
    """One entry per species; each term listed once."""


class InVitro(_Model):
    """Cues that an experiment is in cells, not in an organism."""

    terms: LangTerms
    """The in-vitro cues (in vitro, ex vivo, 体外); each listed once."""


class DiseaseModel(_Model):
    """What an animal model of the disease is made with."""

    terms: LangTerms
    """The drugs and insults that make a model (cyclophosphamide, 白消安,
    ovariectomy, 造模); each listed once.  Grammars name them as mentions
    ({mentions: disease_model}): a change they cause validates the model, a
    time after them is the time the model took."""


class ContextFile(_Model):
    """``rules/context.yaml``: the context of a fact (negated, hedged, species, in vitro, disease model)."""

    negation: Negation
    """Negation cues, their scope, pseudo-negations and terminators."""
    hedging: Hedging
    """Hedging cues."""
    species: Species
    """The species a fact is about, and the default."""
    in_vitro: InVitro
    """In-vitro cues."""
    disease_model: DiseaseModel
    """The drugs and insults that make an animal model of the disease."""


# ---- units.yaml


class UnitEntry(_Model):
    """One contract dose unit and its surface forms."""

    id: DoseUnit
    """Contract unit, exactly as CONTRACT.md writes it (cells, cells/kg,
    U/kg, mg, mg/kg, µg, mL, IU); each id once."""
    terms: LangTerms
    """Surface forms after the number (个细胞, cells, mL, ml). Letter case is
    ignored ("mL" also matches "ml"); the micro signs µ U+00B5 and μ U+03BC
    are different characters and both listed. Other metric sizes are
    converted to the contract unit (100 µL = 0.1 mL)."""
    per_kg: DoseUnit | None = None
    """The contract unit to report when a per-kg denominator (per:
    kg) follows this unit (cells → cells/kg); without it the dose is {unit:
    this, per: kg}."""
    exclude: LangTerms = LangTerms()
    """Longer strings that contain a term but are no dose (个月,
    个卵母细胞)."""
    needs_cue: bool = False
    """true: an amount in this unit is a dose only with a dose cue
    (`dose_cues`) or a route in its sentence ("1 mL lysis buffer" is no
    dose)."""


class PerEntry(_Model):
    """One contract dose denominator and its surface forms."""

    id: Per
    """Contract per value (value field `per`): ovary, kg, injection,
    patient."""
    terms: LangTerms
    """Surface forms (每侧卵巢, per ovary), before or after the number, within
    settings.yaml linking.dose_per_tokens."""


class MultiplierEntry(_Model):
    """A word that multiplies the number before it, on top of the numerals
    read in code."""

    factor: Annotated[float, Field(gt=0)]
    """The factor, a positive number (1e4)."""
    terms: LangTerms
    """The multiplier words: 500万 = 5e6, 1.5 million = 1.5e6."""


class CountEntry(_Model):
    """Count nouns of one count fact: ``sessions`` (number of treatment
    sessions) or ``sample_size`` (number of people studied). Keys whose
    description starts "For sessions" or "For sample_size" are read for that
    kind only."""

    id: CountKind
    """Which count: sessions or sample_size."""
    terms: LangTerms
    """Count nouns after the number: 3次, two injections, 61例. Ordinals
    (第3次) are not counts."""
    prefixes: LangTerms = LangTerms()
    """Words before the number that make it a count: n = 28."""
    unspecified: LangTerms = LangTerms()
    """A count without a number (多次移植, repeated injections):
    count null."""
    exclude: LangTerms = LangTerms()
    """Longer strings that are no count (次/周, times higher)."""
    disqualifiers: LangTerms = LangTerms()
    """Words before the count in its clause that make it no count
    of this kind ("Excluded (n=7307)", "lost to follow-up (n=53)")."""
    qualifiers: LangTerms = LangTerms()
    """Words from a disqualifier on, before the count, that make the count
    the people taken in after all (经筛查符合纳入标准者共72例: those who
    passed the screening; 符合纳入和排除标准的患者: criteria named)."""
    outcomes: LangTerms = LangTerms()
    """Words right after a count of people that make it an
    outcome, not the number studied ("Six patients had…", "866 participants
    would provide"), also once past the group it belongs to and a parallel
    count ("Four women in the cell group and one in the sham group resumed",
    细胞组4例、对照组1例恢复)."""
    completions: LangTerms = LangTerms()
    """Words right after a count of people that say they finished the study
    ("Sixteen patients completed the study", 30例完成随访): that count is
    a sample size only where its study states no larger one (those who
    completed are a part of those enrolled)."""
    takes_in: LangTerms = LangTerms()
    """For sample_size: words of a sentence that takes people into a study
    ("were enrolled", "randomised", "a total of", 纳入, 共): its count is a
    whole, and a smaller count said after it is a part of those people
    unless its sentence sets it apart (``sets_apart``)."""
    sets_apart: LangTerms = LangTerms()
    """For sample_size: words of a sentence that make a count smaller than
    the study's whole, said after it, a group of its own rather than a part
    of those people: an arm, a level, a dose ("Three patients received a
    low dose"), another study ("A previous study of twelve patients")."""
    outcomes_before: LangTerms = LangTerms()
    """Words right before a count of people that make it an outcome
    (自然妊娠3例, 临床妊娠6例, 失访2例): what happened to that many, not
    the number studied."""
    verbs: LangTerms = LangTerms()
    """Verbs after a bare number that make it a count of people
    studied ("785 were included", "392 assigned")."""
    preceded_by: LangTerms = LangTerms()
    """Words right before the count that make it a subgroup or a
    label ("in four women", "其中38例", "Table 1"); an "Of N …" that opens a
    clause is the group it divides ("Of 60 women, 52 …")."""
    wholes_before: LangTerms = LangTerms()
    """Words right before a preceded_by word that make the count
    the whole studied after all: a study or a report ("reported in two
    patients", "a study of 30 women"), a total (共有61例); an English word
    may take an adverb ("reported previously in")."""
    given_before: LangTerms = LangTerms()
    """For sample_size: verbs of giving or using a treatment that make
    "in N people" after them in their clause the whole it was given to
    ("placed the cells into one ovary at laparoscopy in nine women", "was
    used in 61 patients"), unless a word of changes_before stands between
    ("… and AMH rose in nine women": a part)."""
    changes_before: LangTerms = LangTerms()
    """For sample_size: words of an outcome or a change that, between a
    given_before verb and "in N people", make the count the people it
    happened to."""
    samples: LangTerms = LangTerms()
    """After a bracketed count following a percentage ("11.5%
    (n=90)"), a word naming a sample (a few words may come between: "random
    subsample") makes the count that sample's size, not the numerator of the
    percentage."""
    received: LangTerms = LangTerms()
    """Verbs between a count of people and a number of sessions
    that make the count a subgroup by sessions received ("14例接受1次移植")."""
    column_headers: LangTerms = LangTerms()
    """A table column headed by one of these (the whole cell)
    holds group sizes ("例数", "Participants"); a row headed by one
    ("Women | 41 | 48") holds a group size under each group's column."""
    whole_columns: LangTerms = LangTerms()
    """For sample_size: heads of a table's column of all its people
    ("Total", 合计): a size in a row of group sizes under it is the whole, no arm."""
    no_group_columns: LangTerms = LangTerms()
    """For sample_size: heads of a table's columns that are no group
    ("P", "P value", 统计量): a row of group sizes has none under them."""
    relatives: LangTerms = LangTerms()
    """For sample_size: words opening a relative clause: en after a
    count of people ("Four women who were excluded"), zh between the
    sessions received and the count they name (接受两次移植的11例)."""
    auxiliaries: LangTerms = LangTerms()
    """For sample_size: auxiliary verbs after a count of people (and
    its relative pronoun), skipped before its words are read ("Four women
    were excluded")."""
    flow_chart_totals: LangTerms = LangTerms()
    """For sample_size: in the text of a figure (a box of a CONSORT-style
    flow chart), a count of people is a sample size only when the words of
    its box before it name one of these totals ("Randomised (n=789)",
    "Allocated to …", "Included in primary analysis (n=392)"): the boxes of
    people screened, excluded, lost or withdrawn are not the sample."""
    time_markers: LangTerms = LangTerms()
    """For sample_size: words that end a time phrase of a few
    characters (perhaps after 在 / 于, perhaps before an amount: 后5个月)
    between a count of people and its verb, read past before the verb
    (17例术后出现…, 3例在第三次移植后恢复月经, 14例治疗时接受1次移植)."""
    cues: LangTerms = LangTerms()
    """For sessions: extra words that cue a treatment session besides
    the count nouns ("given three times"); the count nouns' own stems
    (移植, inject) cue already."""
    single: LangTerms = LangTerms()
    """For sessions: quantifiers for one session (single injection,
    单次移植): count 1."""
    multiple: LangTerms = LangTerms()
    """For sessions: quantifiers for an unstated number (repeated
    injections, 多次/反复 + a treatment word): count null."""
    not_followed_by: LangTerms = LangTerms()
    """For sessions: words right after an English count noun that
    make it no number of sessions ("two injection groups", "three treatment
    strategies"); lower case, matched as word beginnings."""
    comparatives: LangTerms = LangTerms()
    """For sessions: words right after "N times" / twice that make it
    a ratio ("three times higher", "twice as")."""
    subsets: LangTerms = LangTerms()
    """For sessions: words right before an English count that make it
    a part of the sessions, not their number ("the first two sessions")."""
    numbered: LangTerms = LangTerms()
    """For sessions: words a number right after names ("at day 5 after
    administration", "group 3", "case 2"): such a number is a label, not a
    count of the treatment words after it."""


class UnitsFile(_Model):
    """``rules/units.yaml``: dose units, denominators, multipliers and count nouns (fact types ``dose``, ``sessions``, ``sample_size``).

    Numerals are not here: digits, 10^6 / 10⁶ / 1e6 notation, English number
    words and Chinese numerals are language, read in code."""

    units: tuple[UnitEntry, ...]
    """One entry per contract unit, each id once."""
    dose_cues: LangTerms = LangTerms()
    """Words saying an amount is given to someone (needed by units with
    `needs_cue`)."""
    dose_columns: LangTerms = LangTerms()
    """Words of a table column's head that make its cells doses ("Dose",
    剂量): there an amount in a unit with `needs_cue` ("150 µg") is a dose
    without a cue of its own."""
    carriers: LangTerms = LangTerms()
    """Words between an amount and the volume that carries it: English
    before in / into / within ("5×10^6 cells suspended in 0.5 mL … per
    ovary"), Chinese with their preposition (溶于); the amount takes the
    volume's denominator."""
    contents: LangTerms = LangTerms()
    """Words between a volume and the amount it carries ("1 mL of suspension
    containing 1×10^7 cells", 悬液1 mL含…); the amount takes the volume's
    denominator."""
    approximately: LangTerms = LangTerms()
    """Words after an amount that only say it is approximate or a bound (左右,
    以上): a one-character unit before them still ends the amount (5百万个左右;
    otherwise 个 inside a word, 12个月, is no unit)."""
    not_units: LangTerms = LangTerms()
    """Units after a number that make it NOT a dose: lab concentrations
    (FSH>25 IU/L), cell concentrations (cells/mL), sizes (nm), percentages,
    ages. Longest match wins, so IU/L beats IU."""
    per: tuple[PerEntry, ...]
    """Dose denominators (value field `per`), one entry per contract per
    value."""
    multipliers: tuple[MultiplierEntry, ...] = ()
    """Words that multiply the number before them (万, million)."""
    counts: tuple[CountEntry, ...]
    """Count nouns and cue words of the `sessions` and `sample_size` facts,
    one entry per kind."""
    cell_type_as_unit: DoseUnit = DoseUnit.CELLS
    """A cell-type term (cell_types.yaml) right after a number is read as
    this unit: "1×10^7 UC-MSCs"."""
    cell_words: LangTerms = LangTerms()
    """Words naming cells a few words after a bare power of ten (per, each,
    in not between) that make it a number of cells: "1 × 10^6
    4T1-luciferase tagged cells", 个细胞."""
    group_nouns: LangTerms = LangTerms()
    """Nouns naming a study group (groups, arms, 组; English whole words,
    lower case): a count of people is read past its group and a parallel
    count ("Four women in the cell group and one in the sham group resumed",
    细胞组4例、对照组1例恢复); a clause that is only a group's name and a count
    borrows the treatment before it (A组移植2次，B组3次)."""
    not_between: EnglishWords = EnglishWords()
    """Single words that never stand between an English count and the noun
    it counts (sessions, sample sizes): "6 months of treatment", "one patient
    received injections three times". Articles, prepositions, and / or and
    forms of be / have are grammar, in code."""


# ---- settings.yaml


class Fuzzy(_Model):
    """Near-miss matching of terms."""

    threshold: Annotated[float, Field(gt=0, le=100)]
    """RapidFuzz score a near-miss must reach to count as a term ("Wharton
    jelly MSCs"); e.g. 90."""
    min_length: Annotated[int, Field(ge=1, le=100)]
    """Terms shorter than this many characters match only exactly
    (abbreviations: a one-letter slip in "LH" is another word); e.g. 6."""


class Matching(_Model):
    """Letter case of terms."""

    case_sensitive_capitals: Annotated[int, Field(ge=0, le=10)]
    """A term with at least this many capital letters (A-Z) is an
    abbreviation and matches with its exact letter case (FSH, hUC-MSC, IU);
    other terms ignore case (estradiol, mL). 0 makes every term
    case-sensitive; e.g. 2."""


class Linking(_Model):
    """How far apart the parts of a fact may stand."""

    dose_cell_type_sentences: Annotated[int, Field(ge=0, le=5)]
    """A dose is linked to the nearest cell type in its sentence or up to
    this many sentences before it (0 = same sentence only)."""
    route_guidance_sentences: Annotated[int, Field(ge=0, le=5)]
    """The same for a route and its guidance (0 = same sentence only)."""
    route_guidance_chars: Annotated[int, Field(ge=0, le=200)] = 24
    """How many characters may stand between a route and the guidance given
    to it, same clause: 经阴道超声引导下卵巢局部注射 (0), "injected into the
    ovaries under transvaginal ultrasound" (7); reviews name it clauses away
    (经卵巢动脉注射…须在放射介入下进行, ~100)."""
    dose_per_tokens: Tokens
    """How many tokens may stand between a dose and a denominator (每侧卵巢,
    per ovary) in its clause: 每侧卵巢注射5×10^6 (2), "10 µg injected into each
    ovary" (1). A token is a word, a number or one Chinese character; right
    after the dose (5×10^6 cells per ovary) is 0."""
    count_tokens: Tokens
    """How many words may stand between an English count and its noun
    (sessions and sample sizes): "two intraovarian injections" (1), "59
    consecutive septic and non-septic patients" (4). Chinese counts stand
    right before their classifier (61例, 3次) and are not affected."""


class SettingsFile(_Model):
    """``rules/settings.yaml``: how strictly terms match and how far facts are linked (numbers only)."""

    fuzzy: Fuzzy
    """Near-miss (fuzzy) matching of terms."""
    matching: Matching
    """Letter case of terms."""
    linking: Linking
    """Distances within which the parts of a fact are linked."""


# ---- studies.yaml


class Opening(_Model):
    """How a sentence opens when it is of one kind (introduces a study,
    points back at one, speaks of the document's own work, sums up): it
    starts with one of ``words``, or with a determiner and a noun
    (``一项…研究``, "a phase I trial").  Letter case is ignored."""

    words: LangTerms = LangTerms()
    """Words or phrases the sentence starts with (因此, "these findings",
    "we"). English ones end at a word boundary ("may" is not "maybe"); a
    space stands for any run of spaces."""
    determiners: LangTerms = LangTerms()
    """The first part of a two-part opening (一项, 该, "a", "this"); the
    sentence counts when one of ``nouns`` follows within ``gap_chars``
    characters (Chinese) or ``gap_words`` words (English)."""
    nouns: LangTerms = LangTerms()
    """The second part of a two-part opening (研究, 试验, "study", "trial")."""
    gap_chars: Annotated[int, Field(ge=0, le=60)] = 0
    """Characters that may stand between a Chinese determiner and its noun
    (no comma, full stop or semicolon among them): 一项I期临床试验 needs 3."""
    gap_words: Annotated[int, Field(ge=0, le=10)] = 0
    """Words that may stand between an English determiner and its noun: "a
    single-arm phase I trial" needs 3."""
    before: LangTerms = LangTerms()
    """Words that may come before a two-part opening ("In this study")."""
    weak_determiners: LangTerms = LangTerms()
    """Determiners that make a two-part opening only when one of ``words``
    follows later in the sentence ("In this study, we …": our own work;
    "This study enrolled …" points back at a cited one)."""
    lead_in: Annotated[int, Field(ge=0, le=20)] = 0
    """Chinese only: how many characters may come before the opening when a
    comma follows them (``此外，该研究…`` with 2); 0: the opening is the
    first thing of the sentence."""


class Attribution(_Model):
    """Which sentences go on describing a study (contract v1.1 ``study``; see
    extractor/facts/studies.py)."""

    introduces: Opening
    """A sentence opening with one study (一项I期临床试验…^[20], "A phase I
    trial … [20]"): with one citation group, it introduces that study and
    the sentences after it keep it."""
    points_back: Opening
    """A sentence opening by pointing back at the study before (该研究,
    研究者, "This study", "The authors"): it keeps that study even when the
    sentence before only cited it."""
    own_work: Opening
    """A sentence about the document's own work (本研究, "we", "In our
    study"): it ends the study being described."""
    general: Opening
    """A sentence opening with general or hedged wording (因此, 综上, 提示,
    "Thus", "These findings suggest"): it sums up, it is nobody's finding,
    and ends the study being described."""
    own_values_win: tuple[Identifier, ...] = ()
    """Fact types a study states for itself (its cell type, its route):
    a fact of one of them attributed to several studies at once (``接受hAEC或
    脐带MSC治疗…^[20, 23]``) leaves out a study that says elsewhere, alone,
    which value it had and never this one (its fields compared where both
    are given: a route without guidance agrees with any guidance).  Names of
    the registry's fact types."""


class Arms(_Model):
    """How the arms of a study (dose groups, subgroups given a number of
    sessions) are recognised: parallel lists of values, with their counts
    (see extractor/facts/arms.py)."""

    key_types: tuple[Identifier, ...]
    """The fact types whose parallel values define arms, in order of
    preference (sessions: ``1次(11例)、2次(20例)或3次(30例)``; dose: 5×10^6,
    1×10^7 or 1.5×10^7 cells); names of the registry's fact types."""
    count_type: Identifier
    """The fact type that counts the patients of an arm (``11例``, ``n =
    10``): a list of values with one count each is a list of arms."""
    distributive: LangTerms
    """Words saying that a list's values go one to one with groups or are
    given to each group (分别, 各, respectively, each): a list of values
    with one of them within ``window`` characters is a list of arms."""
    group_words: LangTerms
    """Words that make the words before a count a group's label (低剂量组,
    "high-dose", "the MSC arm"): the label of an arm whose count follows it
    (``低剂量组(10例)``); otherwise an arm is labelled by its value as
    printed (``2次``, ``1.5×10^7``)."""
    separators: LangTerms = LangTerms(en=("and", "or"), zh=("以及", "及", "和", "与", "或"))
    """Words that join the items of a list (besides the punctuation 、 , /):
    "5×10^6 or 1×10^7", ``1次(11例)、2次(20例)或3次(30例)``; they also end a
    group label on its left ("… and high-dose (n = 12)")."""
    label_skip: LangTerms = LangTerms(en=("the", "a", "an", "both", "in", "for"))
    """Words left off the start of a group label ("the low-dose (n = 10)" is
    labelled "low-dose")."""
    name_types: tuple[Identifier, ...] = ("cell_type",)
    """Fact types whose mention right before a group's head names the group
    (``骨髓MSC组``, ``外泌体组``): names of the registry's fact types."""
    fillers: LangTerms = LangTerms(en=("the", "a", "an", "in", "of", "that", "those"))
    """Words that may stand between a ``reference``, ``postposed`` or
    joining word and the group's name ("than those in the control group",
    "in the cell group", "and the sham group")."""
    group_heads: LangTerms = LangTerms(en=("group", "arm", "cohort"), zh=("组",))
    """The words that end a group's name (``观察组``, "the MSC group", "the
    high-dose cohort") or open it ("group A"): a fact stated of a group so
    named takes the name as its arm.  An English head with a plural ``s``
    ("the two groups", "the control and treatment groups") names several
    groups: their facts take none."""
    group_names: LangTerms = LangTerms()
    """Chinese words that name a group before its head (观察, 对照, 高剂量:
    ``治疗后观察组`` is labelled ``观察组``).  A cell type found right before
    the head (``骨髓MSC组``, ``外泌体组``) and Latin letters (``A组``,
    ``BMSC组``) name a group too; English names are the words before the
    head, back to a word of ``name_stop``."""
    name_stop: LangTerms = LangTerms()
    """English words a group's name does not reach over (the, in, of,
    received, patients …): "patients in the MSC arm" is labelled "MSC
    arm"."""
    not_group: LangTerms = LangTerms()
    """Words that hold a head without naming a group (组织, 组成, 组别,
    "arm circumference"): never a group."""
    every_group: LangTerms = LangTerms()
    """Words right before a head (or its name) that speak of every group or
    of several (两组, 各组, 每组, 全组, 两治疗组, each group, both groups, all
    groups): their facts take no arm and end the group a paragraph was
    describing."""
    no_group: LangTerms = LangTerms()
    """Words before a group's name that speak of a group the study does
    not have, or of any group ("none had a control group", "without a
    control group", 未设对照组): no arm, and the group being described ends."""
    indefinite: LangTerms = LangTerms()
    """Articles before a group's name ("a treatment group (n = 20)"): the
    name labels the facts of its own stretch, and no later sentence is
    about it ("none of these studies had a control group")."""
    described_by: LangTerms = LangTerms()
    """Words opening the stretch right after a group named with an article
    (``indefinite``) that go on to say what that group was given ("an
    intraovarian group, in which cells were injected …", "a control group,
    given saline"): the facts of that stretch are the group's too."""
    turn_away: LangTerms = LangTerms()
    """Words opening a stretch that turn to other people than the group
    being described ("…, whereas in women treated once AMH was unchanged",
    "while among the controls"): the group carried so far ends there, and
    the stretch's facts take none of it."""
    same_group: LangTerms = LangTerms()
    """Words right before a head that point back to the group being
    described (该组, 此组, this group, the same group): its arm goes on."""
    reference: LangTerms = LangTerms()
    """Words before a group that make it the group compared with, not the
    subject (与对照组相比, 较对照组, compared with the control group, than,
    versus): its name labels nothing."""
    reference_after: LangTerms = LangTerms()
    """Words right after a group's name that make it the group compared
    with or built on, not the subject (对照组基础上, 对照组相比)."""
    contrast: LangTerms = LangTerms()
    """Words that compare the sizes of changes (幅度大于, 差异, "more",
    "differ"): a clause holding one and naming two groups compares them (no
    arm for its facts); naming one group, it compares with before treatment
    (观察组FSH下降更明显) and keeps the arm."""
    postposed: LangTerms = LangTerms()
    """Words that put a group's name after the facts it holds ("three in
    the control group", "FSH fell in the cell group"): in a clause naming
    several groups, a fact takes the group so named right after it rather
    than the one before."""
    allotted: LangTerms = LangTerms()
    """Words that send a count of people to the group named right after them
    ("Twenty patients were assigned to the MSC group and eighteen to the
    control group"): a count with at most three words and one of these
    before a group's name is that group's, whatever group was named before."""
    comparison: LangTerms = LangTerms()
    """Words that make a clause a comparison between groups as such
    whatever it names (组间, 最为, 最大, most, between, similar): its facts
    take no arm and, when it names a group, the group being described ends."""
    carry_stop: LangTerms = LangTerms()
    """Sentence openings after which a paragraph no longer describes the
    group named before (结论, 综上, Conclusions, In summary)."""
    sentence_only_sections: tuple[Identifier, ...] = ()
    """Kinds of section (rules/sections.yaml: introduction, discussion) in
    which a group's name labels its own sentence only: there a paragraph
    goes from the study's groups to other work and to general statements."""
    whole_study: LangTerms = LangTerms()
    """Words that speak of the whole study (全部患者, 共纳入, "all patients",
    "in total"): the facts of their clause take no arm, and the group a
    paragraph was describing ends."""
    case_heads: LangTerms = LangTerms()
    """Words that name one case of a case series with its number ("Case 1",
    "patient 2", ``例1``, ``第2例``): what is said of one case is that case's
    arm, like a group's (corpus/ANNOTATION.md ``arm``)."""
    each_arm: LangTerms = LangTerms()
    """Words that give a count to every group at once: English ones right
    after the count ("15 in each group", "n = 8 per arm", "three women
    each"), Chinese ones right before it (``各30例``, ``每组30例``): the count is
    every arm's (``each_arm``), of none in particular."""
    label_drop: LangTerms = LangTerms()
    """Words at the end of a group's name, after its head is left off, that
    do not tell arms apart ("dose": "the high-dose arm", a table row "High"
    and ``高剂量组`` / ``高`` are one arm's names)."""
    window: Annotated[int, Field(ge=0, le=60)] = 12
    """How many characters may stand between a distributive word and the
    list it distributes (``细胞数分别为 5×10^6 、…``: 4); after the list, a
    distributive word ends its clause wherever it stands, no number between
    ("… or 1×10^7 cells per ovary, respectively")."""
    gap_chars: Annotated[int, Field(ge=0, le=40)] = 12
    """How many characters (besides a separator such as 、, "or", 和 and a
    bracketed count) may stand between two values of one list: "5×10^6
    cells or 1×10^7 cells" has 6."""


class Inclusion(_Model):
    """One value that includes others as its steps (SEGOVA re-injects the
    activated tissue into the ovary)."""

    type: Identifier
    """The fact type (route)."""
    id: Identifier
    """The ``id`` of the including value (segova)."""
    parts: tuple[Identifier, ...]
    """The ``id`` of the values that are its steps (intraovarian_injection):
    such a fact in the same sentence and study is ``part_of`` the including
    one, and the regimens sheet lists only the including value."""


class StudiesFile(_Model):
    """``rules/studies.yaml``: the study a fact reports, and its arm (contract v1.1 ``study``, ``arm``)."""

    attribution: Attribution
    """Sentence openings that carry a study on, or end it."""
    arms: Arms
    """Parallel lists that make arms."""
    includes: tuple[Inclusion, ...] = ()
    """Values that include others as their steps."""


#: Every rule file and its model, in loading order.  Other *.yaml files in
#: the directory are left alone (other stages may keep their own files there).
FILES: Mapping[str, type[_Model]] = MappingProxyType(
    {
        "settings.yaml": SettingsFile,
        "sections.yaml": SectionsFile,
        "cell_types.yaml": CellTypesFile,
        "routes.yaml": RoutesFile,
        "hormones.yaml": HormonesFile,
        "directions.yaml": DirectionsFile,
        "context.yaml": ContextFile,
        "units.yaml": UnitsFile,
        "studies.yaml": StudiesFile,
    }
)


# --------------------------------------------------------------------------
# Records handed to matchers


class _Located:
    """What terms and patterns share: where they are written."""

    __slots__ = ()

    def __iter__(self) -> Iterator[Any]:
        return iter((self.text, self.id, self.file, self.line))  # type: ignore[attr-defined]

    @property
    def source(self) -> str:
        """``file:line`` — where a fact found through this rule came from."""
        return f"{self.file}:{self.line}"  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Term(_Located):
    """One literal term of a rule file.

    Unpacks as ``(text, id, file, line)``; the other fields say how to match
    it.  ``entry`` is the path inside the file
    (``cell_types[3] (umbilical_cord_msc).terms.zh[5]``); ``file`` is the
    file name inside the rules directory.
    """

    text: str
    id: str
    file: str
    line: int
    kind: str
    lang: str
    entry: str
    position: str = Position.ANY.value
    case_sensitive: bool = False
    requires: tuple[str, ...] = ()
    value: float | None = None



@dataclass(frozen=True, slots=True)
class Pattern(_Located):
    """One regular expression of a rule file; unpacks like :class:`Term`."""

    text: str
    regex: re.Pattern[str]
    id: str
    file: str
    line: int
    kind: str
    lang: str
    entry: str
    position: str = Position.ANY.value
    requires: tuple[str, ...] = ()


# --------------------------------------------------------------------------
# Errors


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """One mistake in a rule file."""

    file: str
    line: int
    entry: str
    detail: str
    code: str = "E101"

    def __str__(self) -> str:
        text = Msg[self.code].value.format(file=self.file, line=self.line, entry=self.entry, detail=self.detail)
        return f"{text} [{self.code}]"


class RuleError(LitxError):
    """The rule files are broken; ``errors`` lists every problem found."""

    def __init__(self, errors: Sequence[RuleProblem]) -> None:
        if not errors:
            raise ValueError("RuleError needs at least one problem")
        self.errors: list[RuleProblem] = list(errors)
        first = self.errors[0]
        super().__init__(Msg[first.code], file=first.file, line=first.line, entry=first.entry, detail=first.detail)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.errors)


# --------------------------------------------------------------------------
# YAML: compose a node tree, build plain data plus a line for every path

Path_ = tuple[Union[str, int], ...]

_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)\Z")


def _plain(text: str) -> Any:
    """Resolve a plain (unquoted) scalar with the YAML 1.2 core schema."""
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.match(text):
        return int(text)
    if _OCT.match(text):
        return int(text[2:], 8)
    if _HEX.match(text):
        return int(text[2:], 16)
    if _FLOAT.match(text):
        return float(text)
    if _INF.match(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.match(text):
        return float("nan")
    return text


def _backend() -> str:
    try:
        import yaml  # noqa: F401

        if getattr(yaml, "__with_libyaml__", False):
            return "libyaml"
    except ImportError:
        pass
    return "ruamel"


#: "libyaml" (fast, if PyYAML with its C extension is installed) or "ruamel".
YAML_BACKEND = _backend()


class _SyntaxProblem(Exception):
    def __init__(self, line: int, detail: str) -> None:
        super().__init__(detail)
        self.line = line
        self.detail = detail


def _compose(text: str, backend: str) -> Any:
    if backend == "libyaml":
        import yaml

        try:
            return yaml.compose(text, Loader=yaml.CSafeLoader)
        except yaml.MarkedYAMLError as exc:
            raise _syntax(exc) from None
        except yaml.YAMLError as exc:
            raise _SyntaxProblem(1, str(exc)) from None
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        return YAML(typ="safe", pure=True).compose(text)
    except MarkedYAMLError as exc:
        raise _syntax(exc) from None
    except YAMLError as exc:
        raise _SyntaxProblem(1, str(exc)) from None


def read_data(text: str) -> Any:
    """Plain data (dicts, lists, scalars) of one YAML text, read as the rule
    files are (fast backend, YAML 1.2 core schema).  Raises
    :class:`ValueError` naming the line of a syntax error."""
    try:
        root = _compose(text, YAML_BACKEND)
    except _SyntaxProblem as exc:
        raise ValueError(f"line {exc.line}: {exc.detail}") from None
    return None if root is None else _build(root, (), {}, [])


def _syntax(exc: Any) -> _SyntaxProblem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else 1
    parts = [p for p in (getattr(exc, "context", None), getattr(exc, "problem", None)) if p]
    return _SyntaxProblem(line, ", ".join(parts) or str(exc).splitlines()[0])


def _build(
    node: Any, path: Path_, lines: dict[Path_, int], problems: list[tuple[Path_, int, str]], depth: int = 0
) -> Any:
    """Plain Python data from a composed node; records a line for each path."""
    if depth > 60:
        problems.append((path, node.start_mark.line + 1, "nested too deeply (recursive alias?)"))
        return None
    kind = type(node).__name__
    if kind == "ScalarNode":
        return _plain(node.value) if node.style in (None, "") else node.value
    if kind == "SequenceNode":
        out = []
        for i, item in enumerate(node.value):
            p = path + (i,)
            lines[p] = item.start_mark.line + 1
            out.append(_build(item, p, lines, problems, depth + 1))
        return out
    # MappingNode
    result: dict[str, Any] = {}
    for knode, vnode in node.value:
        kline = knode.start_mark.line + 1
        if type(knode).__name__ != "ScalarNode":
            problems.append((path, kline, "a key must be a plain name"))
            continue
        key = knode.value
        p = path + (key,)
        if key in result:
            problems.append((p, kline, f"key '{key}' given twice (first at line {lines[p]})"))
            continue
        lines[p] = kline
        result[key] = _build(vnode, p, lines, problems, depth + 1)
    return result


# --------------------------------------------------------------------------
# Turning validation errors into located problems


_LABEL_KEYS = ("id", "kind", "direction", "position", "factor")


def _entry_name(data: Any, path: Path_) -> str:
    parts: list[str] = []
    node = data
    for el in path:
        if isinstance(el, int):
            parts.append(f"[{el}]")
            node = node[el] if isinstance(node, list) and 0 <= el < len(node) else None
            if isinstance(node, dict):
                for key in _LABEL_KEYS:
                    value = node.get(key)
                    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                        parts.append(f" ({_num(value) if isinstance(value, float) else value})")
                        break
        else:
            parts.append(f".{el}" if parts else str(el))
            node = node.get(el) if isinstance(node, dict) else None
    return "".join(parts) or "(top level)"


def _num(value: float) -> str:
    """10000.0 → "10000", 0.5 → "0.5"."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)


def _line_for(path: Path_, lines: Mapping[Path_, int]) -> int:
    for n in range(len(path), 0, -1):
        line = lines.get(path[:n])
        if line is not None:
            return line
    return 1


def _unwrap(tp: Any) -> Any:
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in get_args(tp) if a is not type(None)]
            if len(args) != 1:
                return tp
            tp = args[0]
        else:
            return tp


def _model_at(model: type[BaseModel], path: Path_) -> type[BaseModel] | None:
    tp: Any = model
    for el in path:
        tp = _unwrap(tp)
        if isinstance(el, str):
            if isinstance(tp, type) and issubclass(tp, BaseModel) and el in tp.model_fields:
                tp = tp.model_fields[el].annotation
            else:
                return None
        else:
            args = get_args(tp)
            if not args:
                return None
            tp = args[0]
    tp = _unwrap(tp)
    return tp if isinstance(tp, type) and issubclass(tp, BaseModel) else None


_BOUNDS = {"gt": "greater than", "ge": "at least", "lt": "less than", "le": "at most"}


def _describe(err: Mapping[str, Any], model: type[BaseModel], path: Path_) -> str:
    typ = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    field = next((el for el in reversed(path) if isinstance(el, str)), "")
    if typ == "missing":
        return f"missing field '{path[-1]}'"
    if typ == "extra_forbidden":
        owner = _model_at(model, path[:-1])
        allowed = f" (allowed: {', '.join(owner.model_fields)})" if owner else ""
        return f"unknown key '{path[-1]}'{allowed}"
    if typ in ("enum", "literal_error"):
        expected = ctx.get("expected", "")
        what = "canonical id" if field == "id" else f"value for '{field}'"
        return f"unknown {what} {value!r} (expected one of: {expected})"
    if not path and value is None:
        return "the file is empty"
    if value is None and typ.endswith("_type"):
        in_list = bool(path) and isinstance(path[-1], int)
        return "empty term" if in_list and field in LANGS else "empty value"
    if typ == "string_type":
        return f"expected text, got {type(value).__name__} {value!r} (put it in quotes)"
    if typ == "string_pattern_mismatch":
        return f"{value!r} is not a valid name: use lower-case letters, digits and _"
    if typ in ("tuple_type", "list_type"):
        return f"expected a list, got {type(value).__name__} {value!r}"
    if typ in ("model_type", "model_attributes_type", "dict_type"):
        return f"expected a mapping (key: value), got {type(value).__name__} {value!r}"
    if typ in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        bound = next(((k, v) for k, v in ctx.items() if k in _BOUNDS), None)
        limit = f": must be {_BOUNDS[bound[0]]} {bound[1]}" if bound else ""
        return f"{field} {value!r} out of range{limit}"
    if typ in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, got {value!r}"
    if typ in ("float_type", "float_parsing"):
        return f"expected a number, got {value!r}"
    if typ in ("bool_type", "bool_parsing"):
        return f"expected true or false, got {value!r}"
    if typ == "too_short":
        return "must not be empty"
    msg = str(err.get("msg", typ))
    return msg.removeprefix("Value error, ")


# --------------------------------------------------------------------------
# Loading


@dataclass
class _Loaded:
    name: str
    shown: str  # the path as shown in messages
    data: Any
    lines: dict[Path_, int]
    model: _Model | None
    #: entries left out of ``model`` because they have errors: for each
    #: top-level list, the original index of every entry kept
    kept: dict[str, list[int]] = field(default_factory=dict)

    @property
    def partial(self) -> bool:
        return bool(self.kept)

    def each(self, key: str, entries: Sequence[Any]) -> Iterator[tuple[Path_, Any]]:
        """(path, entry) for a top-level list of the model, paths as in the file."""
        kept = self.kept.get(key)
        for i, entry in enumerate(entries):
            yield (key, kept[i] if kept is not None else i), entry


class _Collector:
    """Gathers problems and terms while the files are read."""

    def __init__(self, capitals: int) -> None:
        self.problems: list[RuleProblem] = []
        self.capitals = capitals
        self.terms: dict[Kind, list[Term]] = {k: [] for k in Kind}
        self.patterns: dict[Kind, list[Pattern]] = {k: [] for k in Kind}
        self.excludes: dict[Kind, list[Term]] = {k: [] for k in Kind}
        self._seen: dict[str, dict[str, list[tuple[Term, Path_]]]] = {}

    def problem(self, f: _Loaded, path: Path_, detail: str, line: int | None = None) -> None:
        where = line if line is not None else _line_for(path, f.lines)
        self.problems.append(RuleProblem(f.shown, where, _entry_name(f.data, path), detail))

    def _case_sensitive(self, text: str) -> bool:
        return sum("A" <= c <= "Z" for c in text) >= self.capitals

    def add_terms(
        self,
        f: _Loaded,
        kind: Kind,
        id_: str,
        terms: LangTerms,
        base: Path_,
        *,
        position: str = Position.ANY.value,
        requires: tuple[str, ...] = (),
        value: float | None = None,
    ) -> None:
        group = self._seen.setdefault(_GROUPS[kind], {})
        prefix = _entry_name(f.data, base)
        for lang, i, text in terms.items():
            path = base + (lang, i)
            term = Term(
                text=text,
                id=id_,
                file=f.name,
                line=_line_for(path, f.lines),
                kind=kind.value,
                lang=lang,
                entry=f"{prefix}.{lang}[{i}]",
                position=position,
                case_sensitive=self._case_sensitive(text),
                requires=requires,
                value=value,
            )
            # Letter case is ignored across entries; inside one entry a
            # variant in another case is allowed (it matters for terms that
            # match case-sensitively), an exact repeat is not.
            spaced = " ".join(text.split())
            seen = group.setdefault(spaced.lower(), [])
            clash = next(
                ((t, b) for t, b in seen if t.file != term.file or b != base or " ".join(t.text.split()) == spaced),
                None,
            )
            if clash is not None:
                first, first_base = clash
                if first.file == term.file and first_base == base:
                    where = "in this entry"
                else:
                    where = f"under {first.kind} '{first.id}'"
                self.problem(
                    f,
                    path,
                    f"term {text!r} is already listed {where} "
                    f"({first.file}, line {first.line}, entry {first.entry})",
                )
                continue
            seen.append((term, base))
            self.terms[kind].append(term)

    def add_patterns(
        self,
        f: _Loaded,
        kind: Kind,
        id_: str,
        patterns: LangPatterns,
        base: Path_,
        *,
        position: str = Position.ANY.value,
        requires: tuple[str, ...] = (),
    ) -> None:
        prefix = _entry_name(f.data, base)
        for lang, i, text in patterns.items():
            path = base + (lang, i)
            self.patterns[kind].append(
                Pattern(
                    text=text,
                    regex=re.compile(text),
                    id=id_,
                    file=f.name,
                    line=_line_for(path, f.lines),
                    kind=kind.value,
                    lang=lang,
                    entry=f"{prefix}.{lang}[{i}]",
                    position=position,
                    requires=requires,
                )
            )

    def add_excludes(self, f: _Loaded, kind: Kind, id_: str, exclude: LangTerms, terms: LangTerms, base: Path_) -> None:
        lowered = [t.lower() for t in terms.all()]
        prefix = _entry_name(f.data, base)
        for lang, i, text in exclude.items():
            path = base + (lang, i)
            low = text.lower()
            if low in lowered:
                self.problem(f, path, f"exclude {text!r} is also a term of this entry")
                continue
            if not any(t in low for t in lowered):
                self.problem(f, path, f"exclude {text!r} contains none of this entry's terms, so it excludes nothing")
                continue
            self.excludes[kind].append(
                Term(
                    text=text,
                    id=id_,
                    file=f.name,
                    line=_line_for(path, f.lines),
                    kind=kind.value,
                    lang=lang,
                    entry=f"{prefix}.{lang}[{i}]",
                    case_sensitive=self._case_sensitive(text),
                )
            )

    def entity(self, f: _Loaded, kind: Kind, entry: _EntityEntry, base: Path_, requires: tuple[str, ...] = ()) -> None:
        id_ = entry.id.value  # type: ignore[attr-defined]
        if not entry.terms.all() and not (entry.patterns.en or entry.patterns.zh):
            self.problem(f, base + ("terms",), "no terms: this entry can never match")
        self.add_terms(f, kind, id_, entry.terms, base + ("terms",), requires=requires)
        self.add_patterns(f, kind, id_, entry.patterns, base + ("patterns",), requires=requires)
        self.add_excludes(f, kind, id_, entry.exclude, entry.terms, base + ("exclude",))

    def ids(
        self, f: _Loaded, entries: Iterable[tuple[Path_, Any]], key: Path_, vocabulary: Iterable[Enum] | None
    ) -> None:
        """Each id once; with a vocabulary, every id of it present."""
        first: dict[str, int] = {}
        for path, entry in entries:
            value = getattr(entry, "id", None) or getattr(entry, "kind")
            value = value.value if isinstance(value, Enum) else value
            if value in first:
                self.problem(f, path, f"'{value}' has two entries (first at line {first[value]})")
            else:
                first[value] = _line_for(path, f.lines)
        if vocabulary is not None and not f.partial:
            for member in vocabulary:
                if member.value not in first:
                    self.problem(f, key, f"no entry for contract id '{member.value}'")


def _read(path: Path, name: str, shown: str, backend: str, problems: list[RuleProblem],
          model_cls: type[BaseModel] | None = None) -> _Loaded | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.append(RuleProblem(shown, 0, "-", "missing", code="E103"))
        return None
    except IsADirectoryError:
        problems.append(RuleProblem(shown, 0, "-", "it is a folder, not a file", code="E104"))
        return None
    except OSError as exc:
        problems.append(RuleProblem(shown, 0, "-", exc.strerror or str(exc), code="E104"))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(RuleProblem(shown, line, "-", "not UTF-8 text (save the file as UTF-8)", code="E102"))
        return None
    try:
        root = _compose(text, backend)
    except _SyntaxProblem as exc:
        problems.append(RuleProblem(shown, exc.line, "-", exc.detail, code="E102"))
        return None
    lines: dict[Path_, int] = {(): 1}
    structural: list[tuple[Path_, int, str]] = []
    data = None if root is None else _build(root, (), lines, structural)
    loaded = _Loaded(name, shown, data, lines, None)
    for p, line, detail in structural:
        problems.append(RuleProblem(shown, line, _entry_name(data, p), detail))
    model_cls = model_cls or FILES[name]
    try:
        loaded.model = model_cls.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        for err in errors:
            p = tuple(err["loc"])
            problems.append(RuleProblem(shown, _line_for(p, lines), _entry_name(data, p), _describe(err, model_cls, p)))
        if not structural:
            _validate_rest(loaded, model_cls, errors)
    if structural:
        loaded.model = None
    return loaded


def _validate_rest(loaded: _Loaded, model_cls: type[_Model], errors: Sequence[Mapping[str, Any]]) -> None:
    """Validate the file without its broken entries, so that the checks
    across entries (duplicates, excludes) still run on the rest and every
    problem is reported in one go."""
    data = loaded.data
    if not isinstance(data, dict):
        return
    bad: dict[str, set[int]] = {}
    for err in errors:
        loc = err["loc"]
        if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int) and isinstance(data.get(loc[0]), list):
            bad.setdefault(loc[0], set()).add(loc[1])
        else:
            return  # an error outside a list entry: nothing sensible to check
    pruned = dict(data)
    kept: dict[str, list[int]] = {}
    for key, indices in bad.items():
        kept[key] = [i for i in range(len(data[key])) if i not in indices]
        pruned[key] = [data[key][i] for i in kept[key]]
    try:
        loaded.model = model_cls.model_validate(pruned)
    except ValidationError:
        return
    loaded.kept = kept


def _check_and_collect(files: Mapping[str, _Loaded], c: _Collector) -> None:
    """Checks across entries and files, and the term tables."""

    def ok(name: str) -> tuple[_Loaded, Any] | None:
        f = files.get(name)
        return (f, f.model) if f is not None and f.model is not None else None

    if got := ok("sections.yaml"):
        f, m = got
        c.ids(f, f.each("sections", m.sections), ("sections",), None)
        for base, s in f.each("sections", m.sections):
            c.add_terms(f, Kind.SECTION, s.kind, s.terms, base + ("terms",))

    if got := ok("cell_types.yaml"):
        f, m = got
        c.ids(f, f.each("cell_types", m.cell_types), ("cell_types",), CellTypeId)
        by_id = {}
        for base, e in f.each("cell_types", m.cell_types):
            by_id.setdefault(e.id, e)
            c.entity(f, Kind.CELL_TYPE, e, base, requires=e.requires.all())
        for base, a in f.each("ambiguous_abbreviations", m.ambiguous_abbreviations):
            entry = by_id.get(a.id)
            listed = set(entry.terms.all()) if entry else set()
            for j, t in enumerate(a.terms):
                if entry is not None and t not in listed:
                    c.problem(f, base + ("terms", j), f"{t!r} is not a term of '{a.id.value}'")
            if not a.confirm.all():
                c.problem(f, base + ("confirm",), "no confirming words: the abbreviation could never count")
        c.add_terms(f, Kind.NOT_CELL_TYPE, "not_term", m.not_terms, ("not_terms",))

    if got := ok("routes.yaml"):
        f, m = got
        c.ids(f, f.each("routes", m.routes), ("routes",), RouteId)
        c.ids(f, f.each("guidance", m.guidance), ("guidance",), GuidanceId)
        for base, e in f.each("routes", m.routes):
            c.entity(f, Kind.ROUTE, e, base)
        for base, e in f.each("guidance", m.guidance):
            c.entity(f, Kind.GUIDANCE, e, base)

    if got := ok("hormones.yaml"):
        f, m = got
        c.ids(f, f.each("hormones", m.hormones), ("hormones",), HormoneId)
        for base, e in f.each("hormones", m.hormones):
            c.entity(f, Kind.HORMONE, e, base)

    if got := ok("directions.yaml"):
        f, m = got
        for base, cue in f.each("cues", m.cues):
            if not cue.terms.all() and not (cue.patterns.en or cue.patterns.zh):
                c.problem(f, base, "no terms and no patterns")
            pos = cue.position.value
            c.add_terms(f, Kind.DIRECTION, cue.direction.value, cue.terms, base + ("terms",), position=pos)
            c.add_patterns(f, Kind.DIRECTION, cue.direction.value, cue.patterns, base + ("patterns",), position=pos)
        for base, cmp in f.each("comparison", m.comparison):
            if not cmp.terms.all() and not (cmp.patterns.en or cmp.patterns.zh):
                c.problem(f, base, "no terms and no patterns")
            pos = cmp.position.value
            c.add_terms(f, Kind.COMPARISON, "comparison", cmp.terms, base + ("terms",), position=pos)
            c.add_patterns(f, Kind.COMPARISON, "comparison", cmp.patterns, base + ("patterns",), position=pos)

    if got := ok("context.yaml"):
        f, m = got
        neg = m.negation
        for i, cue in enumerate(neg.cues):
            base = ("negation", "cues", i, "terms")
            c.add_terms(f, Kind.NEGATION, "negation", cue.terms, base, position=cue.position.value)
        c.add_terms(f, Kind.PSEUDO_NEGATION, "pseudo_negation", neg.pseudo, ("negation", "pseudo"))
        c.add_terms(f, Kind.TERMINATOR, "terminator", neg.terminators, ("negation", "terminators"))
        c.add_terms(f, Kind.HEDGE, "hedge", m.hedging.terms, ("hedging", "terms"))
        entries = [(("species", "entries", i), sp) for i, sp in enumerate(m.species.entries)]
        c.ids(f, entries, ("species", "entries"), None)
        for base, sp in entries:
            c.add_terms(f, Kind.SPECIES, sp.id, sp.terms, base + ("terms",))
            c.add_excludes(f, Kind.SPECIES, sp.id, sp.exclude, sp.terms, base + ("exclude",))
        if m.species.default not in {sp.id for sp in m.species.entries}:
            c.problem(f, ("species", "default"), f"default species '{m.species.default}' has no entry")
        c.add_terms(f, Kind.IN_VITRO, "in_vitro", m.in_vitro.terms, ("in_vitro", "terms"))
        c.add_terms(f, Kind.DISEASE_MODEL, "disease_model", m.disease_model.terms, ("disease_model", "terms"))

    if got := ok("units.yaml"):
        f, m = got
        c.ids(f, f.each("units", m.units), ("units",), DoseUnit)
        c.ids(f, f.each("per", m.per), ("per",), Per)
        c.ids(f, f.each("counts", m.counts), ("counts",), CountKind)
        for base, u in f.each("units", m.units):
            c.add_terms(f, Kind.UNIT, u.id.value, u.terms, base + ("terms",))
            c.add_excludes(f, Kind.UNIT, u.id.value, u.exclude, u.terms, base + ("exclude",))
            if u.per_kg is not None and u.per_kg == u.id:
                c.problem(f, base + ("per_kg",), "per_kg names the unit itself")
        c.add_terms(f, Kind.NOT_UNIT, "not_unit", m.not_units, ("not_units",))
        for base, p in f.each("per", m.per):
            c.add_terms(f, Kind.PER, p.id.value, p.terms, base + ("terms",))
        for base, mult in f.each("multipliers", m.multipliers):
            c.add_terms(f, Kind.MULTIPLIER, _num(mult.factor), mult.terms, base + ("terms",), value=mult.factor)
        for base, cnt in f.each("counts", m.counts):
            c.add_terms(f, Kind.COUNT, cnt.id.value, cnt.terms, base + ("terms",))
            c.add_terms(f, Kind.COUNT_PREFIX, cnt.id.value, cnt.prefixes, base + ("prefixes",))
            c.add_terms(f, Kind.COUNT_UNSPECIFIED, cnt.id.value, cnt.unspecified, base + ("unspecified",))
            c.add_excludes(f, Kind.COUNT, cnt.id.value, cnt.exclude, cnt.terms, base + ("exclude",))


def _load(rules_dir: Path, backend: str) -> RuleSet:
    problems: list[RuleProblem] = []
    try:
        os.listdir(rules_dir)
    except FileNotFoundError:
        pass  # said below: not a rules folder
    except OSError as exc:
        raise RuleError([RuleProblem(str(rules_dir), 0, "-", f"the folder cannot be read: {exc.strerror or exc}",
                                     code="E104")]) from None
    files: dict[str, _Loaded] = {}
    if not any((rules_dir / name).exists() for name in FILES) and not (rules_dir / GRAMMARS).is_dir():
        # the wrong folder, not a folder that changes nothing
        detail = f"not a rules folder: none of {', '.join(FILES)} (or a {GRAMMARS}/ folder) is in it"
        raise RuleError([RuleProblem(str(rules_dir), 0, "-", detail, code="E105")])
    for name in FILES:
        path = rule_file(rules_dir, name)
        loaded = _read(path, name, str(path), backend, problems)
        if loaded is not None:
            files[name] = loaded
    grammars = _load_grammars(rules_dir, backend, problems)
    settings = files.get("settings.yaml")
    settings_model: SettingsFile | None = settings.model if settings is not None else None  # type: ignore[assignment]
    capitals = settings_model.matching.case_sensitive_capitals if settings_model else 2
    collector = _Collector(capitals)
    _check_and_collect(files, collector)
    problems.extend(collector.problems)
    if problems:
        order = {n: i for i, n in enumerate(FILES)}
        problems.sort(key=lambda p: (order.get(Path(p.file).name, 99), p.line))
        raise RuleError(problems)
    models = MappingProxyType({Path(name).stem: f.model for name, f in files.items()})
    return RuleSet(rules_dir, models, collector, grammars)  # type: ignore[arg-type]


#: the folder of a rules folder that holds one grammar file per fact type
GRAMMARS = "grammars"


def rule_file(rules_dir: Path, name: str) -> Path:
    """Where a rule folder's file ``name`` is: in the folder, or, when the
    folder leaves it out, in the bundled rules (a folder of one's own holds
    only the files that differ)."""
    own = rules_dir / name
    if own.exists() or own.is_symlink() or not (RULES_DIR / name).exists():
        return own
    return RULES_DIR / name


def grammar_files(rules_dir: Path) -> list[Path]:
    """The grammar files of a rule folder: its own, and the bundled ones it does not replace."""
    found = {p.name: p for p in sorted((RULES_DIR / GRAMMARS).glob("*.yaml"))} if (RULES_DIR / GRAMMARS).is_dir() else {}
    if (rules_dir / GRAMMARS).is_dir():
        found.update({p.name: p for p in sorted((rules_dir / GRAMMARS).glob("*.yaml"))})
    return [found[name] for name in sorted(found)]


def _load_grammars(rules_dir: Path, backend: str, problems: list[RuleProblem]) -> dict[str, "LoadedGrammar"]:
    """Every ``grammars/*.yaml``, validated and compiled: a pattern that does
    not compile is a problem with its file, line and entry."""
    from .grammar import GrammarError, GrammarFile, compile_grammar

    out: dict[str, LoadedGrammar] = {}
    for path in grammar_files(rules_dir):
        name = f"{GRAMMARS}/{path.name}"
        loaded = _read(path, name, str(path), backend, problems, GrammarFile)
        if loaded is not None and loaded.model is not None and loaded.model.fact != path.stem:
            problems.append(RuleProblem(str(path), _line_for(("fact",), loaded.lines), "fact",
                                        f"a grammar file is named after its fact type: {loaded.model.fact}.yaml"))
            continue
        if loaded is None or loaded.model is None:
            continue
        grammar: Any = loaded.model
        # the file's patterns, and its table's: (where in the file, pattern id prefix, patterns)
        groups = [(("patterns",), "", grammar.patterns)]
        if grammar.table is not None:
            groups.append((("table", "patterns"), "table.", grammar.table.patterns))
        try:
            compiled = compile_grammar(grammar)
        except GrammarError as exc:
            # only then each expression alone, to say which (file, line, entry) cannot compile
            before = len(problems)
            _grammar_problems(grammar, groups, path, loaded, problems)
            if len(problems) == before:  # no expression fails alone: the file as a whole does
                problems.append(RuleProblem(str(path), _line_for(("patterns",), loaded.lines), "patterns", str(exc)))
            continue
        sources = {(prefix + p.id, lang, j): f"{name}:{_line_for((*at, i, lang, j), loaded.lines)}"
                   for at, prefix, patterns in groups
                   for i, p in enumerate(patterns) for lang in ("en", "zh") for j in range(len(getattr(p, lang)))}
        out[path.stem] = LoadedGrammar(grammar, compiled, sources)
    return out


def _grammar_problems(grammar, groups, path: Path, loaded, problems: list[RuleProblem]) -> None:
    """A problem for every expression of a grammar that does not compile on its own."""
    from .grammar import GrammarError, GrammarFile, compile_grammar

    for at, _, patterns in groups:
        for i, pattern in enumerate(patterns):
            for lang in ("en", "zh"):
                for j, source in enumerate(getattr(pattern, lang)):
                    try:
                        compile_grammar(GrammarFile(fact=grammar.fact, slots=grammar.slots,
                                                    patterns=(type(pattern)(id=pattern.id, **{lang: (source,)}),)))
                    except GrammarError as exc:
                        where = (*at, i, lang, j)
                        problems.append(RuleProblem(str(path), _line_for(where, loaded.lines),
                                                    _entry_name(loaded.data, where), str(exc)))


@dataclass(frozen=True)
class LoadedGrammar:
    """A grammar file of the rule set: its model, compiled once, and where each pattern is written."""

    model: Any  # grammar.GrammarFile
    compiled: Any  # grammar.CompiledGrammar
    #: (pattern id, lang, index) → "grammars/<file>:<line>"
    sources: Mapping[tuple[str, str, int], str]

    def source(self, pattern: str, lang: str, index: int) -> str | None:
        return self.sources.get((pattern, lang, index))


# --------------------------------------------------------------------------
# The rule set


_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[一二三四五六七八九十]+[、.．])\s*")
_BRACKETS = {"[": "]", "【": "】", "［": "］", "〔": "〕", "(": ")", "（": "）", "《": "》", "<": ">"}


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class RuleSet:
    """All rules, validated; immutable.  Build with :func:`load_rules`."""

    __slots__ = (
        "directory",
        "models",
        "_terms",
        "_patterns",
        "_excludes",
        "_section_exact",
        "_section_prefix",
        "_section_facts",
        "_labels",
        "_improves",
        "_abbrev",
        "_multipliers",
        "_per_kg",
        "grammars",
        "_frozen",
    )

    def __init__(self, directory: Path, models: Mapping[str, _Model], collected: _Collector,
                 grammars: Mapping[str, "LoadedGrammar"] | None = None) -> None:
        self.directory = directory
        #: the grammar files (``grammars/*.yaml``), by file stem
        self.grammars: Mapping[str, LoadedGrammar] = MappingProxyType(dict(grammars or {}))
        #: the validated file models, by file stem ("cell_types", "settings" ...)
        self.models: Mapping[str, Any] = models
        self._terms = MappingProxyType({k: tuple(v) for k, v in collected.terms.items()})
        self._patterns = MappingProxyType({k: tuple(v) for k, v in collected.patterns.items()})
        self._excludes = MappingProxyType({k: tuple(v) for k, v in collected.excludes.items()})
        sections: SectionsFile = models["sections"]  # type: ignore[assignment]
        exact = {}
        for t in self._terms[Kind.SECTION]:
            exact[_fold(t.text)] = t.id
        self._section_exact = MappingProxyType(exact)
        self._section_prefix = tuple(sorted(exact.items(), key=lambda kv: -len(kv[0])))
        self._section_facts = MappingProxyType({s.kind: s.facts for s in sections.sections})
        labels: dict[tuple[str, str], Label] = {}
        for stem, attr, kind in (
            ("cell_types", "cell_types", Kind.CELL_TYPE),
            ("routes", "routes", Kind.ROUTE),
            ("routes", "guidance", Kind.GUIDANCE),
            ("hormones", "hormones", Kind.HORMONE),
        ):
            for e in getattr(models[stem], attr):
                labels[(kind.value, e.id.value)] = e.label
        self._labels = MappingProxyType(labels)
        self._improves = MappingProxyType({h.id.value: Direction(h.improves) for h in models["hormones"].hormones})
        self._abbrev = MappingProxyType(
            {t: a for a in models["cell_types"].ambiguous_abbreviations for t in a.terms}
        )
        self._multipliers = MappingProxyType({_fold(t.text): t.value for t in self._terms[Kind.MULTIPLIER]})
        self._per_kg = MappingProxyType(
            {u.id.value: u.per_kg.value for u in models["units"].units if u.per_kg is not None}
        )
        self._frozen = True

    def __setattr__(self, name: str, value: Any) -> None:
        if getattr(self, "_frozen", False):
            raise AttributeError("RuleSet is immutable")
        object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        n = sum(len(v) for v in self._terms.values())
        return f"<RuleSet {self.directory} terms={n}>"

    # ---- terms

    def terms(self, kind: Kind | str, lang: str | None = None) -> tuple[Term, ...]:
        """Terms of one kind (optionally one language), in file order.

        Each unpacks as ``(text, id, file, line)``.  Both languages are meant
        to be searched in every sentence: ``lang`` only says where a term is
        filed (``zh`` = contains Chinese characters).
        """
        found = self._terms[Kind(kind)]
        return found if lang is None else tuple(t for t in found if t.lang == _lang(lang))

    def patterns(self, kind: Kind | str, lang: str | None = None) -> tuple[Pattern, ...]:
        """Compiled regular expressions of one kind (cell_type, route, guidance, hormone, direction, comparison)."""
        found = self._patterns[Kind(kind)]
        return found if lang is None else tuple(p for p in found if p.lang == _lang(lang))

    def excludes(self, kind: Kind | str, lang: str | None = None) -> tuple[Term, ...]:
        """Strings that contain a term of ``id`` but are not one: drop a match inside them."""
        found = self._excludes[Kind(kind)]
        return found if lang is None else tuple(t for t in found if t.lang == _lang(lang))

    def all_terms(self, lang: str) -> tuple[str, ...]:
        """Every term and exclude string filed under ``lang``, unique and sorted.

        For a tokenizer's user dictionary (jieba): note that some terms
        contain spaces, which jieba's dictionary format cannot hold.
        """
        lang = _lang(lang)
        out = {t.text for group in (self._terms, self._excludes) for ts in group.values() for t in ts if t.lang == lang}
        return tuple(sorted(out))

    def label(self, kind: Kind | str, id: str, lang: str = "en") -> str:
        """Display name of a cell type, route, guidance or hormone id."""
        key = (Kind(kind).value, id.value if isinstance(id, Enum) else id)
        return getattr(self._labels[key], _lang(lang))

    # ---- sections

    def section_kind(self, heading: str) -> str | None:
        """The section kind a heading names ("【摘要】" → "abstract"), or None.

        Following sections.yaml: letter case, a leading section number,
        brackets around the heading and a trailing colon are ignored; the
        heading equals a term or starts with it followed by a non-letter
        ("参考文献(Reference)", "Abstract: Background ...").
        """
        text = " ".join(heading.split())
        text = _NUMBERING.sub("", text, count=1)
        if text and text[0] in _BRACKETS:
            end = text.find(_BRACKETS[text[0]], 1)
            if end > 0:
                inner = _fold(text[1:end].strip().rstrip(":：").strip())
                if inner in self._section_exact:
                    return self._section_exact[inner]
        key = _fold(text.rstrip(":：").strip())
        if key in self._section_exact:
            return self._section_exact[key]
        for term, kind in self._section_prefix:
            if key.startswith(term) and not key[len(term)].isalnum():
                return kind
        return None

    def section_yields_facts(self, kind: str | None) -> bool:
        """False for sections whose content is not a finding (references ...).

        ``None`` (no named section, e.g. a numbered heading) and kinds not in
        sections.yaml yield facts.
        """
        if kind is None:
            return True
        return self._section_facts.get(kind, True)

    # ---- structured look-ups

    @property
    def settings(self) -> SettingsFile:
        return self.models["settings"]

    @property
    def ambiguous_abbreviations(self) -> tuple[AmbiguousAbbreviation, ...]:
        return self.models["cell_types"].ambiguous_abbreviations

    def ambiguous_abbreviation(self, term: str) -> AmbiguousAbbreviation | None:
        """The document-level check a cell-type abbreviation needs, if any."""
        return self._abbrev.get(term)

    def improves(self, hormone: str) -> Direction:
        """The direction in which a hormone improves (FSH: decrease)."""
        return self._improves[hormone.value if isinstance(hormone, Enum) else hormone]

    def resolve_direction(self, cue: CueDirection | str, hormone: str) -> Direction:
        """A cue's direction for one hormone: improve/worsen depend on it."""
        cue = CueDirection(cue)
        if cue is CueDirection.IMPROVE:
            return self.improves(hormone)
        if cue is CueDirection.WORSEN:
            good = self.improves(hormone)
            return Direction.DECREASE if good is Direction.INCREASE else Direction.INCREASE
        return Direction(cue.value)

    @property
    def direction_window(self) -> Window:
        return self.models["directions"].window

    @property
    def comparison_window(self) -> Window:
        return self.models["directions"].comparison_window

    def negation_scope(self, lang: str) -> int:
        """How many tokens a negation cue reaches in this language."""
        return getattr(self.models["context"].negation.scope, _lang(lang))

    @property
    def species_default(self) -> str:
        return self.models["context"].species.default

    def multiplier(self, text: str) -> float | None:
        """The factor of a multiplier word (万 → 1e4, million → 1e6), or None."""
        return self._multipliers.get(_fold(text))

    def per_kg_unit(self, unit: str) -> str | None:
        """The unit to report when a per-kg denominator follows (cells → cells/kg)."""
        return self._per_kg.get(unit.value if isinstance(unit, Enum) else unit)

    @property
    def cell_type_as_unit(self) -> str:
        return self.models["units"].cell_type_as_unit.value


def _lang(lang: str) -> str:
    value = lang.value if isinstance(lang, Enum) else lang
    if value not in LANGS:
        raise ValueError(f"unknown language {lang!r}: expected 'en' or 'zh'")
    return value


# --------------------------------------------------------------------------
# Entry point with cache

_CACHE: dict[str, tuple[tuple[Any, ...], RuleSet]] = {}
_LOCK = threading.Lock()


def stamp(rules_dir: Path) -> tuple[Any, ...]:
    """What changes when a rule file is edited: each file's time and size
    (empty when a file is missing)."""
    out = []
    for name in FILES:
        try:
            st = rule_file(rules_dir, name).stat()
        except OSError:
            return ()  # a file is missing: never cached, the loader reports it
        out.append((name, st.st_mtime_ns, st.st_size))
    for path in grammar_files(rules_dir):
        try:
            st = path.stat()
        except OSError:
            return ()
        out.append((f"{GRAMMARS}/{path.name}", st.st_mtime_ns, st.st_size))
    return tuple(out)


def load_rules(rules_dir: Path | str | None = None) -> RuleSet:
    """Read, validate and index every rule file of ``rules_dir``.

    The default is the bundled rules (:data:`RULES_DIR`); a folder of one's
    own may hold only the files that differ from them (the others, and the
    grammars it does not replace, are the bundled ones).  The result is cached per directory and file modification times, so calling
    this again is cheap and picks up edits.  Raises :class:`RuleError` with
    every problem found.
    """
    directory = Path(rules_dir) if rules_dir is not None else RULES_DIR
    try:
        key = str(directory.resolve())
    except OSError:
        key = str(directory.absolute())
    stamped = stamp(directory)
    with _LOCK:
        cached = _CACHE.get(key)
        if stamped and cached is not None and cached[0] == stamped:
            return cached[1]
    ruleset = _load(directory, YAML_BACKEND)
    if stamped:
        with _LOCK:
            _CACHE[key] = (stamped, ruleset)
    return ruleset


def copy_bundled_rules(directory: Path | str, *, force: bool = False) -> list[Path]:
    """Copy the bundled rules (every rule file and grammar) into ``directory``
    to start a rule folder of one's own.  Refuses (E411) to overwrite rule
    files already there unless ``force``."""
    directory = Path(directory)
    names = [*FILES, *(f"{GRAMMARS}/{p.name}" for p in grammar_files(RULES_DIR))]
    present = [n for n in names if (directory / n).exists()]
    if present and not force:
        raise LitxError(Msg.E411, str(directory), names=", ".join(present))
    try:
        (directory / GRAMMARS).mkdir(parents=True, exist_ok=True)
        copied = []
        for name in names:
            (directory / name).write_bytes((RULES_DIR / name).read_bytes())
            copied.append(directory / name)
    except OSError as exc:
        raise LitxError(Msg.E007, str(directory), detail=exc.strerror or str(exc)) from None
    return copied


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()
