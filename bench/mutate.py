"""Mutation testing as a habit: plant one plausible bug at a time, run the tests that should catch it, report.

Each mutation below is one textual change (`old` → `new`, found exactly once in `file`) that imitates a bug
someone could really write, with the test node ids that ought to fail. For each one the script writes the
mutant, runs `python -m pytest -x -q -p no:cacheprovider <tests>` with a timeout, and always puts the file
back (bytes and modification time, even on Ctrl-C). A mutant whose tests fail is killed; one whose tests pass
survived, which names a missing test. Equivalent mutants (no behaviour changes) are listed with the reason and
not run. Standard library only.

    python bench/mutate.py                 # every mutation; the kill rate per set and overall
    python bench/mutate.py --set fresh     # only one set: fresh (the sample) or issue (issue 30's survivors)
    python bench/mutate.py --only NAME ... # some mutations by name
    python bench/mutate.py --list          # names, files and tests, running nothing
    python bench/mutate.py --check         # every `old` found exactly once, and each file clean in git
    python bench/mutate.py --no-baseline   # skip the first run of all named tests on the unmutated code

First it runs all the named tests once on the unmutated code (a kill means something only if they pass without
the mutant). It refuses to start when a file it would mutate has uncommitted changes (a mutant restored over
them would lose them), or when an `old` text is missing or ambiguous (the code moved on: update the mutation). Runs are
sequential and niced, so it shares the machine politely; see bench/README.md for the figures.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TIMEOUT = 600  # seconds per mutant; a mutant that hangs the tests counts as killed, and says so


@dataclass(frozen=True)
class Mutation:
    name: str
    file: str
    old: str
    new: str
    tests: tuple[str, ...]
    bug: str  # the mistake it imitates
    set: str = "fresh"  # fresh: the sample measured; issue: the survivors issue 30 named
    equivalent: str = ""  # why no test can tell the mutant apart (then it is not run)


M = Mutation
T_ANNOUNCE = "tests/commands/test_announce.py"
T_HOSTILE = "tests/render/test_hostile.py"
CRAFTED_SAVED = "tests/browser/test_browse.py::test_crafted_saved_entries_and_a_malformed_import_link_break_nothing"

MUTATIONS: tuple[Mutation, ...] = (
    # --- issue 30's eight survivors -------------------------------------------------------------------------
    M("fingerprint-without-table", "generator/model/assemble.py",
      "fingerprint=text_key(source.key, url, benchmarks_key))", "fingerprint=text_key(source.key, url))",
      ("tests/write/test_incremental.py",), "the compensation table left out of every fingerprint", "issue"),
    M("search-keeps-ruled-out-row", "templates/static/jobs-search.js",
      "score[i] = m.rows[i] && score[i] ? score[i] + m.title[i] : 0;",
      "score[i] = m.rows[i] ? score[i] + m.title[i] : 0;",
      ("tests/browser/test_search.py::test_trade_words_and_stemming",),
      "a later search word brings back a role an earlier word ruled out", "issue"),
    M("dry-run-digest-edge", "generator/announce/run.py",
      "        if len(pending) > self.options.digest_threshold:\n            texts",
      "        if len(pending) >= self.options.digest_threshold:\n            texts",
      (f"{T_ANNOUNCE}::test_a_dry_run_shows_exactly_what_the_real_run_then_sends",),
      "--dry-run shows a digest where the real run sends single messages", "issue"),
    M("country-per-location", "generator/render/stats/figures.py",
      "sorted({loc.country for loc in p.locations})", "sorted([loc.country for loc in p.locations])",
      ("tests/render/test_stats.py::test_stats_json_has_every_figure_counted_by_hand",),
      "a country counted once per location instead of once per posting", "issue"),
    M("remote-feed-with-closed", "generator/render/feeds/scopes.py",
      "    postings = model.open_postings\n    for param, value in scope.filters:",
      "    postings = model.postings\n    for param, value in scope.filters:",
      ("tests/model/test_expiry.py::test_a_closed_remote_role_leaves_the_remote_feeds",),
      "the remote feed built from every posting, closed ones included", "issue"),
    M("scheme-case-sensitive", "generator/load/validate.py",
      'scheme = match.group(1).lower() if match else ""', 'scheme = match.group(1) if match else ""',
      ("tests/load/test_check_catalogue.py::test_catalogue",),
      "JavaScript: in mixed case downgraded from the unsafe-link error to a warning", "issue"),
    M("csp-img-https", "netlify.toml", "img-src 'self' data:;", "img-src 'self' data: https:;",
      ("tests/render/test_netlify.py",), "the CSP's img-src loosened to any https: host", "issue"),
    M("form-slug-keeps-accents", "templates/static/post-a-job.js",
      '.replace(/[\\u0300-\\u036f]/g, "")', "",
      ("tests/browser/test_post_a_job.py::test_an_accented_title_names_the_file_as_python_does",),
      "accents not folded in the post-a-job slug", "issue"),

    # --- config and base --------------------------------------------------------------------------------------
    M("epoch-off-by-one", "generator/config.py", "dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)",
      "dt.datetime.fromtimestamp(int(epoch) + 1, tz=dt.timezone.utc)",
      ("tests/commands/test_cli_errors.py", "tests/commands/test_cli_build.py"),
      "SOURCE_DATE_EPOCH read one second late"),
    M("loose-token-check", "generator/announce/targets.py",
      'TELEGRAM_TOKEN = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")', 'TELEGRAM_TOKEN = re.compile(r"[0-9]+:.+")',
      (f"{T_ANNOUNCE}::test_a_malformed_token_is_one_line_exit_1_and_never_printed",),
      "a bot token with a space or newline accepted"),

    # --- load: reading files, YAML, the schema, Markdown --------------------------------------------------------
    M("file-limit-10x", "generator/load/files.py", "MAX_FILE_BYTES = 256 * 1024", "MAX_FILE_BYTES = 2560 * 1024",
      (f"{T_HOSTILE}::test_a_symlinked_or_huge_table_is_refused",), "the size limit raised by a slip"),
    M("bom-accepted", "generator/load/files.py", 'if data.startswith(b"\\xef\\xbb\\xbf"):',
      'if data.startswith(b"\\xef\\xbb\\xbf\\x00"):', ("tests/load/test_load.py", "tests/load/test_check_catalogue.py"),
      "a file with a byte-order mark let through"),
    M("front-matter-dots", "generator/load/files.py", 'in ("---", "..."):', 'in ("---",):',
      ("tests/load/test_load.py",), "YAML's '...' end marker no longer closes front matter"),
    M("symlinked-file-read", "generator/load/files.py",
      "    if path.is_symlink():\n        problems.append(_problem(path, 1, 1, \"symbolic links",
      "    if path.is_dir():\n        problems.append(_problem(path, 1, 1, \"symbolic links",
      (f"{T_HOSTILE}::test_a_symlinked_or_huge_table_is_refused", "tests/load/test_load.py"),
      "a symlinked content file followed"),
    M("data-folder-link-followed", "generator/load/benchmarks.py",
      "if linked_folder(path.parent, problems) or not path.exists()", "if not path.exists()",
      (f"{T_HOSTILE}::test_a_symlinked_top_level_folder_is_refused_in_one_line",),
      "a symlinked data/ folder followed"),
    M("spoiler-match-not-search", "generator/load/schema.py", "(spoiler := ONE_LINE_SPOILER_RE.search(text))",
      "(spoiler := ONE_LINE_SPOILER_RE.match(text))",
      (f"{T_HOSTILE}::test_one_line_fields_refuse_characters_that_fake_lines_or_reverse_text",),
      "re.match where re.search was meant: a spoofing character after the first letter passes"),
    M("map-key-match", "generator/load/schema.py", "if not re.fullmatch(self.key_pattern, key):",
      "if not re.match(self.key_pattern, key):", (f"{T_HOSTILE}::test_a_map_key_ending_in_a_newline_is_refused",),
      "a name ending in a newline accepted ('$' matches before it)"),
    M("slug-match", "generator/model/assemble.py", "if SLUG_RE.fullmatch(src.slug):", "if SLUG_RE.match(src.slug):",
      (f"{T_HOSTILE}::test_a_file_name_ending_in_a_newline_is_not_a_slug",), "a file name ending in a newline"),
    M("required-checked-in-out", "generator/load/schema.py", "if f.required and f.name not in value:",
      "if f.required and f.name not in out:", ("tests/model/test_model.py",),
      "the required check reads the checked values instead of the document",
      equivalent="out holds every known key of the document (INVALID when its value is bad) and nothing else, "
                 "so a required key is missing from out exactly when it is missing from the document"),
    M("images-rendered", "generator/load/markdown.py", '    md.disable("image")\n', "",
      ("tests/commands/test_build.py", T_HOSTILE), "Markdown images render, loading from foreign hosts"),
    M("h1-not-demoted", "generator/load/markdown.py", 'token.tag == "h1":', 'token.tag == "h0":',
      ("tests/commands/test_build.py",), "a body's '# Heading' stays a second <h1> on the page"),
    M("align-class-name", "generator/load/markdown.py", 'token.attrSet("class", "align-" + ',
      'token.attrSet("class", "text-" + ', (f"{T_HOSTILE}::test_table_alignment_is_a_class_the_stylesheet_defines",),
      "alignment classes the stylesheet does not define"),
    M("link-rel-dropped", "generator/load/markdown.py", 'attrSet("rel", "nofollow ugc noopener")',
      'attrSet("rel", "nofollow")', ("tests/commands/test_build.py", T_HOSTILE, "tests/render/test_seo.py"),
      "strangers' links get the opener and ranking credit"),

    # --- model ----------------------------------------------------------------------------------------------------
    M("closes-at-midnight", "generator/model/assemble.py", "dt.time(12, 0), tzinfo=dt.timezone.utc)",
      "dt.time(0, 0), tzinfo=dt.timezone.utc)", ("tests/model/test_model.py", "tests/model/test_expiry.py"),
      "a posting closes at midnight UTC instead of the end of its day everywhere"),
    M("open-at-closing-instant", "generator/model/assemble.py", "clock < closes_at(expires)",
      "clock <= closes_at(expires)", ("tests/model/test_model.py", "tests/model/test_expiry.py"),
      "still open at the very instant it closes"),
    M("closed-or", "generator/model/assemble.py", "return closed is None and (", "return closed is None or (",
      ("tests/model/test_expiry.py", "tests/model/test_model.py"),
      "an expired posting with no `closed` key stays open"),
    M("history-oldest-wins", "generator/load/history.py", "and day is not None and token not in dates:",
      "and day is not None:", ("tests/render/test_post_a_job.py", "tests/render/test_feeds.py"),
      "a file dated by its oldest commit instead of its newest"),
    M("history-not-in-fingerprint", "generator/model/assemble.py",
      'updated.isoformat() if updated else ""),', '""),',
      ("tests/write/test_incremental.py",), "a commit's date left out of the posting's fingerprint"),
    M("hourly-pay-year", "generator/load/schema.py", '"day": 260, "hour": 2080}', '"day": 260, "hour": 2000}',
      ("tests/model/test_facts.py", "tests/render/test_stats.py", "tests/model/test_model.py",
       "tests/model/test_similar.py"),
      "hourly pay annualised with the wrong number of hours"),
    M("table-check-skipped", "generator/model/assemble.py",
      "    benchmarks = _complete(benchmarks, out)\n", "",
      (f"{T_HOSTILE}::test_a_table_of_the_wrong_shape_is_one_content_error",),
      "a damaged compensation table accepted, crashing later"),

    # --- render ---------------------------------------------------------------------------------------------------
    M("guid-uses-year", "generator/render/feeds/entries.py",
      'f"tag:{host},{posting.posted.isoformat()}:jobs/{posting.key}"',
      'f"tag:{host},{posting.posted.year}:jobs/{posting.key}"',
      ("tests/render/test_feeds.py::test_feed_ids_are_these_literal_tag_uris",),
      "feed ids change format (readers re-show)"),
    M("prev-on-page-one", "generator/render/pages/paginate.py", "if self.number > 1 else None",
      "if self.number > 0 else None", ("tests/render/test_browse_index.py", "tests/model/test_similar.py"),
      "page one links to a previous page"),
    M("first-item-off", "generator/render/pages/paginate.py", "(self.number - 1) * self.per_page + 1",
      "self.number * self.per_page + 1", ("tests/render/test_browse_index.py", "tests/model/test_similar.py"),
      "'Showing 51–100' on page one"),
    M("redirect-301", "generator/render/hosting/redirects.py", '{posting.apply_url} 302!"', '{posting.apply_url} 301!"',
      ("tests/render/test_netlify.py",), "apply redirects cached forever by browsers"),
    M("jsonld-on-ended", "generator/render/pages/seo.py", "    if not posting.is_open:\n", "    if posting.ended:\n",
      ("tests/render/test_seo.py", "tests/model/test_expiry.py"), "JobPosting data kept while a role has no end day",
      equivalent="ended is a day exactly when the posting is not open (closed, or expired before the clock), "
                 "so both tests agree on every posting"),
    M("jsonld-on-marked-closed-only", "generator/render/pages/seo.py", "    if not posting.is_open:\n",
      "    if posting.closed:\n", ("tests/render/test_seo.py", "tests/model/test_expiry.py"),
      "an expired posting (not marked closed) keeps its JobPosting data"),
    M("jsonld-lt-unescaped", "generator/render/pages/seo.py", '_SCRIPT_ESCAPES = (("<", "\\\\u003c"), ',
      "_SCRIPT_ESCAPES = (", ("tests/render/test_seo.py", "tests/commands/test_build.py"),
      "'</script>' in a title closes the JSON-LD block"),
    M("sitemap-lastmod-open-only", "generator/render/hosting/sitemap.py", "for p in postings if p.is_open or p.ended]",
      "for p in postings if p.is_open]",
      ("tests/render/test_seo.py",), "a listing's lastmod ignores roles that closed"),
    M("percentile-rank", "generator/render/stats/figures.py",
      "lo, rest = divmod((len(xs) - 1) * q.numerator, q.denominator)",
      "lo, rest = divmod(len(xs) * q.numerator, q.denominator)", ("tests/render/test_stats.py",),
      "percentiles by the wrong rank"),

    # --- write and serve ------------------------------------------------------------------------------------------
    M("write-backslash", "generator/write/__init__.py", ' or "\\\\" in path:', ":",
      ("tests/write/test_write.py", "tests/write/test_paths.py"),
      "an output path with a backslash written"),
    M("write-same-size-linked", "generator/write/__init__.py", "if size == len(data) and _read(current) == data:",
      "if size == len(data):", ("tests/write/test_write.py", "tests/write/test_incremental.py"),
      "a changed file of the same size kept as the old one"),
    M("serve-control-chars", "generator/serve.py", 'UNSAFE_PATH = re.compile("[\\x00-\\x1f\\x7f]")',
      'UNSAFE_PATH = re.compile("[\\x00\\x7f]")',
      ("tests/commands/test_serve.py::test_control_characters_in_a_path_are_refused_and_never_reach_a_header",),
      "CR and LF in a path reach the Location header"),
    M("serve-double-slash", "generator/serve.py", 'clean = "/" + posixpath.normpath(path).lstrip("/")',
      "clean = posixpath.normpath(path)", ("tests/commands/test_serve.py::test_a_redirect_never_leaves_the_site",),
      "a //host path redirects off the site"),
    M("serve-backslash-safe", "generator/serve.py", '''LOCATION_SAFE = "/-._~!$&'()*+,;=:@"''',
      '''LOCATION_SAFE = "/-._~!$&'()*+,;=:@\\\\"''',
      ("tests/commands/test_serve.py::test_a_redirect_never_leaves_the_site",
       "tests/commands/test_serve.py::test_a_redirect_keeps_its_path_percent_encoded"),
      "a backslash left unescaped in a redirect"),

    # --- announce -------------------------------------------------------------------------------------------------
    M("tokens-not-hidden", "generator/announce/targets.py", 'text = text.replace(form, "***")', "text = text",
      (f"{T_ANNOUNCE}::test_an_unexpected_error_in_announce_is_one_line_without_the_tokens",),
      "an internal error prints the token"),
    M("rate-cap-inclusive", "generator/announce/targets.py", "if wait > MAX_RETRY_AFTER or",
      "if wait >= MAX_RETRY_AFTER or", (T_ANNOUNCE,), "a wait of exactly the cap is not slept"),
    M("401-not-whole-target", "generator/announce/targets.py", "whole_target=reply.status == 401)",
      "whole_target=reply.status == 403)", (T_ANNOUNCE,), "after a 401 the bot's other channels are tried too"),
    M("forget-after-9-days", "generator/announce/state.py", "FORGET_AFTER = dt.timedelta(days=90)",
      "FORGET_AFTER = dt.timedelta(days=9)", (T_ANNOUNCE,), "roles forgotten too soon, so announced again"),
    M("naive-time-accepted", "generator/announce/state.py", ".tzinfo is None:", ".tzinfo is None and False:",
      (f"{T_ANNOUNCE}::test_a_state_timestamp_without_a_time_zone_is_refused_before_sending",),
      "a state time without a zone accepted, crashing after sending"),
    M("telegram-slash-linked", "generator/announce/messages.py", 'TELEGRAM_ENTITY_START = re.compile(r"[@#$/]|',
      'TELEGRAM_ENTITY_START = re.compile(r"[@#$]|',
      (f"{T_ANNOUNCE}::test_titles_cannot_make_telegram_link_or_mention",),
      "/commands and t.me/… paths in titles stay live"),
    M("mastodon-mentions", "generator/announce/messages.py", 'return text.replace("@", "@\\u200b")', "return text",
      (T_ANNOUNCE,), "a title mentions (and notifies) a Mastodon account"),
    M("pace-before-first", "generator/announce/run.py", "if role is not pending[0]:", "if role is pending[0]:",
      (T_ANNOUNCE,), "the pause between messages taken at the wrong time"),

    # --- the pull-request comment, the browser, deployment --------------------------------------------------------
    M("gh-ref-linked", ".github/scripts/pr_comment.py", 'r"(?i)\\bGH(?=\\\\-[0-9])"', 'r"(?i)\\bGH(?=-[0-9])"',
      ("tests/commands/test_pr_comment.py",), "GH-123 in a finding becomes an issue link"),
    M("comment-any-commit", ".github/scripts/pr_comment.py",
      "if not head_sha or github.pull_request_head(number) != head_sha:", "if not head_sha:",
      ("tests/commands/test_pr_comment.py",), "a pull request's findings posted on another pull request"),
    M("findings-uncapped", ".github/scripts/pr_comment.py", "MAX_FINDINGS = 50", "MAX_FINDINGS = 500",
      ("tests/commands/test_pr_comment.py",), "a comment with thousands of findings"),
    M("saved-key-any-type", "templates/static/jobs-core.js", 'return item && typeof item.k === "string" && KEY_RE',
      "return item && KEY_RE", (CRAFTED_SAVED,),
      "a crafted saved entry stops /saved/"),
    M("import-link-throws", "templates/static/jobs-saved.js",
      "try { key = decodeURIComponent(part); } catch (e) { return; }", "key = decodeURIComponent(part);",
      (CRAFTED_SAVED,),
      "a malformed #import= link stops /saved/"),
    M("hsts-short", "netlify.toml", 'Strict-Transport-Security = "max-age=31536000"',
      'Strict-Transport-Security = "max-age=3153600"',
      ("tests/commands/test_workflows.py",), "HSTS for a tenth of a year"),
    M("checkout-keeps-token", ".github/workflows/announce.yml", "        with:\n          persist-credentials: false",
      "        with:\n          persist-credentials: true", ("tests/commands/test_workflows.py",),
      "the write token left in the checkout beside the secrets"),
)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("fresh", "issue"), help="run only this set")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these mutations")
    parser.add_argument("--list", action="store_true", help="list the mutations and run nothing")
    parser.add_argument("--check", action="store_true", help="check every mutation applies, run nothing")
    parser.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT, help="seconds per mutant")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the first run of the named tests on the unmutated code")
    return parser.parse_args(argv)


def selected(args: argparse.Namespace) -> list[Mutation]:
    chosen = [m for m in MUTATIONS if (not args.set or m.set == args.set) and (not args.only or m.name in args.only)]
    unknown = set(args.only or ()) - {m.name for m in MUTATIONS}
    if unknown:
        raise SystemExit(f"mutate: no mutation named {', '.join(sorted(unknown))} (see --list)")
    return chosen


def problems(mutations: list[Mutation]) -> list[str]:
    """Why the run cannot start: a mutation that no longer applies, or a file with uncommitted changes."""
    found = []
    names = [m.name for m in MUTATIONS]
    found += [f"{name}: two mutations share this name" for name in sorted({n for n in names if names.count(n) > 1})]
    for m in mutations:
        path = REPO / m.file
        count = path.read_text(encoding="utf-8").count(m.old) if path.is_file() else -1
        if count != 1:
            found.append(f"{m.name}: {m.file} holds the text to change {max(count, 0)} times, not once: update it")
    for file in sorted({m.file for m in mutations if not m.equivalent}):
        dirty = subprocess.run(["git", "status", "--porcelain", "--", file], cwd=REPO, capture_output=True,
                               text=True, check=True).stdout.strip()
        if dirty:
            found.append(f"{file} has uncommitted changes: commit or stash them first (a mutant is restored "
                         "over the file as committed)")
    return found


def run_tests(m: Mutation, timeout: int) -> tuple[str, float, str]:
    """Write the mutant, run its tests, put the file back whatever happens; (outcome, seconds, last line)."""
    path = REPO / m.file
    original, stat = path.read_bytes(), path.stat()
    # No bytecode for the mutant: a .pyc of it could outlive the restore when both have one size and second.
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *m.tests]
    started = time.monotonic()
    try:
        path.write_bytes(original.decode("utf-8").replace(m.old, m.new, 1).encode("utf-8"))
        try:
            done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout,
                                  preexec_fn=lambda: os.nice(10))
        except subprocess.TimeoutExpired:
            return "timeout", time.monotonic() - started, f"no result within {timeout} s"
    finally:
        path.write_bytes(original)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    # 1: a test failed; 2: the tests could not even be collected (the mutant broke an import); both are kills.
    outcome = {0: "survived", 1: "killed", 2: "killed"}.get(done.returncode, "error")
    return outcome, time.monotonic() - started, last


def baseline(mutations: list[Mutation], timeout: int) -> str | None:
    """Run every named test once on the unmutated code: a kill means something only if they pass without it."""
    tests = sorted({t for m in mutations if not m.equivalent for t in m.tests})
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests]
    try:
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout * 3,
                              preexec_fn=lambda: os.nice(10))
    except subprocess.TimeoutExpired:
        return "the unmutated tests did not finish in time"
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        return f"the tests fail without any mutant, so no kill would mean anything:\n{tail}"
    return None


def report(results: list[tuple[Mutation, str]]) -> list[str]:
    lines = []
    for name in ("fresh", "issue", "all"):
        rows = [(m, o) for m, o in results if name == "all" or m.set == name]
        if not rows:
            continue
        killed = sum(o in ("killed", "timeout") for _, o in rows)
        equivalent = sum(o == "equivalent" for _, o in rows)
        errors = sum(o == "error" for _, o in rows)
        measured = len(rows) - equivalent - errors
        rate = f"{100 * killed / measured:.0f} %" if measured else "n/a"
        lines.append(f"{name}: {len(rows)} mutations, {equivalent} equivalent, {errors} errors; "
                     f"killed {killed} of {measured} ({rate}); survived {measured - killed}")
    survivors = [m for m, o in results if o == "survived"]
    lines += [f"  survivor {m.name}: {m.bug} ({m.file}) — tests: {' '.join(m.tests)}" for m in survivors]
    return lines


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    mutations = selected(args)
    if args.list:
        for m in mutations:
            flag = f" [equivalent: {m.equivalent}]" if m.equivalent else ""
            print(f"{m.set:5} {m.name:28} {m.file}  ← {m.bug}{flag}\n      tests: {' '.join(m.tests)}")
        return 0
    if found := problems(mutations):
        print("\n".join(f"mutate: {line}" for line in found), file=sys.stderr)
        return 2
    if args.check:
        print(f"{len(mutations)} mutations apply cleanly.")
        return 0
    if not args.no_baseline:
        print("Baseline: the named tests on the unmutated code …", flush=True)
        if failure := baseline(mutations, args.timeout):
            print(f"mutate: {failure}", file=sys.stderr)
            return 2
    results: list[tuple[Mutation, str]] = []
    try:
        for i, m in enumerate(mutations, start=1):
            if m.equivalent:
                results.append((m, "equivalent"))
                print(f"[{i}/{len(mutations)}] {m.name}: equivalent, not run ({m.equivalent})", flush=True)
                continue
            outcome, seconds, last = run_tests(m, args.timeout)
            results.append((m, outcome))
            detail = f" — {last}" if outcome != "killed" else ""
            print(f"[{i}/{len(mutations)}] {m.name}: {outcome.upper()} in {seconds:.0f} s{detail}", flush=True)
    except KeyboardInterrupt:
        print("\nmutate: interrupted; the file in flight was restored.", file=sys.stderr)
        print("\n".join(report(results)))
        return 130
    print("\n".join(report(results)))
    return 1 if any(o in ("survived", "error") for _, o in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
