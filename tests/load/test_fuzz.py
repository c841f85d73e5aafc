"""No content, however broken, gets a traceback: only reported problems come out of `jobsite check`."""
from __future__ import annotations

import copy
import datetime as dt
import functools
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.base.errors import ERROR, INFO, WARNING
from generator.check import check_content
from generator.config import make_options
from generator.load import schema
from generator.model import compensation

from ..conftest import CLOCK, COMPANY, POSTING, REPO, SITE, basic_tree, front_matter, write_tree

# Example counts come from the hypothesis profile conftest.py loads: a few while developing, 200 in CI.
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=10**300, max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
    st.dates(), st.datetimes(), st.sampled_from(["", " ", "2026-02-30", "2026-13-01", "javascript:alert(1)",
                                                 "http://127.0.0.1/", "https://ok.example/", "DE", "de", "USD",
                                                 "remote", "onsite", "year", "hour", "acme", "ai", "&", "*x"]),
)
yaml_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=12,
)


def _field_paths(obj: schema.Obj, prefix: tuple = ()) -> Iterator[tuple]:
    """Every key path a definition knows, nested objects and first list items included."""
    for f in obj.fields:
        path = prefix + (f.name,)
        yield path
        inner = f.type.item if isinstance(f.type, schema.ListOf) else f.type
        if isinstance(inner, schema.Obj):
            yield from _field_paths(inner, path + ((0,) if isinstance(f.type, schema.ListOf) else ()))


def _with_value(data: dict, path: tuple, value: object) -> dict:
    """A deep copy of data with the value at path replaced; the base fixtures hold every container."""
    data = copy.deepcopy(data)
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    # One folder for the whole module: hypothesis reruns the test body, and function fixtures do not reset.
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


def lean_tree() -> dict[str, str | bytes]:
    """basic_tree without the 80 KB compensation table, whose parsing was half of every example's time. The
    estimator it feeds is fuzzed on its own below, without building a site per example."""
    files = basic_tree()
    del files["data/compensation.yaml"]
    return files


def _check(root: Path, files: dict[str, str | bytes]) -> list:
    content = root / "content"
    if content.exists():
        for path in sorted(content.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
    write_tree(content, files)
    options = make_options(content, root / "site", templates=REPO / "templates", clock=CLOCK)
    problems = check_content(options)
    for p in problems:
        assert p.level in (ERROR, WARNING, INFO) and p.message and p.line >= 1 and p.col >= 1
    assert not (root / "site").exists()
    return problems


@pytest.mark.parametrize("target", ["site.yaml", "companies/acme.md", "jobs/acme/senior-robotics-engineer.md"])
@FUZZ
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_in_any_file(workdir: Path, target: str, data: bytes) -> None:
    files = lean_tree()
    files[target] = data
    _check(workdir, files)


@pytest.mark.parametrize("target", ["site.yaml", "companies/acme.md", "jobs/acme/senior-robotics-engineer.md"])
@FUZZ
@given(text=st.text(alphabet=st.sampled_from("-: \n\t[]{}#&*!|>'\"%@`,?abc12"), max_size=200))
def test_arbitrary_yaml_punctuation_after_the_fence(workdir: Path, target: str, text: str) -> None:
    files = lean_tree()
    files[target] = text if target == "site.yaml" else "---\n" + text + "\n---\nBody\n"
    _check(workdir, files)


# Every container a path may reach into: a salary, and a time-zone window (on an onsite role, an error the
# fuzzed value must not turn into a crash).
PAID_POSTING = {**POSTING, "salary": {"min": 50000, "max": 60000, "currency": "USD", "period": "year"},
                "time_zones": {"from": "UTC-1", "to": "UTC+2"}}


def _posting_paths() -> list[tuple]:
    return [*_field_paths(schema.POSTING), ("unknown",)]


@FUZZ
@given(path=st.sampled_from(_posting_paths()), value=yaml_values)
def test_any_value_in_any_posting_field(workdir: Path, path: tuple, value: object) -> None:
    data = _with_value(PAID_POSTING, path, value)
    files = lean_tree()
    files["jobs/acme/senior-robotics-engineer.md"] = front_matter(data)
    _check(workdir, files)


@FUZZ
@given(path=st.sampled_from([*_field_paths(schema.COMPANY), ("unknown",)]), value=yaml_values)
def test_any_value_in_any_company_field(workdir: Path, path: tuple, value: object) -> None:
    files = lean_tree()
    files["companies/acme.md"] = front_matter(_with_value(COMPANY, path, value))
    _check(workdir, files)


@FUZZ
@given(path=st.sampled_from([*_field_paths(schema.SITE), ("unknown",)]), value=yaml_values)
def test_any_value_in_any_site_field(workdir: Path, path: tuple, value: object) -> None:
    files = lean_tree()
    files["site.yaml"] = yaml.safe_dump(_with_value(SITE, path, value), allow_unicode=True)
    _check(workdir, files)


@FUZZ
@given(front=yaml_values, body=st.text(max_size=300))
def test_any_front_matter_shape_and_body(workdir: Path, front: object, body: str) -> None:
    files = lean_tree()
    front_text = yaml.safe_dump(front, allow_unicode=True)
    files["jobs/acme/senior-robotics-engineer.md"] = "---\n" + front_text + "---\n" + body
    _check(workdir, files)


markdown_text = st.text(alphabet=st.one_of(st.sampled_from("<>[]()!*_`#-|:\n\\&;/ ajs"),
                                           st.characters(exclude_categories=("Cs",))), max_size=300)


# Every example renders the whole site: the slowest fuzzer runs three quarters of the profile's count.
@settings(FUZZ, max_examples=max(1, settings.default.max_examples * 3 // 4))
@given(body=markdown_text, target=st.sampled_from(["companies/acme.md", "jobs/acme/senior-robotics-engineer.md"]))
def test_any_markdown_body_under_valid_front_matter(workdir: Path, body: str, target: str) -> None:
    files = lean_tree()
    files[target] = files[target].split("---\n")[1].join(["---\n", "---\n"]) + body
    _check(workdir, files)


@functools.lru_cache(maxsize=1)
def benchmarks() -> compensation.Benchmarks:
    return compensation.load_benchmarks(REPO / "content" / "data" / "compensation.yaml")


words = st.one_of(st.text(max_size=60), st.sampled_from(["Senior ML Engineer", "Intern", "Head of Growth", "CTO",
                                                          "Werkstudent", "Staff", "Engineer II", "Sr."]))
ids = st.one_of(st.none(), st.text(max_size=20), st.sampled_from(["senior", "intern", "series-b", "Series B", "DE",
                                                                  "us", "europe", "web3", "part-time"]))


@FUZZ
@given(title=words, seniority=ids, country=ids, region=ids, stage=ids, category=ids, employment_type=ids)
def test_the_estimator_answers_or_names_the_bad_input(title: str, seniority: str | None, country: str | None,
                                                      region: str | None, stage: str | None, category: str | None,
                                                      employment_type: str | None) -> None:
    """Whatever a posting says, an estimate comes back, or a ValueError the model turns into "no estimate"."""
    try:
        est = compensation.estimate(benchmarks(), title=title, seniority=seniority, country=country, region=region,
                                    stage=stage, category=category or "ai",
                                    employment_type=employment_type or "full-time")
    except ValueError as exc:
        assert str(exc)
        return
    assert 0 < est.min <= est.median <= est.max and est.period in ("year", "month")
    assert est.reasoning[-1] == "Actual compensation may vary."


def test_values_that_once_slipped_through(workdir: Path) -> None:
    """Regressions found by the fuzzers above, kept as plain examples."""
    for path, value in [(("salary", "min"), 10**400), (("locations", 0, "country"), None),
                        (("salary", "currency"), []), (("salary", "period"), {"a": 1}),
                        (("title",), "\x1b"), (("posted",), dt.datetime(2026, 1, 1)),
                        (("tags",), [[1], {"a": 2}])]:
        files = basic_tree(x=_with_value(PAID_POSTING, path, value))
        assert any(p.level == ERROR for p in _check(workdir, files))
