"""generator/load/markdown.py: untrusted Markdown → HTML, every rule the renderer adds written out as the exact
HTML it gives; and the one parse the lint and the HTML share, which must keep every link (the lint names the
unsafe ones) while the HTML keeps only the safe ones.

Pure: no tree, no build (the pages that show these bodies are tested in tests/render/test_hostile.py)."""
from __future__ import annotations

import pytest

from generator.load.markdown import LINK_REL, SAFE_SCHEMES, parse_body, render_markdown, render_parsed

REL = 'rel="nofollow ugc noopener"'
UNSAFE = "[j](javascript:alert(1)) [d](data:text/html,x) [r](/careers) [J](JavaScript:x)"
BODIES = {  # id → (Markdown, its HTML)
    "a link": ("[a](https://x.example/p?q=1)", f'<p><a href="https://x.example/p?q=1" {REL}>a</a></p>\n'),
    "an autolink": ("<https://x.example>", f'<p><a href="https://x.example" {REL}>https://x.example</a></p>\n'),
    "a mail link": ("[m](mailto:jo@x.example)", f'<p><a href="mailto:jo@x.example" {REL}>m</a></p>\n'),
    "a link by reference": ("[x][r]\n\n[r]: https://x.example", f'<p><a href="https://x.example" {REL}>x</a></p>\n'),
    "links it refuses stay text": (UNSAFE, f"<p>{UNSAFE}</p>\n"),
    "a reference it refuses stays text": ("[x][r]\n\n[r]: javascript:alert(1)",
                                          "<p>[x][r]</p>\n<p>[r]: javascript:alert(1)</p>\n"),
    "an image is its alt text as a link": ("![alt](https://x.example/y.png)",
                                           f'<p>!<a href="https://x.example/y.png" {REL}>alt</a></p>\n'),
    "raw HTML is text": ("<b>x</b> <script>a</script>", "<p>&lt;b&gt;x&lt;/b&gt; &lt;script&gt;a&lt;/script&gt;</p>\n"),
    "a heading 1 is a heading 2": ("# Title\n\nText", "<h2>Title</h2>\n<p>Text</p>\n"),
    "other headings keep their level": ("## Two\n\n### Three", "<h2>Two</h2>\n<h3>Three</h3>\n"),
    "strikethrough": ("~~gone~~", "<p><s>gone</s></p>\n"),
    "no linkify, no typographer": ('see https://x.example -- ok "q"',
                                   "<p>see https://x.example -- ok &quot;q&quot;</p>\n"),
    "a table's alignment is a class": (
        "| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |",
        '<table>\n<thead>\n<tr>\n<th class="align-left">a</th>\n<th class="align-center">b</th>\n'
        '<th class="align-right">c</th>\n<th>d</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td class="align-left">1</td>\n'
        '<td class="align-center">2</td>\n<td class="align-right">3</td>\n<td>4</td>\n</tr>\n</tbody>\n</table>\n'),
}


@pytest.mark.parametrize(("markdown", "html"), BODIES.values(), ids=BODIES.keys())
def test_each_rule_gives_its_html_whichever_way_it_is_rendered(markdown: str, html: str) -> None:
    """render_markdown, and render_parsed of the one shared parse, give the same bytes for every body."""
    assert render_markdown(markdown) == html
    assert render_parsed(markdown, parse_body(markdown)) == html


def test_the_shared_parse_keeps_every_link_for_the_lint() -> None:
    """The lint reads links from parse_body: the unsafe ones must be there (as link tokens with their address),
    or `javascript:` would pass `jobsite check` without its error."""
    for markdown, hrefs in ((UNSAFE, ["javascript:alert(1)", "data:text/html,x", "/careers", "JavaScript:x"]),
                            ("[x][r]\n\n[r]: javascript:alert(1)", ["javascript:alert(1)"]),
                            ("[a](https://x.example) <mailto:jo@x.example>", ["https://x.example",
                                                                             "mailto:jo@x.example"])):
        parsed = parse_body(markdown)
        assert [c.attrGet("href") for block in parsed.tokens for c in block.children or ()
                if c.type == "link_open"] == hrefs


def test_the_safe_schemes_and_the_rel_are_the_documented_ones() -> None:
    assert SAFE_SCHEMES == ("http:", "https:", "mailto:")
    assert LINK_REL == "nofollow ugc noopener"
