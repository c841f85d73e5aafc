"""Build options and the build clock: everything a build depends on besides content and templates."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BuildOptions:
    """Where to read from and write to, and the one clock the whole build uses."""

    content_dir: Path
    output_dir: Path
    templates_dir: Path
    clock: dt.datetime
    base_url: str | None = None  # overrides site.yaml, e.g. for deploy previews


def build_clock(environ: dict[str, str] | None = None) -> dt.datetime:
    """Take the build time from SOURCE_DATE_EPOCH when set, so identical input gives identical output."""
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    return dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)


def default_templates_dir(content_dir: Path) -> Path:
    """Prefer templates/ beside content/ (a site's own), else the ones shipped with this repository."""
    sibling = content_dir.resolve().parent / "templates"
    return sibling if (sibling / "base.html").exists() else PACKAGE_ROOT / "templates"


def make_options(content: str | Path = "content", output: str | Path = "site", base_url: str | None = None,
                 templates: str | Path | None = None, clock: dt.datetime | None = None) -> BuildOptions:
    """Assemble build options from CLI-style arguments."""
    content_dir = Path(content)
    return BuildOptions(
        content_dir=content_dir,
        output_dir=Path(output),
        templates_dir=Path(templates) if templates else default_templates_dir(content_dir),
        clock=clock or build_clock(),
        base_url=base_url.rstrip("/") if base_url else None,
    )
