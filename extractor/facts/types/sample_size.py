"""``sample_size``: how many people were studied (纳入了61例POI患者, 28 women
were enrolled, "(n = 393)" heading a table column).

The count grammar is :func:`extractor.facts.quantities.find_sample_sizes`
(nouns for people in ``rules/units.yaml``, ``counts: sample_size``).  Most
counts of people in a paper are not its sample: parts ("in four women"),
outcomes ("Six patients had …"), denominators ("12 of 42"), people
excluded or lost, subgroups named by the sessions they received, animals.
The filters here tell them apart with the word lists of :class:`SampleCues`;
the ``veto`` patterns of ``rules/grammars/sample_size.yaml`` drop what no word
list says ("6 patients 11 patients 8 patients": a flow chart's boxes), and
its other patterns add counts whose people are named elsewhere in the
clause: the size of each arm ("randomly assigned to two groups of 30", "20
per arm") and a Chinese total with a bare classifier (研究对象共96名).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import Field

from ...contract import SampleUnit
from ...layout.document import BlockKind
from ...layout.tables import CELL_SEPARATOR, cell_spans
from ...lang.numerals import _EN_NUM
from ...lang.script import has_cjk
from ...matching.matchers import fold_punct
from ...lang.trie import alternatives, spaced
from ...ruleset.model import Kind
from .. import quantities
from ...ruleset.grammar import numbers_of
from .. import screen as keys
from ..registry import FactType, FormField, SheetColumns, SheetList
from ..results import ValueModel

_RANGE_AFTER = re.compile(r"\s*(?:[–—~～-]|to\b|至)\s*\d")
_DENOMINATOR = re.compile(r"\d+\s*(?:out\s+)?of(?:\s+(?:the|these|those|all))?\s*$|\d+\s*/\s*$")
#: a number in a clause before a count, in digits or words ("214
#: patients", "Forty-one women"), and a conjunction after it: the words
#: before the conjunction belong to that number
_EARLIER_COUNT = re.compile(rf"(?<![\w.])(?:\d+|{_EN_NUM})(?![\w.])")
_COORDINATOR = re.compile(r"\b(?:and|but|while|whereas|then)\b")
_CLAUSE_END = re.compile(r"[,，;；。!?！？]")
#: a preposition right before a count ("in nine women"): the count is its object, no subject
_GOVERNED = re.compile(r"\b(?:in|among|to)\s+(?:the\s+|these\s+|those\s+)?$", re.IGNORECASE)
#: the rest of the bracket a count stands in ("29 in each arm) completed")
_TO_BRACKET_CLOSE = re.compile(r"[^()（）]{0,30}[)）]")
#: a bracket right after a count ("Fifty-eight women (29 in each arm) completed")
_BRACKET_FIRST = re.compile(r"^\s*[(（][^()（）]{0,40}[)）]")
#: an article or a demonstrative at the end of the words before a count
_TRAILING_ARTICLE = re.compile(r"\s+(?:the|these|those)$")
#: the words before a count that open its clause with "Of": "Of 90 participants", "of the 40 women"
_OF_OPENING = re.compile(r"of(?:\s+(?:the|these|those|all(?:\s+the)?))?")
_HEADING_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*")
_PERCENT_OPEN = re.compile(r"[%％]\s*[(（]\s*$")
_ARTICLE_END = re.compile(r"\s+(?:a|an|the)$")
_LEADING_PAREN = re.compile(r"^\s*[(（][^()（）]{0,24}[)）]\s*")
_LONG_PAREN = re.compile(r"\s*[(（][^()（）]{0,60}[)）]\s*")
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
#: what a head of a column of group sizes may end with: "Patients (n)", "Women, n"
_HEADER_N = re.compile(r"\s*(?:[(（]\s*n\s*[)）]|,\s*n)\s*$", re.IGNORECASE)
#: an aside in brackets after a column's head ("Number of patients (the
#: degree of IPF)"): the head is the words before it
_HEAD_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
#: a group size alone in its cell, or with an aside in brackets after it
#: ("8 (moderate IPF)"): the number is the size
_GROUP_SIZE = re.compile(r"(\d{1,5})(?:\s*[(（][^()（）]*[)）])?")
#: where the words of one count of a flow chart's box end: the next "(n=…)" or number
_COUNT_IN_BOX = re.compile(r"[(（]\s*n\s*=\s*\d+\s*[)）]|(?<![\d.])\d+(?![\d.])")
#: rows at the top of a table that may hold group sizes ("(n=393)"); below
#: them an n = is an outcome's denominator
HEADER_ROWS = 2


class SampleSizeValue(ValueModel):
    n: Annotated[int, Field(ge=1, le=10_000_000)]
    unit: SampleUnit = SampleUnit.PATIENTS


@dataclass(frozen=True)
class SampleCues:
    """The word lists the sample-size filters consult (units.yaml, counts:
    sample_size), compiled once."""

    disqualifiers: tuple[str, ...]  # before a count of people: excluded, lost
    #: any disqualifier in a (lower-case) text, an English one as a whole
    #: word ("died" is not in "studied", "lost" not in "almost")
    disqualified: re.Pattern
    #: words after a disqualifier that take the count back in (units.yaml `qualifiers`)
    requalified: re.Pattern
    preceded_by: tuple[str, ...]  # right before it: in, 其中, Table
    outcomes: frozenset[str]  # right after it: had, recovered, 出现
    outcomes_before: tuple[str, ...]  # right before it: 妊娠 (妊娠3例)
    completions: tuple[str, ...]  # right after it: completed (a part of those enrolled)
    #: in a sentence, a word of taking people in (enrolled, 纳入) or of
    #: setting a count apart (an arm, a dose, another study): in_document
    takes_in: re.Pattern
    sets_apart: re.Pattern
    received: tuple[str, ...]  # between a count and its sessions: received, 接受
    column_headers: frozenset[str]  # a table column of group sizes: 例数, Participants
    #: right before a preceded_by word ("in", "of", 有), a study or a report
    #: ("reported in two patients", "a study of 30 women") or a total
    #: (共有61例): the count is the whole studied, not a part
    whole_before: re.Pattern
    #: a verb of giving or using a treatment, and a word of a change after
    #: it (sample_size `given_before`, `changes_before`): "in N people"
    #: after the one with none of the other between is the whole given to
    given_before: re.Pattern
    changes_before: re.Pattern
    #: after "11.5% (n=90)": a sample the percentage describes ("random
    #: subsample"), so the count is that sample's size, not a numerator
    sample_after: re.Pattern
    #: "Four women (10%) who were excluded": a relative pronoun and an
    #: auxiliary (sample_size `relatives`, `auxiliaries`) skipped before the
    #: words after a count
    leading_aux: re.Pattern
    #: 接受两次移植的11例: a count named by the sessions its people received
    #: (a few characters and a Chinese relative marker, sample_size `relatives`)
    relative: re.Pattern
    #: a time before the verb after a count (17例术后出现…, 3例在第三次移植后恢复,
    #: 于末次移植后5个月): a few characters ending in a word of sample_size
    #: `time_markers` (术后, 后, 时), perhaps an amount of time
    leading_time: re.Pattern
    #: the people a Chinese count names right after it (3例患者失访, 5例POI患者妊娠):
    #: the nouns of sample_size `terms` without their classifier
    leading_people: re.Pattern
    #: in a figure's text, the words of a flow chart's box that make a count
    #: in it a sample size (sample_size `flow_chart_totals`)
    flow_chart_totals: tuple[str, ...] = ()
    whole_columns: frozenset[str] = frozenset()  # a column of all the people: Total, 合计
    no_group_columns: frozenset[str] = frozenset()  # a column that is no group: P value, 统计量

    @classmethod
    def from_rules(cls, rules) -> "SampleCues":
        sample = [c for c in rules.models["units"].counts if c.id == "sample_size"]

        def lowered(terms) -> tuple[str, ...]:
            return tuple(t.lower() for t in terms)

        return cls(
            disqualifiers=lowered(t for c in sample for t in c.disqualifiers.all()),
            disqualified=_any_word([t for c in sample for t in c.disqualifiers.all()]),
            requalified=_any_word([t for c in sample for t in c.qualifiers.all()]),
            preceded_by=lowered(t for c in sample for t in c.preceded_by.all()),
            outcomes=frozenset(lowered(t for c in sample for t in c.outcomes.all())),
            outcomes_before=tuple(lowered(t for c in sample for t in c.outcomes_before.all())),
            completions=tuple(lowered(t for c in sample for t in c.completions.all())),
            takes_in=_any_word([t for c in sample for t in c.takes_in.all()]),
            sets_apart=_any_word([t for c in sample for t in c.sets_apart.all()]),
            received=lowered(t for c in sample for t in c.received.all()),
            column_headers=frozenset(lowered(t for c in sample for t in c.column_headers.all())),
            whole_columns=frozenset(lowered(t for c in sample for t in c.whole_columns.all())),
            no_group_columns=frozenset(lowered(t for c in sample for t in c.no_group_columns.all())),
            whole_before=_whole_before([w for c in sample for w in c.wholes_before.all()]),
            given_before=_any_word([w for c in sample for w in c.given_before.all()]),
            changes_before=_any_word([w for c in sample for w in c.changes_before.all()]),
            sample_after=_sample_after([w for c in sample for w in c.samples.all()]),
            leading_aux=_leading_aux([w for c in sample for w in c.relatives.en],
                                     [w for c in sample for w in c.auxiliaries.all()]),
            relative=re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{alternatives(w for c in sample for w in c.relatives.zh)})"),
            leading_time=_leading_time([w for c in sample for w in c.time_markers.all()]),
            leading_people=re.compile(rf"^\s*(?:{alternatives(p for c in sample for t in c.terms.zh if (p := t.lstrip('例名位人')))})"),
            flow_chart_totals=lowered(t for c in sample for t in c.flow_chart_totals.all()),
        )


def _disqualified(cues: SampleCues, clause: str) -> bool:
    """Does a disqualifier ("excluded", 筛查) make the count of the clause no
    sample, with no qualifier from it on taking it back in ("经筛查符合纳入标准者";
    a qualifier may start with the disqualifier: 符合纳入和排除标准的患者)?"""
    found = list(cues.disqualified.finditer(clause))
    return bool(found) and cues.requalified.search(clause, found[-1].start()) is None


def _any_word(words: list[str]) -> re.Pattern:
    """Any of ``words`` in a lower-case text: an English word whole, a
    Chinese one anywhere (Chinese has no spaces to bound it)."""
    latin = alternatives(w for w in words if w.isascii())
    chinese = alternatives(w for w in words if not w.isascii())
    return re.compile(rf"(?<![a-z])(?:{latin})(?![a-z])|{chinese}")


def _leading_aux(relatives: list[str], auxiliaries: list[str]) -> re.Pattern:
    """At the start of a (lower-case) text: a relative pronoun, then an
    auxiliary, each optional ("who were excluded" → "excluded")."""
    return re.compile(rf"^(?:(?:{spaced(relatives)})\s+)?(?:(?:{spaced(auxiliaries)})\s+)?")


def _leading_time(words: list[str]) -> re.Pattern:
    """At the start of a text: a time phrase of up to 12 characters in its
    clause that ends in one of ``words`` (术后, 后, 时), perhaps after 在 / 于
    and before an amount of time (后5个月)."""
    return re.compile(rf"^\s*(?:在|于)?[^，,；;。]{{0,12}}?(?:{spaced(words)})(?:\d+\s*个?[天日周月年])?", re.IGNORECASE)


def _whole_before(words: list[str]) -> re.Pattern:
    """The end of a clause (lower-cased) that is one of ``words``, an English
    one perhaps with an adverb after it ("reported previously in")."""
    latin = alternatives(w for w in words if w.isascii())
    other = alternatives(w for w in words if not w.isascii())
    return re.compile(rf"(?:\b(?:{latin})(?:\s+[a-z]+ly)?|(?:{other}))\s*$")


def _sample_after(words: list[str]) -> re.Pattern:
    """Right after a bracketed count, its closing bracket and a word naming
    a sample, a few words of description between ("(n=90) random subsample",
    "（n=52）的随机子样本")."""
    latin = alternatives(w for w in words if w.isascii())
    other = alternatives(w for w in words if not w.isascii())
    return re.compile(
        rf"\s*[)）]\s*(?:[a-z-]+\s+){{0,3}}(?:{latin})\b|\s*[)）]\s*的?\s*[\u4e00-\u9fff]{{0,2}}?(?:{other})",
        re.IGNORECASE,
    )


# --------------------------------------------------------------------------- finders


#: the grammar file of this type: rules/grammars/sample_size.yaml (what is no sample)
GRAMMAR = "sample_size"


def _vetoed(scope, text: str, sizes: list, folded: str | None = None) -> list:
    """The counts no veto pattern of the grammar overlaps ("6 patients 11
    patients": a chart's boxes); ``folded`` is ``fold_punct(text)`` when
    already made."""
    grammar = scope.rules.grammars.get(GRAMMAR)
    if grammar is None or not sizes:
        return sizes
    vetoes = grammar.compiled.veto_spans(folded if folded is not None else fold_punct(text))
    return [n for n in sizes if not any(a < n.end and n.start < b for a, b in vetoes)]


def _said_by_the_grammar(scope, text: str, sizes: list, folded: str) -> list:
    """The counts the grammar's own (not veto) patterns find in ``folded``
    (``text`` with its punctuation folded: "two groups of 30", "20 per arm",
    研究对象共96名), each {number} of a match one count, beside those of the
    count grammar (``sizes``), which win where both read a number."""
    grammar = scope.rules.grammars.get(GRAMMAR)
    if grammar is None:
        return sizes
    out = list(sizes)
    for m in grammar.compiled.find(folded, "fact"):
        judged = grammar.compiled.judged(m.pattern)
        for start, end in m.parts.get("number", []):
            if judged == "as_read":
                # the count grammar's "97 women had …" reads "had" as an outcome; the
                # named group after it says otherwise
                out = [n for n in out if not (n.start < end and start < n.end)]
            if any(n.start < end and start < n.end for n in out):
                continue
            n = _whole(numbers_of(text[start:end]))
            if n is not None:
                out.append(quantities.SampleSizeMention(start, end, text[start:end], f"sample_size.{m.pattern}", n,
                                                        judged=judged))
    return sorted(out, key=lambda n: n.start)


def _sizes_in(scope, text: str) -> list:
    """The counts of people a sentence or a heading may state: the count
    grammar's and the grammar's own, less those a veto pattern overlaps."""
    folded = fold_punct(text)
    found = quantities.find_sample_sizes(text, scope.extractor.vocab)
    return _vetoed(scope, text, _said_by_the_grammar(scope, text, found, folded), folded)


def _whole(values: list[float]) -> int | None:
    """One whole count of people, or None ("1.5", a list, none)."""
    if len(values) != 1 or values[0] != int(values[0]) or not 0 < values[0] < 10_000_000:
        return None
    return int(values[0])


def in_sentence(scope) -> None:
    text = scope.text
    sessions = [m for m, _ in scope.facts_of("sessions")]
    sizes = _sizes_in(scope, text)
    by_sessions = _subgroups_by_sessions(scope, sizes, sessions)
    title = bool(sizes) and _title_case(text)
    figure = scope.sentence.kind is BlockKind.FIGURE
    counted: dict[int, bool] = {}
    for n in reversed(sizes):  # a count is judged after the one whose noun it shares
        if n.judged == "with_next":
            partner = next((o for o in sizes if o.start > n.end), None)
            if partner is not None and _outcome_in_before(scope, n.start):
                counted[id(partner)] = False  # "menses returned in 9 and 13 women": both outcomes
            counted[id(n)] = partner is not None and counted.get(id(partner), False)
        else:
            counted[id(n)] = _counts(scope, n, title=title) or _an_arm(scope, n)
    for n in sizes:
        if figure and not _flow_chart_total(scope, n):
            continue
        if n not in by_sessions and counted[id(n)]:
            fact = scope.add("sample_size", n.as_value(), n.start, n.end, n.rule, mention=n)
            if fact.context.species != scope.rules.species_default:
                scope.remove(fact)  # animals are not patients


def may_hold(scope) -> bool:
    """The quick test of a sentence: the count grammar's sample spotters
    find an anchor and a number, or the grammar's gates leave one of its
    fact patterns to try (what :func:`in_sentence` asks first of each)."""
    if quantities.may_hold_sample_sizes(scope.text, scope.extractor.vocab):
        return True
    grammar = scope.rules.grammars.get(GRAMMAR)
    return grammar is not None and grammar.compiled.may_find(scope.folded, "fact")


def screen(extractor):
    """The keys of :func:`may_hold` (facts/screen.py): the sample spotters' words, the grammar's gate."""
    grammar = extractor.rules.grammars.get(GRAMMAR)
    return keys.union([keys.words(quantities.sample_words(extractor.vocab)),
                       keys.grammar(grammar.compiled, "fact", mentions=False) if grammar is not None else keys.Keys()])


def in_heading(scope) -> None:
    """A heading names groups ("骨髓MSC组（10例）", "…61例临床观察") and a
    title its sample, in title case or not ("… outcomes in 510 women with
    poor ovarian response": no part of a whole; read by the grammar as a
    sentence is), but its own number is no count ("2 人羊膜上皮细胞")."""
    text = scope.text
    numbered = _HEADING_NUMBER.match(text)
    found = _sizes_in(scope, text)
    title = bool(found)
    for n in found:
        if numbered and n.start < numbered.end():
            continue
        if _counts(scope, n, title=title):
            scope.add("sample_size", n.as_value(), n.start, n.end, n.rule, mention=n)


def in_table(scope) -> None:
    """Group sizes printed "(n = 393)" in a header row, or alone in a column
    headed 例数 / Participants; an n = beside other numbers in a cell is a
    denominator."""
    state = scope.table_state
    header = scope.row <= HEADER_ROWS
    found = _size_columns(scope) if header else None
    if found:
        state["size_columns"] = found
    columns = None if found else state.get("size_columns")
    if scope.row > 1:
        _row_of_sizes(scope)
    for sentence in scope.block.sentences:
        text = sentence.text
        if columns:
            for start, end, cell in _cells_in(scope, sentence, columns):
                size = _group_size(cell)
                if size is not None:
                    scope.add(sentence, "sample_size", {"n": size[0], "unit": "patients"}, start,
                              start + size[1], "sample_size.table_column")
                    continue
                # a count of people written out in the cell ("36 women", 20例)
                for n in quantities.find_sample_sizes(cell, scope.extractor.vocab):
                    if n.rule != "sample_size.n_equals" and n.start == 0 and n.end == len(cell):
                        scope.add(sentence, "sample_size", n.as_value(), start, end, "sample_size.table_column")
        for n in quantities.find_sample_sizes(text, scope.extractor.vocab):
            if n.rule != "sample_size.n_equals" or not _counts(_Row(scope, text), n):
                continue
            if header or _alone_in_cell(text, n.start, n.end):
                scope.add(sentence, "sample_size", n.as_value(), n.start, n.end, n.rule)


def _row_of_sizes(scope) -> None:
    """A row labelled by the people it counts ("Women | 41 | 48", "n | 30 |
    30", "Patients, n | …", as a table of baseline characteristics prints
    the size of each group): each count is the sample of the group its
    column's head names (the arm), or the whole under a "Total" column
    (units.yaml sample_size `column_headers`, `whole_columns`, `no_group_columns`)."""
    cues = scope.extractor.compiled["sample_size"]
    printed = scope.printed_heads
    for sentence in scope.block.sentences:
        cells = scope.cells(sentence)
        if len(cells) < 2 or _bare_head(cells[0].text) not in cues.column_headers:
            continue
        for cell in cells[1:]:
            size = _group_size(cell.text)
            head = printed[cell.column].strip() if cell.column is not None and cell.column < len(printed) else ""
            if size is None or not head or head.lower() in cues.no_group_columns:
                continue
            fact = scope.add(sentence, "sample_size", {"n": size[0], "unit": "patients"}, cell.start,
                             cell.start + size[1], "sample_size.table_row")
            if head.lower() not in cues.whole_columns:
                fact.arm = head


def _group_size(cell: str) -> tuple[int, int] | None:
    """A group size alone in a table cell, perhaps with an aside in brackets
    ("8 (moderate IPF)"): (the size, where its digits end), or None."""
    size = _GROUP_SIZE.fullmatch(cell)
    if size is None or not 0 < int(size.group(1)) < 100_000:
        return None
    return int(size.group(1)), size.end(1)


def _bare_head(head: str) -> str:
    """A head of people without its "(n)", ", n" or aside in brackets, lower-cased."""
    return _HEAD_ASIDE.sub("", _HEADER_N.sub("", head)).strip().lower()


class _Row:
    """A table line as the sentence filters read it: its text, the extractor, the document."""

    def __init__(self, scope, text: str) -> None:
        self.text, self.extractor, self.rules, self.animal_paper = text, scope.extractor, scope.rules, scope.animal_paper


# --------------------------------------------------------------------------- filters


def _counts(scope, n, title: bool = False) -> bool:
    """A count of people studied: not a range's end, not a denominator
    ("12 of 42 women") or the numerator of a percentage ("88.8% (697
    participants)", but "a 11.5% (n=90) random subsample" is a sample),
    not after words such as excluded / lost / 失访, not an outcome ("Six
    patients had …", "Four women in the cell group and one in the sham
    group resumed …"), not a part ("in four women", 其中38例; but
    "reported in two patients", 共有61例 and "Of 90 participants, …"
    are wholes), not a bare n = in a paper about animals."""
    text, cues, vocab = scope.text, scope.extractor.compiled["sample_size"], scope.extractor.vocab
    if n.rule == "sample_size.n_equals" and not quantities.names_people(text, vocab) and scope.animal_paper():
        return False
    if n.judged == "as_read":
        return True  # what a group the study names had ("had one injection (cohort A)"), not an outcome
    after = text[n.end : n.end + 24]
    if _RANGE_AFTER.match(after):
        return False
    before = text[max(0, n.start - 160) : n.start]
    if _PERCENT_OPEN.search(before) and not cues.sample_after.match(text, n.end):
        return False  # "88.8% (697 participants)": the numerator of a percentage
    clause = re.split(r"[;；。!?！？,，]", before)[-1].lower()
    if _DENOMINATOR.search(clause):
        return False
    if clause.rstrip().endswith(cues.outcomes_before):
        return False  # 自然妊娠3例: that many conceived
    # a flow chart runs its boxes together: "Included (n=392) Excluded … (n=2)";
    # only the words since the previous count belong to this one
    clause = re.split(r"\(\s*n\s*=\s*\d+\s*\)", clause)[-1]
    # so do the words of an earlier count of the clause: "214 patients were
    # screened and 150 were enrolled" (screened is said of the 214)
    earlier = list(_EARLIER_COUNT.finditer(clause))
    joined = list(_COORDINATOR.finditer(clause, earlier[-1].end())) if earlier else []
    own = clause[joined[-1].end():] if joined else clause
    if earlier and not joined:
        # "… screened and fifteen treated: three at level 1": the parts a colon lists
        own = own[own.rfind(":", earlier[-1].end()) + 1:] if ":" in own[earlier[-1].end():] else own
    if _disqualified(cues, own):
        return False
    # "214 patients … were screened and 150 were enrolled": what the count's
    # own predicate says, up to the next count
    nxt = _EARLIER_COUNT.search(text, n.end)
    predicate = text[n.end : nxt.start() if nxt else min(len(text), n.end + 80)].lower()
    predicate = _CLAUSE_END.split(predicate, 1)[0]
    if any(re.search(rf"\b(?:were|was|had been|have been|being)\s+{re.escape(w)}", predicate)
           for w in cues.disqualifiers if w.isascii()):
        return False
    inside = after.split(")", 1)[0].lower() if ")" in after else ""
    if cues.disqualified.search(inside):  # "(n = 49 available)"
        return False
    if re.search(r"[(（]\s*$", before) and re.match(r"\s*[)）]", after):
        return True  # a group's size as its label: "骨髓MSC组（10例）于…", "Cells (n = 15)"
    # "Four women were excluded", "10 women with twins", "88 participants
    # (11.2%) who did not complete"
    rest = cues.leading_aux.sub("", _LEADING_PAREN.sub("", text[n.end : n.end + 60].lower()).lstrip())
    if rest.startswith(cues.disqualifiers):
        return False
    if cues.takes_in.match(rest) and cues.changes_before.search(clause) is None:
        return True  # "in nine patients who were enrolled": the people taken in (not "menses resumed in four …")
    head = re.split(r"[,，、;；:：(（]", before)[-1].lower().rstrip()
    if _OF_OPENING.fullmatch(head.strip()):
        # "Of 90 participants asked to …, 78 …": the group the clause goes on
        # to divide; only its own words may make it an outcome ("Of 9 women
        # who conceived, …"), not those of the counts after it
        own = _CLAUSE_END.search(text, n.end)
        return not _outcome_after(scope, n.end, own.start() if own else len(text))
    if _whole_of(cues, head):
        return True  # "a trial of 78 women reported that …": what the study took in, whatever follows
    # an outcome right after the count, or after the group it belongs to and
    # a parallel count ("Four women in the cell group and one in the sham
    # group resumed …", "4例（细胞组）和1例（对照组）恢复…")
    governed = _GOVERNED.search(before) is not None
    if _outcome_after(scope, n.end, governed=governed) or (
            (grouped := quantities.past_group(text, n.end, vocab)) > n.end and _outcome_after(scope, grouped)):
        return False
    # a hormone change right after the count is an outcome: "19例患者AMH升高"
    if _names_hormone(scope, _CLAUSE_END.split(after[:8], 1)[0]):
        return False
    if title:
        return True  # "…in 61 Women with POI", "A Series of 30 Cases": a title names its sample
    # "in the 51 postmenopausal women": a part, its article aside
    head = _TRAILING_ARTICLE.sub("", head)
    for w in cues.preceded_by:
        if head == w or head.endswith((" " + w, w if not w.isascii() else "\0")):
            if not cues.whole_before.search(head, 0, len(head) - len(w)) \
                    and not (w == "in" and _given_before(cues, head[: len(head) - len(w)])):
                return False  # "in four women", "其中38例", "Table 1"
    return True


def _whole_of(cues: SampleCues, head: str) -> bool:
    """The words before a count end in "of" after a study or what was
    treated ("a trial of", "into the testes of"): the count is the whole it
    took in (units.yaml wholes_before)."""
    head = _TRAILING_ARTICLE.sub("", head)
    return head.endswith(" of") and cues.whole_before.search(head, 0, len(head) - 3) is not None


def _given_before(cues: SampleCues, words: str) -> bool:
    """The words before "in N people" give or use the treatment, with no
    change said after the verb ("… placed the cells into one ovary in nine
    women": the whole it was given to; "… and AMH rose in nine women": a part)."""
    given = list(cues.given_before.finditer(words))
    return bool(given) and cues.changes_before.search(words, given[-1].end()) is None


def _an_arm(scope, n) -> bool:
    """A count the grammar read as an arm's size or a total ("two groups of
    30": the "of" before it makes no part of a whole), unless its clause
    names people excluded or lost, a range goes on after it or an outcome
    follows."""
    if not n.rule.startswith("sample_size.") or n.rule.rsplit(".", 1)[-1] not in _grammar_patterns(scope):
        return False
    clause = _CLAUSE_END.split(scope.text[: n.start])[-1].lower()
    if scope.extractor.compiled["sample_size"].disqualified.search(clause):
        return False  # 失访共计3人: people lost, not studied
    return not _RANGE_AFTER.match(scope.text, n.end) and not _outcome_after(scope, n.end)


def _grammar_patterns(scope) -> frozenset[str]:
    """The ids of the patterns of rules/grammars/sample_size.yaml (a count's rule names one)."""
    grammar = scope.rules.grammars.get(GRAMMAR)
    return grammar.compiled.pattern_ids() if grammar is not None else frozenset()


def _flow_chart_total(scope, n) -> bool:
    """In a figure's text (a box of a flow chart), a count is a sample size
    only when the words before it in its box, since the count before,
    name a total: randomised, allocated, analysed (sample_size
    `flow_chart_totals`); the boxes of people screened, excluded, lost or
    withdrawn hold no sample size."""
    cues = scope.extractor.compiled["sample_size"]
    text = scope.text.lower()
    own = _COUNT_IN_BOX.split(text[: n.start])[-1] + " " + _COUNT_IN_BOX.split(text[n.end:])[0]
    return any(word in own for word in cues.flow_chart_totals)


def _outcome_in_before(scope, start: int) -> bool:
    """An outcome said of the people counted after it: "menses returned in
    9 and 13 women", "ascites resolved in 19 and 9 patients"."""
    said = _OUTCOME_IN.search(scope.text, max(0, start - 40), start)
    return said is not None and said.group(1).lower() in scope.extractor.compiled["sample_size"].outcomes


#: the verb before "in" right before a count ("returned in 9 and 13 women")
_OUTCOME_IN = re.compile(r"([A-Za-z]+)\s+in\s+$")

#: "respectively" between counts and what they did: "nine and five women, respectively, had …"
_RESPECTIVELY = re.compile(r"^\s*,?\s*respectively\s*,?")


def _outcome_after(scope, pos: int, end: int | None = None, governed: bool = False) -> bool:
    """Do the words from ``pos`` (up to ``end``) make a count of people an
    outcome ("had", "resumed", 出现, "1例（A组）于…妊娠", "17例术后出现…",
    "3例在第三次移植后恢复月经")?  A count ``governed`` by a preposition
    is no subject: a verb after "and" is its sentence's ("… injected the
    cells in nine women and reported that …")."""
    text, cues = scope.text, scope.extractor.compiled["sample_size"]
    end = len(text) if end is None else end
    lowered = _RESPECTIVELY.sub(" ", text[pos : min(end, pos + 40)].lower(), count=1)[:24]
    # the words of the mention's own tail ("61例POI患者") are not after it
    # (an English clause ends at a comma: "a study of 86 women [9], reported
    # a rate" names no outcome of the 86)
    following = re.findall(r"[a-z]+|[\u4e00-\u9fff]", lowered.split(",", 1)[0] if lowered.isascii() else lowered)[:2]
    described = cues.leading_aux.sub("", lowered.lstrip(), count=1)
    if described != lowered.lstrip() and described.startswith(cues.received):
        # "25 patients who had received the cells were followed up": a relative
        # clause of the treatment describes the people; what happened to them is later
        following = []
    if governed and following[:1] in (["and"], ["but"], ["then"]):
        following = []
    if any(w in cues.outcomes for w in following) or any(lowered.lstrip().startswith(w) for w in cues.outcomes if not w.isascii()):
        return True
    # an outcome after a group label or a time, or the people counted (3例患者失访)
    rest = _LEADING_PAREN.sub("", text[pos : min(end, pos + 40)])
    # or after a bracket that splits them: "Twelve women (seven high-dose,
    # five low-dose) achieved pregnancy"
    split = _LONG_PAREN.match(text, pos, end)
    if split and any(w in cues.outcomes for w in re.findall(r"[a-z]+", text[split.end() : split.end() + 24].lower())[:1]):
        return True
    for rest in (rest, cues.leading_time.sub("", rest, count=1), cues.leading_people.sub("", rest, count=1)):
        if any(rest.startswith(w) for w in cues.outcomes if not w.isascii()):
            return True
    return False


def _names_hormone(scope, text: str) -> bool:
    if not text.strip():
        return False
    lang = "zh" if has_cjk(text) else "en"
    return any(m.kind == Kind.HORMONE.value for m in scope.extractor.matcher.match(text, lang, fuzzy=False))


def _subgroups_by_sessions(scope, sizes: list, sessions: list) -> set:
    """Counts of people split by the sessions they received: "14例接受1次
    移植，11例接受2次移植", "9 women received two injections and 6 were
    treated once" (a partition), "23 patients received a second injection"
    (those who went on).  "该组5例均接受3次移植" (the whole group) is none."""
    text, cues = scope.text, scope.extractor.compiled["sample_size"]
    linked, named_by = [], set()
    for n in sizes:
        if n.judged == "as_read":
            continue  # "51 had one injection (cohort A)": a group the study names, an arm
        prev = next((c for c in reversed(sessions) if c.end <= n.start), None)
        if prev is not None and cues.relative.fullmatch(text, prev.end, n.start):
            named_by.add(n)  # 接受两次移植的11例: named by the sessions they received
        nxt = next((c for c in sessions if c.start >= n.end), None)
        if nxt is None or nxt.start - n.end > 16:
            continue
        between = cues.leading_time.sub("", text[n.end : nxt.start].strip().lower(), count=1)
        between = _ARTICLE_END.sub("", between)
        if between in cues.received or (not between and n.text.lower().endswith(cues.received)):
            linked.append((n, nxt))
    counts = {c.count for _, c in linked}
    if len(linked) >= 2 and len(counts) >= 2:
        return {n for n, _ in linked} | named_by
    return {n for n, c in linked if c.rule.endswith("ordinal")} | named_by


def _size_columns(scope) -> tuple[int, int, frozenset[int]] | None:
    """A header row with a column of group sizes ("例数", "Participants"):
    the row it is, its number of cells and those columns."""
    cells = [text for _, _, text in cell_spans(scope.block.text)]
    headers = scope.extractor.compiled["sample_size"].column_headers
    columns = frozenset(i for i, cell in enumerate(cells) if _bare_head(cell) in headers)
    return (scope.row, len(cells), columns) if columns else None


def _cells_in(scope, sentence, columns: tuple[int, int, frozenset[int]]) -> list[tuple[int, int, str]]:
    """The cells of a line under the columns of group sizes: under the
    table's head row, wherever they are printed (TableScope.cells); under
    a second header row, only in a line with as many cells as it has."""
    row, count, wanted = columns
    if row == 1 and len(scope.heads) == count:
        return [(c.start, c.end, c.text) for c in scope.cells(sentence) if c.column in wanted]
    cells = cell_spans(sentence.text)
    return [cells[i] for i in sorted(wanted)] if len(cells) == count else []


def _alone_in_cell(row: str, start: int, end: int) -> bool:
    """No other number shares the table cell (cells are joined by " | ")."""
    left = row.rfind(" | ", 0, start)
    right = row.find(" | ", end)
    cell = row[left + 3 if left >= 0 else 0 : right if right >= 0 else len(row)]
    rest = cell.replace(row[start:end], "", 1)
    return not re.search(r"\d", rest)


def _title_case(text: str) -> bool:
    """A title or heading written in title case ("Stem Cells in 30 Women with POI")."""
    words = _TITLE_WORD.findall(text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def in_document(facts: list, cues: SampleCues | None) -> list:
    """The counts of people that are parts of a study's whole, once the
    whole document is read: those who completed it, and the smaller counts
    said after the people it took in."""
    if cues is None:
        return facts
    return _parts_after_the_whole(_completed_parts(facts, cues), cues)


def _completed_parts(facts: list, cues: SampleCues) -> list:
    """The people who completed a study ("Sixteen patients completed the
    study", 30例完成随访) are a part of those it enrolled: such a count is
    dropped where its study states a larger one (ANNOTATION.md: a
    restatement of the same patients as a subset), and is the sample size
    where it is the study's only count."""
    if not cues.completions:
        return facts
    sizes = [f for f in facts if f.type == "sample_size"]
    completed = {id(f) for f in sizes if _completed(f, cues)}
    largest: dict[tuple[str, ...], int] = {}
    for f in sizes:
        if id(f) not in completed and f.arm is None:
            study = tuple(f.study or ())
            largest[study] = max(largest.get(study, 0), f.value["n"])
    return [f for f in facts if not (id(f) in completed and f.value["n"] < largest.get(tuple(f.study or ()), 0))]


def _parts_after_the_whole(facts: list, cues: SampleCues) -> list:
    """A count of people smaller than its study's whole, said after the
    sentence that took that whole in ("A total of 44 women were randomised"),
    is a part of those people, not the sample (ANNOTATION.md: subgroups
    formed afterwards, outcome counts, a restatement as a subset): "Thirty-six
    patients received all three infusions", 输注相关不良反应为一过性发热3例."""
    by_sentence: dict[tuple, list] = {}
    for f in facts:
        if f.type == "sample_size":
            by_sentence.setdefault(_sentence_key(f), []).append(f)
    whole: dict[tuple[str, ...], int] = {}
    out = []
    for f in facts:
        if f.type == "sample_size":
            study, alongside = tuple(f.study or ()), by_sentence[_sentence_key(f)]
            if _a_part(f, cues, whole.get(study, 0), [o.value["n"] for o in alongside]):
                continue
            if f.arm is None and _taken_in(f, alongside, cues):
                whole[study] = max(whole.get(study, 0), f.value["n"])
        out.append(f)
    return out


def _taken_in(fact, alongside: list, cues: SampleCues) -> bool:
    """Does a word of taking in stand in the count's own stretch of its
    sentence, from the count before it to the count after it ("an ACTH test
    was performed in 288 patients and 59 patients were included": the 59,
    not the 288)?"""
    ev = fact.evidence
    before = [o.evidence.end for o in alongside if o.evidence.end <= ev.start]
    after = [o.evidence.start for o in alongside if o.evidence.start >= ev.end]
    return cues.takes_in.search(ev.sentence.lower(), max(before, default=0), min(after, default=len(ev.sentence))) is not None


def _sentence_key(fact) -> tuple:
    return fact.evidence.page, fact.evidence.sentence, tuple(fact.study or ())


def _a_part(fact, cues: SampleCues, whole: int, sentence_counts: list[int]) -> bool:
    """Is a count smaller than the ``whole`` already taken in a part of it?
    Not when it has an arm, stands in a table (its columns say what it is),
    its sentence takes people in itself or sets the count apart (an arm, a
    dose level, another study: "Three patients received a low dose", "A
    previous study of twelve patients", "The control patients (n=16)"), or
    the sentence's smaller counts add up to the whole (its arms: "10
    patients received BMSCs, … and 5 received PBSCs")."""
    sentence = fact.evidence.sentence.lower()
    if fact.value["n"] >= whole or fact.arm is not None or fact.each_arm or CELL_SEPARATOR in sentence:
        return False
    if cues.takes_in.search(sentence) or cues.sets_apart.search(sentence):
        return False
    return sum(c for c in sentence_counts if c < whole) != whole


def _completed(fact, cues: SampleCues) -> bool:
    """Whether the words right after a count say its people completed the
    study (past the people named after it, 30例患者完成, and an auxiliary,
    "who were"; past a bracket after it, "Fifty-eight women (29 in each
    arm) completed", and out of the bracket it stands in: the 29 too)."""
    ev = fact.evidence
    # a count read with its verb ("37 were analysed") ends past the verb: read from its number
    end = ev.start + len(ev.sentence[ev.start : ev.end].split(None, 1)[0]) if fact.rule == "sample_size.en_verb" else ev.end
    after = ev.sentence[end : end + 80]
    inside = _TO_BRACKET_CLOSE.match(after)
    after = _BRACKET_FIRST.sub("", after[inside.end():] if inside else after, count=1)
    after = cues.leading_people.sub("", after[:40], count=1)
    return cues.leading_aux.sub("", after.lower().lstrip()).startswith(cues.completions)


FACT_TYPE = FactType(
    name="sample_size",
    position=5,
    label="Sample sizes",
    value_model=SampleSizeValue,
    form=(
        FormField("n", "int", True),
        FormField("unit", "choice", True, tuple(m.value for m in SampleUnit)),
    ),
    describe=lambda value: f"{value.get('n')} {value.get('unit') or 'patients'}",
    grammar="count grammar (extractor/facts/quantities.py); count nouns in rules/units.yaml (counts: sample_size); "
            "arm sizes and what is no sample in rules/grammars/sample_size.yaml",
    negatable=False,
    match_keys=("n",),
    export_fields=("unit", "n"),
    sheet=SheetColumns(("sample_size",), lambda v: (v.get("n"),), position=5, numbers=("sample_size",),
                      lists=(SheetList("sample_size", lambda v: v.get("n")),), arms_inherit=False),
    in_sentence=in_sentence,
    may_hold=may_hold,
    screen=screen,
    in_heading=in_heading,
    in_table=in_table,
    after=("sessions",),
    compile=SampleCues.from_rules,
    in_document=in_document,
)
