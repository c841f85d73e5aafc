"""bench/mutate.py's automatic mode on a tiny tree: it mutates one operator at a time, restores the file, and
names each survivor by file:line with the mutated text."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("mutate", REPO / "bench" / "mutate.py")
mutate = importlib.util.module_from_spec(SPEC)
sys.modules["mutate"] = mutate  # dataclasses look their module up while the file runs
SPEC.loader.exec_module(mutate)

MODULE = textwrap.dedent('''\
    """Ages."""


    def is_adult(age: int) -> bool:
        """Whether a person of this age may sign."""
        return age >= 18
    ''')
TESTS = textwrap.dedent('''\
    from pkg.ages import is_adult


    def test_grown_ups_and_children():
        assert is_adult(40) is True
        assert is_adult(3) is False
    ''')


def kinds_and_texts(source: str) -> list[tuple[int, str, str, str]]:
    return [(m.line, m.kind, m.before, m.after) for m in mutate.auto_mutants(source)]


def test_each_operator_makes_its_mutant_and_leaves_docstrings_and_annotations_alone() -> None:
    source = textwrap.dedent('''\
        """Doc."""
        from dataclasses import dataclass


        @dataclass(frozen=True)
        class Box:
            size: int = 0


        def pick(xs: list[int], n: int, strict: bool) -> list[int]:
            """Doc."""
            if not strict and n < 3:
                xs.sort(reverse=True)
            kept = [x for x in xs if x != 0]
            return kept[:n]
        ''')
    found = kinds_and_texts(source)
    assert (12, "not", "not strict", "(strict)") in found
    assert (12, "boolop", "not strict and n < 3", "(not strict or n < 3)") in found
    assert (12, "compare", "n < 3", "(n <= 3)") in found
    assert (12, "constant", "3", "(4)") in found
    assert (12, "if", "not strict and n < 3", "(True)") in found
    assert (12, "if", "not strict and n < 3", "(False)") in found
    assert (13, "statement", "xs.sort(reverse=True)", "pass") in found
    assert (13, "keyword", "xs.sort(reverse=True)", "(xs.sort())") in found
    assert (14, "filter", "x != 0", "(True)") in found
    assert (15, "slice", "n", "(n + 1)") in found
    assert (15, "return", "return kept[:n]", "return None") in found
    assert (7, "constant", "0", "(1)") in found  # a default value is logic
    lines = {line for line, *_ in found}
    assert not lines & {1, 5, 10, 11}  # docstrings, the decorator, the signature's annotations
    # Every mutant compiles and differs from the source.
    for m in mutate.auto_mutants(source):
        mutant = mutate.apply_mutant(source, m)
        compile(mutant, "<mutant>", "exec")
        assert mutant != source


def test_a_boolean_return_is_also_negated_and_a_marked_line_is_left_alone() -> None:
    source = "def ok(a):\n    return a > 1\n\n\ndef kept(a):\n    return a > 1  # pragma: no mutate\n"
    found = kinds_and_texts(source)
    assert (2, "return", "return a > 1", "return not (a > 1)") in found
    assert not [f for f in found if f[0] == 6]


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "ages.py").write_text(MODULE)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_ages.py").write_text(TESTS)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(tmp_path)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "tree"], check=True)
    return tmp_path


def test_a_run_kills_what_the_tests_see_names_the_survivors_and_restores_the_file(
        tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (tree / "pkg" / "ages.py").stat()
    code = mutate.main(["--auto", "pkg/ages.py", "--root", str(tree), "--timeout", "60"])
    out = capsys.readouterr().out
    # The tests are found by their import; the mutants: `>=` → `>` and 18 → 19 survive (no test stands at
    # the boundary), the return replaced by None or negated is killed.
    assert "tests: tests/test_ages.py" in out
    assert "4 mutants run, killed 2 (0 by timeout), survived 2" in out
    assert "] KILLED in " in out and "] SURVIVED in " in out
    assert "  survived pkg/ages.py:6: [compare] age >= 18  →  (age > 18)" in out
    assert "  survived pkg/ages.py:6: [constant] 18  →  (19)" in out
    assert "return None" not in out.split("mutants run")[1]
    assert code == 1
    assert (tree / "pkg" / "ages.py").read_text() == MODULE
    assert (tree / "pkg" / "ages.py").stat().st_mtime_ns == before.st_mtime_ns


def test_a_boundary_test_kills_them_all(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "tests" / "test_edge.py").write_text("from pkg.ages import is_adult\n\n\ndef test_edge():\n"
                                                 "    assert is_adult(18) and not is_adult(17)\n")
    assert mutate.main(["--auto", "pkg/ages.py", "--root", str(tree)]) == 0
    assert "4 mutants run, killed 4" in capsys.readouterr().out


def test_a_module_with_uncommitted_changes_is_refused(tree: Path) -> None:
    (tree / "pkg" / "ages.py").write_text(MODULE + "\n# edited\n")
    with pytest.raises(SystemExit, match="uncommitted changes"):
        mutate.main(["--auto", "pkg/ages.py", "--root", str(tree)])
    assert (tree / "pkg" / "ages.py").read_text().endswith("# edited\n")


def test_every_listed_mutation_still_applies_and_names_tests_that_exist():
    """Every set stays runnable as the code moves: each mutation's text is in its file exactly once, names are
    unique, and every test it names exists (a set that no longer applies cannot be run again on a later main)."""
    names = [m.name for m in mutate.MUTATIONS]
    assert len(names) == len(set(names))
    stale = [m.name for m in mutate.MUTATIONS if (REPO / m.file).read_text(encoding="utf-8").count(m.old) != 1]
    assert stale == []
    missing = sorted({t.split("::")[0] for m in mutate.MUTATIONS for t in m.tests
                      if not (REPO / t.split("::")[0]).exists()})
    assert missing == []
