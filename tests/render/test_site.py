"""render/site.py: the build's Jinja environment, its compiled templates kept in the cache between builds."""
from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.base.cache import Table
from generator.base.errors import ContentError
from generator.render.output import Output
from generator.render.site import collect_outputs, environment


def _fresh(templates: Path, compiled: Table) -> jinja2.Environment:
    """A new environment, as a new process makes one (environment() keeps the last few in memory)."""
    return environment.__wrapped__(templates, b"digest", compiled)


def test_a_compiled_template_is_loaded_from_the_cache_and_compiled_again_once_edited(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "page.html").write_text("Hello {{ name }}!")
    compiled = Table()
    assert _fresh(tmp_path, compiled).get_template("page.html").render(name="Ada") == "Hello Ada!"
    assert len(compiled) == 1
    # The next build's environment finds the code: it compiles nothing.
    again = _fresh(tmp_path, compiled)
    monkeypatch.setattr(again, "compile", lambda *a, **k: pytest.fail("compiled a template the cache holds"))
    assert again.get_template("page.html").render(name="Ada") == "Hello Ada!"
    monkeypatch.undo()
    # An edited template is compiled again (its source's checksum moved), and replaces the old code.
    (tmp_path / "page.html").write_text("Bye {{ name }}.")
    assert _fresh(tmp_path, compiled).get_template("page.html").render(name="Ada") == "Bye Ada."
    assert _fresh(tmp_path, compiled).get_template("page.html").render(name="Bo") == "Bye Bo." and len(compiled) == 1


def test_without_a_cache_templates_are_compiled_as_before(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("{{ 1 + 1 }}")
    env = environment.__wrapped__(tmp_path, b"digest")
    assert env.bytecode_cache is None and env.get_template("page.html").render() == "2"


@pytest.mark.parametrize(("paths", "expected"), [
    (["a/index.html", "b/index.html"], None),
    # One collision is enough to refuse the build, and names both sources.
    (["a/index.html", "a/index.html"], ["from1:1:1: error: output a/index.html is also produced by from0: "
                                        "rename one of them"]),
    # Paths that differ only in case collide too: a case-insensitive file system would keep one file of two.
    (["tags/cpp/feed.xml", "tags/CPP/feed.xml", "x"], ["from1:1:1: error: output tags/CPP/feed.xml is also "
                                                       "produced by from0: rename one of them"]),
])
def test_two_outputs_for_one_path_are_refused_whatever_their_case(paths: list[str], expected: list[str] | None
                                                                  ) -> None:
    outputs = [Output(path, b"", f"from{i}") for i, path in enumerate(paths)]
    if expected is None:
        assert collect_outputs(outputs) == {out.path: out for out in outputs}
        return
    with pytest.raises(ContentError) as failed:
        collect_outputs(outputs)
    assert [p.format() for p in failed.value.problems] == expected
