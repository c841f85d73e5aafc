"""The folders a build stages its site in, named so that a later build can tell a killed build's leftovers.

The writer (write/__init__.py) stages new and changed files in `.site.new-<pid>.<random>` beside `site/`;
jobsite versions that swapped whole folders also left `.site.old-<pid>.<random>`. A build killed half-way
leaves such a folder behind; the next build removes every one whose process is gone.
"""
from __future__ import annotations

import glob
import os
import shutil
from pathlib import Path


def staging_prefix(output_dir: Path, kind: str) -> str:
    """`.site.new-<pid>.` (kind "new") or `.site.old-<pid>.`: the prefix for tempfile.mkdtemp."""
    return f".{output_dir.name}.{kind}-{os.getpid()}."


def remove_stale_staging(output_dir: Path) -> list[Path]:
    """Delete the staging folders of builds that are no longer running; keep those of live ones (this process
    included). Return the folders removed."""
    removed = []
    for kind in ("new", "old"):
        prefix = f".{output_dir.name}.{kind}-"
        for folder in sorted(output_dir.parent.glob(glob.escape(prefix) + "*")):
            # A name without "<pid>." comes from a jobsite that did not record its owner: stale as well.
            pid, dot, _ = folder.name.removeprefix(prefix).partition(".")
            if dot and pid.isdigit() and is_running(int(pid)):
                continue
            if folder.is_dir() and not folder.is_symlink():
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
    return removed


def is_running(pid: int) -> bool:
    """Tell whether a process with this id exists (on this machine)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0 delivers nothing: it only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to another user
    return True
