"""Build options and the build clock: everything a build depends on besides content and templates."""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
# reproducible-builds.org/specs/source-date-epoch: a decimal integer, as `date +%s` prints it.
_EPOCH = re.compile(r"-?[0-9]+")


class SetupError(ValueError):
    """A problem with how jobsite was run (its environment or options), not with the content: one line."""


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
    if not epoch:
        return dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)
    if not _EPOCH.fullmatch(epoch):
        raise SetupError(f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, as "
                         f"`date +%s` prints it; got {epoch[:40]!r}")
    try:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    except (OverflowError, OSError, ValueError):  # beyond what a datetime holds (years 1 to 9999)
        raise SetupError(f"SOURCE_DATE_EPOCH={epoch[:40]} is outside the years 1 to 9999") from None


def default_templates_dir(content_dir: Path) -> Path:
    """Prefer templates/ beside content/ (a site's own), else the ones shipped with this repository."""
    sibling = content_dir.resolve().parent / "templates"
    return sibling if (sibling / "base.html").exists() else PACKAGE_ROOT / "templates"


def make_options(content: str | Path = "content", output: str | Path = "site", base_url: str | None = None,
                 templates: str | Path | None = None, clock: dt.datetime | None = None) -> BuildOptions:
    """Assemble build options from CLI-style arguments."""
    content_dir = Path(content)
    options = BuildOptions(
        content_dir=content_dir,
        output_dir=Path(output),
        templates_dir=Path(templates) if templates else default_templates_dir(content_dir),
        clock=clock or build_clock(),
        base_url=base_url.rstrip("/") if base_url else None,
    )
    check_output_folder(options)
    return options


def check_output_folder(options: BuildOptions) -> None:
    """Refuse an output folder that overlaps content/ or templates/: the build replaces it as a whole, so the
    site would end up in the content (and be read back as content) or the content would be swapped away."""
    output = options.output_dir.resolve()
    for what, folder in (("content", options.content_dir), ("templates", options.templates_dir)):
        source = folder.resolve()
        if output.is_relative_to(source):
            raise SetupError(f"the output folder {options.output_dir}/ is inside the {what} folder {folder}/: "
                             "choose an output folder outside it")
        if source.is_relative_to(output):
            raise SetupError(f"the {what} folder {folder}/ is inside the output folder {options.output_dir}/, "
                             "which every build replaces: choose an output folder that does not contain it")
