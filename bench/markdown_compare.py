"""Could a compiled CommonMark parser render our bodies? Byte-identity and speed against markdown-it-py.

    pip install pyromark        # not a dependency of jobsite: this script is how the question was answered
    python bench/markdown_compare.py --postings 2000

Renders every body of the bundled content, of a bench/corpus.py board and of the hostile-content and fuzz
fixtures twice: with our renderer (generator/load/markdown.py: markdown-it-py, CommonMark + tables +
strikethrough, no raw HTML, no images, links other than http/https/mailto left as text, rel="nofollow ugc
noopener", `#` demoted to <h2>), and with pyromark (pulldown-cmark) through an event writer that applies the
same rules. Prints JSON: how many bodies come out byte-identical, the first differences, and the seconds each
parser takes (parse + render, one process).
"""
from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus import write_corpus  # noqa: E402

from generator.load.markdown import SAFE_SCHEMES, render_markdown  # noqa: E402


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("&#x27;", "'")


_SIMPLE = {"Paragraph": ("<p>", "</p>\n"), "Emphasis": ("<em>", "</em>"), "Strong": ("<strong>", "</strong>"),
           "Strikethrough": ("<s>", "</s>"), "BlockQuote": ("<blockquote>\n", "</blockquote>\n"),
           "TableHead": ("<thead>\n<tr>\n", "</tr>\n</thead>\n<tbody>\n"), "TableRow": ("<tr>\n", "</tr>\n")}


def pyromark_html(text: str) -> str:
    """Our renderer's rules over pulldown-cmark's events (best effort: where they cannot match, they differ)."""
    import pyromark

    out: list[str] = []
    options = pyromark.Options.ENABLE_TABLES | pyromark.Options.ENABLE_STRIKETHROUGH
    head = False  # in a table's head row: cells are <th>
    for event in pyromark.events(text, options=options):
        kind, value = next(iter(event.items())) if isinstance(event, dict) else (event, None)
        if kind == "Text":
            out.append(_escape(value))
        elif kind in ("Code",):
            out.append(f"<code>{_escape(value)}</code>")
        elif kind in ("InlineHtml", "Html"):
            out.append(_escape(value))  # no raw HTML: shown as text
        elif kind == "SoftBreak":
            out.append("\n")
        elif kind == "HardBreak":
            out.append("<br />\n")
        elif kind == "Rule":
            out.append("<hr />\n")
        elif kind == "Start":
            head = _start(value, out, head)
        elif kind == "End":
            head = _end(value, out, head)
    return "".join(out)


def _safe(url: str) -> bool:
    return url.strip().lower().startswith(SAFE_SCHEMES)


def _start(value: object, out: list[str], head: bool) -> bool:
    if isinstance(value, str):
        if value in _SIMPLE:
            out.append(_SIMPLE[value][0])
        elif value == "Item":
            out.append("<li>")
        elif value == "TableCell":
            out.append("<th>" if head else "<td>")
        return head or value == "TableHead"
    assert isinstance(value, dict)
    (name, spec), = value.items()
    if name == "Heading":
        level = max(2, int(spec["level"][1]))
        out.append(f"<h{level}>")
    elif name == "List":
        out.append("<ul>\n" if spec is None else ("<ol>\n" if spec == 1 else f'<ol start="{spec}">\n'))
    elif name == "CodeBlock":
        lang = spec.get("Fenced") if isinstance(spec, dict) else None
        out.append(f'<pre><code class="language-{_escape(lang)}">' if lang else "<pre><code>")
    elif name == "Link":
        if _safe(spec["dest_url"]):
            title = f' title="{_escape(spec["title"])}"' if spec["title"] else ""
            out.append(f'<a href="{_escape(spec["dest_url"])}"{title} rel="nofollow ugc noopener">')
    elif name == "Image":
        out.append("!")
    elif name == "Table":
        out.append("<table>\n")
    return head


def _end(value: object, out: list[str], head: bool) -> bool:
    if isinstance(value, str):
        if value in _SIMPLE:
            out.append(_SIMPLE[value][1])
        elif value == "Item":
            out.append("</li>\n")
        elif value == "TableCell":
            out.append("</th>\n" if head else "</td>\n")
        elif value == "Table":
            out.append("</tbody>\n</table>\n")
        elif value == "Link":
            out.append("</a>")
        elif value == "CodeBlock":
            out.append("</code></pre>\n")
        return head and value != "TableHead"
    assert isinstance(value, dict)
    (name, spec), = value.items()
    if name == "Heading":
        out.append(f"</h{max(2, int(spec[1]))}>\n")
    elif name == "List":
        out.append("</ol>\n" if spec else "</ul>\n")
    return head


def bodies(postings: int) -> dict[str, list[str]]:
    """Every body, by where it comes from."""
    def of(root: Path) -> list[str]:
        found = []
        for path in sorted(root.rglob("*.md")):
            text = path.read_text(encoding="utf-8")
            found.append(text.split("---\n", 2)[2] if text.startswith("---\n") and text.count("---\n") >= 2 else text)
        return found

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(postings, Path(tmp))
        corpus = of(Path(tmp) / "content")
    hostile = [line for path in (REPO / "tests").glob("render/test_hostile.py") for line in _strings(path)]
    return {"bundled": of(REPO / "content"), "bench corpus": corpus, "hostile fixtures": hostile,
            "random Markdown (seeded)": _random_bodies(2000)}


def _random_bodies(n: int) -> list[str]:
    """Short texts drawn from Markdown's punctuation and a few words, as tests/load/test_fuzz.py draws them."""
    import random

    rng = random.Random(27)
    pieces = ["*", "_", "**", "`", "[", "]", "(", ")", "#", "# ", "- ", "1. ", "> ", "|", "---", "\n", "\n\n",
              "<b>", "&amp;", "https://a.example", "javascript:x", "![", "~~", " ", "word", "Zürich", "    "]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def _strings(path: Path) -> list[str]:
    """String constants of a test module that look like Markdown (the hostile bodies)."""
    import ast

    return [node.value for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.Constant)
            and isinstance(node.value, str) and any(c in node.value for c in "[*#<`|")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=2000)
    args = parser.parse_args()
    report: dict[str, object] = {}
    for name, texts in bodies(args.postings).items():
        started = time.process_time()
        ours = [render_markdown(t) for t in texts]
        mdit = time.process_time() - started
        started = time.process_time()
        theirs = [pyromark_html(t) for t in texts]
        pyro = time.process_time() - started
        differing = [(t, a, b) for t, a, b in zip(texts, ours, theirs, strict=True) if a != b]
        report[name] = {"bodies": len(texts), "identical": len(texts) - len(differing),
                        "markdown_it_py_s": round(mdit, 3), "pyromark_s": round(pyro, 3),
                        "first_difference": _first_difference(*differing[0][1:]) if differing else None}
    print(json.dumps(report, indent=2, ensure_ascii=False))


def _first_difference(a: str, b: str) -> dict[str, str]:
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return {"markdown-it-py": a[max(0, at - 60):at + 60], "pyromark": b[max(0, at - 60):at + 60]}


if __name__ == "__main__":
    main()
