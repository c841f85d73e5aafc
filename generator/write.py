"""The only code that touches the output folder: it swaps in a complete new site or leaves the old one."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from .render.output import Output


class UnsafeOutputPath(ValueError):
    """An output path that would land outside the output folder."""


def safe_relative(path: str) -> PurePosixPath:
    """Refuse absolute paths, '..' and empty parts: content must never write outside site/."""
    rel = PurePosixPath(path)
    if rel.is_absolute() or not rel.parts or any(part in ("", ".", "..") for part in rel.parts) or "\\" in path:
        raise UnsafeOutputPath(f"refusing to write outside the output folder: {path!r}")
    return rel


def write_site(outputs: Iterable[Output], output_dir: Path) -> int:
    """Write every output into a fresh sibling folder, then swap it in; return the number of files."""
    output_dir = output_dir.resolve()
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.new-", dir=output_dir.parent))
    try:
        count = _write_all(outputs, staging)
        _swap(staging, output_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return count


def _write_all(outputs: Iterable[Output], root: Path) -> int:
    count = 0
    for out in outputs:
        target = root.joinpath(*safe_relative(out.path).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(out.data)
        count += 1
    os.chmod(root, 0o755)  # mkdtemp makes 0700; web servers and link checkers need to read the site
    return count


def _swap(staging: Path, output_dir: Path) -> None:
    """Replace output_dir by staging with two renames, so readers see the old site or the new one."""
    if not output_dir.exists():
        staging.rename(output_dir)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.old-", dir=output_dir.parent))
    retired.rmdir()
    output_dir.rename(retired)
    staging.rename(output_dir)
    shutil.rmtree(retired, ignore_errors=True)
