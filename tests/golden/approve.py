"""Approval tests: what a user sees, compared byte for byte with files reviewed and committed in git.

A golden test turns one run of the product (a built site, `jobsite check`'s report, an operator command's
transcript and the requests it sent) into a mapping of relative path → bytes, and `approve` compares it with
the folder tests/golden/expected/<name>/. Any difference fails with the paths missing, added and changed, and a
unified diff of the first changes. After an intended change, rewrite the expected files and review the diff in
git before committing it:

    JOBSITE_UPDATE_GOLDEN=1 python -m pytest tests/golden -n 0

Files that are copied into the site unchanged (the browser scripts, the stylesheet) are left out by the tests
that build sites: comparing a copy with itself would test nothing.
"""
from __future__ import annotations

import difflib
import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

EXPECTED = Path(__file__).resolve().parent / "expected"
UPDATE = os.environ.get("JOBSITE_UPDATE_GOLDEN") == "1"
SHOWN = 3  # changed files whose diff a failure prints
LINES = 40  # diff lines shown per changed file


def folder_files(root: Path, keep: Callable[[str], bool] = lambda rel: True) -> dict[str, bytes]:
    """Every file under root by its path relative to root (forward slashes), filtered by keep."""
    found = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and keep(rel):
            found[rel] = path.read_bytes()
    return found


def approve(name: str, actual: Mapping[str, bytes | str]) -> None:
    """Fail unless actual equals the files under expected/<name>/, byte for byte (or rewrite them on update)."""
    folder = EXPECTED / name
    got = {rel: data.encode("utf-8") if isinstance(data, str) else data for rel, data in actual.items()}
    if UPDATE:
        shutil.rmtree(folder, ignore_errors=True)
        for rel, data in got.items():
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return
    if not folder.is_dir():
        pytest.fail(f"no expected files in {folder}: run with JOBSITE_UPDATE_GOLDEN=1 and review them")
    have = folder_files(folder)
    missing = sorted(have.keys() - got.keys())
    added = sorted(got.keys() - have.keys())
    changed = sorted(rel for rel in have.keys() & got.keys() if have[rel] != got[rel])
    if not (missing or added or changed):
        return
    report = [f"{name}: {len(changed)} changed, {len(missing)} missing, {len(added)} added "
              "(JOBSITE_UPDATE_GOLDEN=1 rewrites the expected files after an intended change)"]
    report += [f"missing: {rel}" for rel in missing[:20]]
    report += [f"added: {rel}" for rel in added[:20]]
    for rel in changed[:SHOWN]:
        old = have[rel].decode("utf-8", "replace").splitlines()
        new = got[rel].decode("utf-8", "replace").splitlines()
        diff = list(difflib.unified_diff(old, new, f"expected/{rel}", f"actual/{rel}", n=1, lineterm=""))
        report += diff[:LINES] + (["…"] if len(diff) > LINES else [])
    report += [f"changed: {rel}" for rel in changed[SHOWN:][:20]]
    pytest.fail("\n".join(report), pytrace=False)
