"""Line coverage of templates/static/*.js from the browser tests' V8 block coverage.

    JOBSITE_JS_COVERAGE=/tmp/jscov python -m pytest -n 0 tests/browser/test_browse.py   # writes the dumps
    python bench/js_coverage.py /tmp/jscov [more folders …] [--lines] [--partial]

tests/conftest.py (record_js_coverage) writes, per script, every take of V8's counts in which something ran:
ranges of characters of the script as shipped, each with how often it ran. Within one take the innermost range
holding a character gives its count; a character ran when it ran in any take. The shipped script is the source
without comment lines and indentation (generator/render/pages/scripts.py), so each shipped line is mapped back
to its line in templates/static/. A line "never ran" when none of its characters did; lines of closing
brackets alone are not counted. Prints a table (shipped code lines, lines run, per cent, the lines never run);
--lines lists each line never run as path:line: text, --partial adds the lines that ran only in part.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.render.pages.scripts import BLOCK_COMMENT_RE, compact_script  # noqa: E402

STATIC = ROOT / "templates" / "static"
DIGEST_RE = re.compile(r"\.([0-9a-f]{10})\.js$")
CLOSING_ONLY = re.compile(r"^[\s\]\)\};,]*$")


@dataclass(frozen=True)
class Shipped:
    text: str  # the script as browsers fetch it
    lines: tuple[tuple[int, int, int, str], ...]  # (source line, start offset, end offset in UTF-16 units, text)


def shipped(source: str) -> Shipped:
    """The script as shipped, each of its lines with the source line it came from."""
    blanked = BLOCK_COMMENT_RE.sub(lambda m: "\n" * m.group().count("\n"), source)
    kept = [(n, line.strip()) for n, line in enumerate(blanked.split("\n"), start=1)]
    kept = [(n, text) for n, text in kept if text and not text.startswith("//")]
    text = compact_script(source)
    if text == source:  # shipped as it is (a template literal)
        kept = list(enumerate(source.split("\n"), start=1))
    elif text != "".join(line + "\n" for _, line in kept):
        raise SystemExit("bench/js_coverage.py: the shipped script no longer matches compact_script's rule")
    lines, offset = [], 0
    for n, line in kept:
        size = len(line.encode("utf-16-le")) // 2
        lines.append((n, offset, offset + size, line))
        offset += size + 1
    return Shipped(text, tuple(lines))


def ran(size: int, takes: list[list[tuple[int, int, int]]]) -> bytearray:
    """1 for each character (UTF-16 unit) that ran in some take: the innermost range holding it decides."""
    seen, flags = set(), bytearray(size)
    for ranges in takes:
        key = tuple(map(tuple, ranges))
        if key in seen:
            continue
        seen.add(key)
        take = bytearray(size)
        for start, end, count in sorted(ranges, key=lambda r: r[0] - r[1]):  # outermost first, stable
            end = min(end, size)
            take[start:end] = (b"\1" if count else b"\0") * max(0, end - start)
        flags = bytearray((int.from_bytes(flags, "big") | int.from_bytes(take, "big")).to_bytes(size, "big"))
    return flags


def report(folders: list[Path], show_lines: bool, partial: bool) -> list[str]:
    """The table, and with show_lines each line never run (and with partial each run in part)."""
    dumps: dict[str, list[dict]] = {}
    for path in sorted(p for folder in folders for p in folder.rglob("*.json")):
        data = json.loads(path.read_text())
        dumps.setdefault(data["script"], []).extend(data["takes"])
    out = [f"{'script':<16} {'lines':>5} {'run':>5} {'%':>6}  never run (source lines)"]
    details = []
    for source in sorted(STATIC.glob("*.js")):
        script = shipped(source.read_text(encoding="utf-8"))
        digest = hashlib.sha256(script.text.encode("utf-8")).hexdigest()[:10]
        takes = [t["ranges"] for t in dumps.get(source.stem, []) if DIGEST_RE.search(t["url"])[1] == digest]
        other = len(dumps.get(source.stem, [])) - len(takes)
        flags = ran(len(script.text.encode("utf-16-le")) // 2, takes)
        code = [line for line in script.lines if not CLOSING_ONLY.match(line[3])]
        never, part = [], []
        for n, start, end, text in code:
            hits = flags[start:end]
            if not any(hits):
                never.append(n)
                details.append(f"{source.relative_to(ROOT)}:{n}: {text}")
            elif partial and not all(hits[i] for i, ch in enumerate(text) if not ch.isspace()):
                part.append(n)
                details.append(f"{source.relative_to(ROOT)}:{n}: (in part) {text}")
        run = len(code) - len(never)
        note = f"  ({other} takes of another version ignored)" if other else ""
        out.append(f"{source.name:<16} {len(code):>5} {run:>5} {100 * run / max(1, len(code)):>6.1f}  "
                   f"{spans(never)}{note}" + (f"; in part: {spans(part)}" if part else ""))
    return out + (["", *details] if show_lines else [])


def spans(numbers: list[int]) -> str:
    """1, 2, 3, 7 → '1-3, 7'."""
    groups: list[list[int]] = []
    for n in numbers:
        if groups and n == groups[-1][-1] + 1:
            groups[-1].append(n)
        else:
            groups.append([n])
    return ", ".join(f"{g[0]}-{g[-1]}" if len(g) > 1 else f"{g[0]}" for g in groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+",
                        help="where JOBSITE_JS_COVERAGE wrote the dumps (several are added up)")
    parser.add_argument("--lines", action="store_true", help="list each line never run as path:line: text")
    parser.add_argument("--partial", action="store_true", help="also list lines that ran only in part")
    args = parser.parse_args(argv)
    print("\n".join(report(args.folders, args.lines or args.partial, args.partial)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
