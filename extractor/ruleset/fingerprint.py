"""What a rule set is made of, as bytes: the files and their fingerprint.

A rule folder's rule set is its own files and the bundled ones it leaves
out (:func:`extractor.ruleset.model.rule_file`).  Results record the
fingerprint, so a rule edit makes them stale; a Dask run sends the bytes to
its workers.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Mapping

from .model import FILES, GRAMMARS, RULES_DIR, grammar_files, rule_file

__all__ = ["fingerprint_of", "rule_payload", "rules_fingerprint"]


def rule_payload(rules_dir: Path | str | None) -> dict[str, bytes]:
    """Every file that makes the rule set of ``rules_dir`` (None: the bundled
    rules), by its name in a rule folder (``units.yaml``,
    ``grammars/follow_up.yaml``): the folder's own, the bundled ones it
    leaves out.  A file that cannot be read is left out (the loader names it)."""
    directory = Path(rules_dir) if rules_dir is not None else RULES_DIR
    found: dict[str, bytes] = {}
    paths = [(name, rule_file(directory, name)) for name in FILES]
    paths += [(f"{GRAMMARS}/{p.name}", p) for p in grammar_files(directory)]
    for name, path in paths:
        try:
            found[name] = path.read_bytes()
        except OSError:
            pass
    return found


def fingerprint_of(payload: Mapping[str, bytes]) -> str:
    """A hash of rule files' names and bytes."""
    digest = hashlib.blake2b(digest_size=16)
    for name in sorted(payload):
        data = payload[name]
        digest.update(f"{name}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


def rules_fingerprint(rules_dir: Path | str | None) -> str:
    """The fingerprint of the rule set of ``rules_dir`` (None: the bundled rules)."""
    return fingerprint_of(rule_payload(rules_dir))
