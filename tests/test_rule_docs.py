"""Each rule key is documented once, on its model field: every field has a
description, `litx rules check --explain KEY` shows it, `litx rules schema`
carries it."""

from __future__ import annotations

import json

import pytest
from pydantic import Field
from typer.testing import CliRunner

from extractor.cli import app
from extractor.errors import LitxError
from extractor.ruleset.docs import explain, render_keys, rule_keys, rules_schema, undocumented
from extractor.ruleset.grammar import GrammarFile
from extractor.ruleset.model import FILES, LangTerms, Linking, _Model


def litx(*args: str):
    return CliRunner().invoke(app, list(args))


# ---------------------------------------------------------------- every field documented


def test_every_field_of_every_rule_model_has_a_description():
    missing = undocumented()
    assert missing == [], "rule model fields without a description (write a docstring after each): " + ", ".join(missing)


class _Inner(_Model):
    documented: int = 1
    """This one is documented."""
    forgotten: int = 2


class _Root(_Model):
    inner: tuple[_Inner, ...] = Field((), description="documented with Field(description=...)")
    terms: LangTerms = LangTerms()
    """Reaches the shared {en, zh} model too."""


def test_the_check_finds_a_field_without_a_description_however_deep():
    assert undocumented([_Root]) == ["_Inner.forgotten"]
    assert all(undocumented([model]) == [] for model in (*FILES.values(), GrammarFile))


# ---------------------------------------------------------------- --explain


def test_explain_prints_the_description_of_a_key_with_its_file():
    out = litx("rules", "check", "--explain", "count_tokens")
    assert out.exit_code == 0, out.output
    description = " ".join(Linking.model_fields["count_tokens"].description.split())
    assert out.output.startswith("settings.yaml: linking.count_tokens\n  type: integer 0–50 (required)\n")
    assert " ".join(out.output.split("\n", 2)[2].split()) == description


@pytest.mark.parametrize(
    "query, file, path",
    [
        ("units.dose_cues", "units.yaml", "dose_cues"),
        ("counts.disqualifiers", "units.yaml", "counts[].disqualifiers"),
        ("linking.count_tokens", "settings.yaml", "linking.count_tokens"),
        ("settings.linking.count_tokens", "settings.yaml", "linking.count_tokens"),
        ("grammars.slots", "grammars/*.yaml", "slots"),
        ("counts[].subsets", "units.yaml", "counts[].subsets"),
    ],
)
def test_explain_takes_a_dotted_path(query, file, path):
    assert [(k.file, k.path) for k in explain(query)] == [(file, path)]


def test_a_key_name_used_in_several_places_gives_each():
    found = {(k.file, k.path) for k in explain("exclude")}
    assert {("cell_types.yaml", "cell_types[].exclude"), ("units.yaml", "units[].exclude"),
            ("units.yaml", "counts[].exclude"), ("context.yaml", "species.entries[].exclude")} <= found


def test_types_are_readable():
    types = {(k.file, k.path): k.type for k in rule_keys()}
    assert types[("units.yaml", "dose_cues")].startswith("list of English/Chinese terms")
    assert types[("directions.yaml", "cues[].position")] == "one of: before, after, any"
    assert types[("hormones.yaml", "hormones[].improves")] == "one of: increase, decrease"
    assert types[("settings.yaml", "fuzzy.threshold")] == "number, more than 0, at most 100"
    assert types[("units.yaml", "units[].needs_cue")] == "true or false"


def test_an_unknown_key_is_one_line_with_a_code_and_close_matches():
    out = litx("rules", "check", "--explain", "count_token")
    assert out.exit_code == 2
    (line,) = out.output.splitlines()
    assert line.startswith("litx: unknown rule key 'count_token'") and line.endswith("[E106]")
    assert "settings.linking.count_tokens" in line
    with pytest.raises(LitxError) as err:
        explain("disqualifer")
    assert err.value.code == "E106" and "units.counts.disqualifiers" in str(err.value)
    with pytest.raises(LitxError, match="no key is close"):
        explain("zzqqxx")


def test_explain_alone_lists_every_key_file_by_file():
    out = litx("rules", "check", "--explain")
    assert out.exit_code == 0, out.output
    keys = rule_keys()
    for key in keys:
        assert f"\n{key.file}: {key.path}\n" in out.output
    headers = [line for line in out.output.splitlines() if line.startswith("== ")]
    assert [h.split(":")[0][3:] for h in headers] == [*FILES, "grammars/*.yaml"]
    assert render_keys(explain("units.yaml")).count("units.yaml: ") == sum(k.file == "units.yaml" for k in keys)


def test_explain_leaves_the_check_alone():
    out = litx("rules", "check")
    assert out.exit_code == 0 and out.output.startswith("rules OK")


# ---------------------------------------------------------------- schema


def _properties(schema: dict):
    """Every (name, property schema) of every object in a JSON Schema."""
    for part in [schema, *schema.get("$defs", {}).values()]:
        yield from part.get("properties", {}).items()


def test_the_schema_is_json_with_every_description():
    out = litx("rules", "schema")
    assert out.exit_code == 0, out.output
    schemas = json.loads(out.output)
    assert list(schemas) == [*FILES, "grammars/*.yaml"]
    settings = schemas["settings.yaml"]["$defs"]["Linking"]["properties"]["count_tokens"]
    assert settings["description"] == Linking.model_fields["count_tokens"].description
    assert (settings["minimum"], settings["maximum"]) == (0, 50)
    for file, schema in schemas.items():
        defs = schema.get("$defs", {})
        for name, prop in _properties(schema):
            # pydantic leaves out a field's description when it repeats its model's
            ref = defs.get(prop.get("$ref", "").rsplit("/", 1)[-1], {})
            assert prop.get("description") or ref.get("description"), f"{file}: {name} has no description in the schema"


def test_the_schema_of_one_file():
    out = litx("rules", "schema", "grammars/follow_up.yaml")
    schema = json.loads(out.output)
    assert schema["$schema"].startswith("https://json-schema.org/") and "slots" in schema["properties"]
    assert rules_schema("units.yaml")["properties"]["dose_cues"]["description"].startswith("Words saying")
    bad = litx("rules", "schema", "unit.yaml")
    assert bad.exit_code == 2 and bad.output.rstrip().endswith("[E106]")
