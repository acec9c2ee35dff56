"""Study arms: which group of a study a fact belongs to (contract v1.1 ``arm``).

A study often gives different things to different groups: ``分别给予1次(11例)、
2次(20例)或3次(30例)``, "5×10^6, 1×10^7 or 1.5×10^7 cells per ovary,
respectively", "the low-dose (n = 10) and high-dose (n = 12) groups", a table
whose rows are dose groups.  This module reads that structure from the facts
the finders have already found (it finds nothing itself) and gives every
fact of one group the same ``arm``: a short label as printed.

Rules
-----
In a sentence (:func:`sentence_arms`), clause by clause (cut at ``；;。!?``):

* A *list* is two or more facts of one key type (``arms.key_types``:
  sessions, dose …) with different values, each separated from the next only
  by a separator (``、 , / and or 和 或 及 与 以及``), a bracketed aside
  (``(11例)``) and at most ``arms.gap_chars`` characters without digits
  ("5×10^6 cells or 1×10^7 cells").
* A list is a list of arms when every item has a count of its own (a fact of
  ``arms.count_type`` between it and the next item, or in brackets right
  after the last: ``1次(11例)``), or when a distributive word
  (``arms.distributive``: 分别, respectively) stands within ``arms.window``
  characters of it.  Each item's facts (the value and its count) take the
  item's label: the value as printed, up to its unit (``1次``,
  ``1.5×10^7``).  A distributive word further after the list counts when it
  ends the clause ("… cells per ovary, respectively.").
* Counts that follow group labels (``低剂量组(10例)和高剂量组(12例)``, "the
  low-dose (n = 10) and high-dose (n = 12) groups": words of
  ``arms.group_words`` right before the bracket) are arms labelled by those
  words, and so are names listed before one head (``低、高剂量组``: 低, 高剂量);
  a list of values in the same clause with as many items and a
  distributive word ("received 5×10^6 and 1×10^7 cells, respectively") goes
  with them one to one, and so do facts inside the labels.
* A count given to every group at once (``各3例``, ``每组30例``, "15 in each
  group", "n = 8 per arm", "(three women each)"; ``arms.each_arm``) is every
  arm's: no ``arm``, ``each_arm`` true.

In a table (:func:`table_arms`): when two or more body rows hold facts of a
key type with different values, each row is an arm, labelled by its first
cell (or, when that cell is a bare number, by the value).

Groups said by their names (:func:`group_arms`, corpus/ANNOTATION.md ``arm``):
a fact stated of a named group takes the name as printed (``观察组30例``,
``治疗后观察组FSH下降``, "the treatment group received …", "in the control
group, FSH did not change", "15 women (cell group)"), the name carrying on
through the paragraph (:class:`GroupCarry`) until another group is named, a
clause speaks of every group (两组, 各组, "both groups") or of the whole
study, compares groups, or a sentence cites a study or opens a conclusion.
A table row whose first cell is a group's name gives its facts that name.
One case of a case series named by its number ("Case 1", "patient 2",
``例1``, ``第2例``; ``arms.case_heads``) is named like a group.

Across the document (:func:`carry_arms`): one arm keeps one label
(:func:`_one_label`: the name with and without its head word, an alias in
brackets, the same key values), and a later fact of the same cited study
with the value that defines an arm (``第三次移植`` after ``3次(30例)``) joins
that arm.

The total sample size of a study is not in any arm: it stands outside the
lists.  Which types are keys and which counts, and the words, are
``rules/studies.yaml`` (``arms``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..ruleset.grammar import mandatory_text, may_match
from .results import Fact

__all__ = ["ArmVocab", "GroupCarry", "carry_arms", "group_arms", "sentence_arms", "table_arms"]

_HARD = re.compile(r"[；;。!?！？]")
_PAREN = re.compile(r"[(（][^()（）]*[)）]")
_PAREN_AFTER = re.compile(r"\s*[(（][^()（）]*[)）]")


@dataclass(frozen=True)
class ArmVocab:
    """``rules/studies.yaml`` ``arms``, compiled once."""

    key_types: tuple[str, ...]
    count_type: str
    distributive: re.Pattern
    group_words: re.Pattern
    window: int
    joiner: re.Pattern
    #: where a group label before a count's bracket starts: after a separator or a clause's start
    label_stop: re.Pattern
    #: words left off the start of a label
    label_skip: re.Pattern
    #: units and denominators (units.yaml): where a value's label ends
    units: re.Pattern = re.compile(r"(?!)")
    #: group names (facts of a group said by its name): see :class:`GroupWords`
    groups: "GroupWords | None" = None

    @classmethod
    def from_rules(cls, rules) -> "ArmVocab":
        from ..ruleset.model import Kind

        a = rules.models["studies"].arms
        words = _words(a.separators).pattern
        # a separator: punctuation (and a word after it), or a word alone
        sep = rf"(?:[、,，/]\s*(?:(?:{words})\s*)?|(?:{words})\s*)"
        unit_words = sorted({t.text for kind in (Kind.UNIT, Kind.PER) for t in rules.terms(kind)}, key=len, reverse=True)
        return cls(
            key_types=tuple(a.key_types),
            count_type=a.count_type,
            distributive=_words(a.distributive),
            group_words=_words(a.group_words),
            window=a.window,
            # "… or by direct injection …": words after an English separator too
            joiner=re.compile(rf"^\s*[^\d。；;、,，]{{0,{a.gap_chars}}}?\s*(?:{sep}|\b(?:{_words(a.separators, ('en',)).pattern})"
                              rf"\s+[^\d。；;、,，()（）]{{1,{a.gap_chars}}}?)\s*$", re.IGNORECASE),
            label_stop=re.compile(rf"[、,，;；:：。(（)）]|{words}", re.IGNORECASE),
            label_skip=re.compile(rf"^(?:(?:{_words(a.label_skip).pattern})\s+)*", re.IGNORECASE),
            units=re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in unit_words) + ")" if unit_words else r"(?!)",
                             re.IGNORECASE),
            groups=GroupWords.from_rules(a, sep),
        )


def _words(terms, langs: tuple[str, ...] = ("en", "zh")) -> re.Pattern:
    """The words of a rules term list (of ``langs`` only) as one expression, longest first."""
    en = sorted(terms.en if "en" in langs else (), key=len, reverse=True)
    zh = sorted(terms.zh if "zh" in langs else (), key=len, reverse=True)
    spaced = "|".join(re.escape(t).replace("\\ ", "\\s+") for t in en)
    alts = [rf"\b(?:{spaced})\b"] if en else []
    if zh:
        alts.append("|".join(re.escape(t) for t in zh))
    return re.compile("|".join(alts) or r"(?!)", re.IGNORECASE)


def _value_key(fact: Fact) -> str:
    return json.dumps(fact.value, sort_keys=True, ensure_ascii=False)


def value_label(fact: Fact, units: re.Pattern | None = None) -> str:
    """An arm's label from the value that defines it: as printed, up to its
    unit (``1×10^7 cells per ovary`` → ``1×10^7``; ``2次``, "2 injections" whole)."""
    text = fact.text
    number = re.search(r"\d", text)
    if units is not None and number:
        for m in units.finditer(text, number.start()):
            if m.start() > number.start() and text[:m.start()].strip():
                return text[:m.start()].strip()
    return text


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds = [0, *(m.end() for m in _HARD.finditer(text))]
    if bounds[-1] != len(text):
        bounds.append(len(text))
    return list(zip(bounds, bounds[1:]))


def _runs(text: str, keys: Sequence[Fact], vocab: ArmVocab) -> list[list[Fact]]:
    """Maximal chains of key facts joined only by separators (and bracketed asides)."""
    runs: list[list[Fact]] = []
    for fact in keys:
        if runs:
            last = runs[-1][-1]
            gap = _PAREN.sub("", text[last.evidence.end:fact.evidence.start])
            if fact.evidence.start >= last.evidence.end and vocab.joiner.match(gap):
                runs[-1].append(fact)
                continue
        runs.append([fact])
    return [r for r in runs if len(r) >= 2 and len({_value_key(f) for f in r}) >= 2]


def _label_before(text: str, at: int, lo: int, vocab: ArmVocab) -> tuple[int, str] | None:
    """The group label right before a bracket at ``at`` (低剂量组, low-dose), or None."""
    head = text[lo:at]
    stops = list(vocab.label_stop.finditer(head))
    start = lo + (stops[-1].end() if stops else 0)
    words = text[start:at].strip()
    if not words:
        return None
    if re.search(r"[\u4e00-\u9fff]", words):
        # the group's own name (分为观察组 → 观察组), else its last characters
        named = [m for m in _zh_mentions(words, [], vocab.groups) if m.kind == "named" and m.end == len(words)] \
            if vocab.groups is not None else []
        words = words[named[-1].start:] if named else words[-10:]
    else:
        words = " ".join(words.split()[-4:])
    found = list(vocab.group_words.finditer(words))
    if not found:
        return None
    # the label starts at its first content word: "The low-dose" → "low-dose"
    skip = vocab.label_skip.match(words).end()
    return at - len(words) + skip, words[skip:]


def _set(fact: Fact, label: str) -> None:
    if fact.arm is None:
        fact.arm = label


def sentence_arms(text: str, facts: Iterable[Fact], vocab: ArmVocab, carry: GroupCarry | None = None) -> None:
    """Give the facts of one sentence their arms (see the module's rules).
    ``carry``: the group the paragraph is describing (:func:`group_arms`),
    kept from one sentence of the paragraph to the next."""
    facts = list(facts)
    live = sorted((f for f in facts if f.arm is None and not f.context.negated), key=lambda f: f.evidence.start)
    if not live:  # no fact to give an arm; the sentence may still name a group
        # (with no fact and no group being described, only a group it names changes anything)
        if carry is not None and (facts or carry.label is not None
                                  or (vocab.groups is not None and vocab.groups.may_name(text))):
            group_arms(text, facts, vocab, carry)
        return
    for lo, hi in _clauses(text):
        here = [f for f in live if lo <= f.evidence.start < hi]
        counts = [f for f in here if f.type == vocab.count_type]
        labelled = _labelled_counts(text, lo, counts, vocab)
        # the groups a list of values may go to one to one: named with their counts, or before one head (低、高剂量组)
        names = [label for _, _, label in labelled] if len(labelled) >= 2 else _listed_names(text, lo, hi, facts, vocab)
        for key_type in vocab.key_types:
            for run in _runs(text, [f for f in here if f.type == key_type], vocab):
                if any(f.arm is not None for f in run):
                    continue
                _one_list(text, lo, hi, run, here, names, vocab)
        if len(labelled) >= 2:
            for count, start, label in labelled:
                _set(count, label)
                for f in here:
                    if start <= f.evidence.start and f.evidence.end <= count.evidence.start:
                        _set(f, label)
    group_arms(text, sorted(facts, key=lambda f: f.evidence.start), vocab, carry if carry is not None else GroupCarry())


def _labelled_counts(text: str, lo: int, counts: list[Fact], vocab: ArmVocab) -> list[tuple[Fact, int, str]]:
    """Counts in brackets right after a group label: (count, where the label starts, label)."""
    out = []
    for count in counts:
        before = text[lo:count.evidence.start]
        m = re.search(r"[(（][^()（）]*$", before)
        if m is None:
            continue
        found = _label_before(text, lo + m.start(), lo, vocab)
        if found is not None:
            out.append((count, *found))
    return out


#: names listed before one Chinese head (低、高剂量组, 观察、对照组): the names and the head
_ZH_NAMES_ONE_HEAD = r"((?:[^、，,；;：:。（）()\s\d]{1,8}、)+[^、，,；;：:。（）()\s\d]{1,8})(?:%s)"


def _listed_names(text: str, lo: int, hi: int, facts: list[Fact], vocab: ArmVocab) -> list[str]:
    """Groups a clause lists by name, for values given them one to one:
    names before one head (低、高剂量组), or names with their heads joined
    (低剂量组和高剂量组, "the cell group and the placebo group")."""
    g = vocab.groups
    if g is None:
        return []
    shared = _names_before_one_head(text, lo, hi, vocab)
    if shared:
        return shared
    cells = [f for f in facts if f.type in g.name_types]
    named = [m for m in sorted(_zh_mentions(text, cells, g) + _en_mentions(text, g), key=lambda m: m.start)
             if m.kind in ("named", "once") and lo <= m.start < hi]
    run: list[_Mention] = []
    for m in named:
        if run and not g.joiner.match(text[run[-1].end:m.start]):
            if len(run) >= 2:
                break
            run = []
        run.append(m)
    return [m.label for m in run] if len(run) >= 2 else []


def _names_before_one_head(text: str, lo: int, hi: int, vocab: ArmVocab) -> list[str]:
    """Groups named by words listed before one head word (低、高剂量组), each
    name alone (低, 高剂量); the first name reaches back no further than the
    longest other name without its ``label_drop`` words (分为低 → 低)."""
    g = vocab.groups
    if g is None:
        return []
    m = re.search(_ZH_NAMES_ONE_HEAD % g.heads_zh.pattern, text[lo:hi])
    if m is None:
        return []
    names = m.group(1).split("、")
    if any(g.heads_zh.search(n) for n in names):
        return []
    keep = max(len(g.label_drop.sub("", n) or n) for n in names[1:])
    return [names[0][-keep:], *names[1:]]


def _own_aside(text: str, item: Fact, here: list[Fact], vocab: ArmVocab) -> bool:
    """Whether a bracket right after a list's item holds a key fact of another type (a route's dose)."""
    after = _PAREN_AFTER.match(text, item.evidence.end)
    return after is not None and any(f.type in vocab.key_types and f.type != item.type
                                     and after.start() <= f.evidence.start < after.end() for f in here)


#: a distributive word that ends its clause ("…, respectively."), not one that qualifies a noun ("each ovary")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:，。；：)）]|$)")


def _one_list(text: str, lo: int, hi: int, run: list[Fact], here: list[Fact], names: list[str], vocab: ArmVocab) -> None:
    last = run[-1]
    after = _PAREN_AFTER.match(text, last.evidence.end)
    tail = after.end() if after and after.end() <= hi else last.evidence.end
    spans = [(f.evidence.start, n.evidence.start) for f, n in zip(run, run[1:])] + [(last.evidence.start, tail)]
    counts = [[c for c in here if c.type == vocab.count_type and a <= c.evidence.start < b] for a, b in spans]
    each_counted = all(len(c) == 1 for c in counts)
    # or each with what else it gave in brackets of its own: "through the tail vein (2 × 10^6 cells) or …"
    each_counted = each_counted or all(_own_aside(text, f, here, vocab) for f in run)
    start = run[0].evidence.start
    # near the list, or after it with no number between ("… cells per ovary, respectively")
    distributed = any(m.end() >= start - vocab.window and (m.start() <= tail + vocab.window or (
                      m.start() >= tail and not re.search(r"\d", text[tail:m.start()]) and _CLAUSE_END.match(text, m.end())))
                      for m in vocab.distributive.finditer(text, lo, hi))
    if len(names) == len(run) and distributed and not each_counted:
        # groups named, values given to them one to one ("respectively")
        for fact, label in zip(run, names):
            _set(fact, label)
        return
    # or one count said of every group in the clause: "three per dose level: 5×10^6,
    # 1×10^7 and 2×10^7 cells", "1 or 2 mg/kg (n = 8 per group)": each value is a group's
    shared = not each_counted and any(c.type == vocab.count_type and _for_every_group(text, c, vocab) for c in here)
    if not (each_counted or distributed or shared):
        return
    for fact, (a, b), own in zip(run, spans, counts):
        label = value_label(fact, vocab.units)
        _set(fact, label)
        if each_counted:
            # the item's count, and what else it says in its brackets (1次(11例))
            for f in here:  # not what the item's own words hold ("given MenSCs through the tail vein")
                if fact.evidence.end <= f.evidence.start < b:
                    _set(f, label)


def table_arms(rows: Sequence[tuple[str, list[Fact]]], vocab: ArmVocab) -> None:
    """Rows of one table (first cell, facts): the rows of a dose-group table
    are arms, and so is a row whose first cell is a group's name (``外泌体组``,
    "MSC group")."""
    body = [(cell, facts) for cell, facts in rows if facts]
    _named_rows(body, vocab)
    for key_type in vocab.key_types:
        keyed = [(cell, facts, [f for f in facts if f.type == key_type]) for cell, facts in body]
        keyed = [k for k in keyed if k[2]]
        if len(keyed) < 2 or len({_value_key(k[2][0]) for k in keyed}) < 2:
            continue
        for cell, facts, keys in keyed:
            name = cell.strip()
            label = name if name and not re.fullmatch(r"[\d\s.,×x^()%-]+", name) else value_label(keys[0], vocab.units)
            for f in facts:
                _set(f, label)
        return


def _named_rows(body: Sequence[tuple[str, list[Fact]]], vocab: ArmVocab) -> None:
    """A row whose first cell is one group's name: its facts are that group's."""
    g = vocab.groups
    if g is None:
        return
    for cell, facts in body:
        name = cell.strip()
        lead = cell.find(name) if name else 0
        # the first cell's own cell types (a row is one line: its first cell starts the line)
        cells = [f for f in facts if f.type in g.name_types and f.evidence.sentence.startswith(cell)
                 and f.evidence.end <= lead + len(name)]
        mentions = [m for m in _zh_mentions(cell, cells, g) + _en_mentions(cell, g) if m.kind == "named"]
        if len(mentions) == 1 and not _PAREN.sub("", cell[mentions[0].end:]).strip():  # 观察组（n=30）
            for f in facts:
                _set(f, mentions[0].label)


def _one_label(facts: Sequence[Fact], vocab: ArmVocab) -> None:
    """One arm, one label, within one study: labels that name one arm take
    the one given first.  Two labels name one arm when
    (a) they are one name with or without its head word and words that tell
        no arms apart (``arms.label_drop``): "low-dose" and "the low-dose
        group", a table row "High" and "the high-dose arm", 高 and 高剂量组;
    (b) one is the other's alias in brackets ("the low-dose group (group L,
        n = 8)" and later "group L");
    (c) the key values (doses, sessions) of one are all those of one
        earlier label, and of no other ("5×10^6" from a dose list and a
        table row "Low | 5×10^6")."""
    labels: dict[tuple, list[str]] = {}  # study → its labels, in order of first use
    for fact in _in_text_order(facts):
        if fact.arm is not None:
            own = labels.setdefault(tuple(fact.study or ()), [])
            if fact.arm not in own:
                own.append(fact.arm)
    rename: dict[tuple, str] = {}
    for study, order in labels.items():
        armed = [f for f in facts if f.arm is not None and tuple(f.study or ()) == study]
        first = _Joined(order)
        cores: dict[str, str] = {}
        for label in order:
            core = _label_core(label, vocab)
            first.join(cores.setdefault(core, label), label)
        for a, b in _aliases(order, {f.evidence.sentence for f in armed}, vocab):
            first.join(a, b)
        for a, b in _same_values(order, armed, vocab):
            first.join(a, b)
        rename.update({(study, label): first.find(label) for label in order})
    for fact in facts:
        if fact.arm is not None:
            fact.arm = rename[(tuple(fact.study or ()), fact.arm)]


def _in_text_order(facts: Sequence[Fact]) -> list[Fact]:
    """Facts in the order of the text: a sentence's facts come together, each type's after the other's."""
    sentence_at: dict[tuple, int] = {}
    for i, f in enumerate(facts):
        sentence_at.setdefault((f.evidence.page, f.evidence.sentence), i)
    return sorted(facts, key=lambda f: (sentence_at[(f.evidence.page, f.evidence.sentence)], f.evidence.start))


class _Joined:
    """Labels joined into arms; an arm keeps its earliest label."""

    def __init__(self, order: list[str]):
        self.rank = {label: i for i, label in enumerate(order)}
        self.parent = {label: label for label in order}

    def find(self, label: str) -> str:
        while self.parent[label] != label:
            label = self.parent[label]
        return label

    def join(self, a: str, b: str) -> None:
        a, b = sorted((self.find(a), self.find(b)), key=self.rank.__getitem__)
        self.parent[b] = a


def _label_core(label: str, vocab: ArmVocab) -> str:
    """What tells an arm's name from another's: without the head word, spaces,
    case and ``arms.label_drop`` ("the high-dose arm" → "high"); the whole
    name when nothing else is left (剂量组)."""
    g = vocab.groups
    name = g.label_end.sub("", label)
    # "2 injections" and "the 2-injection arm", BMSCs组 and BMSC组: plurals aside
    core = re.sub(r"[\s-]+", "", re.sub(r"(?<=[a-z])s\b", "", g.label_drop.sub("", name).casefold()))
    return core or re.sub(r"[\s-]+", "", name).casefold() or label.casefold()


def _aliases(order: list[str], sentences: set[str], vocab: ArmVocab) -> list[tuple[str, str]]:
    """Labels printed one right after the other in brackets ("low-dose group
    (group L, …)"), and a name whose brackets hold another's (a table row
    "POI + MenSCs (tail vein)" and "the tail-vein group"; "the intraovarian
    (IO) group" and "the IO group")."""
    cores = {_label_core(label, vocab): label for label in reversed(order)}
    out = [(cores[core], label) for label in order
           if (inner := re.search(r"[(（]([^()（）]+)[)）]", label))
           and (core := _label_core(inner.group(1), vocab)) in cores and cores[core] != label]
    for a in order:
        for b in order:
            if a != b and any(re.search(rf"{re.escape(a)}\s*[(（]\s*{re.escape(b)}\s*[,，;；)）]", s) for s in sentences):
                out.append((a, b))
    return out


def _same_values(order: list[str], armed: Sequence[Fact], vocab: ArmVocab) -> list[tuple[str, str]]:
    """One arm said by its value in one place and by its name in another (a
    dose list "5 × 10^6, 1 × 10^7 or 2 × 10^7 cells" and a table row "Low |
    5×10^6"): a label whose key values (doses, sessions) are all those of one
    earlier label, and of no other, is that label's arm; two names with
    their head words (高剂量组, 低剂量组) or two cases of a series ("Case 1",
    "Case 2") are two arms whatever they share."""
    values: dict[str, set] = {label: set() for label in order}
    for fact in armed:
        if fact.type in vocab.key_types:
            values[fact.arm].add((fact.type, _value_key(fact)))
    # with a head word (高剂量组), or a case of a series by its number ("Case 2", 例2):
    # such names are arms of their own, whatever values they share
    named = {label for label in order
             if vocab.groups.label_end.search(label) or vocab.groups.cases.fullmatch(label.strip())}
    out = []
    for i, label in enumerate(order):
        if not values[label]:
            continue
        # two groups named with their head words are two groups, whatever they were given
        owners = [a for a in order[:i] if values[label] <= values[a] and not {a, label} <= named]
        others = [a for a in order if a != label and a not in owners and values[label] & values[a]]
        if len(owners) == 1 and not others:
            out.append((owners[0], label))
    return out


def carry_arms(facts: Sequence[Fact], vocab: ArmVocab) -> None:
    """A later fact of a cited study with the value that defines one of its
    arms joins that arm.  Only cited studies: what a review says of one is
    about that study, whereas a document's own values recur in other roles
    (a group's cell type named again in the discussion).  Then one arm keeps
    one label (:func:`_one_label`)."""
    _one_label(facts, vocab)
    defined: dict[tuple, set[str]] = {}
    for fact in facts:
        if not fact.study:
            continue
        key = (tuple(fact.study), fact.type, _value_key(fact))
        if fact.arm is not None:
            if fact.type in vocab.key_types:
                defined.setdefault(key, set()).add(fact.arm)
        elif len(defined.get(key, ())) == 1 and not fact.context.negated:
            fact.arm = next(iter(defined[key]))


# --------------------------------------------------------------------------- groups said by their names


def _ends(terms) -> re.Pattern:
    """Any of ``terms`` ending where the text ends (``\\b`` on Latin words)."""
    return re.compile(rf"(?:{_words(terms).pattern})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class GroupWords:
    """``rules/studies.yaml`` ``arms``: the words of group names (see :func:`group_arms`)."""

    heads_en: re.Pattern
    heads_zh: re.Pattern
    names_zh: re.Pattern
    name_stop: frozenset
    not_group: re.Pattern
    every: re.Pattern
    every_words: frozenset
    no_group: re.Pattern
    indefinite: re.Pattern
    #: at a stretch's start: it says what the group named just before with an article was given
    described_by: re.Pattern
    #: at a stretch's start: it turns to other people than the group being described
    turn_away: re.Pattern
    same: re.Pattern
    reference: re.Pattern
    reference_after: re.Pattern
    postposed: re.Pattern
    #: a count's few words and the word that sends it to the group named next ("eighteen to the")
    allotted: re.Pattern
    comparison: re.Pattern
    contrast: re.Pattern
    carry_stop: re.Pattern
    whole_study: re.Pattern
    joiner: re.Pattern
    #: fact types whose mention right before a head names the group (骨髓MSC组)
    name_types: tuple[str, ...]
    #: one case of a series with its number: "Case 1", "patient 2", 例1, 第2例
    cases: re.Pattern
    #: a count of every group: words right after it ("15 in each group"), right before it (各30例)
    each_after: re.Pattern
    each_before: re.Pattern
    #: what a label's core leaves off its end: the head word, then words that tell no arms apart ("-dose")
    label_end: re.Pattern
    label_drop: re.Pattern
    #: a name listed before another that shares its head: "低、" in 低、高剂量组
    listed_before: re.Pattern

    def __post_init__(self) -> None:
        # what every match of the head words and of the cases holds: a
        # sentence without it is not searched (most sentences name no group)
        object.__setattr__(self, "_heads_en_needs", mandatory_text(self.heads_en))
        object.__setattr__(self, "_cases_needs", mandatory_text(self.cases))

    def en_heads(self, text: str) -> list[re.Match]:
        """The English head words of ``text`` (group, arm, cohort)."""
        return list(self.heads_en.finditer(text)) if may_match(self._heads_en_needs, text) else []

    def may_name(self, text: str) -> bool:
        """Whether ``text`` holds a head word (组, group, arm) or a case's
        number: where it holds none, it names no group."""
        return self.heads_zh.search(text) is not None or bool(self.en_heads(text)) or bool(self.case_numbers(text))

    def case_numbers(self, text: str) -> list[re.Match]:
        """The cases of a series named by their numbers in ``text``."""
        return list(self.cases.finditer(text)) if may_match(self._cases_needs, text) else []

    @classmethod
    def from_rules(cls, a, sep: str) -> "GroupWords":
        en = "|".join(re.escape(h) for h in sorted(a.group_heads.en, key=len, reverse=True)) or r"(?!)"
        zh = "|".join(re.escape(h) for h in sorted(a.group_heads.zh, key=len, reverse=True)) or r"(?!)"
        names = sorted(a.group_names.zh, key=len, reverse=True)
        fill = rf"(?:(?:{_words(a.fillers).pattern})\s+)*"  # "than those in the", "and the"
        return cls(
            heads_en=re.compile(rf"\b(?:{en})(s?)\b", re.IGNORECASE),
            heads_zh=re.compile(zh),
            names_zh=re.compile(rf"(?:{'|'.join(re.escape(n) for n in names) or '(?!)'})$"),
            name_stop=frozenset(w.lower() for w in a.name_stop.en),
            not_group=_words(a.not_group),
            every=_ends(a.every_group),
            every_words=frozenset(w.lower() for w in a.every_group.en),
            no_group=re.compile(rf"(?:{_words(a.no_group).pattern})\s*{fill}$", re.IGNORECASE),
            indefinite=_ends(a.indefinite),
            described_by=re.compile(rf"\s*(?:{_words(a.described_by).pattern})", re.IGNORECASE),
            turn_away=re.compile(rf"\s*(?:{_words(a.turn_away).pattern})", re.IGNORECASE),
            same=_ends(a.same_group),
            reference=re.compile(rf"(?:{_words(a.reference).pattern})\s*{fill}$", re.IGNORECASE),
            postposed=re.compile(rf"(?:{_words(a.postposed).pattern})\s+{fill}$", re.IGNORECASE),
            allotted=re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{_words(a.allotted).pattern})\s+{fill}$", re.IGNORECASE),
            reference_after=re.compile(rf"\s*(?:{_words(a.reference_after).pattern})", re.IGNORECASE),
            comparison=_words(a.comparison),
            contrast=_words(a.contrast),
            whole_study=_words(a.whole_study),
            carry_stop=re.compile(rf"^\W*(?:{_words(a.carry_stop).pattern})", re.IGNORECASE),
            joiner=re.compile(rf"^\s*{fill}{sep}\s*{fill}$|^\s*[、/]\s*$", re.IGNORECASE),
            name_types=tuple(a.name_types),
            cases=_case_pattern(a.case_heads),
            each_after=re.compile(rf"\s*(?:{_words(a.each_arm, ('en',)).pattern})", re.IGNORECASE),
            each_before=re.compile(rf"(?:{_words(a.each_arm, ('zh',)).pattern})\s*$"),
            label_end=re.compile(rf"\s*(?:{en}|{zh})$", re.IGNORECASE),
            label_drop=re.compile(rf"[\s-]*(?:{_words(a.label_drop).pattern})$", re.IGNORECASE),
            listed_before=re.compile(rf"(?:(?!{zh})[^、，,；;：:。（）()\s\d]){{1,8}}、$"),
        )


def _case_pattern(heads) -> re.Pattern:
    """One case of a series by its number: "Case 1", "patient 2" (the head
    first), 例1 or 第2例 (not the count 2例)."""
    en = "|".join(re.escape(h) for h in heads.en) or "(?!)"
    zh = "|".join(re.escape(h) for h in heads.zh) or "(?!)"
    return re.compile(rf"\b(?:{en})\s+(?:\d{{1,2}}|[A-Z])\b|(?<![\d两二三四五六七八九十几])(?:{zh})\s*\d{{1,2}}(?![\d.])"
                      rf"|第\s*\d{{1,2}}\s*(?:{zh})", re.IGNORECASE)


@dataclass
class GroupCarry:
    """The group a paragraph is describing, carried from sentence to sentence."""

    label: str | None = None
    #: False in sections where a name labels its own sentence only (arms.sentence_only_sections)
    across: bool = True


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    #: "named" (a group's name), "once" (named after an article: not carried on),
    #: "every" (每组, both groups, the two groups), "same" (该组, this group)
    kind: str
    label: str | None = None


#: how far back from a head the words of its name and what stands before it are looked for
_REACH = 48


def _tail(pattern: re.Pattern, text: str, end: int) -> int | None:
    """Where ``pattern`` (anchored at its end by ``$``) matches just before ``end``, or None."""
    lo = max(0, end - _REACH)
    m = pattern.search(text[lo:end])
    return None if m is None else lo + m.start()


_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*$|[A-Z0-9]$")
_PLUS = re.compile(r"\s*[+＋]\s*$")
_EN_TOKEN = re.compile(r"[^\s,;:()（）\[\]，；：]+$")
#: a short abbreviation in brackets right before a group's head ("intraovarian (IO) group")
_ABBR_BEFORE = re.compile(r"\s*\([A-Za-z][A-Za-z0-9-]{0,7}\)\s*$")
_AFTER_HEAD = re.compile(r"\s+(?:[A-Z]|\d{1,2}|I{1,3}|IV|V)\b")


def _zh_mentions(text: str, cells: list[Fact], g: GroupWords) -> list[_Mention]:
    out = []
    heads = list(g.heads_zh.finditer(text))
    if not heads:
        return out  # no head word (组): no group named, nothing more to look for
    blocked = [(m.start(), m.end()) for m in g.not_group.finditer(text)]
    ends = {f.evidence.end: f.evidence.start for f in cells}
    for head in heads:
        at, end = head.start(), head.end()
        if any(a <= at < b for a, b in blocked):
            continue
        start = at
        while True:  # the name, back from the head: cell types, name words, Latin letters, joined by +
            if start in ends and ends[start] < start:
                start = ends[start]
            elif (found := _tail(g.names_zh, text, start)) is not None:
                start = found
            elif (found := _tail(_LATIN, text, start)) is not None:
                start = found
            else:
                break
            plus = _tail(_PLUS, text, start)
            if plus is not None and plus > 0:
                start = plus
        if (found := _tail(g.every, text, start)) is not None:
            out.append(_Mention(found, end, "every"))
        elif start < at and (found := _tail(g.no_group, text, start)) is not None:
            out.append(_Mention(found, end, "every"))
        elif start == at:
            if (found := _tail(g.same, text, start)) is not None:
                out.append(_Mention(found, end, "same"))
        elif g.listed_before.search(text, 0, start):  # 低、高剂量组: several groups under one head
            out.append(_Mention(start, end, "every"))
        else:
            out.append(_Mention(start, end, "named", text[start:end]))
    return out



def _en_mentions(text: str, g: GroupWords) -> list[_Mention]:
    out = []
    heads = g.en_heads(text)
    if not heads:
        return out  # no head word (group, arm, cohort): no group named
    blocked = [(m.start(), m.end()) for m in g.not_group.finditer(text)]
    for head in heads:
        at, end = head.start(), head.end()
        if any(a <= at < b for a, b in blocked):
            continue
        # the words before the head, back to a stop word
        words: list[re.Match] = []
        pos = at
        while len(words) < 4:
            lo = max(0, pos - _REACH)
            if not words and pos == at and (abbr := _ABBR_BEFORE.search(text, lo, pos)):
                pos = abbr.start()  # "intraovarian (IO) group": past the name's abbreviation
                continue
            m = _EN_TOKEN.search(text[lo:pos].rstrip())
            if m is None or m.group().lower().strip(".") in g.name_stop:
                break
            if not re.search(r"[A-Za-z0-9+]", m.group()):
                break
            words.append((lo + m.start(), m.group()))
            pos = lo + m.start()
        lo = max(0, pos - _REACH)
        prev = re.search(r"(\w+)\s*$", text[lo:pos])
        start = words[-1][0] if words else at
        if head.group(1):  # "groups": several of them
            out.append(_Mention(start, end, "every"))
            continue
        if prev is not None and prev.group(1).lower() in g.every_words:  # "each group", "every treated group"
            out.append(_Mention(lo + prev.start(), end, "every"))
            continue
        after = _AFTER_HEAD.match(text, end)
        if not words and after is not None:  # "group A (n = 20)"
            out.append(_Mention(at, after.end(), "named", text[at:after.end()]))
        elif words and (found := _tail(g.no_group, text, start)) is not None:
            out.append(_Mention(found, end, "every"))
        elif words:
            once = _tail(g.indefinite, text, start) is not None
            out.append(_Mention(start, end, "once" if once else "named", text[start:end]))
        elif (found := _tail(g.same, text, at)) is not None:
            out.append(_Mention(found, end, "same"))
    return out


def _case_mentions(text: str, g: GroupWords) -> list[_Mention]:
    """Cases of a series named by their numbers ("Case 1", 例2): each is an arm."""
    return [_Mention(m.start(), m.end(), "named", m.group()) for m in g.case_numbers(text)]


_ALIAS_OPEN = re.compile(r"\s*[(（]\s*$")


def _one_name_each(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """A group named again in brackets right after its name ("the low-dose
    group (group L, n = 8)", 低剂量组（A组，12例）) is one group: the bracketed
    name is dropped here, and :func:`_one_label` joins its later uses."""
    out: list[_Mention] = []
    for m in mentions:
        if (out and out[-1].kind == "named" and m.kind == "named"
                and _ALIAS_OPEN.match(text[out[-1].end:m.start])):
            continue
        out.append(m)
    return out


def _each_arm_counts(text: str, facts: Sequence[Fact], vocab: ArmVocab) -> None:
    """A count given to every group at once ("15 in each group", "n = 8 per
    arm", 各30例, 每组30例, an aside "(three women each)") is every arm's:
    ``each_arm``, no arm of its own."""
    for f in facts:
        if f.type != vocab.count_type or f.arm is not None or f.context.negated:
            continue
        if _for_every_group(text, f, vocab):
            f.each_arm = True


def _for_every_group(text: str, count: Fact, vocab: ArmVocab) -> bool:
    """Is the count said of every group ("15 in each group", 各30例, "(three women each)")?"""
    g = vocab.groups
    if g is None:
        return False
    end = count.evidence.end
    aside = _EACH_ASIDE.match(text, end)
    return bool(g.each_after.match(text, end) or g.each_before.search(text[: count.evidence.start])
                or (aside and vocab.distributive.fullmatch(aside.group(1))))


#: a word closing the bracket a count stands in: "(three women each)"
_EACH_ASIDE = re.compile(r"\s*(\S+?)\s*[)）]")


#: a cutting mark or a bracket
_PIECE_MARK = re.compile(r"[，,；;。!?！？:：(（\[)）\]]")


def _pieces(text: str) -> list[tuple[int, int]]:
    """Stretches between commas and stops, brackets kept whole ("(P = 0.01, n = 9)")."""
    cuts, depth = [0], 0
    for m in _PIECE_MARK.finditer(text):  # the brackets and the cutting marks only
        ch, i = m.group(), m.start()
        if ch in "(（[":
            depth += 1
        elif ch in ")）]":
            depth = max(0, depth - 1)
        elif depth == 0:
            cuts.append(i + 1)
    if cuts[-1] != len(text):
        cuts.append(len(text))
    return list(zip(cuts, cuts[1:]))


def group_arms(text: str, facts: Sequence[Fact], vocab: ArmVocab, carry: GroupCarry) -> None:
    """Facts of a group said by its name take the name (corpus/ANNOTATION.md, ``arm``).

    Stretch by stretch (between commas and stops): a fact takes the group
    named in its stretch as its subject or topic (the nearest before it, else
    the first after it when it names one: "FSH fell in the cell group"); a
    stretch that names no
    group keeps the one named before, in this sentence or an earlier one of
    the paragraph (``carry``).  A group named with its count in brackets
    after a count ("15 women (cell group)") labels that count; a name in
    brackets is never the subject of its stretch.  A group the study does
    not have ("without a control group", 未设对照组) labels nothing.  No arm for the
    facts of a stretch that speaks of several groups (两组, 各组, "both
    groups", "the control and MSC groups", 观察组和对照组) or compares them
    (组间, 最为, "most", "between"; 大于, 差异, "than", "differ" when it names a
    second group); a group named after a ``reference`` word or before a
    ``reference_after`` one (与对照组相比, "compared with the control group",
    在对照组基础上) is no subject.  A fact
    inside a group's name (the cell type of ``骨髓MSC组``, "the exosome
    group") is the group's wherever it is named."""
    g = vocab.groups
    if g is None:
        return
    cells = [f for f in facts if f.type in g.name_types]
    mentions = _one_name_each(text, sorted(_zh_mentions(text, cells, g) + _en_mentions(text, g) + _case_mentions(text, g),
                                           key=lambda m: m.start))
    _each_arm_counts(text, facts, vocab)
    if not mentions and (carry.label is None or not facts):  # no group named, none being described
        if carry.label is not None and (g.carry_stop.match(text) or g.whole_study.search(text)):
            carry.label = None
        return
    live = [f for f in facts if f.arm is None and not f.context.negated and not f.each_arm]
    for m in mentions:  # a fact inside a group's name: 骨髓MSC组, "the exosome group"
        if m.label is not None:
            for f in live:
                if m.start <= f.evidence.start and f.evidence.end <= m.end:
                    _set(f, m.label)
    asides = _count_asides(text, mentions, [f for f in live if f.arm is None], vocab)
    pieces = _pieces(text)
    mentions = _lists_of_groups(text, mentions, asides, pieces, g)
    live = [f for f in live if f.arm is None]
    label = None if g.carry_stop.match(text) else carry.label
    once: str | None = None  # a group just named with an article ("an intraovarian group")
    for lo, hi in pieces:
        here = [m for m in mentions if lo <= m.start < hi and m not in asides]
        facts_here = [f for f in live if lo <= f.evidence.start < hi]
        if once is not None and not here and g.described_by.match(text, lo):
            for f in facts_here:  # ", in which cells were injected …": what that group was given
                _set(f, once)
            continue
        if not here and g.turn_away.match(text, lo):
            label = once = None  # ", whereas in women treated once …": other people
            continue
        label = _stretch(text, lo, hi, here, facts_here, label, g, vocab.count_type)
        subjects = [m for m in here if _is_subject(text, lo, m, g)]
        once = subjects[-1].label if subjects and subjects[-1].kind == "once" else None
    carry.label = label if carry.across else None


def _is_subject(text: str, lo: int, m: _Mention, g: GroupWords) -> bool:
    """A group named as what its stretch is about: not one compared with or built on."""
    return (m.kind in ("named", "once") and not g.reference.search(text[lo:m.start])
            and not g.reference_after.match(text, m.end))


def _count_asides(text: str, mentions: list[_Mention], live: list[Fact], vocab: ArmVocab) -> set[_Mention]:
    """Names alone in brackets ("15 women (cell group)"): each labels the count
    right before its bracket, and is never the subject of its stretch."""
    asides = set()
    for m in mentions:
        if m.label is None:
            continue
        bracket = re.search(r"[(（]\s*$", text[:m.start])
        if bracket and re.match(r"\s*[)）]", text[m.end:]):
            asides.add(m)
            before = [f for f in live if f.type == vocab.count_type and f.evidence.end <= bracket.start()
                      and not text[f.evidence.end:bracket.start()].strip()]
            if before:
                _set(before[0], m.label)
            else:
                _described_then_named(text, bracket.start(), m.label, live, vocab)
    return asides


#: where the stretch of a group described then named in brackets starts
_STRETCH_START = re.compile(r"[,，;；。:：]")
#: how many characters may open that stretch before its count (其中, "and", "while")
_OPENING_CHARS = 6


def _described_then_named(text: str, bracket: int, label: str, live: list[Fact], vocab: ArmVocab) -> None:
    """A count that opens a stretch describing what its people received,
    the group's name in brackets at the end ("42例接受UC-MSC经静脉输注（干细胞组）"):
    the count and the facts after it in the stretch are that group's."""
    starts = [m.end() for m in _STRETCH_START.finditer(text, 0, bracket)]
    lo = starts[-1] if starts else 0
    inside = [f for f in live if lo <= f.evidence.start and f.evidence.end <= bracket]
    counts = [f for f in inside if f.type == vocab.count_type]
    opening = text[lo:counts[0].evidence.start].strip() if len(counts) == 1 else "?"
    if len(opening) > _OPENING_CHARS or any(c.isdigit() for c in opening):
        return  # not one count opening the stretch (其中 or "and" may stand before it)
    for f in inside:
        if f.arm is None:
            _set(f, label)


def _lists_of_groups(text: str, mentions: list[_Mention], asides: set[_Mention], pieces: list[tuple[int, int]],
                     g: GroupWords) -> list[_Mention]:
    """Groups listed ("control group, dox-treated group and FMT group",
    观察组和对照组) speak of several groups: none of them is a subject."""
    opens = {m: next(lo for lo, hi in pieces if lo <= m.start < hi) for m in mentions}
    named = [m for m in mentions if m not in asides and _is_subject(text, opens[m], m, g)]
    listed = {m for a, b in zip(named, named[1:]) if g.joiner.match(_PAREN.sub("", text[a.end:b.start])) for m in (a, b)}
    return [_Mention(m.start, m.end, "every") if m in listed else m for m in mentions]


def _stretch(text: str, lo: int, hi: int, here: list[_Mention], facts: list[Fact], label: str | None,
             g: GroupWords, count_type: str) -> str | None:
    """Label the facts of one stretch (``here``: the groups it names); returns
    the group the following stretches go on with."""
    subjects = [m for m in here if _is_subject(text, lo, m, g)]
    several = any(m.kind == "every" for m in here) or any(
        g.joiner.match(text[a.end:b.start]) for a, b in zip(subjects, subjects[1:]))
    # a contrast compares groups when the stretch names a second one: two names, or one compared with
    compared = g.comparison.search(text, lo, hi) or (
        (len(here) >= 2 or len(subjects) < len([m for m in here if m.kind in ("named", "once")]))
        and g.contrast.search(text, lo, hi))
    # "all patients were followed for 12 months"; not 该组患者均 (this group's patients, all of them)
    if g.whole_study.search(text, lo, hi) and not subjects and not any(m.kind == "same" for m in here):
        return None
    if several or compared:
        return None if here else label
    if not subjects:  # the group named before goes on
        if label is not None:
            for f in facts:
                _set(f, label)
        return label
    for f in facts:
        before = [m for m in subjects if m.start <= f.evidence.start]
        after = [m for m in subjects if m.start >= f.evidence.end]
        if after and f.type == count_type and g.allotted.fullmatch(text, f.evidence.end, after[0].start):
            _set(f, after[0].label)  # "… and eighteen to the control group"
        elif after and g.postposed.search(text[lo:after[0].start]):
            # "four sessions in the intervention group and three in the control group"
            _set(f, after[0].label)
        elif before or len(subjects) == 1:  # before several groups: what they were formed from
            _set(f, (before[-1] if before else subjects[0]).label)
    return subjects[-1].label if subjects[-1].kind == "named" else None
