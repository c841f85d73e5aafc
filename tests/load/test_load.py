"""Loader: front matter, positions, and files it must refuse."""
from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from generator.base.cache import Cache, text_key
from generator.load import sources
from generator.load.files import (
    MAX_FILE_BYTES,
    ContentFile,
    decode_text,
    list_content,
    load_content,
    parse_yaml,
    read_bytes,
    read_source,
    split_front_matter,
)
from generator.load.sources import RACY_NS, Packed, read_one, read_sources, signature, unmoved

from ..conftest import POSTING, basic_tree, write_tree


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


@pytest.mark.parametrize(("text", "expected"), [
    # An '&' inside text the scanner cannot finish: the anchor scan stands aside, the parser names the error once.
    ('title: "R&D\n', [(3, 1, 'malformed YAML: found unexpected end of stream (while scanning a quoted scalar '
                               'that starts on line 2)')]),
    # Begun and noticed on one line: no "that starts on line …" tail.
    ("title: [a, b}\n", [(2, 13, "malformed YAML: did not find expected ',' or ']'")]),
    # A tab on a line the parser did not stop at is a slip of its own: both are reported.
    ("note:\tx\ntitle: [a}\nmore: 1\n", [(2, 6, "tab character in YAML: replace it with a space"),
                                        (3, 10, "malformed YAML: did not find expected ',' or ']'")]),
])
def test_a_syntax_error_is_reported_once_at_the_parsers_place(tmp_path: Path, text: str, expected: list) -> None:
    problems: list = []
    assert parse_yaml(text, tmp_path / "x.md", 1, problems) is None
    assert [(p.line, p.col, p.message) for p in problems] == expected


def test_a_site_yaml_that_does_not_parse_is_one_problem_and_no_site(tmp_path: Path) -> None:
    files = basic_tree()
    write_tree(tmp_path, {**files, "site.yaml": files["site.yaml"] + "extra: [\n"})
    raw, problems = load_content(tmp_path)
    assert raw.site is None
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [(len(files["site.yaml"].splitlines()) + 2,
                                                                       "malformed YAML")]


def test_every_tab_is_reported_at_its_place_as_indentation_or_a_slip(tmp_path: Path) -> None:
    # a tab before any text (a list's "- " counts as indentation) breaks the YAML; one after text is a slip
    problems: list = []
    assert parse_yaml("title: x\ntags:\n\t- a\nname:\tb\nlist:\n  - \tc\n", tmp_path / "x.md", 1, problems) is None
    indent = "tab used for indentation: YAML needs spaces, replace the tab with spaces"
    assert [(p.line, p.col, p.level, p.message) for p in problems] == [
        (4, 1, "error", indent), (5, 6, "error", "tab character in YAML: replace it with a space"),
        (7, 5, "error", indent)]


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
    # either fence with trailing spaces or a Windows line end still closes; an indented one is YAML, not a fence
    for fence in ("--- ", "...\t", "---\r"):
        assert split_front_matter(f"---\ntitle: x\n{fence}\nBody\n", tmp_path / "x.md", problems) == \
            ("title: x\n", "Body\n", 4)
    assert split_front_matter("---\ntitle: x\n ---\nBody\n", tmp_path / "x.md", problems) is None and problems


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


# --- sources.py: each file read, checked and kept once per change ---------------------------------------------

def test_packed_front_matter_reads_exactly_like_the_dict_it_stands_for() -> None:
    """The model reads every slimmed record's front matter through Packed: each Mapping call gives what the dict
    would, a missing key included (get → None or the default, [] → KeyError, `in` → False)."""
    data = {"title": "Engineer", "salary": {"min": 10}, "tags": ["a", "b"]}
    packed = Packed(data)
    assert (packed["title"], packed.get("salary"), packed.get("tags", [])) == ("Engineer", {"min": 10}, ["a", "b"])
    assert (packed.get("expires"), packed.get("expires", "never"), "expires" in packed, "title" in packed) == (
        None, "never", False, True)
    with pytest.raises(KeyError):
        packed["expires"]  # indexing a missing key raises, as a dict's does
    assert (list(packed), len(packed), list(packed.items())) == (list(data), 3, list(data.items()))
    assert packed == data and packed == Packed(dict(data)) and packed != {**data, "title": "Other"}
    assert repr(packed) == f"Packed({data!r})"
    with pytest.raises(TypeError):
        hash(packed)  # unhashable, like the dict it stands for
    packed.get("salary")["min"] = 99  # each read is a fresh copy: no caller changes the record under another
    assert packed["salary"] == {"min": 10}
    assert pickle.loads(pickle.dumps(packed)) == data



@pytest.fixture
def processed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files sources.py parses and checks, in order (not those it reuses)."""
    names: list[str] = []
    process = sources.process

    def counting(file: ContentFile, data: bytes, key: bytes):
        names.append(file.path.name)
        return process(file, data, key)

    monkeypatch.setattr(sources, "process", counting)
    return names


def test_a_cold_read_processes_every_file_in_its_slot_and_a_warm_one_reuses_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processed: list[str]) -> None:
    """A tree never seen: every file is read (not only those before the first new one), each in its slot (site,
    companies, postings). The same tree again, unchanged: nothing is parsed, the records are equal. One file
    asked for on its own (serve after a save): its stored record while its bytes are unchanged, a new one after
    an edit, and a file it may not read gives its problem, not a traceback."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", basic_tree(a=POSTING, b={**POSTING, "title": "Robotics Lead"}))
    cache = Cache(None)
    cold = read_sources(Path("content"), cache, workers=1)
    assert processed == ["site.yaml", "acme.md", "a.md", "b.md"]
    assert (cold.site.path, [s.path for s in cold.companies], [s.path for s in cold.postings]) == (
        "content/site.yaml", ["content/companies/acme.md"], ["content/jobs/acme/a.md", "content/jobs/acme/b.md"])
    assert [s.values["title"] for s in cold.postings] == ["Senior Robotics Engineer", "Robotics Lead"]
    assert cold.body(cold.postings[0]).html == "<p>Some description.</p>\n"
    assert [s.problems for s in cold.all()] == [()] * 4 and cold.problems == ()

    processed.clear()
    warm = read_sources(Path("content"), cache, workers=1)
    assert processed == [] and warm.all() == cold.all()

    a = ContentFile(Path("content/jobs/acme/a.md"), "posting", "acme")
    assert read_one(a, cache) == cold.postings[0] and processed == []
    (tmp_path / "content/jobs/acme/a.md").write_text(
        (tmp_path / "content/jobs/acme/a.md").read_text().replace("Some description.", "Changed."))
    edited = read_one(a, cache)
    assert processed == ["a.md"] and edited.key != cold.postings[0].key
    # What memo keys a source by follows its bytes: the edited file's outputs cannot be found under the old key.
    assert edited.fingerprint == edited.key != cold.postings[0].fingerprint
    assert warm.body(edited).html == "<p>Changed.</p>\n"
    (tmp_path / "content/jobs/acme/link.md").symlink_to(tmp_path / "content/jobs/acme/b.md")
    refused = read_one(ContentFile(Path("content/jobs/acme/link.md"), "posting", "acme"), cache)
    assert (refused.src, [p.format() for p in refused.problems]) == (None, [
        "content/jobs/acme/link.md:1:1: error: symbolic links are not allowed in content/: copy the file instead"])


def test_a_warm_read_decides_each_recorded_file_by_its_signature_then_its_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processed: list[str]) -> None:
    """After a cold read: a file touched (same bytes) is reused, an edited one and a new one are parsed, and a
    recorded file now refused (grown over the limit, replaced by a symbolic link) gives its problem at its place
    instead of dropping out of the build without a word."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "content", basic_tree(a=POSTING, b=POSTING))
    cache = Cache(None)
    read_sources(Path("content"), cache, workers=1)
    jobs = tmp_path / "content/jobs/acme"
    os.utime(tmp_path / "content/site.yaml", ns=(1, 1))
    company = tmp_path / "content/companies/acme.md"
    company.write_text(company.read_text().replace("---\n", "---\n# edited\n", 1))
    (jobs / "a.md").write_text((jobs / "a.md").read_text() + "x" * MAX_FILE_BYTES)
    (jobs / "b.md").unlink()
    (jobs / "b.md").symlink_to(tmp_path / "content/companies/acme.md")
    (jobs / "c.md").write_text((jobs / "a.md").read_text()[:-MAX_FILE_BYTES])
    processed.clear()
    warm = read_sources(Path("content"), cache, workers=1)
    assert processed == ["c.md", "acme.md"]
    assert [(s.path, s.src is not None, [p.format() for p in s.problems]) for s in warm.all()] == [
        ("content/site.yaml", True, []), ("content/companies/acme.md", True, []),
        ("content/jobs/acme/a.md", False, ["content/jobs/acme/a.md:1:1: error: file is 257 KB; the limit is 256 KB"]),
        ("content/jobs/acme/b.md", False, ["content/jobs/acme/b.md:1:1: error: symbolic links are not allowed in "
                                           "content/: copy the file instead"]),
        ("content/jobs/acme/c.md", True, [])]


def test_a_stat_signature_is_trusted_only_when_unchanged_and_not_racy(tmp_path: Path) -> None:
    """signature() is what stat says, or None for a path that cannot be stat'ed for any reason (gone, or under
    a file: a company folder replaced by a file); unmoved() trusts a signature only when it is the same and was
    recorded more than RACY_NS after the file's last change (git's racy-clean rule)."""
    path = tmp_path / "role.md"
    path.write_text("x")
    st = os.lstat(path)
    sig = signature(path)
    assert sig == (1, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    assert signature(tmp_path / "gone.md") is None
    assert signature(path / "role.md") is None  # NotADirectoryError, not a traceback
    late = st.st_mtime_ns + RACY_NS + 1
    assert unmoved(sig, late, sig) is True
    assert unmoved(sig, st.st_mtime_ns + RACY_NS, sig) is False  # recorded too soon after the change: racy
    assert unmoved(sig, late, None) is False
    assert unmoved(sig, late, (2, *sig[1:])) is False
    assert unmoved(list(sig), late, sig) is True  # as the cache gives it back (a list)


def test_a_content_file_is_read_only_when_it_is_safe_to(tmp_path: Path) -> None:
    """read_bytes refuses any symbolic link (to a readable file too: it would publish that file) and a file over
    the limit, before reading it; a file at the limit is read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("---\ntitle: not ours\n---\n")
    (tmp_path / "linked.md").symlink_to(secret)
    (tmp_path / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    (tmp_path / "at-limit.md").write_bytes(b"a" * MAX_FILE_BYTES)
    (tmp_path / "over.md").write_bytes(b"a" * (MAX_FILE_BYTES + 1024))
    problems: list = []
    read = {name: read_bytes(tmp_path / name, problems) for name in ("linked.md", "dangling.md", "at-limit.md",
                                                                     "over.md")}
    assert [name for name, data in read.items() if data is not None] == ["at-limit.md"]
    assert MAX_FILE_BYTES == 256 * 1024 and len(read["at-limit.md"]) == MAX_FILE_BYTES
    assert [(Path(p.path).name, p.line, p.col, p.message) for p in problems] == [
        ("linked.md", 1, 1, "symbolic links are not allowed in content/: copy the file instead"),
        ("dangling.md", 1, 1, "symbolic links are not allowed in content/: copy the file instead"),
        ("over.md", 1, 1, "file is 257 KB; the limit is 256 KB")]


@pytest.mark.parametrize(("data", "printed"), [
    (b"", "1:1: error: file is empty"),
    (b" \n\t\n", "1:1: error: file is empty"),
    (b"\xef\xbb\xbf---\n", "1:1: error: file starts with a byte-order mark (BOM): save it as UTF-8 without BOM"),
    (b"---\nti\xfftle: x\n", "2:3: error: file is not valid UTF-8 (byte 0xff): save it as UTF-8"),
    (b"---\na: 1\nb\x07: 2\n", "3:2: error: file contains the invisible control character U+0007: delete it (feeds "
                                "and browsers cannot carry it)"),
    ("---\ntitle: Café\u2028\n".encode(), None),  # a line separator is text here; one-line fields refuse it
])
def test_bytes_become_text_or_one_problem_at_its_place(data: bytes, printed: str | None) -> None:
    problems: list = []
    text = decode_text(data, Path("c.md"), problems)
    assert [p.format().removeprefix("c.md:") for p in problems] == ([printed] if printed else [])
    assert text == (None if printed else data.decode())


def test_a_body_is_read_from_its_table_by_its_key_and_one_gone_is_an_error() -> None:
    held = sources.Body.of("<p>Ours</p>")  # a body made by hand is kept under its text's key
    assert (held.html, held.table.get(text_key("<p>Ours</p>"))) == ("<p>Ours</p>", "<p>Ours</p>")
    gone = sources.Body(held.key, Cache(None, version="v").bodies)  # pruned, or another build's cache
    with pytest.raises(LookupError, match="^a body is gone from the cache while its model is in use$"):
        _ = gone.html  # never an empty description on a live page


def test_the_compensation_table_is_optional_but_a_link_in_its_place_is_refused(tmp_path: Path) -> None:
    """content/data/compensation.yaml absent: no table and no problem (postings show no estimate). A symbolic link
    there, dangling or not, is refused like any content file's, never taken for an absent table."""
    from generator.load.benchmarks import load_compensation_table

    content = tmp_path / "content"
    (content / "data").mkdir(parents=True)
    problems: list = []
    assert load_compensation_table(content, problems) == (None, b"") and problems == []
    secret = tmp_path / "secret.yaml"
    secret.write_text("table: {}\n")
    for target in (tmp_path / "nowhere.yaml", secret):
        table = content / "data" / "compensation.yaml"
        table.unlink(missing_ok=True)
        table.symlink_to(target)
        problems = []
        assert load_compensation_table(content, problems) == (None, b"")
        assert [(Path(p.path).name, p.line, p.col, p.level, p.message) for p in problems] == [
            ("compensation.yaml", 1, 1, "error", "symbolic links are not allowed in content/: copy the file instead")]
