"""An incremental build is the cold build: random sequences of edits, each followed by a warm build (a fresh
process's cache from disk, and `jobsite serve`'s resident cache) and a cold build, compared file by file."""
from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import generator.write
from generator.base.cache import Cache
from generator.build import BuildResult, build_site
from generator.config import make_options
from generator.render.output import LazyOutput

from ..conftest import CLOCK, COMPANY, POSTING, REPO, SITE, basic_tree, front_matter, write_tree

OPS = ("add", "edit_title", "edit_body", "edit_salary", "edit_facts", "delete", "rename", "expire_by_clock", "company",
       "site", "template", "compensation", "commit",
       # Edits a writer that keys only the outputs of changed records (write/board.py) must not get wrong: the
       # order of the listings, the filters' counts, a role closing, a company's description alone, the clock
       # moving within its day.
       "edit_posted", "edit_tags", "close", "company_body", "clock_hours",
       # A title or fact that moves a posting's level, role family, workplace or pay: the writer keys only what
       # shows it, what it enters or leaves (listings, feeds), the counts and figures, other roles' similar roles.
       "edit_level", "edit_workplace",
       # An edit that moves what compares postings: a description copied from another company's posting.
       "copy_body",
       # An apply link moved to another host: the verified badge and the link's trust finding, from the domains
       # the cache keeps by host (model/apply_links.py domain_of).
       "edit_apply_url",
       # What reaches every page without a content file's bytes moving: the base URL (`--base-url`, a deploy
       # preview) and a logo file's bytes (its address carries its hash).
       "base_url", "logo")
# Edits after which the CLI's build makes its model from the last build's snapshot (model/snapshot.py): only the
# bytes of postings moved (or nothing the model reads: the templates).
FROM_SNAPSHOT = ("edit_title", "edit_body", "edit_salary", "edit_facts", "edit_posted", "edit_tags", "close",
                 "template", "copy_body", "edit_level", "edit_workplace", "edit_apply_url")
# Zeta's posting's description: long enough for the trust checks to find a copy of it (model/trust.py).
ZETA_TEXT = ("Zeta Labs trains perception models for warehouse robots that pick mixed items from moving totes. "
             "You will own the data pipeline from raw camera captures to labelled training sets, run ablations on "
             "grasp success, and ship models that run on the robots' own accelerators within tight latency budgets.\n")


@contextmanager
def skips_checked() -> Iterator[None]:
    """Key aside every output the writer skips as unchanged (write/board.py): its key must be the recorded one, so a
    wrong skip fails here even when the file it left happens to have the right bytes."""
    keys, key = generator.write._keys, LazyOutput.key  # as they are now (a test may count keys later)

    def checked(outputs, manifest, to_key):
        found = keys(outputs, manifest, to_key)
        skipped = [out for out in outputs if to_key is not None and out.path in manifest
                   and out.path not in to_key and isinstance(out, LazyOutput)]
        moved = [out.path for out in skipped if key(out) != manifest[out.path][0]]
        assert moved == [], f"skipped although their inputs moved: {moved[:5]}"
        return found

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(generator.write, "_keys", checked)
        yield


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


class Board:
    """A content tree on disk that random edits keep valid."""

    def __init__(self, root: Path, rng: random.Random):
        self.root, self.rng = root, rng
        self.content, self.templates = root / "content", root / "templates"
        shutil.copytree(REPO / "templates", self.templates)
        postings = {f"role-{i}": {**POSTING, "title": f"Role {i}", "tags": ["ros2", f"t{i % 3}"]}
                    for i in range(5)}
        postings["role-1"] = {**postings["role-1"], "expires": dt.date(2026, 11, 26)}
        write_tree(self.content, basic_tree(**postings))
        write_tree(self.content, {"companies/zeta.md": front_matter({**COMPANY, "name": "Zeta Labs",
                                                                     "logo": "logos/zeta.svg"}, "Zeta.\n"),
                                  "logos/zeta.svg": self._logo_svg("#123456"),
                                  "jobs/zeta/zeta-one.md": front_matter({**POSTING, "company": "zeta",
                                                                         "category": "ai"}, ZETA_TEXT)})
        self.clock = CLOCK
        self.base_url: str | None = None
        self.counter = 0
        self._git("init", "--quiet")
        self._commit(dt.datetime(2026, 11, 1, 9, tzinfo=dt.timezone.utc))

    def postings(self) -> list[Path]:
        return sorted((self.content / "jobs" / "acme").glob("*.md"))

    def apply(self, op: str) -> None:
        getattr(self, f"_{op}")()

    def _write_posting(self, path: Path, data: dict, body: str = "A role.\n") -> None:
        path.write_text(front_matter(data, body), encoding="utf-8")

    def _pick(self) -> Path:
        return self.rng.choice(self.postings())

    def _add(self) -> None:
        self.counter += 1
        self._write_posting(self.content / f"jobs/acme/new-{self.counter}.md",
                            {**POSTING, "title": f"New Role {self.counter}", "category": "ai",
                             "posted": dt.date(2026, 11, self.rng.randint(1, 25))})

    def _edit_title(self) -> None:
        path = self._pick()
        self.counter += 1
        path.write_text(path.read_text().replace("title: ", f"title: Edited {self.counter} ", 1))

    def _edit_body(self) -> None:
        path = self._pick()
        self.counter += 1
        path.write_text(path.read_text() + f"\n## More\n\n- point {self.counter} with [a link](https://a.example)\n")

    def _copy_body(self) -> None:
        path = self._pick()
        head = path.read_text().split("---\n", 2)[1]
        path.write_text(f"---\n{head}---\n{ZETA_TEXT}")

    def _edit_front_matter(self, old: str, new: str) -> None:
        path = self._pick()
        head, body = path.read_text().split("---\n", 2)[1:]
        path.write_text(f"---\n{re.sub(old, new, head, count=1)}---\n{body}")

    def _edit_posted(self) -> None:  # moves it in every listing and feed that shows it
        self._edit_front_matter(r"posted: \S+", f"posted: 2026-11-{self.rng.randint(1, 25):02d}")

    def _edit_tags(self) -> None:  # the first listing page's filters count tags of postings it does not show
        self.counter += 1
        self._edit_front_matter(r"tags:\n(- .+\n)+", f"tags:\n- tag{self.counter % 4}\n- ros2\n")

    def _edit_level(self) -> None:  # the level and role family a title states, as bench/hugo_compare.py's edit
        path = self._pick()
        self.counter += 1
        words = self.rng.choice(("Senior", "Staff", "Intern", "Principal", "Junior", "Lead", ""))
        role = self.rng.choice(("Data Scientist", "Robotics Engineer", "Product Designer", "Solidity Developer"))
        path.write_text(re.sub(r"title: .*", f"title: {words} {role} {self.counter}".replace("  ", " "),
                               path.read_text(), count=1))

    def _edit_workplace(self) -> None:  # the remote feed, the workplace feeds and counts
        self._edit_front_matter(r"workplace: \S+", f"workplace: {self.rng.choice(('remote', 'hybrid', 'onsite'))}")

    def _edit_apply_url(self) -> None:  # own site, its subdomain, a look-alike, another domain, an ATS, a chat
        self.counter += 1
        host = self.rng.choice(("acme.example", "jobs.acme.example", "acme.example.evil.com", "evil.com",
                                "jobs.lever.co", "t.me", "careers.other.co.uk"))
        self._edit_front_matter(r"apply_url: \S+", f"apply_url: https://{host}/acme/{self.counter}")

    def _close(self) -> None:
        path = self._pick()
        if "closed:" not in path.read_text():
            path.write_text(path.read_text().replace("---\n", "---\nclosed: 2026-11-20\n", 1))

    def _company_body(self) -> None:  # the company's record changes, its shape does not
        self.counter += 1
        path = self.content / "companies/zeta.md"
        path.write_text(front_matter({**COMPANY, "name": "Zeta Labs", "logo": "logos/zeta.svg"},
                                     f"Zeta, edit {self.counter}.\n"))

    @staticmethod
    def _logo_svg(fill: str) -> str:
        return (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'>"
                f"<rect width='8' height='8' fill='{fill}'/></svg>")

    def _logo(self) -> None:  # new bytes, new address: Zeta's pages, cards and JSON-LD must follow
        self.counter += 1
        (self.content / "logos/zeta.svg").write_text(self._logo_svg(f"#{self.counter:06x}"))

    def _base_url(self) -> None:
        urls = ("https://preview-1.example", "https://preview-2.example/", None)
        self.base_url = self.rng.choice([url for url in urls if url != self.base_url])

    def _clock_hours(self) -> None:  # a build later the same day: nothing moves but what reads the hour
        self.clock += dt.timedelta(hours=self.rng.choice((1, 5, 11)))

    def _edit_salary(self) -> None:
        path = self._pick()
        text = path.read_text()
        if "salary:" in text:
            return
        head, body = text.split("---\n", 2)[1:]
        path.write_text(f"---\n{head}salary:\n  min: 90000\n  max: 120000\n  currency: EUR\n  period: year\n"
                        f"---\n{body}")

    def _edit_facts(self) -> None:
        # A tag and a place: what the browse index's rows (memoised by fingerprint) and its shared tables hold.
        path = self._pick()
        self.counter += 1
        city = self.rng.choice(("Munich", "Hamburg", "Berlin"))
        path.write_text(path.read_text().replace("tags:\n", f"tags:\n- extra{self.counter % 3}\n", 1)
                        .replace("city: Berlin", f"city: {city}", 1))

    def _delete(self) -> None:
        if len(self.postings()) > 1:
            self._pick().unlink()

    def _rename(self) -> None:
        path = self._pick()
        self.counter += 1
        path.rename(path.with_name(f"renamed-{self.counter}.md"))

    def _expire_by_clock(self) -> None:
        self.clock += dt.timedelta(days=self.rng.choice((1, 2, 3)))

    def _company(self) -> None:
        path = self.content / "companies/acme.md"
        stage = self.rng.choice(("seed", "series-b", "public"))
        path.write_text(front_matter({**COMPANY, "stage": stage, "tagline": f"Robots, stage {stage}."},
                                     "Acme builds robots.\n"))

    def _site(self) -> None:
        self.counter += 1
        import yaml
        (self.content / "site.yaml").write_text(yaml.safe_dump({**SITE, "title": f"Board {self.counter}"},
                                                               sort_keys=False))

    def _compensation(self) -> None:
        # The table behind every estimate: the unsalaried postings' pages, cards and feeds must follow it.
        path = self.content / "data/compensation.yaml"
        factor = self.rng.choice(("0.90", "1.10", "1.25", "1.40"))
        path.write_text(re.sub(r"(\n  senior: \{base: senior, multiplier: )[0-9.]+", rf"\g<1>{factor}",
                               path.read_text(), count=1))

    def _commit(self, when: dt.datetime | None = None) -> None:
        # Git history dates the pages ("Updated …"): a commit with a new date must reach every page that shows it.
        self.counter += 1
        when = when or CLOCK - dt.timedelta(days=self.rng.randint(0, 20), minutes=self.counter)
        self._git("add", "-A", "content")
        self._git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "--allow-empty",
                  "-m", f"edit {self.counter}", date=when)

    def _git(self, *args: str, date: dt.datetime | None = None) -> None:
        env = {"PATH": os.environ["PATH"], "HOME": str(self.root), "GIT_CONFIG_NOSYSTEM": "1"}
        if date is not None:
            env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date.isoformat()
        subprocess.run(["git", *args], cwd=self.root, env=env, check=True, capture_output=True, timeout=60)

    def _template(self) -> None:
        self.counter += 1
        base = self.templates / "base.html"
        base.write_text(base.read_text() + f"{{# edit {self.counter} #}}\n<!-- edit {self.counter} -->\n")


# One random sequence beside the two fixed ones (each some 10 CPU s): tests/golden/test_rebuilds.py now walks
# eighteen kinds of edit one by one, and the suite must stay inside CI's ten minutes.
@settings(max_examples=1, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(ops=list(OPS), seed=0)  # every kind of change at least once, whatever the random draws are
@example(ops=["compensation", "compensation", "commit", "edit_body", "commit"], seed=1)
@given(ops=st.lists(st.sampled_from(OPS), min_size=3, max_size=7), seed=st.integers(0, 10_000))
def test_incremental_builds_equal_cold_builds(tmp_path_factory, ops: list[str], seed: int) -> None:
    root = tmp_path_factory.mktemp("incremental")
    board = Board(root, random.Random(seed))
    resident = Cache(None, resident=True)  # what `jobsite serve` keeps between rebuilds
    for step, op in enumerate(["none", *ops]):
        if op != "none":
            board.apply(op)

        def options(out: str):
            return make_options(board.content, root / out, templates=board.templates, clock=board.clock,
                                base_url=board.base_url)

        with skips_checked():
            warm = build_site(options("warm"), Cache(root / "cache"))  # the CLI: a cache loaded from disk each time
            build_site(options("served"), resident)
        shutil.rmtree(root / "cold", ignore_errors=True)
        full = build_site(options("cold"), Cache(None))
        assert "snapshot" in warm.model_path if op in FROM_SNAPSHOT else True, f"after {ops[:step]}: {warm.model_path}"
        assert_same_model(warm, full, f"after {ops[:step]} ({warm.model_path})")
        assert_cache_holds_the_files_as_they_are(root / "cache", warm, f"after {ops[:step]} ({warm.model_path})")
        if step == 0:  # every posting is dated by the board's first commit (history.py), not left undated
            assert {p.updated for p in full.model.postings} == {dt.date(2026, 11, 1)}
        cold = tree_bytes(root / "cold")
        for side in ("warm", "served"):
            got = tree_bytes(root / side)
            assert sorted(got) == sorted(cold), f"{side} after {ops[:step]}: files differ"
            differing = [path for path in cold if got[path] != cold[path]]
            assert not differing, f"{side} after {ops[:step]}: {differing[:5]}"


def assert_cache_holds_the_files_as_they_are(folder: Path, built: BuildResult, where: str) -> None:
    """The saved cache keeps each content file's entries as its bytes are now, and no old version's: a build
    made from the snapshot drops the entries its edits replaced (model/snapshot.py `_keep_entries`) where a
    full build prunes by use."""
    cache = Cache(folder)
    stats = cache.stats.entries
    keys = {recorded[4] for recorded in stats.values()}
    assert set(cache.sources.entries) == keys, where
    assert set(cache.bodies.entries) <= keys, where
    assert {p.body.key for p in built.model.postings} <= set(cache.bodies.entries), where
    assert set(cache.findings.entries) <= {p.fingerprint for p in built.model.postings}, where


def assert_same_model(got: BuildResult, full: BuildResult, where: str) -> None:
    """The model and problems of a build are the full path's: records, similar roles, every warning."""
    assert got.model == full.model, where
    assert got.model.similar == full.model.similar, where
    assert got.problems == full.problems, where


def test_a_warm_build_refuses_a_recorded_file_turned_link_or_giant_as_a_cold_build_does(tmp_path: Path) -> None:
    """Content is untrusted: a posting replaced by a link to a file outside content/ (its bytes those of a
    recorded file) or grown past the size limit is refused with the cold build's words, though the cache knew it
    by its path, and the last good site stays."""
    from generator.base.errors import ContentError

    outside = tmp_path / "outside.md"
    outside.write_text(front_matter(POSTING), encoding="utf-8")
    write_tree(tmp_path / "content", basic_tree(a=POSTING, b=POSTING))
    options = make_options(tmp_path / "content", tmp_path / "site", templates=REPO / "templates", clock=CLOCK)
    build_site(options, Cache(tmp_path / "cache"))
    before = tree_bytes(tmp_path / "site")
    (tmp_path / "content/jobs/acme/a.md").unlink()
    (tmp_path / "content/jobs/acme/a.md").symlink_to(outside)
    (tmp_path / "content/jobs/acme/b.md").write_text(front_matter(POSTING) + "x" * 300_000, encoding="utf-8")
    reported = []
    for cache in (Cache(tmp_path / "cache"), Cache(None)):  # warm, then cold
        with pytest.raises(ContentError) as failed:
            build_site(options, cache)
        reported.append([p.format().replace(str(tmp_path) + "/", "") for p in failed.value.problems])
    assert reported[0] == reported[1] == [
        "content/jobs/acme/a.md:1:1: error: symbolic links are not allowed in content/: copy the file instead",
        "content/jobs/acme/b.md:1:1: error: file is 294 KB; the limit is 256 KB"]
    assert tree_bytes(tmp_path / "site") == before
