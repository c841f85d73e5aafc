"""Read content files into raw records that remember where every value came from.

Nothing here knows what a posting is: this stage only turns bytes into (front matter, positions, body)
and reports files it cannot read, so that validation can point at `path:line:col`.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..base import addresses
from ..base.errors import BIDI_CONTROLS, ERROR, LINE_BREAKS, Problem

# libyaml's parser is several times faster than the pure-Python one; both keep marks for line numbers.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_FILE_BYTES = 256 * 1024
# Always fullmatch: "$" also matches before a trailing newline, which would let "role\n.md" through.
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Characters XML (so feeds) cannot carry and no author means to type.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Characters a one-line field must not hold (base/errors.py LINE_BREAKS, BIDI_CONTROLS): line breaks other than
# "\n" (which Telegram, Mastodon and some readers show as new lines, so a title could fake a "Pay: …" line) and the
# bidirectional controls that can make "Engineer at Acme" read backwards (Trojan Source).
ONE_LINE_SPOILER_RE = re.compile(f"[{LINE_BREAKS}{BIDI_CONTROLS}]")

ANCHOR_MESSAGE = "YAML anchors and aliases (&name, *name) are not allowed: write the value out in full"
Pos = tuple[int, int]  # 1-based line and column in the file
KeyPath = tuple[Any, ...]


@dataclass(frozen=True)
class SourceFile:
    """One content file: its parsed front matter plus the position of every key and value."""

    path: str  # as shown to authors, e.g. content/jobs/acme/ml-engineer.md
    kind: str  # site | company | posting
    slug: str
    folder: str  # for postings, the company folder; else ""
    data: dict[str, Any]
    key_pos: dict[KeyPath, Pos] = field(repr=False)
    value_pos: dict[KeyPath, Pos] = field(repr=False)
    body: str = ""
    body_line: int = 1
    digest: str = ""

    def pos(self, path: KeyPath) -> Pos:
        """Locate a value for error messages, falling back to its key, then to its parent."""
        while path:
            found = self.value_pos.get(path) or self.key_pos.get(path)  # one lookup each (sources.py Packed)
            if found:
                return found
            path = path[:-1]
        return self.value_pos.get((), (1, 1))

    def key_position(self, path: KeyPath) -> Pos:
        """Locate the key itself (for unknown-key messages)."""
        return self.key_pos.get(path) or self.pos(path)


@dataclass(frozen=True)
class RawContent:
    """Every content file found, before validation."""

    root: Path
    site: SourceFile | None
    companies: tuple[SourceFile, ...]
    postings: tuple[SourceFile, ...]


def display_path(path: Path) -> str:
    """Show paths relative to the working directory when possible: that is what editors click on."""
    # Folders are resolved once each: relpath() per file was a measurable share of a warm 10,000-file load.
    folder = _display_folder(str(path.parent), os.getcwd())
    return path.name if folder == "." else os.path.join(folder, path.name)


@lru_cache(maxsize=4096)
def _display_folder(folder: str, cwd: str) -> str:
    try:
        rel = os.path.relpath(folder, cwd)
    except ValueError:
        return folder
    return folder if rel.startswith("..") else rel


@dataclass(frozen=True)
class ContentFile:
    """A file the content tree holds, and what it must be: site.yaml, a company or a posting."""

    path: Path
    kind: str  # site | company | posting
    folder: str = ""  # for postings, the company folder


@dataclass(frozen=True)
class ContentFiles:
    """Every content file found, in a stable order, before any is read."""

    root: Path
    site: ContentFile | None  # None when site.yaml is missing (a problem says so)
    companies: tuple[ContentFile, ...]
    postings: tuple[ContentFile, ...]

    def __iter__(self) -> Iterator[ContentFile]:
        yield from (*((self.site,) if self.site else ()), *self.companies, *self.postings)


def list_content(root: Path) -> tuple[ContentFiles, list[Problem]]:
    """Find site.yaml, every company and every posting under `root`, reporting files in the wrong place."""
    problems: list[Problem] = []
    site_path = root / addresses.SITE_FILE
    site = ContentFile(site_path, "site") if site_path.exists() or site_path.is_symlink() else None
    if site is None:
        problems.append(_problem(site_path, 1, 1, "site.yaml is missing: it holds the site title, base_url and "
                                 "categories"))
    companies = [ContentFile(p, "company") for p in _list(root / addresses.COMPANIES_FOLDER, problems)]
    postings = []
    for entry in _entries(root / addresses.POSTINGS_FOLDER, problems):
        if entry.is_symlink():
            problems.append(_problem(entry, 1, 1, "symbolic links are not allowed in content/: copy the files "
                                     "instead"))
        elif entry.is_dir():
            postings += [ContentFile(p, "posting", entry.name) for p in _list(entry, problems)]
        elif entry.suffix == ".md":
            problems.append(_problem(entry, 1, 1, "posting must be in a folder named after its company: "
                                     f"move it to {addresses.POSTINGS_FOLDER}/<company-slug>/{entry.name}"))
    return ContentFiles(root, site, tuple(companies), tuple(postings)), problems


def read_source(file: ContentFile, data: bytes, problems: list[Problem]) -> SourceFile | None:
    """Turn one file's bytes into a record with positions: a pure function of the bytes and the file's place."""
    text = decode_text(data, file.path, problems)
    if text is None:
        return None
    if file.kind == "site":
        return _site_source(file.path, text, problems)
    return _md_source(file.path, file.kind, file.folder, text, problems)


def load_content(root: Path) -> tuple[RawContent, list[Problem]]:
    """Read site.yaml, every company and every posting under `root`, collecting every problem (no cache)."""
    files, problems = list_content(root)
    read: dict[str, list[SourceFile]] = {"site": [], "company": [], "posting": []}
    for file in files:
        data = read_bytes(file.path, problems)
        src = read_source(file, data, problems) if data is not None else None
        if src is not None:
            read[src.kind].append(src)
    site = read["site"][0] if read["site"] else None
    return RawContent(root, site, tuple(read["company"]), tuple(read["posting"])), problems


def _entries(folder: Path, problems: list[Problem]) -> list[Path]:
    return sorted(folder.iterdir()) if folder.is_dir() and not linked_folder(folder, problems) else []


def linked_folder(folder: Path, problems: list[Problem]) -> bool:
    """Refuse a symlinked folder in one line: following it would read (and publish) files from anywhere."""
    if folder.is_symlink():
        problems.append(_problem(folder, 1, 1, "symbolic links are not allowed in content/: copy the folder instead"))
        return True
    return False


def _list(folder: Path, problems: list[Problem]) -> list[Path]:
    """List the Markdown files of a folder in a stable order, flagging anything that is not one."""
    found = []
    for path in _entries(folder, problems):
        # Hidden files are editors' and systems' business (.DS_Store), except a hidden .md file: that is
        # content someone meant to publish, and skipping it silently would lose it (its name fails the slug rule).
        if path.name.startswith(".") and path.suffix != ".md" or path.is_dir() and not path.is_symlink():
            continue
        if path.suffix != ".md":
            problems.append(_problem(path, 1, 1, "not a content file: only .md files belong here"))
            continue
        found.append(path)
    return found


def _problem(path: Path, line: int, col: int, message: str, level: str = ERROR) -> Problem:
    return Problem(display_path(path), line, col, level, message)


def read_text(path: Path, problems: list[Problem]) -> str | None:
    """Read a file as UTF-8, refusing what could hurt the build: symlinks, huge files, bad bytes."""
    data = read_bytes(path, problems)
    return None if data is None else decode_text(data, path, problems)


def read_bytes(path: Path, problems: list[Problem]) -> bytes | None:
    """Read a content file's bytes, refusing symlinks and huge files before reading them."""
    if path.is_symlink():
        problems.append(_problem(path, 1, 1, "symbolic links are not allowed in content/: copy the file instead"))
        return None
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        # Rounded up: a file one byte over the limit is "257 KB", never "256 KB; the limit is 256 KB".
        kb = -(-size // 1024)
        problems.append(_problem(path, 1, 1, f"file is {kb} KB; the limit is {MAX_FILE_BYTES // 1024} KB"))
        return None
    return path.read_bytes()


def decode_text(data: bytes, path: Path, problems: list[Problem]) -> str | None:
    """Decode a file's bytes as UTF-8 text, refusing empty files, a BOM, bad bytes and control characters."""
    if not data.strip():
        problems.append(_problem(path, 1, 1, "file is empty"))
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(_problem(path, 1, 1, "file starts with a byte-order mark (BOM): save it as UTF-8 without BOM"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        problems.append(_problem(path, line, col, f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x}): "
                                 "save it as UTF-8"))
        return None
    if control := CONTROL_RE.search(text):
        line, col = _line_col(text, control.start(), 0)
        problems.append(_problem(path, line, col, f"file contains the invisible control character "
                                 f"U+{ord(control.group()):04X}: delete it (feeds and browsers cannot carry it)"))
        return None
    return text


def _site_source(path: Path, text: str, problems: list[Problem]) -> SourceFile | None:
    parsed = parse_yaml(text, path, 0, problems)
    if parsed is None:
        return None
    data, key_pos, value_pos = parsed
    return SourceFile(display_path(path), "site", "site", "", data, key_pos, value_pos, "", 1, _digest(text))


def _md_source(path: Path, kind: str, folder: str, text: str, problems: list[Problem]) -> SourceFile | None:
    split = split_front_matter(text, path, problems)
    if split is None:
        return None
    yaml_text, body, body_line = split
    parsed = parse_yaml(yaml_text, path, 1, problems)
    if parsed is None:
        return None
    data, key_pos, value_pos = parsed
    return SourceFile(display_path(path), kind, path.stem, folder, data, key_pos, value_pos, body, body_line,
                      _digest(text))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_front_matter(text: str, path: Path, problems: list[Problem]) -> tuple[str, str, int] | None:
    """Split `---\\nYAML\\n---\\nMarkdown`; return (yaml, body, first body line)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != "---":  # an empty text has no first line
        problems.append(_problem(path, 1, 1, "missing front matter: the file must start with a line '---', "
                                 "then the YAML keys, then another '---'"))
        return None
    for i, line in enumerate(lines[1:], start=1):
        if line.rstrip("\r\n").rstrip() in ("---", "..."):
            return "".join(lines[1:i]), "".join(lines[i + 1:]), i + 2
    problems.append(_problem(path, 1, 1, "front matter is not closed: add a line '---' after the YAML keys"))
    return None


def parse_yaml(text: str, path: Path, line_offset: int,
               problems: list[Problem]) -> tuple[dict, dict, dict] | None:
    """Parse one YAML document into values plus key and value positions (file-absolute, 1-based)."""
    return _parse_yaml(text, path, line_offset, problems)


def _parse_yaml(text: str, path: Path, line_offset: int,
                problems: list[Problem]) -> tuple[dict, dict, dict] | None:
    tabs = _report_tabs(text, path, line_offset, problems)
    if report_anchor(text, path, line_offset, problems):
        return None
    composed, node = _compose(text, path, line_offset, tabs, problems)
    if not composed:
        return None
    what = "front matter" if line_offset else "YAML file"  # site.yaml is YAML only, with no fences
    if node is None:
        problems.append(_problem(path, 1 + line_offset, 1, f"{what} is empty: the required keys are missing"))
        return None
    builder = _NodeReader(line_offset)
    try:
        value = builder.read(node, ())
    except RecursionError:
        problems.append(_problem(path, 1 + line_offset, 1, "YAML is nested too deeply: content needs no more than "
                                 "three levels of keys and lists"))
        return None
    if builder.problem:
        (line, col), message = builder.problem
        problems.append(_problem(path, line, col, message))
        return None
    if not isinstance(value, dict):
        line, col = builder.value_pos[()]
        problems.append(_problem(path, line, col, f"{what} must be a set of 'key: value' lines"))
        return None
    return value, builder.key_pos, builder.value_pos


def _compose(text: str, path: Path, line_offset: int, tabs: bool,
             problems: list[Problem]) -> tuple[bool, yaml.Node | None]:
    """Parse YAML syntax into a node tree; report the parser's own message and position on failure."""
    try:
        return True, yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if not (tabs and _tab_at(text, mark)):  # the tab message already explains this failure
            line, col = (mark.line + 1 + line_offset, mark.column + 1) if mark else (1 + line_offset, 1)
            problems.append(_problem(path, line, col, f"malformed YAML: {exc.problem or exc.context}"
                                     f"{_context(exc, line_offset)}"))
    except yaml.reader.ReaderError as exc:
        # libyaml gives the position in UTF-8 bytes, not characters: find the character itself instead.
        found = yaml.reader.Reader.NON_PRINTABLE.search(text)
        line, col = _line_col(text, found.start() if found else exc.position, line_offset)
        problems.append(_problem(path, line, col, f"malformed YAML: character #x{exc.character:04x} is not "
                                 "allowed: delete it (control characters cannot appear in YAML)"))
    except yaml.YAMLError as exc:
        problems.append(_problem(path, 1 + line_offset, 1, f"malformed YAML: {exc}"))
    return False, None


def _context(exc: yaml.MarkedYAMLError, line_offset: int) -> str:
    """Name where the unfinished construct began when the parser noticed it only later (an unclosed '[')."""
    mark, problem_mark = exc.context_mark, exc.problem_mark
    if not (exc.problem and exc.context and mark and problem_mark) or mark.line == problem_mark.line:
        return ""
    return f" ({exc.context} that starts on line {mark.line + 1 + line_offset})"


def _report_tabs(text: str, path: Path, line_offset: int, problems: list[Problem]) -> bool:
    """Report every line with a tab: YAML forbids tabs in indentation, and one elsewhere is a slip waiting."""
    found = False
    for number, line in enumerate(text.split("\n"), start=1 + line_offset):
        col = line.find("\t")
        if col >= 0:
            found = True
            indent = not line[:col].strip(" -")
            message = ("tab used for indentation: YAML needs spaces, replace the tab with spaces" if indent else
                       "tab character in YAML: replace it with a space")
            problems.append(_problem(path, number, col + 1, message))
    return found


def report_anchor(text: str, path: Path, line_offset: int, problems: list[Problem]) -> bool:
    """Refuse the first anchor or alias before anything is built: aliases allow "billion laughs" blow-ups."""
    if "&" not in text and "*" not in text:  # scanning costs a second pass; most files need none
        return False
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                mark = token.start_mark
                problems.append(_problem(path, mark.line + 1 + line_offset, mark.column + 1, ANCHOR_MESSAGE))
                return True
    except yaml.YAMLError:
        return False  # composing reports the syntax error with its position
    return False


def _line_col(text: str, index: int, line_offset: int) -> Pos:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1 + line_offset, index - line_start + 1


def _tab_at(text: str, mark: Any) -> bool:
    if mark is None:
        return False
    lines = text.splitlines()
    return mark.line < len(lines) and "\t" in lines[mark.line]


class _NodeReader:
    """Turn a composed YAML node tree into Python values, recording where each one sits."""

    def __init__(self, line_offset: int):
        self.offset = line_offset
        self.key_pos: dict[KeyPath, Pos] = {}
        self.value_pos: dict[KeyPath, Pos] = {}
        self.seen: set[int] = set()
        self.problem: tuple[Pos, str] | None = None
        self.constructor = yaml.constructor.SafeConstructor()

    def _pos(self, node: yaml.Node) -> Pos:
        return node.start_mark.line + 1 + self.offset, node.start_mark.column + 1

    def read(self, node: yaml.Node, path: KeyPath) -> Any:
        # An alias makes the composer hand back a node it has already built: refuse it, because aliases
        # allow "billion laughs" blow-ups and nobody needs them in a job posting.
        if id(node) in self.seen or self.problem:
            self.problem = self.problem or (self._pos(node), ANCHOR_MESSAGE)
            return None
        self.seen.add(id(node))
        self.value_pos[path] = self._pos(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.read(item, path + (i,)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self._scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            key = key if isinstance(key, str) else str(key)
            if key in result:
                self.problem = self.problem or (self._pos(key_node), f"key '{key}' appears twice: keep one")
            self.key_pos[path + (key,)] = self._pos(key_node)
            result[key] = self.read(value_node, path + (key,))
        return result

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.constructor.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError):
            # An impossible date such as 2026-02-30 lands here; keep the text so validation can name it.
            return node.value
