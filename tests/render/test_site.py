"""render/site.py: the build's Jinja environment, its compiled templates kept in the cache between builds, and the
static assets (render/pages/assets.py) its pages link by content hash."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import jinja2
import pytest

from generator.base.cache import Cache, Table
from generator.base.errors import ContentError
from generator.base.memo import value_key
from generator.build import build_site
from generator.config import make_options
from generator.render.output import Output
from generator.render.pages.assets import Assets
from generator.render.site import collect_outputs, environment

from ..conftest import CLOCK, REPO, basic_tree, write_tree


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


STATIC_URL = re.compile(r"/static/[\w./-]+\.[0-9a-f]{10}\.\w+")


def test_a_warm_build_after_a_stylesheet_and_a_script_change_links_only_their_new_files(tmp_path: Path) -> None:
    """Pages link each asset by a hash of its bytes: after an edit to templates/static/, a warm build rewrites every
    page that links the file, and removes the old one; no page names a file the site lacks."""
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    write_tree(tmp_path / "content", basic_tree())
    options = make_options(tmp_path / "content", tmp_path / "site", templates=templates, clock=CLOCK)
    site = tmp_path / "site"

    def linked() -> set[str]:
        return {url for page in site.rglob("*.html") for url in STATIC_URL.findall(page.read_text())}

    build_site(options, Cache(tmp_path / "cache"))
    before = linked()
    for name, added in (("style.css", "\n.edited { color: red; }\n"), ("jobs-core.js", "\nvar edited = true;\n")):
        (templates / "static" / name).write_text((templates / "static" / name).read_text() + added)
    build_site(options, Cache(tmp_path / "cache"))
    after = linked()
    assert {url.split("/")[-1].split(".")[0] for url in before ^ after} == {"style", "jobs-core"}
    assert [url for url in after if not (site / url.lstrip("/")).is_file()] == []
    assert [url for url in before - after if (site / url.lstrip("/")).exists()] == []


def test_the_asset_table_is_keyed_by_every_address_it_gives() -> None:
    """The memo keys an object with a fingerprint by that alone (base/memo.py), so the table's fingerprint moves
    with each URL `asset()` gives, not only with the names. (Pages are safe today twice over: the renderer's key
    also holds the digest of every file under templates/, static/ included; anything else keyed by the table
    would not be.)"""
    urls = {"style.css": "/static/style.0123456789.css", "jobs-core.js": "/static/jobs-core.0123456789.js"}
    same = Assets(dict(urls), ())
    moved = Assets({**urls, "style.css": "/static/style.abcdef0123.css"}, ())
    renamed = Assets({"site.css": urls["style.css"], "jobs-core.js": urls["jobs-core.js"]}, ())
    keys = [value_key(table) for table in (Assets(urls, ()), same, moved, renamed)]
    assert keys[0] == keys[1] and len(set(keys)) == 3
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


def test_without_a_cache_the_search_index_is_made_from_the_model_and_is_never_out_of_date(scratch_site) -> None:
    from generator.render.site import search_index
    result = scratch_site(basic_tree())
    outputs, stale = search_index(result.model, None, stale_ok=True)
    assert stale is False and outputs
    assert [(o.path, o.data) for o in outputs] == [(o.path, Path("site", o.path).read_bytes()) for o in outputs]
