"""Full-text search index of open postings, built with Pagefind from small documents made from the model.

Two pure pieces, so the engine can memoise the bundle by the documents' hash:
- `search_documents(model)`: one small frozen `SearchDocument` per open posting, in the order of the
  listing's postings index (data/postings.json), so a row number means the same posting in both;
- `build_search_index(docs, language)`: the Pagefind bundle under /pagefind/, byte-identical run to run.

What makes it fast (bench/SEARCH-RESULTS.md): Pagefind is fed each posting's *distinct* words, already cut
into tokens by `search_tokens`, not the description itself. Its cost grows with every word occurrence and
with the text each fragment stores; distinct words halve it and keep every word findable. Its excerpts are
therefore not used: the description as plain text goes beside the bundle (text/<id>.txt) and the browser
cuts the excerpt from it (static/jobs-search.js). Pagefind's own Python API waits 0.1 s per response
(it polls stdout), so this module speaks Pagefind's documented service protocol directly: every record
is written down the pipe at once and the answers are read as they come.
"""
from __future__ import annotations

import base64
import contextlib
import gzip
import html
import json
import re
import subprocess
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from pagefind_bin import get_executable

from ..model import Model, Posting
from . import format as fmt
from .output import Output

SEARCH_DIR = "pagefind"
# What the browser needs for pagefind.search(); Pagefind's own UI bundles are not used (we render results).
RUNTIME_FILES = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json")
RUNTIME_SUFFIXES = (".pf_meta", ".pf_fragment", ".pf_index")
ROWS_FILE = "jobsite-rows.json"  # Pagefind result id per row of data/postings.json
TEXT_DIR = "text"  # one plain-text description per result id, for excerpts
# Characters that belong to words in this trade (C++, C#, .NET, Node.js); "~" marks short words (below).
WORD_CHARACTERS = "+#.~"
# A word: letters and digits, dotted parts (node.js, .net), trailing + or # (c++, c#). Mirrored in
# static/jobs-search.js (tokens), which cuts the query by the same rule.
TOKEN_RE = re.compile(r"\.?[^\W_]+(?:\.[^\W_]+)*[+#]*")
ASCII_TOKEN_RE = re.compile(r"\.?[a-z0-9]+(?:\.[a-z0-9]+)*[+#]*")  # the same on ASCII text, several times faster
# Pagefind matches a query word as a prefix, so "r" or "go" would find every "rust" and "good". Words of
# one or two characters are indexed and searched with a "~" after them, which makes them match whole.
SHORT = 2
TAG_RE = re.compile(r"<[^>]+>")
ACCENT_RE = re.compile("[\u0300-\u036f]")


@dataclass(frozen=True)
class SearchDocument:
    """What the index holds about one open posting."""

    key: str
    url: str
    title: str
    company: str
    place: str
    tags: tuple[str, ...]
    category: str
    seniority: str
    workplace: str
    text: str  # the description as plain text, whitespace collapsed


def plain_text(body_html: str) -> str:
    """The description's text: tags dropped, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(TAG_RE.sub(" ", body_html)).split())


def fold(text: str) -> str:
    """Lower case without accents, as the browser folds the query (jobs-cards.js fold)."""
    if text.isascii():
        return text.lower()
    return ACCENT_RE.sub("", unicodedata.normalize("NFD", text)).lower()


def search_tokens(text: str) -> list[str]:
    """The words Pagefind indexes for `text`, distinct, in order of first appearance."""
    folded = fold(text)
    seen: dict[str, None] = {}
    for token in dict.fromkeys((ASCII_TOKEN_RE if folded.isascii() else TOKEN_RE).findall(folded)):
        parts = [token, *(p for p in token.split(".") if p)] if "." in token else (token,)
        for part in parts:
            seen[part + "~" if len(part) <= SHORT else part] = None
    return list(seen)


def search_document(posting: Posting) -> SearchDocument:
    """One posting as the index sees it; its level is the model's (roles.seniority_of)."""
    return SearchDocument(key=posting.key, url=posting.url, title=posting.title, company=posting.company.name,
                          place=fmt.format_place(posting), tags=posting.tags, category=posting.category.id,
                          seniority=posting.level, workplace=posting.workplace,
                          text=plain_text(posting.body_html))


def search_documents(model: Model) -> tuple[SearchDocument, ...]:
    """Every open posting, in the order of the postings index."""
    return tuple(search_document(p) for p in model.open_postings)


def indexed_html(doc: SearchDocument, language: str) -> str:
    """The page Pagefind reads: the title under <h1> (ranked higher), then every other word once."""
    e = html.escape
    head = " ".join(search_tokens(doc.title))
    rest = search_tokens(" ".join([doc.company, doc.place, *doc.tags, doc.text]))
    return (f'<html lang="{e(language)}"><body><h1>{e(head)}</h1>'
            f'<p>{e(" ".join(rest))}</p></body></html>')


def build_search_index(docs: tuple[SearchDocument, ...], language: str) -> list[Output]:
    """The Pagefind bundle under /pagefind/: loader, WebAssembly, index chunks, row map and excerpt texts."""
    if not docs:
        return []
    # A generator: documents are cut into words while Pagefind indexes the ones before (two cores at work).
    records = ({"type": "AddFile", "url": doc.url, "file_contents": indexed_html(doc, language)} for doc in docs)
    files = run_pagefind(records, len(docs), {"force_language": language, "include_characters": WORD_CHARACTERS})
    ids = fragment_ids(files)
    rows = [ids[doc.url] for doc in docs]
    outputs = [Output(f"{SEARCH_DIR}/{path}", data, "search index") for path, data in sorted(files.items())
               if _wanted(path, language)]
    outputs.append(Output(f"{SEARCH_DIR}/{ROWS_FILE}", json.dumps(rows, separators=(",", ":")).encode(),
                          "search index"))
    outputs += [Output(f"{SEARCH_DIR}/{TEXT_DIR}/{row}.txt", doc.text.encode("utf-8"), doc.url)
                for row, doc in zip(rows, docs, strict=True)]
    return outputs


def render_search_index(model: Model) -> list[Output]:
    """The search bundle for this model; render_site calls it until the engine memoises build_search_index."""
    return build_search_index(search_documents(model), model.site.language.split("-")[0])


def fragment_ids(files: dict[str, bytes]) -> dict[str, str]:
    """URL → Pagefind result id ("en_0165ad1"), read back from the gzipped fragments."""
    ids = {}
    for path, data in files.items():
        if path.startswith("fragment/") and path.endswith(".pf_fragment"):
            fragment = json.loads(_gunzip(data))
            ids[fragment["url"]] = path.removeprefix("fragment/").removesuffix(".pf_fragment")
    return ids


def _gunzip(data: bytes) -> bytes:
    # Pagefind prefixes its gzipped files with a "pagefind_dcd" signature once decompressed.
    raw = gzip.decompress(data)
    return raw.removeprefix(b"pagefind_dcd")


def _wanted(path: str, language: str) -> bool:
    return path in RUNTIME_FILES or path.endswith(RUNTIME_SUFFIXES) or path == f"wasm.{language}.pagefind"


def run_pagefind(records: Iterable[dict[str, Any]], count: int, config: dict[str, Any]) -> dict[str, bytes]:
    """Index `count` records in one `pagefind --service` process; return the bundle as {path: bytes}."""
    proc = subprocess.Popen([str(get_executable()), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        answers = _messages(proc.stdout)
        index_id = _ask(proc.stdin, answers, 0, {"type": "NewIndex", "config": config})["index_id"]
        # Write while reading: a full pipe in either direction would otherwise stall both processes.
        failed: list[BaseException] = []
        writer = threading.Thread(target=_send_all, args=(proc.stdin, records, index_id, failed), daemon=True)
        writer.start()
        try:
            for _ in range(count):
                _check(next(answers))
        except RuntimeError:
            proc.kill()  # the writer may be blocked on a full pipe: this frees it
            writer.join()
            if failed and not isinstance(failed[0], OSError):
                raise failed[0] from None  # making a record failed: that, not the closed pipe, is the news
            raise
        writer.join()
        got = _ask(proc.stdin, answers, count + 1, {"type": "GetFiles", "index_id": index_id})
        return {f["path"]: base64.b64decode(f["content"]) for f in got["files"]}
    finally:
        with contextlib.suppress(OSError):  # already closed, or Pagefind gone
            proc.stdin.close()  # type: ignore[union-attr]
        proc.wait(timeout=60)


def _encode(message_id: int, payload: dict[str, Any]) -> bytes:
    # The service reads base64 JSON messages, each ended by a comma (pagefind/service in Pagefind's source).
    return base64.b64encode(json.dumps({"message_id": message_id, "payload": payload}).encode()) + b","


def _send_all(stdin: IO[bytes], records: Iterable[dict[str, Any]], index_id: int,
              failed: list[BaseException]) -> None:
    try:
        for i, record in enumerate(records, start=1):
            stdin.write(_encode(i, {**record, "index_id": index_id}))
        stdin.flush()
    except BaseException as exc:  # noqa: BLE001 (handed to the reading thread)
        failed.append(exc)
        stdin.close()  # Pagefind then stops, and the reader sees the end of its answers


def _ask(stdin: IO[bytes], answers: Iterator[dict[str, Any]], message_id: int, payload: dict[str, Any]):
    stdin.write(_encode(message_id, payload))
    stdin.flush()
    return _check(next(answers))


def _check(answer: dict[str, Any]) -> dict[str, Any]:
    payload = answer["payload"]
    if payload.get("type") == "Error":
        raise RuntimeError(f"pagefind: {payload.get('message')}")
    return payload


def _messages(stdout: IO[bytes]) -> Iterator[dict[str, Any]]:
    """Decode the service's comma-ended base64 answers as they arrive."""
    buf = bytearray()
    while chunk := stdout.read1(1 << 20):  # type: ignore[attr-defined]
        scan = len(buf)
        buf += chunk
        start = 0
        while (end := buf.find(b",", scan)) >= 0:
            yield json.loads(base64.b64decode(bytes(buf[start:end])))
            start = scan = end + 1
        del buf[:start]
    raise RuntimeError("pagefind: the service stopped before answering")
