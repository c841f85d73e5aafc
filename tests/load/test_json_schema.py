"""JSON Schemas for editors: generated from the validator's definitions, accepting what it accepts."""
from __future__ import annotations

import datetime as dt
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.load.files import load_content
from generator.load.json_schema import document_schema, schema_files

from ..conftest import COMPANY, POSTING, REPO, SITE


def as_editor_sees(value: Any) -> Any:
    """YAML 1.2, which editors use, reads an unquoted 2026-11-20 as text rather than a date."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: as_editor_sees(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_editor_sees(v) for v in value]
    return value


def errors(kind: str, data: dict) -> list[str]:
    validator = jsonschema.Draft7Validator(document_schema(kind))
    return [e.message for e in validator.iter_errors(as_editor_sees(data))]


def test_committed_schemas_are_current() -> None:
    # Editors read schemas/ from the repository; regenerate with `jobsite schema` after changing schema.py.
    for name, text in schema_files().items():
        assert (REPO / "schemas" / name).read_text(encoding="utf-8") == text, f"schemas/{name} is stale"


def test_schemas_are_valid_draft_7() -> None:
    for kind in ("posting", "company", "site"):
        jsonschema.Draft7Validator.check_schema(document_schema(kind))


def test_every_bundled_file_satisfies_its_schema() -> None:
    raw, problems = load_content(REPO / "content")
    assert problems == []
    for src in (raw.site, *raw.companies, *raw.postings):
        assert errors(src.kind, src.data) == [], src.path


@pytest.mark.parametrize("change", [
    {"salery": 5},  # unknown key
    {"title": None},  # empty value
    {"tags": "rust"},  # string for a list
    {"posted": ["2026-11-01"]},  # list for a date
    {"posted": "20 November 2026"},
    {"workplace": "remot"},
    {"employment_type": "fulltime"},
    {"locations": [{"city": "London", "country": "UK"}]},
    {"locations": [{"city": "London"}]},
    {"salary": {"min": "85,000", "max": 90000, "currency": "EUR", "period": "year"}},
    {"salary": {"min": 85000, "max": 90000, "currency": "EURO", "period": "year"}},
    {"salary": {"min": 85000, "max": 90000, "period": "year"}},
    {"apply_url": "javascript:alert(1)"},
    {"remote_eligibility": ["Mars"]},
    {"seniority": "senoir"},
])
def test_posting_schema_catches_shape_errors(change: dict) -> None:
    assert errors("posting", {**POSTING, **change})


def test_posting_schema_requires_the_required_keys() -> None:
    for key in ("title", "company", "category", "workplace", "employment_type", "posted", "apply_url"):
        assert errors("posting", {k: v for k, v in POSTING.items() if k != key}) == [f"'{key}' is a required property"]


@pytest.mark.parametrize("kind, data", [
    ("company", {**COMPANY, "stage": "series a"}),
    ("company", {**COMPANY, "size": "10-50"}),
    ("company", {**COMPANY, "links": {"git hub!": "https://github.com/acme"}}),
    ("site", {**SITE, "categories": [{"id": "AI", "label": "AI"}]}),
    ("site", {**SITE, "language": "english"}),
])
def test_company_and_site_schemas_catch_shape_errors(kind: str, data: dict) -> None:
    assert errors(kind, data)


def test_bare_numbers_are_text_as_in_the_validator() -> None:
    assert errors("posting", {**POSTING, "duration": 6}) == []


def test_schema_command_writes_the_files(tmp_path) -> None:
    result = CliRunner().invoke(main, ["schema", "--output", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(schema_files())
    assert f"Wrote {tmp_path / 'out' / 'posting.schema.json'}" in result.output
