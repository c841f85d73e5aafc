"""What an output's key may read besides the records it names: the read side of the dependency index.

An output's key (base/memo.py) hashes its inputs. Those are of two kinds. Records (postings, companies, and the
content-hashed files a page links, render/output.py `Linked`) are fed by their fingerprints, and keying records
each one's file as a dependency of the output (cache table `dependencies`). Everything else (strings, counts,
page numbers, dates, the similar roles, facets, feed scopes, the page renderer) is made by the render stage
from the whole model, the templates and the code. So when, since the last build,

- the code, the templates, site.yaml (with the base URL and the compensation table), the clock's day, the
  records there are and their order, and the similar roles of every posting are all the same (`Board.globals`),
- and every record whose fingerprint moved kept its shape (`shape`: every field but a posting's title and
  body, and a company's body: those reach other outputs only through the record itself, the search and browse
  indexes, which are always keyed, or the similar roles, compared whole above),

then the model differs only inside those records, and an output that names none of them (nor a linked file that
is gone) was given exactly what it was last time: its key is the recorded one, and the writer need not compute
it. When any of that moved, the writer keys every output, as a cold build does (write/__init__.py `_keys`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from ..base.cache import code_version, text_key
from ..base.memo import key_of, templates_digest
from ..model import Company, Model, Posting

Record = Posting | Company
_LOCAL = {"title", "body", "fingerprint"}  # what only the record itself carries to an output (see above)


@dataclass(frozen=True)
class Board:
    globals: bytes  # a digest of every input of every output that is not a record (module docstring)
    records: Mapping[str, Record]  # every record an output can name, by its content file


def board_of(model: Model, templates_dir: Path) -> Board:
    """The board of this build: what the writer compares with the last build's to skip keying outputs."""
    records: dict[str, Record] = {c.source: c for c in model.companies}
    records.update((p.source, p) for p in model.postings)
    similar = model.similar
    utc_day = model.clock.astimezone(dt.timezone.utc).date() if model.clock.tzinfo else model.clock.date()
    return Board(text_key(code_version(), templates_digest(templates_dir), model.site.fingerprint,
                          model.clock.date().isoformat(), utc_day.isoformat(),
                          "\0".join(records),  # which records there are, companies by name, postings newest first
                          "\0".join(k + "\1" + "\1".join(o.key for o in others) for k, others in similar.items())),
                 records)


def shape(record: Record) -> bytes:
    """A digest of what other records' outputs may read of this one: all but its title and body."""
    values = []
    for f in fields(record):
        if f.name in _LOCAL or (f.name == "company" and isinstance(record, Posting)):
            continue
        value = getattr(record, f.name)
        values.append(value.id if f.name == "category" else value)
    # The company by its slug: a company's own shape is compared on its own.
    company = record.company.slug if isinstance(record, Posting) else ""
    return key_of(shape, (type(record).__name__, company, tuple(values)))
