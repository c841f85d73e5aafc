"""Markdown → HTML for untrusted content: no raw HTML, no images, only http, https and mailto links.

A body is parsed once (`parse_body`); the same token stream feeds the lint (validate.py), which must see every
link, and the HTML (`render_parsed`). The lint needs links the renderer refuses, so the one parse accepts every
link; when a body has a link the renderer would refuse (a warning or an error for its author), its HTML comes
from a second parse with the renderer's own rules, which leave such links as text.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

SAFE_SCHEMES = ("http:", "https:", "mailto:")
LINK_REL = "nofollow ugc noopener"  # links come from strangers: no ranking passed, no opener


def _validate_link(url: str) -> bool:
    # Anything else (javascript:, data:, vbscript:, relative paths that could be mistaken for our own pages)
    # is left as plain text by markdown-it.
    return url.strip().lower().startswith(SAFE_SCHEMES)


def _make_parser(validate_link: Any) -> MarkdownIt:
    from markdown_it import MarkdownIt  # a tenth of a second of imports: a build that parses no body never pays it

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    # Images would load from foreign hosts (tracking, CSP violations): show their alt text as a link instead.
    md.disable("image")
    md.validateLink = validate_link
    md.add_render_rule("link_open", _render_link_open)
    md.core.ruler.push("demote_h1", _demote_h1)
    md.core.ruler.push("align_by_class", _align_by_class)
    return md


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """The renderer's rules: refused links stay text."""
    return _make_parser(_validate_link)


@lru_cache(maxsize=1)
def _any_link_parser() -> MarkdownIt:
    """The same rules, but every link is kept, so the lint can name the unsafe ones."""
    return _make_parser(lambda url: True)


def _demote_h1(state) -> None:
    # The page's own <h1> is the role or company name; a body '# Heading' becomes an <h2>.
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close") and token.tag == "h1":
            token.tag = "h2"


ALIGN_STYLE = "text-align:"


def _align_by_class(state) -> None:
    # A table column's alignment comes as style="text-align:…", which the CSP (style-src 'self') blocks:
    # the same alignment as a class from our stylesheet (.align-left, .align-center, .align-right).
    for token in state.tokens:
        style = token.attrs.get("style") if token.type in ("th_open", "td_open") else None
        if style and style.startswith(ALIGN_STYLE):
            del token.attrs["style"]
            token.attrSet("class", "align-" + style.removeprefix(ALIGN_STYLE))


def _render_link_open(self, tokens: list[Token], idx: int, options, env) -> str:
    # Links come from strangers' pull requests: do not pass ranking or the opener to them.
    tokens[idx].attrSet("rel", LINK_REL)
    return self.renderToken(tokens, idx, options, env)


@dataclass
class ParsedBody:
    """One parse of a body: its block tokens and the parser's environment (link references)."""

    tokens: list[Token]
    env: dict[str, Any]


def parse_body(text: str) -> ParsedBody:
    """Parse a body once, keeping every link (see the module docstring)."""
    env: dict[str, Any] = {}
    return ParsedBody(_any_link_parser().parse(text, env), env)


def render_parsed(text: str, parsed: ParsedBody) -> str:
    """The HTML of a parsed body, byte for byte what `render_markdown(text)` gives."""
    if not _only_safe_links(parsed):
        return render_markdown(text)  # a refused link changes the token stream: let the renderer parse
    md = _any_link_parser()
    return md.renderer.render(parsed.tokens, md.options, parsed.env)


def _only_safe_links(parsed: ParsedBody) -> bool:
    """True when the renderer would accept every link destination in the body (references included)."""
    for ref in parsed.env.get("references", {}).values():
        if not _validate_link(ref.get("href", "")):
            return False
    for block in parsed.tokens:
        for token in block.children or ():
            if token.type == "link_open" and not _validate_link(str(token.attrGet("href") or "")):
                return False
    return True


def render_markdown(text: str) -> str:
    """Render a posting or company body to safe HTML."""
    return _parser().render(text)
