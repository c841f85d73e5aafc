"""Scripts as shipped: whole-line comments and indentation go, code (strings, regular expressions) stays."""
from __future__ import annotations

from generator.render.pages.scripts import compact_script


def test_whole_line_comments_and_indentation_go() -> None:
    source = ("/* Header\n   over lines. */\n(function () {\n  // why\n  var url = \"https://a.example/*x*/\";\n"
              "\n  var re = /\\/\\//g;  // trailing comments stay\n})();\n")
    assert compact_script(source) == ("(function () {\nvar url = \"https://a.example/*x*/\";\n"
                                      "var re = /\\/\\//g;  // trailing comments stay\n})();\n")


def test_a_script_with_a_template_literal_ships_as_written() -> None:
    source = "var s = `\n  // not a comment\n`;\n"
    assert compact_script(source) == source


def test_shipped_scripts_keep_their_code(built_site) -> None:
    site, _ = built_site
    shipped = {p.name.split(".")[0]: p.read_text() for p in (site / "static").glob("*.js")}
    assert "J.search = { lookup: lookup" in shipped["jobs-search"]
    assert all("\n  " not in text for text in shipped.values())
