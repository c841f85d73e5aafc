"""The `jobsite` command line: a thin shell over the build stages."""
from __future__ import annotations

import sys

import click

from .build import build_site
from .config import make_options
from .errors import ContentError, Problem


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
@click.option("--verbose", is_flag=True, help="Show tracebacks for unexpected errors.")
def build(content: str, output: str, base_url: str | None, verbose: bool) -> None:
    """Validate all content, render every page and feed, and swap the new site in."""
    options = make_options(content, output, base_url)
    try:
        result = build_site(options)
    except ContentError as exc:
        _print_problems(exc.problems)
        click.echo(f"Build failed: {len(exc.errors)} error(s); {output}/ was left unchanged.", err=True)
        sys.exit(1)
    _print_problems(list(result.problems))
    click.echo(result.summary())


if __name__ == "__main__":
    main()
