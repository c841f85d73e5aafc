"""The `jobsite` command line: a thin shell over the build stages."""
from __future__ import annotations

import sys

import click

from .build import BuildResult, build_site
from .config import make_options
from .errors import ContentError, Problem
from .progress import DelayedProgressBar


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        click.echo(problem.format(), err=True)


@click.group()
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
def build(content: str, output: str, base_url: str | None, verbose: bool, no_cache: bool,
          workers: int | None) -> None:
    """Validate all content, render every page and feed, and swap the new site in."""
    options = make_options(content, output, base_url)
    try:
        with DelayedProgressBar() as progress:
            result = build_site(options, use_cache=not no_cache, workers=workers, progress=progress)
    except ContentError as exc:
        _print_problems(exc.problems)
        click.echo(f"Build failed: {len(exc.errors)} error(s); {output}/ was left unchanged.", err=True)
        sys.exit(1)
    _print_problems(list(result.problems))
    if verbose:
        _print_timings(result)
    click.echo(result.summary())


def _print_timings(result: BuildResult) -> None:
    for stage, seconds in result.timings:
        click.echo(f"  {stage:<11} {seconds:7.3f} s", err=True)
    if result.report:
        r = result.report
        swap = "swapped in" if r.swapped else "unchanged, nothing swapped"
        click.echo(f"  {r.written} written, {r.files - r.written} unchanged, {r.removed} removed; {swap}", err=True)


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
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror} (try --port {port + 1})") from None
    try:
        server.start()
        click.echo(f"Serving {output}/ at {server.url} — rebuilding on changes in {content}/ and "
                   f"{options.templates_dir}/. Ctrl-C to stop.")
        server.run()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
