"""Company logos kept in the repository (content/logos/), served from the site itself.

The site's Content-Security-Policy allows images from its own origin only (img-src 'self' in netlify.toml): a
logo on another site would be blocked, and would tell that site who reads the board. So a company's `logo`
names a file here (`logo: logos/acme.svg`). Each file is checked once per change of its bytes: a known image
type by its first bytes, at most MAX_BYTES, and an SVG that is plain drawing (no script, no event handler, no
embedded document, no reference outside itself), since an SVG opened on its own runs in the site's origin.
Its address carries a hash of its bytes, so browsers may cache it for a year.
"""
from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..base.addresses import LOGOS_FOLDER, file_url
from ..base.errors import ERROR, Problem
from .files import display_path, linked_folder, read_bytes

LOGO_DIR = LOGOS_FOLDER
# What `logo:` may name: a file in content/logos/ with a slug-like name and one of these types.
LOGO_PATTERN = r"logos/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:svg|png|webp)"
MAX_BYTES = 100_000  # a logo is drawn 24 to 48 px wide: more than this is a photo or an unoptimised export
MAGIC = {".png": (b"\x89PNG\r\n\x1a\n",), ".webp": (b"RIFF",)}
SVG_NS = "{http://www.w3.org/2000/svg}"
FORBIDDEN_ELEMENTS = frozenset({"script", "foreignObject", "iframe", "embed", "object", "audio", "video"})
# A style that fetches: url() of anything but a fragment of the SVG itself (url(#gradient)), or @import.
# Possessive (*+, ?+): backtracking over the spaces would let "url( #x)" look like "url(" then " #x".
_STYLE_OUTSIDE = re.compile(r"url\(\s*+['\"]?+\s*+(?!#)|@import", re.IGNORECASE)


@dataclass(frozen=True)
class LogoFile:
    name: str  # as `logo:` names it: "logos/acme.svg"
    url: str  # where the site serves it: "/logos/acme.3f2a9c1e0b.svg"
    data: bytes = b""


def read_logos(content_dir: Path) -> tuple[dict[str, LogoFile], list[Problem]]:
    """Every logo file under content/logos/ that passes the checks, by the name `logo:` gives it."""
    folder = content_dir / LOGO_DIR
    logos: dict[str, LogoFile] = {}
    problems: list[Problem] = []
    # A link is refused like one in the rest of content/: following it would publish a file from anywhere.
    listed = sorted(folder.iterdir()) if folder.is_dir() and not linked_folder(folder, problems) else ()
    for path in listed:
        if path.name.startswith(".") or not (path.is_file() or path.is_symlink()):
            continue
        name = f"{LOGO_DIR}/{path.name}"
        data = read_bytes(path, problems)
        if data is None:
            continue
        problem = logo_problem(name, data)
        if problem:
            problems.append(Problem(display_path(path), 1, 1, ERROR, problem))
            continue
        digest = hashlib.sha256(data).hexdigest()[:10]
        logos[name] = LogoFile(name, file_url(f"{LOGO_DIR}/{path.stem}.{digest}{path.suffix}"), data)
    return logos, problems


def logo_problem(name: str, data: bytes) -> str | None:
    """Why this file cannot be a logo, or None when it can."""
    if not re.fullmatch(LOGO_PATTERN, name):
        return ("a logo file needs a lowercase name of letters, digits and hyphens ending .svg, .png or .webp "
                "(such as logos/acme.svg)")
    if len(data) > MAX_BYTES:
        return f"the logo is {len(data):,} bytes; the most is {MAX_BYTES:,} (export it smaller, or as SVG)"
    suffix = Path(name).suffix
    if suffix != ".svg":
        ok = data.startswith(MAGIC[suffix]) and (suffix != ".webp" or data[8:12] == b"WEBP")
        return None if ok else f"the file is not a {suffix[1:].upper()} image"
    return _svg_problem(data)


def _svg_problem(data: bytes) -> str | None:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        return f"the SVG cannot be read: {exc}"
    if root.tag != f"{SVG_NS}svg":
        return "the file is not an SVG image (its root element must be <svg> in the SVG namespace)"
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in FORBIDDEN_ELEMENTS:
            return f"the SVG holds a <{tag}> element: a logo is a drawing only; remove it"
        if tag in ("animate", "set") and element.get("attributeName", "").rsplit(":", 1)[-1] == "href":
            return f"the SVG changes a link with <{tag}>: a logo is a drawing only; remove it"
        if tag == "style" and _STYLE_OUTSIDE.search(element.text or ""):
            return "the SVG refers to something outside itself (a url() or @import in its style): remove it"
        for attribute, value in element.attrib.items():
            local = attribute.rsplit("}", 1)[-1]
            if local.lower().startswith("on"):
                return f"the SVG has an event handler ({local}): remove it"
            if local == "href" and not value.startswith("#"):
                return "the SVG refers to something outside itself (an href): embed the drawing instead"
            if _STYLE_OUTSIDE.search(value):
                return f"the SVG refers to something outside itself (a url() in {local}): embed the drawing instead"
    return None
