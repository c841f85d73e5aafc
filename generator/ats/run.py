"""`jobsite import`: read every board first, plan every file, then write them all — or, on any failure, nothing.

A failure (an unknown board, a 5xx after retries, malformed JSON, a timeout, a bad option) is one line and no
file changes; a job that cannot be placed or converted is skipped with one line and the rest goes on.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import httpx

from ..base import addresses
from ..load import schema
from ..load.files import RawContent, SourceFile, load_content
from . import ashby, greenhouse, lever
from .fetch import get_json
from .jobs import ImportFailure, Job, Source, parse_source
from .sync import Plan, Target, new_tree, plan_target

CLIENTS: dict[str, ModuleType] = {"greenhouse": greenhouse, "lever": lever, "ashby": ashby}
ACTIONS = (("added", "add"), ("changed", "change"), ("adopted", "adopt"), ("closed", "close"))
Echo = Callable[[str], None]


@dataclass(frozen=True)
class ImportRequest:
    content_dir: Path
    source: str | None  # greenhouse:BOARD…, or None with every=True
    company: str | None
    category: str | None
    every: bool  # --all: every `ats` entry of every company
    dry_run: bool


def run_import(request: ImportRequest, today: dt.date, echo: Echo, warn: Echo,
               environ: Mapping[str, str] | None = None) -> Plan:
    """Import as asked, printing what was (or would be) added, changed, adopted and closed."""
    env = os.environ if environ is None else environ
    raw = _read_content(request.content_dir)
    targets = _targets(request, raw, warn)
    if not targets:
        echo("No company lists an `ats` board: nothing to import.")
        return Plan()
    bases = {kind: _base_url(client, env) for kind, client in CLIENTS.items()}
    boards = _fetch_all(targets, bases)
    tree, plan = new_tree(raw), Plan()
    for target, jobs in zip(targets, boards, strict=True):
        echo(f"Read {target.source}: {len(jobs)} job(s) for {target.company} (new postings in {target.category})")
        plan_target(tree, target, jobs, today, plan)
    for line in plan.skipped:
        warn(line)
    for step in plan.steps:
        echo(step.line())
    if not request.dry_run:
        for step in plan.steps:
            write_atomically(step.path, step.text)
    echo(_summary(plan, request.dry_run))
    return plan


def _read_content(content_dir: Path) -> RawContent:
    # Without this, a typo in --content or the wrong working folder would scatter files somewhere unread.
    if not (content_dir / addresses.SITE_FILE).is_file():
        raise ImportFailure(f"{content_dir}/{addresses.SITE_FILE} not found: run this in the repository's root "
                            "folder, or pass --content")
    raw, _ = load_content(content_dir)  # problems elsewhere are `jobsite check`'s business
    return raw


def _targets(request: ImportRequest, raw: RawContent, warn: Echo) -> list[Target]:
    companies = {src.slug: src for src in raw.companies}
    ids = _category_ids(raw)
    if request.every:
        if request.source or request.company or request.category:
            raise ImportFailure("--all imports every company's `ats` boards: give it no SOURCE, --company or "
                                "--category")
        return _one_company_per_board([t for slug in sorted(companies)
                                       for t in _company_targets(companies[slug], ids, warn)])
    if not request.source:
        raise ImportFailure("give a SOURCE such as greenhouse:acme with --company, or --all")
    source = parse_source(request.source)
    if not request.company:
        raise ImportFailure(f"--company is required with {source}: the slug of the company whose roles these are")
    if request.company not in companies:
        hint = schema.did_you_mean(request.company, sorted(companies))
        raise ImportFailure(f"--company: unknown company '{request.company}'{hint} — it must match a file "
                            f"{addresses.company_file('<slug>')}")
    return [Target(source, request.company, _category(request.category, companies[request.company], ids))]


def _one_company_per_board(targets: list[Target]) -> list[Target]:
    """A board listed by two companies would import each job twice, once into each company's folder."""
    owner: dict[Source, str] = {}
    for target in targets:
        if owner.setdefault(target.source, target.company) != target.company:
            raise ImportFailure(f"{target.source} is in the `ats` of both {owner[target.source]} and "
                                f"{target.company}: keep it in the one company whose roles it lists")
    return list(dict.fromkeys(targets))


def _company_targets(company: SourceFile, ids: list[str], warn: Echo) -> list[Target]:
    boards = company.data.get("ats")
    if not isinstance(boards, list) or not boards:
        return []
    own = _own_categories(company, ids)
    if len(own) > 1:
        warn(f"{company.path}: {company.slug} works in several categories ({', '.join(own)}); its new postings go "
             f"into the first, {own[0]}: change `category` in a new file when it belongs elsewhere")
    category = own[0] if own else _only_site_category(company, ids, option=False)
    targets = []
    for entry in boards:
        try:
            targets.append(Target(parse_source(str(entry)), company.slug, category))
        except ImportFailure as exc:
            raise ImportFailure(f"{company.path}: ats: {exc}") from None
    return targets


def _category(requested: str | None, company: SourceFile, ids: list[str]) -> str:
    """--category when given; else the company's only category; else the site's only one."""
    if requested is not None:
        if requested not in ids:
            raise ImportFailure(f"--category: unknown category '{requested}'{schema.did_you_mean(requested, ids)} "
                                f"— use one of: {', '.join(ids)}")
        return requested
    own = _own_categories(company, ids)
    if len(own) > 1:
        raise ImportFailure(f"{company.slug} works in several categories ({', '.join(own)}): choose the one for "
                            "these roles with --category")
    return own[0] if own else _only_site_category(company, ids)


def _own_categories(company: SourceFile, ids: list[str]) -> list[str]:
    listed = company.data.get("categories")
    return [c for c in listed if c in ids] if isinstance(listed, list) else []


def _only_site_category(company: SourceFile, ids: list[str], option: bool = True) -> str:
    if len(ids) == 1:
        return ids[0]
    way = f", or choose one with --category ({', '.join(ids)})" if option else f" ({', '.join(ids)})"
    raise ImportFailure(f"{company.slug} lists no categories: add `categories` to {company.path}{way}")


def _category_ids(raw: RawContent) -> list[str]:
    categories = raw.site.data.get("categories") if raw.site else None
    ids = [c.get("id") for c in categories if isinstance(c, dict)] if isinstance(categories, list) else []
    return [i for i in ids if isinstance(i, str)]


def _base_url(client: ModuleType, env: Mapping[str, str]) -> str:
    value = env.get(client.ENV, "").strip() or client.DEFAULT_BASE
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise ImportFailure(f"{client.ENV} must be an http(s) address such as {client.DEFAULT_BASE}, got "
                            f"'{value[:60]}'")
    return value.rstrip("/")


def _fetch_all(targets: list[Target], bases: dict[str, str]) -> list[list[Job]]:
    with httpx.Client(follow_redirects=True) as http:
        return [_fetch(target.source, bases[target.source.kind], http) for target in targets]


def _fetch(source: Source, base: str, http: httpx.Client) -> list[Job]:
    client = CLIENTS[source.kind]
    return client.read_jobs(source, get_json(source, client.board_url(base, source.board), http))


def write_atomically(path: Path, text: str) -> None:
    """Replace a file in one step, so a crash leaves the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.import")
    temporary.write_text(text, encoding="utf-8", newline="")
    os.replace(temporary, path)


def _summary(plan: Plan, dry_run: bool) -> str:
    counts = ", ".join(f"{plan.count(done)} {done}" for done, _ in ACTIONS)
    skipped = f"; {len(plan.skipped)} skipped" if plan.skipped else ""
    if dry_run:
        would = ", ".join(f"{verb} {plan.count(done)}" for done, verb in ACTIONS)
        return f"Dry run: would {would}{skipped}; nothing written."
    return f"Imported: {counts}{skipped}."
