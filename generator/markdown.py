"""Markdown → HTML for untrusted content: no raw HTML, no images, only http, https and mailto links."""
from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .cache import memo_markdown

SAFE_SCHEMES = ("http:", "https:", "mailto:")


def _validate_link(url: str) -> bool:
    # Anything else (javascript:, data:, vbscript:, relative paths that could be mistaken for our own pages)
    # is left as plain text by markdown-it.
    return url.strip().lower().startswith(SAFE_SCHEMES)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    # Images would load from foreign hosts (tracking, CSP violations): show their alt text as a link instead.
    md.disable("image")
    md.validateLink = _validate_link
    md.add_render_rule("link_open", _render_link_open)
    md.core.ruler.push("demote_h1", _demote_h1)
    return md


def _demote_h1(state) -> None:  # noqa: ANN001
    # The page's own <h1> is the role or company name; a body '# Heading' becomes an <h2>.
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close") and token.tag == "h1":
            token.tag = "h2"


def _render_link_open(self, tokens: list[Token], idx: int, options, env) -> str:  # noqa: ANN001
    # Links come from strangers' pull requests: do not pass ranking or the opener to them.
    tokens[idx].attrSet("rel", "nofollow ugc noopener")
    return self.renderToken(tokens, idx, options, env)


def render_markdown(text: str) -> str:
    """Render a posting or company body to safe HTML (memoised by content hash while a build cache is active)."""
    return memo_markdown(text, render_markdown_uncached)


def render_markdown_uncached(text: str) -> str:
    """Render without consulting any cache (what the cache stores)."""
    return _parser().render(text)
