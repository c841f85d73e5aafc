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

    from . import compensation

    bench = compensation.load_benchmarks(Path(content) / "data" / "compensation.yaml")
    if jsonl:
        out = click.get_text_stream("stdout")
        for line in compensation.estimate_jsonl(click.get_text_stream("stdin"), bench):
            out.write(line + "\n")
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
               f"{compensation.format_money(result.median, result.currency)})")
    for sentence in result.reasoning:
        click.echo(f"- {sentence}")


if __name__ == "__main__":
    main()
