"""``litx explain``: why a fact was extracted, or why a text gives none.

:func:`explain_fact` takes one fact of a per-PDF result and re-reads its
evidence sentence with the current rules: the rule that made the fact, the
dictionary term behind it and where that term is written, the sentence's
tokens (spaCy / jieba, as the matcher sees them) with the fact's span
marked, every mention the matchers find in the sentence, and the context
cues that set the fact's flags (negated, hedged, species).  When the rules
changed since the extraction the explanation says so (the term is no longer
at the recorded line, or the matchers no longer find the span).

:func:`explain_text` does the same for free text, and adds near misses: for
stretches no cell type, route or hormone term covers, the dictionary terms
they almost spell, with their rapidfuzz scores (:mod:`extractor.refine.nearmiss`).

:func:`render_explanation` turns either into a plain-text report with the
sections Fact, Rule, Tokens, Mentions, Context and Near misses.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from pydantic import ValidationError

from ..matching.context import Context, context_of
from ..layout.document import Lang
from ..errors import LitxError, Msg
from ..facts.pipeline import CUE_KINDS, Extractor
from ..layout.glyphs import fold_width
from ..facts.hormones import hormone_changes
from ..facts.registry import fact_types
from ..matching.matchers import GROUPS
from ..matching.mentions import Mention
from .nearmiss import DEFAULT_KINDS, NearMiss, NearMissFinder
from ..output.resultfiles import read_json
from ..facts.results import Fact, Result
from ..ruleset.model import Kind, Pattern, RuleSet, Term
from .edit import fold_term
from ..layout.textlayer import document_from_text

__all__ = [
    "Explanation",
    "FactExplanation",
    "RuleInfo",
    "SentenceExplanation",
    "TokenView",
    "explain_fact",
    "explain_text",
    "list_facts",
    "load_result",
    "render_explanation",
    "render_fact_list",
]

#: what each matching mechanism does, by the last part of a rule name
MECHANISMS = {
    "term": "dictionary term, matched on the sentence's tokens (spaCy PhraseMatcher)",
    "substring": "dictionary term, found by scanning the Chinese text (jieba had cut it differently)",
    "pattern": "regular expression of a rule file",
    "fuzzy": "near-variant of an English cell-type term (rapidfuzz ratio at or above settings.yaml fuzzy.threshold)",
}
# --------------------------------------------------------------------------
# records


@dataclass
class TokenView:
    text: str
    start: int
    end: int
    in_span: bool = False


@dataclass
class RuleInfo:
    """The rule behind a fact and, for dictionary terms, the term itself."""

    rule: str
    mechanism: str
    source: str | None = None
    #: the term(s) of the rule files at ``source`` that the fact's text is
    terms: list[Term] = field(default_factory=list)
    pattern: Pattern | None = None
    #: the mention the matchers find at the fact's span now (None: none)
    rerun: Mention | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class FactExplanation:
    fact: Fact
    rule: RuleInfo
    #: the context as re-read from the sentence alone
    context: Context
    #: the span the context was judged on (hormone changes: hormone + cue)
    scope: tuple[int, int]
    notes: list[str] = field(default_factory=list)
    sentence: int = 0  # index into Explanation.sentences


@dataclass
class SentenceExplanation:
    text: str
    lang: str
    page: int | None
    section: str | None
    tokens: list[TokenView]
    mentions: list[Mention]
    #: the explained fact's span (explain_fact only)
    span: tuple[int, int] | None = None
    near_misses: dict[str, list[NearMiss]] = field(default_factory=dict)


@dataclass
class Explanation:
    """What :func:`render_explanation` prints; also fine to inspect in code."""

    source: str  # the result file, or "<text>"
    facts: list[FactExplanation]
    sentences: list[SentenceExplanation]
    rules_dir: str
    notes: list[str] = field(default_factory=list)
    #: True for explain_fact (one fact), False for explain_text
    single: bool = False

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (for ``--json``)."""
        return {
            "source": self.source,
            "rules": self.rules_dir,
            "notes": self.notes,
            "facts": [
                {
                    "fact": f.fact.model_dump(mode="json"),
                    "rule": {
                        "rule": f.rule.rule,
                        "mechanism": f.rule.mechanism,
                        "source": f.rule.source,
                        "terms": [_term_dict(t) for t in f.rule.terms],
                        "pattern": f.rule.pattern.text if f.rule.pattern else None,
                        "rerun": _mention_dict(f.rule.rerun) if f.rule.rerun else None,
                        "notes": f.rule.notes,
                    },
                    "context": {
                        **f.context.as_contract(),
                        "in_vitro": f.context.in_vitro,
                        "cues": [_mention_dict(m) for m in f.context.cues],
                    },
                    "sentence": f.sentence,
                    "notes": f.notes,
                }
                for f in self.facts
            ],
            "sentences": [
                {
                    "text": s.text,
                    "lang": s.lang,
                    "page": s.page,
                    "section": s.section,
                    "span": list(s.span) if s.span else None,
                    "tokens": [[t.text, t.start, t.end, t.in_span] for t in s.tokens],
                    "mentions": [_mention_dict(m) for m in s.mentions],
                    "near_misses": {k: [m.as_dict() for m in v] for k, v in s.near_misses.items()},
                }
                for s in self.sentences
            ],
        }


def _term_dict(t: Term) -> dict[str, Any]:
    return {"text": t.text, "id": t.id, "kind": t.kind, "lang": t.lang, "source": t.source, "entry": t.entry}


def _mention_dict(m: Mention) -> dict[str, Any]:
    return {
        "kind": m.kind, "id": m.id, "text": m.text, "start": m.start, "end": m.end, "rule": m.rule,
        "source": m.source, "score": m.score,
    }


# --------------------------------------------------------------------------
# results


def load_result(path: Path | str) -> Result:
    """A per-PDF result file, validated; LitxError for anything else."""
    path = Path(path)
    if not path.exists():
        raise LitxError(Msg.E005, path=str(path))
    data = read_json(path, Msg.E206)  # not UTF-8, not readable, not JSON: one line each
    try:
        return Result.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise LitxError(Msg.E402, path=str(path), detail=f"{where}: {first['msg']}") from None


def list_facts(result_json_path: Path | str) -> list[Fact]:
    """The facts of a result file, in order (for listing their ids)."""
    return load_result(result_json_path).facts


def render_fact_list(facts: Sequence[Fact]) -> str:
    """One line per fact: id, type, page, text — what ``litx explain FILE`` prints."""
    if not facts:
        return "(no facts)\n"
    width = max(len(f.id) for f in facts)
    lines = [
        f"{f.id:<{width}}  {f.type:<14}  p.{f.evidence.page:<3} {_one_line(f.text)}  {_value_text(f)}" for f in facts
    ]
    return "\n".join(lines) + "\n"


def _find_fact(result: Result, fact_id: str, path: Path) -> Fact:
    for fact in result.facts:
        if fact.id == fact_id:
            return fact
    prefixed = [f for f in result.facts if f.id.startswith(fact_id)] if fact_id else []
    if len(prefixed) == 1:
        return prefixed[0]
    if prefixed:
        hint = f"{len(prefixed)} ids start with it ({', '.join(f.id for f in prefixed[:5])}); give more of it"
    else:
        from rapidfuzz import fuzz, process

        near = process.extract(fact_id, [f.id for f in result.facts], scorer=fuzz.ratio, processor=None, limit=3)
        hint = "ids look like 'ce-1a2b3c4d5e6f' (type prefix + hash)"
        if near:
            hint += f"; nearest: {', '.join(n[0] for n in near)}"
        hint += f"; list them all with `litx explain {path}`"
    raise LitxError(Msg.E401, path=str(path), fact=fact_id, count=len(result.facts), hint=hint)


# --------------------------------------------------------------------------
# explaining


def explain_fact(result_json_path: Path | str, fact_id: str, *, rules_dir: Path | str | None = None) -> Explanation:
    """Why fact ``fact_id`` of a per-PDF result was extracted.

    ``fact_id`` may be a unique prefix of the id.  Raises :class:`LitxError`
    (E005 missing file, E206 not JSON, E402 not a result, E401 no such fact).
    """
    path = Path(result_json_path)
    result = load_result(path)
    fact = _find_fact(result, fact_id, path)
    ex = Extractor.load(Path(rules_dir) if rules_dir is not None else None)
    ev = fact.evidence
    mentions = ex.matcher.match(ev.sentence, ev.lang)
    sentence = SentenceExplanation(
        text=ev.sentence,
        lang=ev.lang,
        page=ev.page,
        section=ev.section,
        tokens=_tokens(ex, ev.sentence, ev.lang, (ev.start, ev.end)),
        mentions=mentions,
        span=(ev.start, ev.end),
        near_misses=_near(NearMissFinder(ex.rules, tokenizers=ex.matcher.tokenizers), ev.sentence, ev.lang, mentions, 70.0, 5),
    )
    explained = _explain_one(ex, fact, mentions)
    notes = []
    if result.document.path:
        notes.append(f"document: {result.document.path}")
    return Explanation(
        source=str(path), facts=[explained], sentences=[sentence], rules_dir=str(ex.rules.directory),
        notes=notes, single=True,
    )


def explain_text(
    text: str,
    *,
    lang: str | None = None,
    rules_dir: Path | str | None = None,
    near_kinds: Sequence[str] = DEFAULT_KINDS,
    min_score: float = 70.0,
    limit: int = 5,
) -> Explanation:
    """What the extractor makes of ``text`` (paragraphs split on blank lines).

    ``lang`` ("zh" / "en") overrides the detected language of every
    sentence.  Near misses are listed per sentence for ``near_kinds``, from
    ``min_score`` on, at most ``limit`` per kind.
    """
    ex = Extractor.load(Path(rules_dir) if rules_dir is not None else None)
    doc = document_from_text(text)
    if lang is not None:
        forced = Lang(getattr(lang, "value", lang))
        for block in doc.blocks:
            block.lang = forced
            for s in block.sentences:
                s.lang = forced
    facts = ex.facts(doc)
    finder = NearMissFinder(ex.rules, near_kinds, ex.matcher.tokenizers)
    sentences: list[SentenceExplanation] = []
    mentions_of: dict[str, list[Mention]] = {}
    index_of: dict[str, int] = {}
    for s in doc.sentences():
        mentions = ex.matcher.match(s.text, s.lang.value)
        near = _near(finder, s.text, s.lang.value, mentions, min_score, limit)
        index_of.setdefault(s.text, len(sentences))
        mentions_of.setdefault(s.text, mentions)
        sentences.append(
            SentenceExplanation(
                text=s.text, lang=s.lang.value, page=None, section=s.section,
                tokens=_tokens(ex, s.text, s.lang.value, None), mentions=mentions,
                near_misses=near,
            )
        )
    explained = []
    for fact in facts:
        mentions = mentions_of.get(fact.evidence.sentence)
        if mentions is None:
            mentions = ex.matcher.match(fact.evidence.sentence, fact.evidence.lang)
        fe = _explain_one(ex, fact, mentions)
        fe.sentence = index_of.get(fact.evidence.sentence, 0)
        explained.append(fe)
    notes = []
    if not facts:
        notes.append("no facts in this text")
    return Explanation(source="<text>", facts=explained, sentences=sentences, rules_dir=str(ex.rules.directory), notes=notes)


def _near(finder: NearMissFinder, text: str, lang: str, mentions: list[Mention], min_score: float, limit: int):
    """Near misses outside what the matchers explained (entity and guidance mentions)."""
    covered = [(m.start, m.end) for m in mentions if GROUPS.get(m.kind) in ("entity", "guidance")]
    found = finder.find(text, lang, covered=covered, min_score=min_score, max_score=100.0, limit=limit)
    return {k: v for k, v in found.items() if v}


def _explain_one(ex: Extractor, fact: Fact, mentions: list[Mention]) -> FactExplanation:
    ev = fact.evidence
    rules = ex.rules
    info = _rule_info(rules, fact, mentions)
    cues = [m for m in mentions if m.kind in CUE_KINDS]
    scope = (ev.start, ev.end)
    notes: list[str] = []
    if fact.type == "hormone_change":
        for change in hormone_changes(ev.sentence, mentions, rules, ev.lang):
            h = change.hormone_mention
            if (h.start, h.end) == (ev.start, ev.end) and change.hormone == fact.value.get("hormone"):
                scope = change.span
                notes.append(f"direction cue {change.cue.text!r} ({change.cue.id}, {change.cue.source or change.cue.rule})")
                break
        else:
            cue = (fact.model_extra or {}).get("cue")
            notes.append(f"direction cue {cue!r} (recorded); not found again with the current rules" if cue
                         else "no direction cue found again with the current rules")
    ctx = context_of(ev.sentence, scope, cues, rules, ev.lang)
    recorded = fact.context
    if ctx.species != recorded.species and not any(c.kind == Kind.SPECIES.value for c in ctx.cues):
        notes.append(
            f"species {recorded.species!r} was recorded but the sentence names none: it came from an earlier "
            "sentence of the same paragraph"
        )
    elif ctx.species != recorded.species:
        notes.append(f"species: recorded {recorded.species!r}, re-read {ctx.species!r} (rules changed?)")
    if ctx.hedged != recorded.hedged:
        notes.append(f"hedged: recorded {recorded.hedged}, re-read {ctx.hedged} (rules changed?)")
    if ctx.negated != recorded.negated:
        from ..facts.registry import fact_type

        if ctx.negated and not fact_type(fact.type).deniable(fact.value):
            notes.append(f"a negation cue reaches the span, but such a {fact.type} fact is never marked negated")
        else:
            notes.append(f"negated: recorded {recorded.negated}, re-read {ctx.negated} (rules changed?)")
    return FactExplanation(fact=fact, rule=info, context=ctx, scope=scope, notes=notes)


def _rule_info(rules: RuleSet, fact: Fact, mentions: list[Mention]) -> RuleInfo:
    rule = fact.rule
    head, _, tail = rule.partition(".")
    how = rule.rsplit(".", 1)[-1]
    declared = {t.name: t for t in fact_types()}.get(head)
    grammar = declared.grammar if declared is not None else None
    if grammar:
        mechanism = grammar + (f"; rule {tail or rule}" if declared.mention_kind else "")
    else:
        mechanism = MECHANISMS.get(how, "rule in code")
    info = RuleInfo(rule=rule, mechanism=mechanism, source=fact.source)
    ev = fact.evidence
    # the mention at the fact's span, with the current rules
    kind = declared.mention_kind if declared is not None else fact.type
    same = [m for m in mentions if (m.start, m.end) == (ev.start, ev.end) and m.kind == kind]
    info.rerun = same[0] if same else None
    file = fact.source.rpartition(":")[0] if fact.source else ""
    from_grammar = file.startswith("grammars/")
    if from_grammar:
        # a grammar pattern (rules/grammars/<type>.yaml), not a dictionary term
        loaded = rules.grammars.get(Path(file).stem)
        if loaded is None or fact.source not in loaded.sources.values():
            info.notes.append(f"no grammar pattern at {fact.source} now: the rules changed since the extraction")
    elif fact.source:
        file, _, line = fact.source.rpartition(":")
        at = [t for k in Kind for t in rules.terms(k) if t.file == file and str(t.line) == line]
        key = fold_term(fact.text)
        exact = [t for t in at if fold_term(t.text) == key]
        if how == "pattern":
            pats = [p for k in Kind for p in _patterns(rules, k) if p.file == file and str(p.line) == line]
            info.pattern = pats[0] if pats else None
            if info.pattern is None:
                info.notes.append(f"no pattern at {fact.source} now: the rules changed since the extraction")
        elif exact:
            info.terms = exact
        elif at and how == "fuzzy":
            from rapidfuzz import fuzz

            info.terms = [max(at, key=lambda t: fuzz.ratio(fold_term(t.text), key, processor=None))]
        else:
            anywhere = [t for k in Kind for t in rules.terms(k) if fold_term(t.text) == key]
            info.terms = anywhere[:3]
            where = f"; the term is now at {', '.join(t.source for t in anywhere[:3])}" if anywhere else ""
            info.notes.append(f"no term {fact.text!r} at {fact.source} now: the rules changed since the extraction{where}")
    if info.rerun is None:
        if (grammar and not declared.mention_kind) or from_grammar:
            pass  # numbers and grammar matches are not dictionary mentions
        else:
            info.notes.append("the matchers do not find this span again with the current rules")
    elif fact.source and info.rerun.source and info.rerun.source != fact.source:
        info.notes.append(f"found again, but by {info.rerun.rule} at {info.rerun.source}")
    return info


def _patterns(rules: RuleSet, kind: Kind):
    try:
        return rules.patterns(kind)
    except (KeyError, ValueError):
        return ()


def _tokens(ex: Extractor, text: str, lang: str, span: tuple[int, int] | None) -> list[TokenView]:
    """The sentence's tokens as the matcher cuts them (width-folded copy,
    offsets into the original)."""
    doc = ex.matcher.tokenizers.tokenize(fold_width(text, punct=True), "zh" if lang == "zh" else "en")
    out = []
    for tok in doc:
        start, end = tok.idx, tok.idx + len(tok.text)
        if not text[start:end].strip():
            continue
        inside = span is not None and start < span[1] and span[0] < end
        out.append(TokenView(text[start:end], start, end, inside))
    return out


# --------------------------------------------------------------------------
# rendering


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _one_line(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _value_text(fact: Fact) -> str:
    return json.dumps(fact.value, ensure_ascii=False, separators=(", ", ": "))


def _underline(sentence: str, start: int, end: int) -> str:
    return " " * _width(sentence[:start]) + "^" * max(1, _width(sentence[start:end]))


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` display columns (CJK counts two)."""
    return text + " " * max(0, width - _width(text))


def _mention_line(m: Mention) -> str:
    score = f"  score {m.score:.1f}" if m.rule.endswith(".fuzzy") else ""
    where = f"  {m.source}" if m.source else ""
    return f"  {m.start:>3}–{m.end:<3} {m.kind:<16} {m.id or '-':<24} {_pad(repr(m.text), 28)} {m.rule}{where}{score}"


def _render_fact(fe: FactExplanation, lines: list[str], *, with_sentence: bool) -> None:
    f = fe.fact
    ev = f.evidence
    lines.append(f"  id        {f.id}")
    lines.append(f"  type      {f.type}  {_value_text(f)}")
    lines.append(f"  text      {f.text!r}  (page {ev.page}, characters {ev.start}–{ev.end}, {ev.lang}"
                 + (f", section {ev.section!r}" if ev.section else "") + ")")
    if with_sentence:
        lines.append(f"  sentence  {ev.sentence}")
        lines.append(f"            {_underline(ev.sentence, ev.start, ev.end)}")
    if f.cell_type:
        lines.append(f"  applies to cell type fact {f.cell_type}")


def _render_rule(info: RuleInfo, lines: list[str]) -> None:
    lines.append(f"  rule      {info.rule}: {info.mechanism}")
    if info.source:
        lines.append(f"  source    {info.source}")
    for t in info.terms:
        lines.append(f"  term      {t.text!r} → {t.kind} {t.id!r}  ({t.source}, entry {t.entry}"
                     + (", case-sensitive" if t.case_sensitive else "") + ")")
        if t.requires:
            lines.append(f"            counts only with one of: {', '.join(t.requires)}")
    if info.pattern is not None:
        p = info.pattern
        lines.append(f"  pattern   {p.text}  ({p.source}, entry {p.entry})")
    if info.rerun is not None:
        r = info.rerun
        score = f", score {r.score:.1f}" if r.rule.endswith(".fuzzy") else ""
        lines.append(f"  re-run    found again by {r.rule}" + (f" ({r.source}{score})" if r.source else ""))
    for note in info.notes:
        lines.append(f"  note      {note}")


def _render_context(fe: FactExplanation, lines: list[str]) -> None:
    c, rec = fe.context, fe.fact.context
    lines.append(f"  recorded  negated={rec.negated} hedged={rec.hedged} species={rec.species}")
    lines.append(f"  re-read   negated={c.negated} hedged={c.hedged} species={c.species}"
                 + (" in_vitro=True" if c.in_vitro else ""))
    if fe.scope != (fe.fact.evidence.start, fe.fact.evidence.end):
        s = fe.fact.evidence.sentence
        lines.append(f"  judged on {s[fe.scope[0]:fe.scope[1]]!r} (characters {fe.scope[0]}–{fe.scope[1]})")
    if not c.cues:
        lines.append("  cues      none (defaults)")
    for m in c.cues:
        effect = {
            Kind.NEGATION.value: "negates the span",
            Kind.HEDGE.value: "hedges the sentence",
            Kind.SPECIES.value: f"species {m.id}",
            Kind.IN_VITRO.value: "in vitro",
            Kind.DISEASE_MODEL.value: "makes a disease model",
        }.get(m.kind, m.kind)
        lines.append(f"  cue       {m.text!r} ({m.kind}, {m.source or m.rule}) → {effect}")
    for note in fe.notes:
        lines.append(f"  note      {note}")


def _render_tokens(s: SentenceExplanation, lines: list[str]) -> None:
    parts = [f"[{t.text}]" if t.in_span else t.text for t in s.tokens]
    text = " | ".join(parts)
    lines.append(f"  {text}")
    if s.span is not None:
        lines.append("  ([…] = the fact's span)")


def _render_mentions(s: SentenceExplanation, lines: list[str]) -> None:
    if not s.mentions:
        lines.append("  (none)")
    for m in s.mentions:
        lines.append(_mention_line(m))


def _render_near(s: SentenceExplanation, lines: list[str]) -> None:
    any_near = False
    for kind, misses in s.near_misses.items():
        for m in misses:
            any_near = True
            lines.append(f"  {kind:<10} {_pad(repr(m.window), 30)} ≈ {m.term!r} → {m.id}  score {m.score:.1f}  ({m.source})")
    if not any_near:
        lines.append("  (none)")


def render_explanation(expl: Explanation) -> str:
    """A readable plain-text report."""
    lines: list[str] = []
    if expl.single:
        fe = expl.facts[0]
        s = expl.sentences[0]
        lines.append(f"Fact  ({expl.source})")
        _render_fact(fe, lines, with_sentence=True)
        lines.append("")
        lines.append("Rule")
        _render_rule(fe.rule, lines)
        lines.append("")
        lines.append(f"Tokens ({'jieba' if s.lang == 'zh' else 'spaCy'})")
        _render_tokens(s, lines)
        lines.append("")
        lines.append("Mentions (current rules)")
        _render_mentions(s, lines)
        lines.append("")
        lines.append("Context")
        _render_context(fe, lines)
    else:
        for i, s in enumerate(expl.sentences):
            if i:
                lines.append("")
            lines.append(f"Sentence {i + 1} ({s.lang}): {s.text}")
            lines.append("")
            lines.append(f"Tokens ({'jieba' if s.lang == 'zh' else 'spaCy'})")
            _render_tokens(s, lines)
            lines.append("")
            lines.append("Mentions")
            _render_mentions(s, lines)
            own = [fe for fe in expl.facts if fe.sentence == i]
            lines.append("")
            lines.append("Facts")
            if not own:
                lines.append("  (none)")
            for fe in own:
                for title, render in (
                    ("Fact", lambda out: _render_fact(fe, out, with_sentence=False)),
                    ("Rule", lambda out: _render_rule(fe.rule, out)),
                    ("Context", lambda out: _render_context(fe, out)),
                ):
                    sub: list[str] = []
                    render(sub)
                    lines.append(f"  {title}")
                    lines.extend("  " + line for line in sub)
            lines.append("")
            lines.append("Near misses (dictionary terms this text almost spells)")
            _render_near(s, lines)
    if expl.single:
        lines.append("")
        lines.append("Near misses (dictionary terms the sentence almost spells)")
        _render_near(expl.sentences[0], lines)
    for note in expl.notes:
        lines.append(f"note: {note}")
    lines.append(f"rules: {expl.rules_dir}")
    return "\n".join(lines) + "\n"
