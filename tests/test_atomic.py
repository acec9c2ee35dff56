"""Atomic writes: whole files only, permissions as for any new file."""

from __future__ import annotations

import os
import stat

import pytest

from extractor import atomic
from extractor.atomic import write_text


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    target = tmp_path / "out" / "a.json"
    write_text(target, "{}\n")
    assert target.read_text() == "{}\n"
    assert mode(target) == 0o666 & ~atomic._UMASK


def test_replacing_keeps_the_permissions_of_the_old_file(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_text(target, "new")
    assert target.read_text() == "new" and mode(target) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "a.json"
    target.write_text("old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]
