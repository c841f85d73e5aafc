"""The `jobsite` command line: a thin shell over the build stages."""
from __future__ import annotations

import errno
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

# Editors' commands (check, schema, new): kept apart so the build's own imports above stay as they were.
from . import check as check_mod
from . import scaffold

# jobsite announce: its default lives with the command's logic (generator/announce/run.py).
from .announce.run import DIGEST_THRESHOLD
from .base.cache import Cache
from .base.errors import INFO, ContentError, Problem
from .base.progress import DelayedProgressBar
from .build import BuildResult, build_site
from .config import SetupError, build_clock, make_options
from .load import schema
from .load.files import display_path
from .load.json_schema import write_schemas


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        click.echo(problem.format(), err=True)


@contextmanager
def _refusals(content: str, consequence: str, *kinds: type[Exception]) -> Iterator[None]:
    """Content errors (each printed) and a command's own one-line refusals (`kinds`) end with exit status 1."""
    try:
        yield
    except ContentError as exc:
        _print_problems(exc.problems)
        raise click.ClickException(f"{len(exc.errors)} error(s) in {content}/: fix them (jobsite check) first; "
                                   f"{consequence}") from None
    except kinds as exc:
        raise click.ClickException(str(exc)) from None


class _Program:
    """The root context's object when the command line runs as its own process (`jobsite …`, `python -m
    generator.cli …`), not called from Python (a test's CliRunner, a caller): only then may a command end the
    process itself (`_leave`)."""


class _Commands(click.Group):
    """The command group: a problem with how jobsite was run is one line and exit status 1, never a traceback."""

    def main(self, args=None, *rest, **extra):  # type: ignore[override]
        if args is None:  # click reads sys.argv: this process is the command
            extra.setdefault("obj", _Program())
        return super().main(args, *rest, **extra)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SetupError as exc:
            raise click.ClickException(str(exc)) from None


@contextmanager
def _explanation(command: str, verbose: bool | None, hide: Callable[[str], str] = str) -> Iterator[None]:
    """Turn an unexpected error into one line (exit 1 for the system's refusals, 2 for a bug in jobsite);
    --verbose shows the traceback instead (None: the command has no such flag). `hide` blanks secrets."""
    again = " (run again with --verbose for the traceback)" if verbose is not None else ""
    try:
        yield
    except (SetupError, click.ClickException):
        raise
    except OSError as exc:  # a full disk, a folder it may not write: the machine's answer, not a bug
        if verbose:
            raise
        raise click.ClickException(hide(f"jobsite {command} stopped: {exc}{again}")) from None
    except Exception as exc:
        if verbose:
            raise
        how = "run again with --verbose and report it" if verbose is not None else "report it"
        click.echo(hide(f"jobsite {command} stopped on an internal error ({type(exc).__name__}: {exc}). This is a "
                        f"bug in jobsite, not in your content: {how}."), err=True)
        sys.exit(2)


def _explained(command: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Run a command that has a --verbose flag under `_explanation`."""
    def decorate(run: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(run)
        def explained(*args: object, **kwargs: object) -> None:
            with _explanation(command, bool(kwargs.get("verbose"))):
                run(*args, **kwargs)
        return explained
    return decorate


@click.group(cls=_Commands)
@click.version_option(package_name="jobsite")
def main() -> None:
    """Build a static job board from the files in content/."""


@main.command()
@click.option("--content", "content", default="content", show_default=True, type=click.Path(file_okay=False),
              help="Folder with site.yaml, companies/ and jobs/.")
@click.option("--output", "output", default="site", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write the site into (replaced as a whole).")
@click.option("--base-url", default=None, help="Override site.yaml's base_url (e.g. for deploy previews).")
@click.option("--verbose", is_flag=True, help="Show per-stage timings, and tracebacks for unexpected errors.")
@click.option("--no-cache", is_flag=True, help="Ignore and leave alone the .jobsite-cache/ folder beside content/.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes to build with (default: one per core, where the site is big enough to pay).")
@_explained("build")
def build(content: str, output: str, base_url: str | None, verbose: bool, no_cache: bool,
          workers: int | None) -> None:
    """Validate all content, render every page and feed, and swap the new site in."""
    options = make_options(content, output, base_url)
    try:
        with DelayedProgressBar() as progress:
            cache = Cache(None) if no_cache else Cache.beside(options.content_dir)
            result = build_site(options, cache, workers=workers, progress=progress)
    except ContentError as exc:
        _print_problems(exc.problems)
        click.echo(f"Build failed: {len(exc.errors)} error(s); {output}/ was left unchanged.", err=True)
        sys.exit(1)
    # Notes (info) are for `jobsite check`; a build shows what needs fixing: warnings, and errors above.
    _print_problems([p for p in result.problems if p.level != INFO])
    if verbose:
        _print_timings(result)
    click.echo(result.summary())
    _leave()


def _leave() -> None:
    """End a successful build's process here, once what it printed is flushed: tearing down the model and the
    cache's records object by object costs a rebuild at 10,000 postings about 0.15 s of its wall time, and the
    process has nothing left to do (its cache is saved, its workers joined). Called from Python, return."""
    if not isinstance(click.get_current_context().find_root().obj, _Program):
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


# --- jobsite check: the build's validation, reported for editors and CI -----------------------------------

@main.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--content", "content", default="content", show_default=True, type=click.Path(file_okay=False),
              help="Folder with site.yaml, companies/ and jobs/.")
@click.option("--strict", is_flag=True, help="Fail on warnings too (CI runs strict).")
@click.option("--format", "output_format", type=click.Choice(check_mod.FORMATS), default="text",
              show_default=True, help="text for people, github for Actions annotations, json for tools.")
@click.option("--verbose", is_flag=True, help="Show tracebacks for unexpected errors.")
@_explained("check")  # a bug in jobsite, never a content problem: say so instead of a traceback
def check_command(paths: tuple[str, ...], content: str, strict: bool, output_format: str, verbose: bool) -> None:
    """Check every content file and report every problem; write nothing.

    With PATHS, all content is still read (postings need their companies), but warnings and notes are shown
    only for those files or folders; errors are shown wherever they are, because any error stops the build.
    """
    options = make_options(content)
    problems = check_mod.select_problems(check_mod.check_content(options), paths)
    summary = check_mod.summary_line(problems, check_mod.count_files(options.content_dir))
    if output_format == "json":
        click.echo(check_mod.format_json(problems))
        click.echo(summary, err=True)  # stdout stays parseable
    else:
        lines = check_mod.format_github(problems) if output_format == "github" else check_mod.format_text(problems)
        click.echo("\n".join([*lines, summary]))
    sys.exit(1 if check_mod.failed(problems, strict) else 0)


# --- jobsite schema: JSON Schemas for editors, from the validator's own definitions -----------------------

@main.command("schema")
@click.option("--output", "output", default="schemas", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write posting, company and site schemas into.")
def schema_command(output: str) -> None:
    """Write JSON Schemas for posting and company front matter and for site.yaml."""
    with _explanation("schema", None):  # a folder it may not write, or a file in the way: one line
        for path in write_schemas(Path(output)):
            click.echo(f"Wrote {path}")


# --- jobsite new: start a company or posting file that already passes the check --------------------------

@main.group("new")
def new_group() -> None:
    """Create a company or posting file with every required key and comments listing the allowed values."""


_content_option = click.option("--content", "content", default="content", show_default=True,
                               type=click.Path(file_okay=False), help="Folder with site.yaml, companies/ and jobs/.")


@new_group.command("company")
@click.argument("name")
@click.option("--slug", default=None, help="File name without .md; made from NAME when left out.")
@click.option("--website", default=None, help="The company's home page (https://…).")
@click.option("--stage", type=click.Choice(schema.STAGES), default=None,
              help=f"Funding stage; {scaffold.DEFAULT_STAGE}, marked for checking, when left out.")
@click.option("--tagline", default=None, help="What the company does, in one line.")
@_content_option
def new_company_command(name: str, slug: str | None, website: str | None, stage: str, tagline: str | None,
                        content: str) -> None:
    """Create companies/<slug>.md in the content folder for the company NAME."""
    _report_created(lambda: scaffold.new_company(Path(content), name, slug, website, stage, tagline))


@new_group.command("posting")
@click.option("--company", required=True, help="The company's slug: its file name in companies/.")
@click.option("--title", required=True, help="The role's title as the employer writes it.")
@click.option("--slug", default=None, help="File name without .md; made from the title when left out.")
@click.option("--category", default=None, help="A category id from site.yaml; the company's first by default.")
@click.option("--workplace", type=click.Choice(schema.WORKPLACES), default=None,
              help="Onsite at the company's headquarters by default, remote when it has none.")
@click.option("--employment-type", type=click.Choice(schema.EMPLOYMENT_TYPES), default="full-time",
              show_default=True)
@click.option("--location", "locations", multiple=True, help="'City, CC', e.g. 'Berlin, DE', or with a US state "
              "'City, CC-RR', e.g. 'Denver, US-CO'; repeat for more.")
@click.option("--apply-url", default=None, help="The employer's application page for this role.")
@_content_option
def new_posting_command(company: str, title: str, slug: str | None, category: str | None,
                        workplace: str | None, employment_type: str, locations: tuple[str, ...],
                        apply_url: str | None, content: str) -> None:
    """Create content/jobs/<company>/<slug>.md, posted today (SOURCE_DATE_EPOCH sets the day)."""
    def create() -> Path:
        places = tuple(scaffold.parse_location(text) for text in locations)
        request = scaffold.PostingRequest(company, title, slug, category, workplace, employment_type, places,
                                          apply_url)
        return scaffold.new_posting(Path(content), request, build_clock().date())

    _report_created(create)


def _report_created(create: Callable[[], Path]) -> None:
    with _explanation("new", None):  # a file where its folder should be, a full disk: one line, no traceback
        try:
            path = create()
        except scaffold.ScaffoldError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"Created {display_path(path)}")
    click.echo(f"Replace every {scaffold.PLACEHOLDER}, then run: jobsite check {display_path(path)}")


# --- jobsite import: roles from the employers' applicant-tracking systems, kept in step --------------------

@main.command("import")
@click.argument("source", required=False, metavar="[SOURCE]")
@click.option("--company", default=None, help="The company's slug (its file name in companies/); needed with SOURCE.")
@click.option("--category", default=None, help="Category of new postings; the company's only category by default.")
@click.option("--all", "every", is_flag=True, help="Import every `ats` board of every company.")
@click.option("--dry-run", is_flag=True, help="Print what would be added, changed, adopted and closed; write nothing.")
@click.option("--verbose", is_flag=True, help="Show tracebacks for unexpected errors.")
@_content_option
@_explained("import")
def import_command(source: str | None, company: str | None, category: str | None, every: bool, dry_run: bool,
                   verbose: bool, content: str) -> None:
    """Import and sync roles from SOURCE (greenhouse:BOARD, lever:SITE or ashby:BOARD), or from every board.

    Base URLs come from $JOBSITE_GREENHOUSE_API, $JOBSITE_LEVER_API and $JOBSITE_ASHBY_API when set. Roles gone
    from a board are closed (SOURCE_DATE_EPOCH sets the day), never deleted. See docs/import.md.
    """
    from .ats.jobs import ImportFailure  # httpx, markdownify and the ATS clients load only for this command
    from .ats.run import ImportRequest, run_import

    request = ImportRequest(Path(content), source, company, category, every, dry_run)
    try:
        run_import(request, build_clock().date(), echo=click.echo, warn=lambda line: click.echo(line, err=True))
    except ImportFailure as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.option("--title", help="The role's title, e.g. 'Senior ML Engineer'.")
@click.option("--country", help="ISO 3166-1 alpha-2 code of the role's location, e.g. DE.")
@click.option("--region", help="A region instead of a country, e.g. 'Europe' (remote eligibility names work).")
@click.option("--stage", help="Company stage, e.g. series-a.")
@click.option("--category", default="ai", show_default=True, help="ai, web3 or robotics.")
@click.option("--employment-type", default="full-time", show_default=True)
@click.option("--seniority", help="Override the seniority inferred from the title.")
@click.option("--jsonl", is_flag=True, help="Read JSON lines on stdin, write one JSON result per line.")
@click.option("--content", default="content", show_default=True, type=click.Path(file_okay=False),
              help="Folder holding data/compensation.yaml.")
def estimate(title: str | None, country: str | None, region: str | None, stage: str | None, category: str,
             employment_type: str, seniority: str | None, jsonl: bool, content: str) -> None:
    """Estimate compensation the way posting pages do, with the reasoning."""
    from pathlib import Path

    from .model import compensation

    try:
        bench = compensation.load_benchmarks(Path(content) / "data" / "compensation.yaml")
    except (OSError, ValueError) as exc:  # missing, unreadable, malformed YAML or an incomplete table
        raise click.ClickException(f"cannot read the compensation table: {exc}") from None
    if jsonl:
        # sys.stdin/stdout as they are at call time (CliRunner swaps them), ready for Click 9.
        for line in compensation.estimate_jsonl(sys.stdin, bench):
            sys.stdout.write(line + "\n")
        return
    if not title:
        raise click.UsageError("give --title, or --jsonl to read many postings from stdin")
    try:
        result = compensation.estimate(bench, title=title, seniority=seniority, country=country, region=region,
                                       stage=stage, category=category, employment_type=employment_type,
                                       currency=compensation.currency_for_country(country) if country else None)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(f"Estimated {compensation.format_estimate(result)} (median "
               f"{compensation.format_amount(result.median, result.currency)})")
    for sentence in result.reasoning:
        click.echo(f"- {sentence}")


def _load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):  # not every system reports one
        return "unknown"


def _print_timings(result: BuildResult) -> None:
    for stage, seconds in result.timings:
        click.echo(f"  {stage:<11} {seconds:7.3f} s", err=True)
    if result.cpu:  # what the stages cost, whatever the machine's load: compare these across runs
        stages = ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in result.cpu)
        click.echo(f"  cpu seconds {stages} (workers included; load average {_load_average()})", err=True)
    click.echo(f"  model {result.model_path}", err=True)
    if result.report:
        r = result.report
        swap = "swapped in" if r.swapped else "unchanged, nothing swapped"
        click.echo(f"  {r.written} written, {r.files - r.written} unchanged, {r.removed} removed; {swap}", err=True)


@main.command("announce")
@click.option("--site", required=True, metavar="DIR_OR_URL",
              help="A built site's folder, or a deployed site's address (its /jobs.json is read).")
@click.option("--state", "state", required=True, type=click.Path(dir_okay=False),
              help="JSON file of what was announced where; created by the first run, which sends nothing.")
@click.option("--dry-run", is_flag=True, help="Print what would be sent; send nothing and leave the state file.")
@click.option("--digest-threshold", type=click.IntRange(min=1), default=DIGEST_THRESHOLD, show_default=True,
              help="More new roles than this for one channel are sent as one digest message.")
def announce_command(site: str, state: str, dry_run: bool, digest_threshold: int) -> None:
    """Announce new open roles to their category's Telegram channel (and Mastodon), each exactly once.

    Telegram needs $TELEGRAM_BOT_TOKEN ($TELEGRAM_API_URL overrides https://api.telegram.org); Mastodon is
    used when $MASTODON_API_URL (the instance) and $MASTODON_ACCESS_TOKEN are set. See docs/announce.md.
    """
    from .announce import AnnounceOptions, announce
    from .announce.roles import AnnounceError
    from .announce.targets import hide_tokens

    options = AnnounceOptions(site, Path(state), dry_run, digest_threshold)
    # No --verbose here: a traceback of a request shows its URL and headers, and so the tokens.
    with _explanation("announce", None, hide=lambda text: hide_tokens(text, options.env)):
        try:
            result = announce(options, echo=click.echo)
        except AnnounceError as exc:
            raise click.ClickException(hide_tokens(str(exc), options.env)) from None
    sys.exit(result.exit_code)


@main.command("links")
@click.option("--content", "content", default="content", show_default=True, type=click.Path(file_okay=False),
              help="Folder with site.yaml, companies/ and jobs/.")
@click.option("--state", "state", required=True, type=click.Path(dir_okay=False),
              help="JSON file of each link's recent checks; created by the first run.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one line per link that is not ok; json: every link as {path, url, status, confirmed, "
                   "reason}.")
@click.option("--fix", is_flag=True, help="Add `closed: YYYY-MM-DD` to each posting whose closure is confirmed.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds to wait for each answer.")
@click.option("--pause", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests to one host.")
@click.option("--verbose", is_flag=True, help="Show tracebacks for unexpected errors.")
@_explained("links")
def links_command(content: str, state: str, output_format: str, fix: bool, timeout: float, pause: float,
                  verbose: bool) -> None:
    """Check the apply link of every open posting: ok, closed, unreachable or unknown.

    A closure is confirmed by two `closed` checks at least 24 hours apart with no good answer between them
    (SOURCE_DATE_EPOCH sets the clock). Exit 0 when it ran, whatever it found; 1 when it could not. See
    docs/links.md.
    """
    from .links import LinksOptions, StateError, run_links
    from .links.run import is_ok

    with _refusals(content, "nothing was checked", StateError):
        result = run_links(LinksOptions(Path(content), Path(state), fix, timeout, pause))
    if output_format == "json":
        click.echo(json.dumps([r.as_json() for r in result.reports], ensure_ascii=False, indent=2))
    else:
        for report in result.reports:
            if not is_ok(report):
                click.echo(report.line())
    for path, day in result.fixed:
        click.echo(f"Marked {path} closed: {day.isoformat()}", err=True)
    for line in result.problems:
        click.echo(line, err=True)
    click.echo(result.summary(), err=True)
    sys.exit(1 if result.problems else 0)


@main.command("remind")
@click.option("--content", "content", default="content", show_default=True, type=click.Path(file_okay=False),
              help="Folder with site.yaml, companies/ and jobs/.")
@click.option("--days", type=click.IntRange(min=0), default=7, show_default=True,
              help="Remind about postings that expire within this many days.")
@click.option("--dry-run", is_flag=True, help="Print the issues it would open; open nothing.")
@click.option("--verbose", is_flag=True, help="Show tracebacks for unexpected errors.")
@_explained("remind")
def remind_command(content: str, days: int, dry_run: bool, verbose: bool) -> None:
    """Open one GitHub issue per open posting that expires within --days and has a `contact`, once.

    Uses $GITHUB_TOKEN, $GITHUB_REPOSITORY (default: site.yaml's repository) and $GITHUB_API_URL (default
    https://api.github.com). The contact answers `/extend N` or `/filled` on the issue (jobsite answer).
    """
    import os

    from .remind import GitHubError, RemindOptions, run_remind

    with _refusals(content, "no reminder was sent", GitHubError):
        result = run_remind(RemindOptions(Path(content), days, dry_run), os.environ, click.echo)
    verb = "would open" if dry_run else "opened"
    click.echo(f"{len(result.opened)} reminder(s) {verb}, {result.existing} already open; "
               f"{result.uncontactable} expiring posting(s) have no contact to remind.", err=True)


@main.command("answer")
@click.option("--content", "content", default="content", show_default=True, type=click.Path(file_okay=False),
              help="Folder with site.yaml (its branch is the pull request's base).")
@click.option("--event", "event", envvar="GITHUB_EVENT_PATH", required=True, type=click.Path(dir_okay=False),
              help="The issue_comment event GitHub Actions wrote ($GITHUB_EVENT_PATH).")
@click.option("--verbose", is_flag=True, help="Show tracebacks for unexpected errors.")
@_explained("answer")
def answer_command(content: str, event: str, verbose: bool) -> None:
    """Act on `/extend N` or `/filled` commented on a reminder: open a pull request and reply with its link.

    The commenter must be the posting's contact or have write access; anything but exactly one command is
    refused with a reply. Uses the same environment as `jobsite remind`.
    """
    import os

    from .remind import GitHubError, read_event, run_answer

    with _refusals(content, "nothing was changed", GitHubError):
        run_answer(read_event(Path(event)), Path(content), os.environ, build_clock().date(), click.echo)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("--content", "content", default="content", show_default=True, type=click.Path(file_okay=False),
              help="Folder with site.yaml, companies/ and jobs/.")
@click.option("--output", "output", default="site", show_default=True, type=click.Path(file_okay=False),
              help="Folder to build into and serve.")
def serve(host: str, port: int, content: str, output: str) -> None:
    """Build, serve the site, and rebuild and reload open pages on every save."""
    from .serve import DevServer  # watchdog and http.server load only for this command

    options = make_options(content, output)
    try:
        server = DevServer(options, host, port, echo=click.echo)
    except OSError as exc:
        raise click.ClickException(_listen_error(host, port, exc)) from None
    try:
        server.start()
        click.echo(f"Serving {output}/ at {server.url} — rebuilding on changes in {content}/ and "
                   f"{options.templates_dir}/. Ctrl-C to stop.")
        server.run()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        server.stop()


def _listen_error(host: str, port: int, exc: OSError) -> str:
    """Say why the server cannot listen; a busy port (the common case) names the port and the way out."""
    if exc.errno == errno.EADDRINUSE:
        return (f"cannot listen on {host}:{port}: port {port} is already in use (another jobsite serve?); stop "
                f"that program or choose another port with --port {port + 1} (--port 0 picks a free one)")
    if exc.errno == errno.EACCES and 0 < port < 1024:
        return f"cannot listen on {host}:{port}: ports below 1024 need administrator rights; try --port 8000"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


if __name__ == "__main__":
    main()
