"""The search index: tokens that keep trade words, documents from the model, a deterministic bundle whose
rows line up with the postings index."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from generator.render.search import (
    ROWS_FILE,
    SearchDocument,
    build_search_index,
    plain_text,
    search_documents,
    search_tokens,
)

from .conftest import POSTING, basic_tree
from .test_browse_build import index_of


@pytest.mark.parametrize("text, tokens", [
    ("C++ and C#", ["c++", "and", "c#~"]),
    (".NET services", [".net", "net", "services"]),
    ("Node.js, Go and R.", ["node.js", "node", "js~", "go~", "and", "r~"]),
    ("k8s clusters", ["k8s", "clusters"]),
    ("Kraków (Poland)", ["krakow", "poland"]),
    ("Build pipelines. Ship pipelines!", ["build", "pipelines", "ship"]),
])
def test_tokens_keep_trade_words_and_mark_short_ones(text: str, tokens: list[str]) -> None:
    assert search_tokens(text) == tokens


def test_plain_text_decodes_entities_and_drops_markup() -> None:
    assert plain_text("<p>Fix &lt;b&gt; &amp; ship</p>\n<ul><li>one</li></ul>") == "Fix <b> & ship one"


def test_documents_take_the_postings_own_seniority_before_inference(scratch_site) -> None:
    result = scratch_site(basic_tree(
        lead={**POSTING, "title": "Robotics Engineer", "seniority": "staff"},
        plain={**POSTING, "title": "Senior Robotics Engineer"}))
    docs = {d.key: d for d in search_documents(result.model)}
    assert docs["acme/lead"].seniority == "staff"
    assert docs["acme/plain"].seniority == "senior"
    assert docs["acme/lead"].text == "Some description."
    assert isinstance(docs["acme/lead"], SearchDocument)


def test_bundle_is_byte_identical_and_rows_follow_the_postings_index(built_site) -> None:
    site, result = built_site
    docs = search_documents(result.model)
    first, again = build_search_index(docs, "en"), build_search_index(docs, "en")
    assert [(o.path, o.data) for o in first] == [(o.path, o.data) for o in again]
    rows = json.loads((site / "pagefind" / ROWS_FILE).read_bytes())
    index = index_of(site)
    assert len(rows) == len(index["cols"]["title"]) == len(result.model.open_postings)
    for row, posting in zip(rows, result.model.open_postings, strict=True):
        fragment = gzip.decompress((site / "pagefind" / "fragment" / f"{row}.pf_fragment").read_bytes())
        assert json.loads(fragment.removeprefix(b"pagefind_dcd"))["url"] == posting.url
        text = (site / "pagefind" / "text" / f"{row}.txt").read_text()
        assert text == plain_text(posting.body_html)


def test_site_ships_only_the_runtime_and_index(built_site) -> None:
    site, _ = built_site
    names = {p.name for p in (site / "pagefind").iterdir()}
    assert {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.en.pagefind", ROWS_FILE} <= names
    assert not any("ui" in n for n in names)  # Pagefind's own UI bundles are not used


def test_no_open_postings_means_no_bundle() -> None:
    assert build_search_index((), "en") == []


def test_listing_offers_search_and_says_it_needs_javascript(built_site) -> None:
    site, _ = built_site
    html = (site / "index.html").read_text()
    assert 'data-search="/pagefind/"' in html and "jobs-search." in html
    assert "Search needs JavaScript." in html
    assert '<option value="relevance">Relevance</option>' in html


def test_search_index_is_deterministic_across_builds(scratch_site, tmp_path: Path) -> None:
    tree = basic_tree(a={**POSTING, "title": "Rust Engineer"}, b={**POSTING, "title": "C++ Engineer"})
    scratch_site(tree)
    before = {p.relative_to(tmp_path / "site"): p.read_bytes() for p in (tmp_path / "site" / "pagefind").rglob("*")
              if p.is_file()}
    scratch_site(tree)
    after = {p.relative_to(tmp_path / "site"): p.read_bytes() for p in (tmp_path / "site" / "pagefind").rglob("*")
             if p.is_file()}
    assert before == after and len(before) > 6


def test_a_record_that_cannot_be_made_fails_the_index_with_its_own_error() -> None:
    from generator.render.search import run_pagefind

    def records():
        yield {"type": "AddFile", "url": "/a/", "file_contents": "<html><body><p>one</p></body></html>"}
        raise ValueError("bad document")

    with pytest.raises(ValueError, match="bad document"):
        run_pagefind(records(), 2, {"force_language": "en"})


def test_pagefind_errors_are_reported() -> None:
    from generator.render.search import run_pagefind

    with pytest.raises(RuntimeError, match="pagefind"):
        run_pagefind(iter([{"type": "AddRecord", "url": "/a/"}]), 1, {"force_language": "en"})
