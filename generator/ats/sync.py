"""Plan how the content tree follows one ATS board: which posting files to add, change, adopt and close.

Planning reads and decides; it writes nothing (run.py writes a finished plan, or nothing at all). Every
planned file is read back with the build's own reader and checked like any pull request before it is kept.

The import owns these keys, and only when the ATS gives a value for them: title, workplace, locations,
remote_eligibility, employment_type, salary, posted, apply_url, source, and the description. Everything else
(expires, tags, seniority, duration, contact, category, hand-written comments…) is the editor's and is kept.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..base import addresses
from ..base.errors import ERROR, Problem
from ..base.slugs import slugify
from ..load import schema
from ..load.files import ContentFile, RawContent, SourceFile, display_path, read_source
from ..load.markdown import parse_body
from ..load.validate import check_source
from .description import to_markdown
from .front_matter import REMOVE, render_file, update_file
from .jobs import Job, Source, employment_from_text
from .places import Placement, Unplaceable, place


@dataclass(frozen=True)
class Step:
    """One file the import adds, changes, adopts or closes, with its new text."""

    action: str  # added | changed | adopted | closed
    path: Path
    text: str
    what: str  # for people: the job, and for a change the keys that changed

    def line(self) -> str:
        return f"  {self.action:<8} {display_path(self.path)}  {self.what}"


@dataclass(frozen=True)
class Target:
    """One board to follow, for one company, new postings going into one category."""

    source: Source
    company: str
    category: str


@dataclass
class Plan:
    steps: list[Step] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line each: the job and the reason

    def count(self, action: str) -> int:
        return sum(step.action == action for step in self.steps)


@dataclass
class _Tree:
    """What planning knows of the content tree, updated as steps are planned so two boards never collide."""

    root: Path
    postings: tuple[SourceFile, ...]
    by_source: dict[str, SourceFile]
    taken: set[Path]
    adopted: set[str] = field(default_factory=set)


def new_tree(raw: RawContent) -> _Tree:
    by_source = {src.data["source"]: src for src in raw.postings if isinstance(src.data.get("source"), str)}
    taken = set(raw.root.glob(addresses.posting_file("*/*")))
    return _Tree(raw.root, raw.postings, by_source, taken)


def plan_target(tree: _Tree, target: Target, jobs: list[Job], today: dt.date, plan: Plan) -> None:
    """Add the steps that bring `target`'s postings in line with `jobs`, the board's whole current list."""
    seen = {target.source.job_key(job.id) for job in jobs}
    hand_written = _hand_written(tree, target.company)
    for job in sorted(jobs, key=lambda j: (j.posted or j.updated or today, j.id)):
        try:
            placement = place(job.locations, job.workplace, job.country)
        except Unplaceable as exc:
            plan.skipped.append(f"{target.source}: skipped job {job.label}: {exc}")
            continue
        step = _plan_job(tree, target, job, placement, today, hand_written)
        _keep_if_valid(step, target, job, plan)
    for key, src in sorted(tree.by_source.items()):
        if target.source.owns(key) and key not in seen and "closed" not in src.data:
            _keep_if_valid(_close(tree, src, today), target, None, plan)


def _plan_job(tree: _Tree, target: Target, job: Job, placement: Placement, today: dt.date,
              hand_written: dict[str, SourceFile]) -> Step | None:
    key = target.source.job_key(job.id)
    owned = owned_values(job, placement, key)
    body = to_markdown(job.description_html)
    if key in tree.by_source:
        src = tree.by_source[key]
        if "closed" in src.data:  # closed by hand or by an earlier import: reopening is the editor's call
            return None
        return _update(tree, src, owned, body, "changed", job)
    if adoptee := _adoptee(tree, job, hand_written):
        tree.adopted.add(adoptee.path)
        return _update(tree, adoptee, owned, body, "adopted", job)
    return _add(tree, target, job, owned, body, today)


def owned_values(job: Job, placement: Placement, key: str) -> dict[str, Any]:
    """The keys this job decides, REMOVE for a key that must go; a key the ATS is silent on is left out."""
    values: dict[str, Any] = {"title": " ".join(job.title.split()), "workplace": placement.workplace,
                              "apply_url": job.url, "source": key}
    if placement.locations:
        values["locations"] = [dict(loc) for loc in placement.locations]
    if placement.workplace == "remote" and placement.remote_eligibility:
        values["remote_eligibility"] = list(placement.remote_eligibility)
    elif placement.workplace == "onsite":
        values["remote_eligibility"] = REMOVE  # the check refuses it on an on-site role
    if job.employment_type:
        values["employment_type"] = job.employment_type
    if job.salary:
        values["salary"] = job.salary.as_yaml()
    if job.posted:
        values["posted"] = job.posted
    return values


def _update(tree: _Tree, src: SourceFile, owned: dict[str, Any], body: str, action: str, job: Job) -> Step | None:
    changes = {k: v for k, v in owned.items() if _differs(src.data, k, v)}
    if not changes and src.body == body:
        return None
    path = _real_path(tree, src)
    text = update_file(path.read_text(encoding="utf-8"), changes, body if src.body != body else None)
    keys = [*changes, *(["description"] if src.body != body else [])]
    return Step(action, path, text, f"{job.label} ({', '.join(k for k in keys if k != 'source') or 'source'})")


def _differs(data: dict[str, Any], key: str, value: Any) -> bool:
    if value is REMOVE:
        return key in data
    return data.get(key) != value


def _real_path(tree: _Tree, src: SourceFile) -> Path:
    """A posting's file under the content root (SourceFile.path is for display)."""
    return tree.root / addresses.posting_file(f"{src.folder}/{src.slug}")


def _hand_written(tree: _Tree, company: str) -> dict[str, SourceFile]:
    """The company's postings without a source, by their apply_url: the ones an import may adopt."""
    found: dict[str, SourceFile] = {}
    for src in tree.postings:
        url = src.data.get("apply_url")
        if src.folder == company and "source" not in src.data and isinstance(url, str):
            found.setdefault(_address(url), src)
    return found


def _adoptee(tree: _Tree, job: Job, hand_written: dict[str, SourceFile]) -> SourceFile | None:
    """A posting written by hand for this very job: its apply_url is the job's ATS page or application form."""
    for url in (job.url, job.apply_page):
        src = hand_written.get(_address(url)) if url else None
        if src is not None and src.path not in tree.adopted:
            return src
    return None


def _address(url: str) -> str:
    return url.strip().rstrip("/").lower()


def _add(tree: _Tree, target: Target, job: Job, owned: dict[str, Any], body: str, today: dt.date) -> Step:
    values = {key: value for key, value in owned.items() if value is not REMOVE}
    values.update(company=target.company, category=target.category)
    values.setdefault("employment_type", employment_from_text(job.title) or "full-time")
    values.setdefault("posted", min(job.updated or today, today))
    path = _free_path(tree, target.company, slugify(job.title) or f"job-{slugify(job.id)}")
    tree.taken.add(path)
    return Step("added", path, render_file(values, body), job.label)


def _free_path(tree: _Tree, company: str, slug: str) -> Path:
    path, n = tree.root / addresses.posting_file(f"{company}/{slug}"), 2
    while path in tree.taken:
        path, n = tree.root / addresses.posting_file(f"{company}/{slug}-{n}"), n + 1
    return path


def _close(tree: _Tree, src: SourceFile, today: dt.date) -> Step:
    posted = src.data.get("posted")
    day = max(today, posted) if isinstance(posted, dt.date) else today
    path = _real_path(tree, src)
    text = update_file(path.read_text(encoding="utf-8"), {"closed": day})
    return Step("closed", path, text, f"{src.data.get('source')} is no longer on the board")


def _keep_if_valid(step: Step | None, target: Target, job: Job | None, plan: Plan) -> None:
    """Keep a step whose file passes the check; skip it, saying why, when the ATS's data would not."""
    if step is None:
        return
    errors = [p for p in file_problems(step.path, step.text) if p.level == ERROR]
    if errors:
        who = f"job {job.label}" if job else display_path(step.path)
        plan.skipped.append(f"{target.source}: skipped {who}: the file would not pass `jobsite check`: "
                            f"{errors[0].message}")
        return
    plan.steps.append(step)


def file_problems(path: Path, text: str) -> list[Problem]:
    """What `jobsite check` says of one posting file on its own (its schema, its body, its pay)."""
    problems: list[Problem] = []
    src = read_source(ContentFile(path, "posting", path.parent.name), text.encode("utf-8"), problems)
    if src is None:
        return problems
    values_problems = schema.check_document(src, schema.POSTING)[1]
    return [*problems, *values_problems, *check_source(src, parse_body(src.body))]
