"""The build cache: hits are only ever what the same code made from the same text; the folder is disposable."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator import cache as cache_module
from generator import markdown
from generator.build import build_site
from generator.cache import CACHE_DIR_NAME, Cache, activated
from generator.config import make_options
from generator.load import parse_yaml

from .conftest import CLOCK, POSTING, REPO, basic_tree, write_tree


def site_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_markdown_is_rendered_once_per_text_and_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = markdown.render_markdown_uncached
    monkeypatch.setattr(markdown, "render_markdown_uncached", lambda t: calls.append(t) or real(t))
    cache = Cache(tmp_path / CACHE_DIR_NAME, version="v1")
    with activated(cache):
        assert markdown.render_markdown("# Hi") == "<h2>Hi</h2>\n"
        assert markdown.render_markdown("# Hi") == "<h2>Hi</h2>\n"
        assert markdown.render_markdown("# Hi!") == "<h2>Hi!</h2>\n"
    assert calls == ["# Hi", "# Hi!"]
    cache.save()
    with activated(Cache(tmp_path / CACHE_DIR_NAME, version="v1")):
        assert markdown.render_markdown("# Hi") == "<h2>Hi</h2>\n"
    assert calls == ["# Hi", "# Hi!"]  # from disk
    with activated(Cache(tmp_path / CACHE_DIR_NAME, version="v2")):
        markdown.render_markdown("# Hi")
    assert calls == ["# Hi", "# Hi!", "# Hi"]  # another code version never sees v1's entries


def test_yaml_hits_are_fresh_objects_and_failures_are_not_stored(tmp_path: Path) -> None:
    cache = Cache(None, version="v1")
    with activated(cache):
        first = parse_yaml("title: A\ntags: [x]\n", Path("a.md"), 1, [])
        second = parse_yaml("title: A\ntags: [x]\n", Path("b.md"), 1, [])
        assert first == second and first[0] is not second[0]  # no two files share a mutable dict
        assert first[2][("tags",)] == (3, 7)  # positions include the front-matter offset
        problems: list = []
        assert parse_yaml("title: [\n", Path("bad.md"), 1, problems) is None
        assert problems[0].path == "bad.md"
        again: list = []
        assert parse_yaml("title: [\n", Path("worse.md"), 1, again) is None
        assert again[0].path == "worse.md"  # a failure is parsed again, so it names the right file
    assert len(cache.tables["yaml"]) == 1


def test_code_version_changes_with_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    version = cache_module.code_version()
    assert len(version) == 16 and version == cache_module.code_version()
    cache_module.code_version.cache_clear()
    monkeypatch.setattr(cache_module, "FORMAT", cache_module.FORMAT + 1)
    try:
        assert cache_module.code_version() != version
    finally:
        cache_module.code_version.cache_clear()


def test_cache_is_safe_to_delete_or_corrupt_and_never_changes_output(scratch_site, tmp_path: Path) -> None:
    files = basic_tree(a={**POSTING, "title": "Role A"}, b={**POSTING, "title": "Role B"})
    scratch_site(files)
    cold = site_bytes(Path("site"))
    cache_dir = tmp_path / CACHE_DIR_NAME
    assert {p.name for p in cache_dir.iterdir()} == {"markdown.marshal", "yaml.marshal", "pages.marshal"}
    scratch_site(files)
    assert site_bytes(Path("site")) == cold  # warm
    for path in cache_dir.iterdir():
        path.write_bytes(path.read_bytes()[:20])  # truncated, as by a full disk
    scratch_site(files)
    assert site_bytes(Path("site")) == cold
    for path in cache_dir.iterdir():
        path.unlink()
    cache_dir.rmdir()
    scratch_site(files)
    assert site_bytes(Path("site")) == cold


def test_edited_body_is_never_served_from_the_cache(scratch_site) -> None:
    files = basic_tree()
    scratch_site(files)
    page = Path("site/jobs/acme/senior-robotics-engineer/index.html")
    assert "Some description." in page.read_text()
    files["jobs/acme/senior-robotics-engineer.md"] = files["jobs/acme/senior-robotics-engineer.md"].replace(
        "Some description.", "A **new** description.")
    scratch_site(files)
    assert "A <strong>new</strong> description." in page.read_text()
    assert "Some description." not in page.read_text()


def test_a_page_edited_in_site_by_hand_is_rendered_again(scratch_site) -> None:
    files = basic_tree()
    scratch_site(files)
    page = Path("site/jobs/acme/senior-robotics-engineer/index.html")
    good = page.read_bytes()
    page.write_bytes(good.replace(b"Senior Robotics Engineer", b"Tampered"))
    scratch_site(files)
    assert page.read_bytes() == good  # the page memo vouches only for bytes it still finds


def test_template_edits_reach_every_page(scratch_site, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    for path in (REPO / "templates").rglob("*"):
        if path.is_file():
            write_tree(templates, {path.relative_to(REPO / "templates").as_posix(): path.read_bytes()})
    options = make_options("content", "site", templates=templates, clock=CLOCK)
    scratch_site(basic_tree())
    build_site(options)
    base = templates / "base.html"
    base.write_text(base.read_text().replace("Skip to content", "Skip to the roles"))
    build_site(options)
    pages = list(Path("site").rglob("*.html"))
    assert pages and all("Skip to the roles" in p.read_text() for p in pages)


def test_jobsite_cache_dir_moves_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JOBSITE_CACHE_DIR", str(tmp_path / "elsewhere"))
    write_tree(tmp_path / "content", basic_tree())
    assert Cache.beside(Path("content")).folder == tmp_path / "elsewhere"
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert {p.name for p in (tmp_path / "elsewhere").iterdir()} == {f"{name}.marshal" for name in cache_module.TABLES}
    assert not (tmp_path / CACHE_DIR_NAME).exists()
    monkeypatch.delenv("JOBSITE_CACHE_DIR")
    assert Cache.beside(Path("content")).folder == tmp_path / CACHE_DIR_NAME


def test_builds_of_the_bundled_content_leave_the_repository_cache_alone(built_site, request) -> None:  # noqa: ANN001
    from .conftest import REPO_CACHE_AT_START, repo_cache_state

    assert built_site[1].files_written > 0
    assert repo_cache_state() == request.config.stash[REPO_CACHE_AT_START]


def test_a_run_that_writes_the_repository_cache_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from . import conftest

    monkeypatch.setattr(conftest, "REPO_CACHE", tmp_path / CACHE_DIR_NAME)
    config = SimpleNamespace(stash={conftest.REPO_CACHE_AT_START: None},
                             pluginmanager=SimpleNamespace(get_plugin=lambda name: None))
    session = SimpleNamespace(config=config, exitstatus=pytest.ExitCode.OK)
    conftest.pytest_sessionfinish(session, 0)
    assert session.exitstatus == pytest.ExitCode.OK
    write_tree(tmp_path / CACHE_DIR_NAME, {"pages.marshal": b"x"})
    conftest.pytest_sessionfinish(session, 0)
    assert session.exitstatus == pytest.ExitCode.TESTS_FAILED
