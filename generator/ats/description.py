"""An ATS's job description (HTML written by anyone with access to the employer's ATS) → our Markdown.

markdownify does the conversion; before it, the HTML is treated like any untrusted pull request: elements that
run, embed or submit are removed with their content, links that are not http(s) or mailto keep only their
text, images keep only their alt text, and attributes (event handlers, styles) never reach the Markdown. After
it, a '<' left in the text is escaped, so the file holds no raw HTML for `jobsite check` to warn about.
"""
from __future__ import annotations

import re
import unicodedata

from bs4 import BeautifulSoup
from markdownify import MarkdownConverter

from ..load.files import CONTROL_RE
from ..load.markdown import SAFE_SCHEMES
from ..load.schema import url_problem

# Removed with everything inside them: they run code, embed other documents, or are page furniture.
DROPPED = ("script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template",
           "svg", "math", "form", "input", "button", "select", "textarea", "head", "title", "meta", "link",
           "base", "audio", "video", "canvas", "map", "dialog")


_MARKUP = re.compile(r"[\[\]<]|&(?=#?\w+;)")


class _Converter(MarkdownConverter):
    def escape(self, text: str, parent_tags: set[str]) -> str:
        # Text in the HTML stays text: markdownify escapes only * and _, so Markdown link syntax written as text
        # ("[x](javascript:…)"), a '<' that would read as raw HTML and an entity stay literal here too.
        if "code" in parent_tags or "pre" in parent_tags:
            return text
        text = super().escape(text.replace("\\", "\\\\"), parent_tags)
        return _MARKUP.sub(r"\\\g<0>", text)


_CONVERTER = _Converter(heading_style="ATX", newline_style="BACKSLASH", bullets="-", strong_em_symbol="*",
                        escape_misc=False, autolinks=True, strip_document="strip")


def to_markdown(html: str) -> str:
    """Safe Markdown for an untrusted HTML description ('' for an empty one), ending in one newline."""
    soup = BeautifulSoup(html or "", "html.parser")
    _neutralise(soup)
    markdown = _CONVERTER.convert_soup(soup)
    return _tidy(markdown)


def _neutralise(soup: BeautifulSoup) -> None:
    for element in soup.find_all(DROPPED):
        element.decompose()
    for image in soup.find_all("img"):
        alt = image.get("alt")
        image.replace_with(alt if isinstance(alt, str) else "")
    for link in soup.find_all("a"):
        href = safe_href(link.get("href"))
        if href is None:
            link.unwrap()  # the text stays, the link goes
        else:
            link.attrs = {"href": href}  # no title (quotes in it), no handlers


def safe_href(href: object) -> str | None:
    """The link's address when a page may link to it (http, https, mailto), parentheses encoded; else None."""
    if not isinstance(href, str):
        return None
    url = href.strip().replace("(", "%28").replace(")", "%29")
    if not url.lower().startswith(SAFE_SCHEMES):
        return None
    if url.lower().startswith("mailto:"):
        return url if re.fullmatch(r"mailto:[^\s<>\"`\\]+@[^\s<>\"`\\]+", url, re.I) else None
    return None if url_problem(url) else url


def _tidy(markdown: str) -> str:
    text = CONTROL_RE.sub("", unicodedata.normalize("NFC", markdown)).replace("\u00a0", " ").replace("\r", "")
    text = text.replace("\u200b", "")  # zero-width spaces that rich-text editors leave behind
    lines = [line.rstrip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n" if text else ""
