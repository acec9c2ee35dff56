"""The grammar memo (extractor/ruleset/memo.py): what compiling a grammar
works out of each expression is kept between runs, and never changes what
the grammar finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.ruleset import grammar, memo
from extractor.ruleset.grammar import GrammarError, GrammarFile, compile_grammar
from extractor.ruleset.memo import FILE_NAME, GrammarMemo

SPEC = {
    "fact": "follow_up",
    "slots": {
        "unit": [{"id": "month", "max": 600, "terms": {"en": ["months", "month"], "zh": ["个月"]}}],
        "follow": {"en": ["followed up", "observed"], "zh": ["随访"]},
    },
    "patterns": [
        {"id": "followed_for", "en": ["{follow} for {numbers} {unit}"], "zh": ["{follow}{numbers}{unit}"]},
        {"id": "over", "en": ["over (?:a|an) {number}-{unit} (?:period|follow-up)"]},
    ],
}
SENTENCES = ["Women were followed up for 3 or 6 months.", "随访12个月后复查", "over a 12-month period",
             "No time was given."]


class PrivateMemo:
    """A memo file of the test's own; ``renew`` reads it again, as a new process does."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.memo = GrammarMemo(path)

    def renew(self) -> None:
        self.memo = GrammarMemo(self.path)


@pytest.fixture()
def private_memo(tmp_path, monkeypatch) -> PrivateMemo:
    private = PrivateMemo(tmp_path / "cache" / FILE_NAME)
    monkeypatch.setattr(grammar, "memo", lambda: private.memo)
    return private


def _found(g) -> list[tuple]:
    return [(m.pattern, m.lang, m.start, m.end, tuple(sorted(m.parts.items()))) for s in SENTENCES for m in g.find(s)]


def test_a_grammar_compiled_from_the_memo_finds_what_it_found_before(private_memo):
    fresh = compile_grammar(GrammarFile.model_validate(SPEC))
    assert private_memo.path.exists()
    private_memo.renew()
    remembered = compile_grammar(GrammarFile.model_validate(SPEC))
    for a, b in zip(fresh._patterns, remembered._patterns, strict=True):
        assert (a.source, a.required, a.literals) == (b.source, b.required, b.literals)
        assert "regex" not in b.__dict__  # not compiled until searched
    assert _found(remembered) == _found(fresh) and len(_found(fresh)) == 3


def test_an_expression_of_the_memo_is_compiled_when_first_searched(private_memo):
    compile_grammar(GrammarFile.model_validate(SPEC))
    private_memo.renew()
    g = compile_grammar(GrammarFile.model_validate(SPEC))
    g.find("No time was given.")  # its words are nowhere: nothing is compiled
    g.find("followed up for 4 months")
    compiled = [c.pattern for c in g._patterns if "regex" in c.__dict__]
    assert compiled and "over" not in compiled


@pytest.mark.parametrize("content", ["not json", '{"code": "another", "entries": {"x": 1}}', "[]", b"\xff\xfe"])
def test_a_damaged_or_foreign_memo_is_started_afresh(private_memo, content):
    private_memo.path.parent.mkdir(parents=True)
    (private_memo.path.write_bytes if isinstance(content, bytes) else private_memo.path.write_text)(content)
    private_memo.renew()
    g = compile_grammar(GrammarFile.model_validate(SPEC))
    assert len(_found(g)) == 3
    assert json.loads(private_memo.path.read_text(encoding="utf-8"))["code"] == memo._code_version()


def test_a_memo_that_cannot_be_written_is_passed_over(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # the cache "folder" is a file: writing fails for everyone
    store = GrammarMemo(blocker / FILE_NAME)
    monkeypatch.setattr(grammar, "memo", lambda: store)
    assert len(_found(compile_grammar(GrammarFile.model_validate(SPEC)))) == 3
    assert blocker.read_text() == "not a folder"


def test_a_broken_expression_is_reported_whatever_the_memo_holds(private_memo):
    compile_grammar(GrammarFile.model_validate(SPEC))
    broken = {**SPEC, "patterns": [*SPEC["patterns"], {"id": "bad", "en": ["{follow} for ({number}"]}]}
    private_memo.renew()
    with pytest.raises(GrammarError, match="no regular expression"):
        compile_grammar(GrammarFile.model_validate(broken))


def test_the_memo_lives_in_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("LITX_CACHE_DIR", str(tmp_path / "mine"))
    monkeypatch.setattr(memo, "_MEMO", None)
    assert memo.memo().path == tmp_path / "mine" / FILE_NAME


def test_a_memo_grown_past_its_bound_keeps_what_this_process_used(private_memo, monkeypatch):
    monkeypatch.setattr(memo, "MAX_ENTRIES", 3)
    for k in range(5):
        private_memo.memo.put(f"stale{k}", [[], []])  # the analyses of expressions since edited away
    private_memo.memo.save()
    private_memo.renew()
    compile_grammar(GrammarFile.model_validate(SPEC))
    private_memo.memo.put("another", [[], []])  # something new to save
    private_memo.memo.save()
    kept = json.loads(private_memo.path.read_text(encoding="utf-8"))["entries"]
    assert not any(k.startswith("stale") for k in kept) and "another" in kept and len(kept) > 3
