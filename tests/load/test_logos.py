"""Company logos (issue 28): files in content/logos/ served by the site itself, as its CSP allows; initials when a
company has none; a file that could run script or reach another site is refused with its reason."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.base.errors import ContentError
from generator.load.logos import MAX_BYTES, logo_problem, read_logos
from generator.render.pages.cards import initials

from ..conftest import COMPANY, basic_tree, front_matter

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#123"/></svg>'
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.mark.parametrize("name, data, problem", [
    ("logos/acme.svg", SVG, None),
    ("logos/acme.png", PNG, None),
    ("logos/acme.webp", b"RIFF\0\0\0\0WEBPVP8 ", None),
    ("logos/acme.webp", b"RIFF\0\0\0\0WAVEfmt ", "not a WEBP image"),  # a RIFF file of another kind
    ("logos/Acme Logo.svg", SVG, "lowercase name"),
    ("logos/acme.gif", b"GIF89a", "lowercase name"),
    ("logos/acme.svg.html", SVG, "lowercase name"),  # the whole name, not its start
    ("logos/acme.png", SVG, "not a PNG image"),
    ("logos/acme.svg", b"<html/>", "not an SVG image"),
    ("logos/acme.svg", b"<svg", "cannot be read"),
    ("logos/acme.svg", SVG.replace(b"<rect", b"<script>alert(1)</script><rect"), "<script> element"),
    ("logos/acme.svg", SVG.replace(b"<rect", b'<rect onclick="x()"'), "event handler (onclick)"),
    ("logos/acme.svg", SVG.replace(b"<rect", b'<foreignObject/><rect'), "<foreignObject> element"),
    ("logos/acme.svg", SVG.replace(b"<rect", b'<image href="https://tracker.example/p.png"/><rect'),
     "outside itself"),
    ("logos/acme.svg", SVG[:-6] + b" " * MAX_BYTES + b"</svg>", "the most is 100,000"),
    ("logos/acme.svg", SVG.replace(b"<rect", b'<a><set attributeName="href" to="javascript:alert(1)"/></a><rect'),
     "changes a link with <set>"),
    ("logos/acme.svg", SVG.replace(b"<rect", b'<animate attributeName="xlink:href" values="https://t.example"/><rect'),
     "changes a link with <animate>"),
    ("logos/acme.svg", SVG.replace(b"<rect", b"<style>@import 'https://t.example/a.css';</style><rect"),
     "(a url() or @import in its style)"),
    ("logos/acme.svg", SVG.replace(b'fill="#123"', b'style="fill: URL( https://t.example/p)"'), "(a url() in style)"),
    ("logos/acme.svg", SVG.replace(b'fill="#123"', b'fill="url( \'#shade\')"'), None),  # its own gradient
])
def test_a_logo_file_is_a_drawing_and_nothing_more(name: str, data: bytes, problem: str | None) -> None:
    found = logo_problem(name, data)
    assert found is None if problem is None else problem in found


def test_initials_stand_in_for_a_missing_logo() -> None:
    assert [initials(n) for n in ("Gantry & Owl", "Thistlegrid", "fennwick institute", "42 Labs", "")] == \
           ["GO", "T", "FI", "4L", "?"]
    assert initials("Bay Area Robotics") == "BA"  # two letters at most, whatever the length of the name


def test_hidden_files_in_the_logos_folder_are_not_logos(tmp_path: Path) -> None:
    (tmp_path / "logos").mkdir()
    (tmp_path / "logos" / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")  # what a Mac's Finder leaves behind
    (tmp_path / "logos" / "acme.svg").write_bytes(SVG)
    found, problems = read_logos(tmp_path)
    assert list(found) == ["logos/acme.svg"] and problems == []


def test_a_linked_logo_or_logos_folder_is_refused_not_published(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "secret.svg").write_bytes(SVG)
    (tmp_path / "content/logos").mkdir(parents=True)
    (tmp_path / "content/logos/acme.svg").symlink_to(tmp_path / "secret.svg")
    (tmp_path / "content/logos/beta.svg").symlink_to(tmp_path / "gone.svg")  # dangling: refused all the same
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere/gamma.svg").write_bytes(SVG)
    (tmp_path / "other/content").mkdir(parents=True)
    (tmp_path / "other/content/logos").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    link = "symbolic links are not allowed in content/: copy the {} instead"
    found, problems = read_logos(Path("content"))
    assert found == {}
    assert [p.format() for p in problems] == [
        f"content/logos/{name}:1:1: error: {link.format('file')}" for name in ("acme.svg", "beta.svg")]
    found, problems = read_logos(Path("other/content"))
    assert found == {}
    assert [p.format() for p in problems] == [f"other/content/logos:1:1: error: {link.format('folder')}"]


def test_a_logo_is_served_by_the_site_and_drawn_on_cards_and_pages(scratch_site) -> None:
    files = basic_tree()
    files["companies/acme.md"] = front_matter({**COMPANY, "logo": "logos/acme.svg"}, "Acme builds robots.\n")
    files["companies/bare.md"] = front_matter({**COMPANY, "name": "Bare Bones"}, "No logo.\n")
    files["logos/acme.svg"] = SVG
    files["logos/unused.svg"] = SVG
    scratch_site(files)
    out = Path("site")  # scratch_site builds in the test's own folder
    logos = sorted(p.name for p in (out / "logos").iterdir())
    assert len(logos) == 1 and re.fullmatch(r"acme\.[0-9a-f]{10}\.svg", logos[0])  # the unused one stays out
    assert (out / "logos" / logos[0]).read_bytes() == SVG
    img = (f'<img class="mark" src="/logos/{logos[0]}" alt="Acme Robotics logo" width="24" height="24" '
           'loading="lazy" decoding="async">')
    assert img in (out / "index.html").read_text()
    company = (out / "companies/acme/index.html").read_text()
    assert f'src="/logos/{logos[0]}" alt="Acme Robotics logo" width="48"' in company
    bare = (out / "companies/bare/index.html").read_text()
    assert '<span class="mark mark-initials" aria-hidden="true">BB</span>' in bare
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', company, re.S).group(1))
    assert ld["logo"] == f"https://board.example/logos/{logos[0]}"


@pytest.mark.parametrize("logo, extra, message", [
    ("logos/missing.svg", {}, "logo: content/logos/missing.svg is not there"),
    ("https://cdn.example/acme.png", {}, "logo: the site shows images from its own address only"),
    ("http://cdn.example/acme.png", {}, "logo: the site shows images from its own address only"),
    ("logos/acme.svg", {"logos/acme.svg": b"<svg/>"}, "content/logos/acme.svg:1:1: error: the file is not an SVG"),
])
def test_a_logo_that_cannot_be_shown_is_an_error_that_says_why(scratch_site, logo: str, extra: dict,
                                                                message: str) -> None:
    files = {**basic_tree(), **extra}
    files["companies/acme.md"] = front_matter({**COMPANY, "logo": logo}, "Acme builds robots.\n")
    with pytest.raises(ContentError) as info:
        scratch_site(files)
    assert any(message in p.format() for p in info.value.problems), [p.format() for p in info.value.problems]
