"""The package's shape: imports point one way through the stages, and the runtime reads only committed data.

Stages, from the bottom (house style, /work/shared/STYLE.md): config → load → model → render → write, with
the commands (build, check, cli, serve, scaffold) on top and a few leaf modules below everything.
A module may import its own stage or an earlier one, never a later one.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "generator"

STAGES = ("base", "config", "load", "model", "render", "write", "command")
# The package's own folders are its stages, so `ls generator/` shows them: base/ (leaf helpers: errors,
# money, slugs, the cache and the memo), load/, model/, render/, write/ (the writer and its staging folders).
# The single-module stage (config) and the commands sit beside them.
SUBPACKAGES = {"base": "base", "load": "load", "model": "model", "render": "render", "write": "write",
               # ats (jobsite import) reads content and writes posting files, as `jobsite new` does: a command.
               "ats": "command",
               # announce reads a built site (its jobs.json) and talks to chat services: it comes after write.
               "announce": "command",
               # links checks apply links and edits postings; remind talks to GitHub's issues: both commands.
               "links": "command", "remind": "command"}
TOP_LEVEL = {
    "config": {"config"},
    "command": {"build", "check", "cli", "incremental", "serve", "scaffold"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage_of(module: str) -> str:
    """The stage of generator.x or generator.pkg.x; fails naming the module when it has none yet."""
    parts = module.split(".")[1:]
    if not parts:
        return "base"
    if parts[0] in SUBPACKAGES:
        return SUBPACKAGES[parts[0]]
    for stage, names in TOP_LEVEL.items():
        if parts[0] in names:
            return stage
    raise AssertionError(f"{module} has no stage: add it to TOP_LEVEL in tests/test_layout.py")


def imported(path: Path) -> set[str]:
    """The generator modules a file imports (relative imports resolved; `from . import x` names x)."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "generator"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base.split(".")[0] != "generator":
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                is_module = (ROOT / Path(*sub.split("."))).with_suffix(".py").exists() or \
                    (ROOT / Path(*sub.split(".")) / "__init__.py").exists()
                found.add(sub if is_module else base)
    return found


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_stage() -> None:
    for path in sources():
        stage_of(module_name(path))


def test_imports_point_one_way_through_the_stages() -> None:
    backwards = []
    for path in sources():
        here = module_name(path)
        for target in sorted(imported(path)):
            if STAGES.index(stage_of(target)) > STAGES.index(stage_of(here)):
                backwards.append(f"{here} ({stage_of(here)}) imports {target} ({stage_of(target)})")
    assert not backwards, "imports against the stage order:\n" + "\n".join(backwards)


def test_the_import_reader_sees_relative_and_absolute_imports(tmp_path: Path) -> None:
    # So the test above cannot pass by reading nothing: the real model imports load, validate and slugs.
    targets = imported(PACKAGE / "model" / "assemble.py")
    assert {"generator.load.files", "generator.load.validate", "generator.base.slugs",
            "generator.model.compensation"} <= targets
    assert "generator.render.format" in imported(PACKAGE / "render" / "pages" / "cards.py")
    assert STAGES.index(stage_of("generator.render.pages.renderer")) > STAGES.index(stage_of("generator.model"))


def test_the_runtime_reads_no_offline_tool_and_nothing_outside_the_repository() -> None:
    for path in sources():
        text = path.read_text(encoding="utf-8")
        assert "import tools" not in text and "from tools" not in text, path
        assert "/work/" not in text and '"shared"' not in text, f"{path} reaches outside the repository"


def test_the_package_folder_shows_the_stages_and_the_commands() -> None:
    # A new contributor's `ls generator/`: one entry per stage, then the commands; nothing else at the top.
    entries = {p.name.removesuffix(".py") for p in PACKAGE.iterdir()
               if p.name != "__pycache__" and (p.suffix == ".py" or p.is_dir())} - {"__init__"}
    assert entries == set(SUBPACKAGES) | set().union(*TOP_LEVEL.values())


def test_derived_posting_facts_are_worked_out_only_in_the_model() -> None:
    # Level, role family, yearly pay, eligible countries and similar roles are computed once, by the model;
    # later stages read the posting's fields (or model.similar) instead of calling the functions again.
    deriving = {"seniority_of", "role_family", "yearly_pay", "open_to", "similar_roles"}
    callers = []
    for path in sources():
        if stage_of(module_name(path)) in ("base", "config", "load", "model"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in deriving:
                    callers.append(f"{module_name(path)}:{node.lineno} calls {name}")
    assert not callers, "\n".join(callers)


def test_templates_call_no_python_of_ours_but_label_and_card_formatters() -> None:
    # Templates lay out what render/ decided (page_views.py, cards.py): no globals of ours but the address book,
    # read for its constants only (urls.STATS_URL), and the only filters are the enum labels and the lazily made
    # cards (render/pages/renderer.py says why those stay filters).
    import jinja2

    from generator.base import addresses
    from generator.render.pages.renderer import make_environment

    env = make_environment(ROOT / "templates")
    assert set(env.globals) - set(jinja2.Environment().globals) == {"urls"} and env.globals["urls"] is addresses
    read = {name for path in (ROOT / "templates").glob("*.html")
            for name in re.findall(r"\burls\.(\w+)", path.read_text(encoding="utf-8"))}
    assert read and all(name.isupper() and isinstance(getattr(addresses, name), str) for name in read), read
    assert set(env.filters) - set(jinja2.Environment().filters) == {"workplace", "employment", "stage", "cards"}


RENDER_PARTS = {"pages", "feeds", "browse", "stats", "hosting"}  # by what they produce (README, "The code")
RENDER_SHARED = {"__init__.py", "site.py", "output.py", "format.py"}  # the entry, the unit, shared wording


def test_render_is_split_by_what_its_parts_produce() -> None:
    render = PACKAGE / "render"
    assert {p.name for p in render.iterdir() if p.name != "__pycache__"} == RENDER_SHARED | RENDER_PARTS
    assert all((render / part / "__init__.py").is_file() for part in RENDER_PARTS)
    # One naming scheme: a module is named for what it makes inside its part (pages/views.py, stats/page.py),
    # not with the part repeated or a role suffix (page_views.py, stats_view.py, digest_feeds.py).
    names = [p.stem for p in render.rglob("*.py")]
    assert not [n for n in names if n.endswith(("_page", "_view", "_views", "_map")) or "_feeds" in n], names


STAGE_TESTS = {"base", "load", "model", "render", "write", "commands", "browser"}
PROJECT_TESTS = {"test_layout.py", "test_lint.py", "test_dependencies.py"}  # about the repository as a whole


def test_tests_mirror_the_stages() -> None:
    # A module's tests are found by its path: tests/<stage>/ beside generator/<stage>/, commands and the
    # browser apart; only the checks of the whole repository sit at the top.
    tests = ROOT / "tests"
    assert {p.name for p in tests.glob("test_*.py")} == PROJECT_TESTS
    folders = {p.name for p in tests.iterdir() if p.is_dir() and p.name != "__pycache__"}
    # hostile/: payloads several stages feed in; bench/: tests of bench/'s tools (mutate.py's automatic mode);
    # golden/: approval tests of whole runs (a built site, check's report, operator transcripts) across stages.
    assert STAGE_TESTS <= folders and folders - STAGE_TESTS <= {"hostile", "bench", "golden"}
    for folder in STAGE_TESTS:
        assert (tests / folder / "__init__.py").is_file(), folder
    # tests/browser/ holds the modules that drive Chromium through and through (a few stage modules keep one
    # browser check beside their build tests; conftest.py marks every browser test wherever it is).
    browser = list((tests / "browser").glob("test_*.py"))
    assert browser and all("page: Page" in p.read_text(encoding="utf-8") for p in browser)
