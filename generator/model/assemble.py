"""Validate the loaded sources and cross-link them into the model, deriving each posting's facts once."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..base import addresses
from ..base.cache import Cache, Table, text_key
from ..base.errors import ERROR, INFO, Problem
from ..base.memo import memo
from ..base.slugs import slugify
from ..load import schema
from ..load.benchmarks import table_problem
from ..load.files import SLUG_RE, SourceFile
from ..load.logos import LogoFile
from ..load.posting_rules import broken_rules, closes_at
from ..load.sources import Body, Source, Sources, problems_of
from ..load.validate import check_company_categories, check_duplicate_sources
from . import compensation
from .apply_links import verify
from .pay import yearly_pay
from .pay_transparency import RuleTable, check_pay_transparency, stored_rules
from .records import Category, Company, Location, Model, Posting, Salary, Site
from .regions import open_to
from .roles import role_family, seniority_of
from .similar import similar_roles
from .trust import Compared, compare_postings, posting_trust

if TYPE_CHECKING:
    from .compensation import Benchmarks


def tag_slug(tag: str) -> str:
    """A URL-safe name for a tag that keeps 'c++', 'c#' and 'c' apart: its feeds live in tags/cplusplus/."""
    spelled = tag.lower().replace("+", "plus").replace("#", "sharp").replace(".", "dot")
    return slugify(spelled) or "tag"


def is_open(expires: dt.date | None, clock: dt.datetime, closed: dt.date | None = None) -> bool:
    """Open until its `expires` day has passed everywhere, and never once it is marked `closed`."""
    return closed is None and (expires is None or clock < closes_at(expires))


@dataclass
class _Collector:
    problems: list[Problem] = field(default_factory=list)
    # Company files that exist but failed validation: their postings point at them, not at a missing file.
    invalid_companies: frozenset[str] = frozenset()

    def add(self, src: SourceFile, path: tuple, message: str, level: str = ERROR) -> None:
        line, col = src.pos(path)
        self.problems.append(Problem(src.path, line, col, level, message))


@dataclass(frozen=True)
class Assembly:
    """The finished model (None on errors) and every problem found, with apart those that compare postings
    (`board_problems`): the only ones besides its own that an edit of one posting can change (model/snapshot.py)."""

    model: Model | None
    problems: list[Problem]
    board: list[Problem]
    compared: Compared  # the trust findings among `board`, by posting, and what pairs postings


def build_model(sources: Sources, clock: dt.datetime, base_url: str | None = None,
                benchmarks: Benchmarks | None = None, benchmarks_key: bytes = b"", cache: Cache | None = None,
                history: Mapping[str, dt.date] | None = None,
                logos: dict[str, LogoFile] | None = None) -> tuple[Model | None, list[Problem]]:
    """Validate and cross-link everything into the finished model (None on errors), with every problem found.

    `benchmarks_key` identifies the compensation table's content; it enters every fingerprint. `history` maps
    content paths (relative to content/) to the day git last changed them (load/history.py). `cache` keeps
    what costs most (pay-transparency findings, similar roles) between builds. `logos` are content/logos/'s
    files that passed their checks (load/logos.py), by the name `logo:` gives them."""
    made = assemble(sources, clock, base_url, benchmarks, benchmarks_key, cache, history, logos)
    return made.model, made.problems


def assemble(sources: Sources, clock: dt.datetime, base_url: str | None = None,
             benchmarks: Benchmarks | None = None, benchmarks_key: bytes = b"", cache: Cache | None = None,
             history: Mapping[str, dt.date] | None = None, logos: dict[str, LogoFile] | None = None) -> Assembly:
    """`build_model`, its problems told apart (Assembly)."""
    out = _Collector(problems_of(sources))
    benchmarks = _complete(benchmarks, out)
    site = _build_site(sources.site, base_url, benchmarks_key, out)
    companies = _build_companies(sources, out, logos or {}, site.base_url if site else "")
    out.invalid_companies = frozenset(s.src.slug for s in sources.companies if s.src) - set(companies)
    categories = {c.id: c for c in site.categories} if site else {}
    site_fp = site.fingerprint if site else b""
    memo_table = cache.postings if cache is not None and cache.resident else None
    domains = _domains(cache)
    postings = [p for s in sources.postings
                if (p := _build_posting(s, sources.bodies, companies, categories, clock, site_fp, history or {},
                                        benchmarks, memo_table, out, domains))]
    postings.sort(key=lambda p: (-p.posted.toordinal(), p.company.slug, p.slug))
    by_path = {s.path: s for s in sources.postings}
    trust_mode = site.trust_checks if site else "warn"
    for posting in postings:
        out.problems.extend(posting_trust(posting, by_path[posting.source], trust_mode, domains=domains))
    compared = compare_postings(by_path, postings, trust_mode)
    board = board_problems(by_path, postings, compared, companies, (s.src for s in sources.companies if s.src))
    out.problems.extend(board)
    out.problems.extend(check_company_categories(sources.site.src if sources.site else None,
                                                 (s.src for s in sources.companies if s.src)))
    out.problems.extend(check_pay_transparency((s.src for s in sources.postings if s.src), postings, site,
                                               stored_rules(cache.rules) if cache is not None else None,
                                               cache.findings if cache is not None else None))
    if site is None or any(p.level == ERROR for p in out.problems):
        return Assembly(None, out.problems, board, compared)
    ordered = tuple(sorted(companies.values(), key=lambda c: (c.name.lower(), c.slug)))
    chosen = tuple(postings)
    similar = similar_roles(chosen, cache.similar if cache is not None else None)
    used = {c.logo_src for c in ordered}
    served = tuple(f for f in (logos or {}).values() if f.url in used)
    model = Model(site, ordered, chosen, clock, similar=similar, logos=served, benchmarks=benchmarks)
    return Assembly(model, out.problems, board, compared)


def _domains(cache: Cache | None) -> Table | None:
    """The cache's registrable domains by host (apply_links.py domain_of), read whole: a full build looks up every
    posting's hosts, and one query a miss would cost more than the table."""
    if cache is None:
        return None
    cache.domains.entries  # noqa: B018  # read whole once, so a host not in it is no query
    return cache.domains


def board_problems(sources: dict[str, Source], postings: list[Posting], compared: Compared,
                   companies: Mapping[str, Company], company_files: Iterable[SourceFile]) -> list[Problem]:
    """The problems that compare postings (`sources`: each posting's Source by its path): copies, shared links,
    duplicates (`compared`: trust.compare_postings's), one import source twice, companies left without an open
    role."""
    out = _Collector(compared.problems(postings))
    _note_companies_without_roles(companies, postings, company_files, out)
    out.problems.extend(check_duplicate_sources(s.src for s in sources.values() if s.src))
    return out.problems


def assemble_posting(source: Source, model: Model, bodies: Table, clock: dt.datetime,
                     history: Mapping[str, dt.date], findings: Table | None,
                     rules: RuleTable | None = None,
                     domains: Table | None = None) -> tuple[Posting | None, list[Problem]]:
    """One posting file's record and the problems it has on its own, made as `assemble` makes them, against the
    rest of `model`'s board (model/snapshot.py, after an edit of that file alone; `domains`: apply_links.py
    domain_of)."""
    out = _Collector(list(source.problems))
    site = model.site
    posting = _build_posting(source, bodies, {c.slug: c for c in model.companies},
                             {c.id: c for c in site.categories}, clock, site.fingerprint, history, model.benchmarks,
                             None, out, domains)
    if posting is not None and source.src is not None:
        out.problems.extend(posting_trust(posting, source, site.trust_checks, domains=domains))
        out.problems.extend(check_pay_transparency([source.src], [posting], site, rules, findings))
    return posting, out.problems


def _complete(benchmarks: Benchmarks | None, out: _Collector) -> Benchmarks | None:
    """The compensation table, when it answers every lookup the estimator makes; else a problem and no table."""
    if benchmarks is None:
        return None
    try:
        compensation.check_complete(benchmarks)
    except ValueError as exc:
        out.problems.append(table_problem(benchmarks.source, exc))
        return None
    return benchmarks


def with_estimate(posting: Posting, benchmarks: Benchmarks) -> Posting:
    """Attach a compensation estimate when the employer gives no range (theirs always wins)."""
    if posting.salary is not None:
        return posting
    country = posting.locations[0].country if posting.locations else None
    region = None
    if posting.workplace == "remote":
        # Where a remote applicant may live sets the pay region; else the company's home.
        region = compensation.region_for_eligibility(list(posting.remote_eligibility))
        hq = posting.company.headquarters
        country = country or (hq.country if hq else None)
    try:
        est = compensation.estimate(
            benchmarks, title=posting.title, seniority=posting.seniority, country=None if region else country,
            region=region, stage=posting.company.stage, category=posting.category.id,
            employment_type=posting.employment_type,
            currency=compensation.currency_for_country(country) if country else None)
    except ValueError:
        return posting  # e.g. a category the benchmarks do not cover: show no figure rather than a wrong one
    return replace(posting, estimate=est)


def derived(posting: Posting, domains: Table | None = None) -> Posting:
    """The posting with the facts every feature reads worked out once (after its estimate, which they use)."""
    return replace(posting, level=seniority_of(posting), family=role_family(posting), yearly=yearly_pay(posting),
                   countries=open_to(posting), verified=verify(posting.apply_url, posting.company, domains))


def _ok(values: dict[str, Any], *names: str) -> bool:
    return all(values.get(n) is not schema.INVALID and n in values for n in names)


def _get(values: dict[str, Any], name: str, default: Any = None) -> Any:
    value = values.get(name, default)
    return default if value is schema.INVALID else value


def _build_site(source: Source | None, base_url: str | None, benchmarks_key: bytes,
                out: _Collector) -> Site | None:
    if source is None or source.src is None:
        return None
    src, v = source.src, source.values
    if not _ok(v, "title", "base_url", "description", "language", "categories"):
        return None
    categories = tuple(Category(c["id"], c["label"], _get(c, "telegram")) for c in v["categories"])
    seen: set[str] = set()
    for i, cat in enumerate(categories):
        if cat.id in seen:
            out.add(src, ("categories", i, "id"), f"categories[{i + 1}].id: '{cat.id}' is used twice")
        seen.add(cat.id)
    url = (base_url or v["base_url"]).rstrip("/")
    return Site(v["title"], url, v["description"], v["language"], categories,
                _get(v, "pay_transparency", "warn"), _get(v, "trust_checks", "warn"), _get(v, "repository"),
                _get(v, "branch", "main"),
                fingerprint=text_key(source.key, url, benchmarks_key))


def _check_slug(src: SourceFile, out: _Collector) -> bool:
    if SLUG_RE.fullmatch(src.slug):
        return True
    out.add(src, (), f"file name '{src.slug}.md' is not a valid slug: use lowercase letters, digits and hyphens, "
                     f"e.g. '{_slugify(src.slug)}.md'")
    return False


def _slugify(text: str) -> str:
    return slugify(text) or "name"


def _location(value: dict[str, Any] | None) -> Location | None:
    return Location(value["city"], value["country"], _get(value, "region")) if value else None


def _window(value: dict[str, Any] | None) -> tuple[int, int] | None:
    return (value["from"], value["to"]) if value and _ok(value, "from", "to") else None


def _build_companies(sources: Sources, out: _Collector, logos: dict[str, LogoFile],
                     base_url: str) -> dict[str, Company]:
    companies: dict[str, Company] = {}
    for source in sources.companies:
        src, v = source.src, source.values
        if src is None:
            continue
        if not _check_slug(src, out) or not _ok(v, "name", "website", "stage", "tagline"):
            continue
        hq = _get(v, "headquarters")
        companies[src.slug] = Company(
            slug=src.slug, name=v["name"], website=v["website"], stage=v["stage"], tagline=v["tagline"],
            body=sources.body(source), source=src.path,
            headquarters=_location(hq) if hq and _ok(hq, "city", "country") else None,
            size=_get(v, "size"), categories=_get(v, "categories", ()),
            links=_get(v, "links", ()), ats=_get(v, "ats", ()), fingerprint=source.key,
        )
        if (name := _get(v, "logo")) is not None:
            companies[src.slug] = _with_logo(companies[src.slug], name, logos, base_url, src, out)
    return companies


def _with_logo(company: Company, name: str, logos: dict[str, LogoFile], base_url: str, src: SourceFile,
               out: _Collector) -> Company:
    """The company with its logo's addresses; its pages change when the file does (the address carries its hash)."""
    found = logos.get(name)
    if found is None:
        out.add(src, ("logo",), f"logo: content/{name} is not there (or did not pass its checks): add the file, or "
                                "remove logo to show the company's initials")
        return company
    return replace(company, logo=base_url + found.url, logo_src=found.url,
                   fingerprint=text_key(company.fingerprint, found.url))


def _build_posting(source: Source, bodies: Table, companies: dict[str, Company], categories: dict[str, Category],
                   clock: dt.datetime, site_fp: bytes, history: Mapping[str, dt.date],
                   benchmarks: Benchmarks | None, memo_table: Table | None, out: _Collector,
                   domains: Table | None = None) -> Posting | None:
    """Check one posting against the rest of the content, then make its record (memoised by exactly what it
    is made from, in a resident cache: `jobsite serve` rebuilds only the postings that changed)."""
    src, v = source.src, source.values
    if src is None:
        return None
    slug_ok = _check_slug(src, out)
    company = _resolve_company(src, v, companies, out)
    category = _resolve_category(src, v, categories, out)
    _check_posting_rules(src, v, clock, out)
    required = ("title", "workplace", "employment_type", "posted", "apply_url")
    if not (slug_ok and company and category and _ok(v, *required)):
        return None
    open_now = is_open(_get(v, "expires"), clock, _get(v, "closed"))
    # The day git last changed the file: one more input, since a commit changes it without changing the bytes.
    updated = history.get(addresses.posting_file(f"{src.folder}/{src.slug}"))
    inputs = (source, bodies, company, category, open_now, site_fp, updated, benchmarks, domains)
    return memo(memo_table, posting_record, *inputs) if memo_table is not None else posting_record(*inputs)


def posting_record(source: Source, bodies: Table, company: Company, category: Category, open_now: bool,
                   site_fp: bytes, updated: dt.date | None, benchmarks: Benchmarks | None,
                   domains: Table | None = None) -> Posting:
    """A checked posting's record, with its estimate and every fact derived from it (`domains`: a memo table,
    which changes no result: apply_links.py domain_of)."""
    src, v = source.src, source.values
    assert src is not None
    salary = _get(v, "salary")
    expires, closed = _get(v, "expires"), _get(v, "closed")
    posting = Posting(
        slug=src.slug, title=v["title"], company=company, category=category, workplace=v["workplace"],
        employment_type=v["employment_type"], posted=v["posted"], apply_url=v["apply_url"],
        body=Body(source.key, bodies), source=src.path, is_open=open_now,
        tags=_get(v, "tags", ()), locations=tuple(_location(loc) for loc in _get(v, "locations", ())),
        remote_eligibility=_get(v, "remote_eligibility", ()), duration=_get(v, "duration"),
        seniority=_get(v, "seniority"),
        salary=Salary(**salary) if salary and _ok(salary, "min", "max", "currency", "period") else None,
        expires=expires, closed=closed, contact=_get(v, "contact"), updated=updated,
        visa_sponsorship=_get(v, "visa_sponsorship"), relocation=_get(v, "relocation"),
        time_zones=_window(_get(v, "time_zones")),
        fingerprint=text_key(source.key, company.fingerprint, site_fp, str(open_now),
                             updated.isoformat() if updated else ""),
    )
    return derived(with_estimate(posting, benchmarks) if benchmarks is not None else posting, domains)


def _resolve_company(src: SourceFile, v: dict[str, Any], companies: dict[str, Company],
                     out: _Collector) -> Company | None:
    slug = _get(v, "company")
    if slug is None:
        return None
    if slug in out.invalid_companies:
        out.add(src, ("company",), f"company: {addresses.company_file(slug)} has errors: fix them and this "
                                   "posting follows")
        return None
    if slug not in companies:
        hint = schema.did_you_mean(slug, sorted(companies))
        out.add(src, ("company",), f"company: unknown company '{slug}'{hint} — it must match a file "
                                   f"{addresses.company_file('<slug>')}")
        return None
    if src.folder != slug:
        out.add(src, ("company",), f"company: '{slug}' does not match the folder 'jobs/{src.folder}/': "
                                   f"move the file to jobs/{slug}/ or fix the company")
        return None
    return companies[slug]


def _resolve_category(src: SourceFile, v: dict[str, Any], categories: dict[str, Category],
                      out: _Collector) -> Category | None:
    cat_id = _get(v, "category")
    if cat_id is None or not categories:
        return None
    if cat_id not in categories:
        hint = schema.did_you_mean(cat_id, sorted(categories))
        out.add(src, ("category",), f"category: unknown category '{cat_id}'{hint} — use one of: "
                                    f"{', '.join(categories)}")
        return None
    return categories[cat_id]


def _check_posting_rules(src: SourceFile, v: dict[str, Any], clock: dt.datetime, out: _Collector) -> None:
    """Rules that involve more than one field: load/posting_rules.py, the data the /post-a-job/ form applies too."""
    for rule, fields in broken_rules(v, clock):
        out.add(src, tuple(rule.where.split(".")), rule.message.format(**fields), rule.level)


def _note_companies_without_roles(companies: Mapping[str, Company], postings: list[Posting],
                                  company_files: Iterable[SourceFile], out: _Collector) -> None:
    hiring = {p.company.slug for p in postings if p.is_open}
    for src in company_files:
        if src.slug in companies and src.slug not in hiring:
            out.add(src, (), "company has no open postings; its page lists none", INFO)
