"""Loader: front matter, positions, and files it must refuse."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.files import ContentFile, list_content, load_content, parse_yaml, read_source, split_front_matter


def test_positions_are_file_absolute(tmp_path: Path) -> None:
    problems: list = []
    text = "---\ntitle: Engineer\nsalary:\n  min: 10\n---\nBody\n"
    yaml_text, body, body_line = split_front_matter(text, tmp_path / "x.md", problems)
    data, key_pos, value_pos = parse_yaml(yaml_text, tmp_path / "x.md", 1, problems)
    assert data == {"title": "Engineer", "salary": {"min": 10}}
    assert key_pos[("title",)] == (2, 1)
    assert value_pos[("title",)] == (2, 8)
    assert value_pos[("salary", "min")] == (4, 8)
    assert body == "Body\n" and body_line == 6
    assert problems == []


@pytest.mark.parametrize("text, message", [
    ("title: x\n---\n", "missing front matter"),
    ("---\ntitle: x\n", "front matter is not closed"),
])
def test_front_matter_fences(tmp_path: Path, text: str, message: str) -> None:
    problems: list = []
    assert split_front_matter(text, tmp_path / "x.md", problems) is None
    assert message in problems[0].message and problems[0].line == 1


def test_malformed_yaml_reports_parser_line(tmp_path: Path) -> None:
    problems: list = []
    assert parse_yaml("title: x\ntags: [a, b\n", tmp_path / "x.md", 1, problems) is None
    assert problems[0].line >= 3
    assert problems[0].message.startswith("malformed YAML")


def test_aliases_are_refused(tmp_path: Path) -> None:
    problems: list = []
    assert parse_yaml("a: &x [1, 2]\nb: *x\n", tmp_path / "x.md", 1, problems) is None
    assert "anchors and aliases" in problems[0].message
    assert problems[0].line == 2  # where the anchored value sits


def test_impossible_date_kept_as_text(tmp_path: Path) -> None:
    problems: list = []
    data, _, _ = parse_yaml("posted: 2026-02-30\n", tmp_path / "x.md", 1, problems)
    assert data == {"posted": "2026-02-30"}


def test_unreadable_files_are_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "companies").mkdir()
    (tmp_path / "site.yaml").write_text("title: x\n")
    (tmp_path / "companies" / "bom.md").write_bytes(b"\xef\xbb\xbf---\nname: x\n---\n")
    (tmp_path / "companies" / "latin1.md").write_bytes(b"---\nname: Caf\xe9\n---\n")
    (tmp_path / "companies" / "empty.md").write_bytes(b"")
    (tmp_path / "companies" / "huge.md").write_bytes(b"---\n" + b"a" * 300_000)
    raw, problems = load_content(tmp_path)
    messages = {Path(p.path).name: p.message for p in problems}
    assert raw.companies == ()
    assert "byte-order mark" in messages["bom.md"]
    assert messages["latin1.md"] == "file is not valid UTF-8 (byte 0xe9): save it as UTF-8"
    assert messages["empty.md"] == "file is empty"
    assert "limit is 256 KB" in messages["huge.md"]


def test_yamls_document_end_marker_also_closes_front_matter(tmp_path: Path) -> None:
    problems: list = []
    split = split_front_matter("---\ntitle: x\n...\nBody\n", tmp_path / "x.md", problems)
    assert split == ("title: x\n", "Body\n", 4) and problems == []


@pytest.mark.parametrize("front_matter, expected", [
    ("title: a\ntitle: b\n", "3:1: error: key 'title' appears twice: keep one"),
    ("- title\n- company\n", "2:1: error: front matter must be a set of 'key: value' lines"),
    ("", "2:1: error: front matter is empty: the required keys are missing"),
    ("title: &t Engineer\n",  # an anchor alone: refused as the message says, before anything is built
     "2:8: error: YAML anchors and aliases (&name, *name) are not allowed: write the value out in full"),
    ("title: " + "[" * 3000 + "]" * 3000 + "\n",
     "2:1: error: YAML is nested too deeply: content needs no more than three levels of keys and lists"),
    # libyaml counts in UTF-8 bytes: the column must count characters, as an editor does.
    ("title: Café \x85\x86\n",
     "2:14: error: malformed YAML: character #x0086 is not allowed: delete it (control characters cannot appear "
     "in YAML)"),
])
def test_front_matter_yaml_cannot_hold_is_refused_at_its_line(front_matter: str, expected: str) -> None:
    problems: list = []
    file = ContentFile(Path("content/jobs/acme/role.md"), "posting", "acme")
    assert read_source(file, f"---\n{front_matter}---\nBody\n".encode(), problems) is None
    assert [p.format() for p in problems] == [f"content/jobs/acme/role.md:{expected}"]


def test_listing_skips_system_files_but_not_a_hidden_posting(tmp_path: Path) -> None:
    for name in ("companies/acme.md", "companies/.DS_Store", "companies/drafts/old.md", "jobs/acme/.role.md",
                 "jobs/acme/.DS_Store", "jobs/acme/notes.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "site.yaml").symlink_to(tmp_path / "nowhere.yaml")  # dangling: refused when read, not "missing"
    files, problems = list_content(tmp_path)
    assert [(f.path.relative_to(tmp_path).as_posix(), f.kind, f.folder) for f in files] == [
        ("site.yaml", "site", ""), ("companies/acme.md", "company", ""), ("jobs/acme/.role.md", "posting", "acme")]
    assert [(Path(p.path).name, p.message) for p in problems] == [
        ("notes.txt", "not a content file: only .md files belong here")]


def test_a_missing_value_is_located_at_its_parent_and_a_missing_key_at_the_file() -> None:
    problems: list = []
    src = read_source(ContentFile(Path("content/jobs/acme/role.md"), "posting", "acme"),
                      b"---\ntitle: Engineer\nsalary:\n  min: 10\n---\nBody\n", problems)
    assert src.pos(("salary", "min")) == (4, 8)
    assert src.pos(("salary", "currency")) == (4, 3)  # where salary's keys begin
    assert src.key_position(("salary", "currency")) == (4, 3)
    assert src.key_position(("salary",)) == (3, 1)
    assert src.pos(("expires",)) == (2, 1)  # the front matter's first line


def test_a_linked_folder_is_refused_and_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    for name in ("companies/acme.md", "jobs/acme/role.md", "jobs/acme/notes.txt"):
        (outside / name).parent.mkdir(parents=True, exist_ok=True)
        (outside / name).write_text("x")
    (tmp_path / "content").mkdir()
    (tmp_path / "content/site.yaml").write_text("title: x\n")
    for folder in ("companies", "jobs"):
        (tmp_path / "content" / folder).symlink_to(outside / folder, target_is_directory=True)
    files, problems = list_content(tmp_path / "content")
    assert [f.kind for f in files] == ["site"]  # nothing listed through either link
    assert [(Path(p.path).name, p.message) for p in problems] == [
        (folder, "symbolic links are not allowed in content/: copy the folder instead") for folder in ("companies",
                                                                                                        "jobs")]


def test_a_missing_site_yaml_is_reported_at_its_place(tmp_path: Path) -> None:
    (tmp_path / "companies").mkdir()
    (tmp_path / "companies/acme.md").write_text("x")
    files, problems = list_content(tmp_path)
    assert files.site is None
    assert [(Path(p.path).relative_to(tmp_path).as_posix(), p.line, p.col, p.level, p.message) for p in problems] == [
        ("site.yaml", 1, 1, "error", "site.yaml is missing: it holds the site title, base_url and categories")]
