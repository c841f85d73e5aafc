"""JSON Schemas for editors, generated from schema.py: the validator's own field definitions, nothing restated.

Editors validate YAML as YAML 1.2, where an unquoted 2026-11-20 is a string; the date type's schema says so.
Cross-file rules (the company exists, the category is in site.yaml) need the whole tree and stay with
`jobsite check`.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..base.addresses import SITE_FILE, company_file, posting_file, shown
from . import schema

DRAFT = "http://json-schema.org/draft-07/schema#"  # the draft yaml-language-server and most editors support

DOCUMENTS = {
    "posting": (schema.POSTING, "jobsite posting front matter",
                f"The YAML between the '---' lines of {shown(posting_file('<company-slug>/<posting-slug>'))}."),
    "company": (schema.COMPANY, "jobsite company front matter",
                f"The YAML between the '---' lines of {shown(company_file('<company-slug>'))}."),
    "site": (schema.SITE, "jobsite site settings", f"{shown(SITE_FILE)}: the board's title, address and categories."),
}


def document_schema(name: str) -> dict:
    """The complete JSON Schema for one kind of content file."""
    definition, title, description = DOCUMENTS[name]
    return {"$schema": DRAFT, "title": title, "description": description, **definition.json_schema()}


def schema_files() -> dict[str, str]:
    """Every schema as {file name: JSON text}, formatted stably so regenerating changes nothing."""
    return {f"{name}.schema.json": json.dumps(document_schema(name), indent=2, ensure_ascii=False) + "\n"
            for name in DOCUMENTS}


def write_schemas(output_dir: Path) -> list[Path]:
    """Write every schema into output_dir; return the paths written."""
    output_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, text in schema_files().items():
        path = output_dir / file_name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
