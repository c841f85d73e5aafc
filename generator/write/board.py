"""What an output's key may read besides the records it names: the read side of the dependency index.

An output's key (base/memo.py) hashes its inputs. Those are of three kinds. Records (postings, companies, and the
content-hashed files a page links, render/output.py `Linked`) are fed by their fingerprints, and keying records
each one's file as a dependency of the output (cache table `dependencies`). Values many records decide (a
listing's members, the filter form's counts, a posting's similar roles, a feed's scope and roles, the
statistics: render/output.py `Read`) are fed by their digests, and each output names its own (LazyOutput
`reads`). Everything else (strings, page numbers, the page renderer) is made from the code, the templates,
site.yaml and the clock, or from the records an output names. So when, since the last build,

- the code, the templates, site.yaml (with the base URL and the compensation table), the clock's day, and
  which records there are are all the same (`Board.globals`),

an output that names no record whose fingerprint moved (nor a linked file that is gone), and no Read whose digest
moved, was given exactly what it was last time: its key is the recorded one, and the writer need not compute it.
A posting whose level, tags, pay or date moved changes its record and the Reads that count or list it (the
listings and feeds it enters, leaves or moves in, the filters' counts, the statistics, other postings' similar
roles), nothing else. When the globals moved, the writer keys every output, as a cold build does
(write/__init__.py `_keys`).

That every value an output reads besides its records is a global or one of its Reads is checked as outputs are
keyed: a Read met anywhere but among an output's own `reads` (where the writer cannot see it without keying)
leaves no board behind, so the next build keys every output (write/__init__.py `_record_board`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..base.cache import code_version, text_key
from ..base.memo import templates_digest
from ..model import Company, Model, Posting
from ..render.output import LazyOutput, Output

Record = Posting | Company


@dataclass(frozen=True)
class Board:
    globals: bytes  # a digest of every input of every output that is neither a record nor a Read (docstring)
    records: Mapping[str, Record]  # every record an output can name, by its content file


def board_of(model: Model, templates_dir: Path) -> Board:
    """The board of this build: what the writer compares with the last build's to skip keying outputs."""
    records: dict[str, Record] = {c.source: c for c in model.companies}
    records.update((p.source, p) for p in model.postings)
    utc_day = model.clock.astimezone(dt.timezone.utc).date() if model.clock.tzinfo else model.clock.date()
    return Board(text_key(code_version(), templates_digest(templates_dir), model.site.fingerprint,
                          model.clock.date().isoformat(), utc_day.isoformat(),
                          # Which records there are, not their order: what reads the order (listings, feeds, the
                          # similar roles) reads it through a Read.
                          "\0".join(sorted(records))),
                 records)


def reads_of(outputs: Iterable[Output]) -> dict[str, bytes] | None:
    """Every Read the outputs name, by name, with its digest; None when one name stands for two values (then no
    output can be skipped on its account)."""
    found: dict[str, bytes] = {}
    for out in outputs:
        for read in out.reads if isinstance(out, LazyOutput) else ():
            if found.setdefault(read.source, read.fingerprint) != read.fingerprint:
                return None
    return found


def readers(outputs: Sequence[Output], names: set[str]) -> set[str]:
    """The outputs that name one of these Reads."""
    if not names:
        return set()
    return {out.path for out in outputs if isinstance(out, LazyOutput) and any(r.source in names for r in out.reads)}
