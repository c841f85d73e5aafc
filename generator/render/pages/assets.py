"""Static assets (CSS, icons, scripts) with content-hashed file names, so CDNs may cache them for a year."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ...base.addresses import file_url
from ..output import Output
from .scripts import compact_script


@dataclass(frozen=True)
class Assets:
    urls: dict[str, str]  # logical name (style.css) → fingerprinted URL (/static/style.3f2a9c1e.css)
    outputs: tuple[Output, ...]

    def url(self, name: str) -> str:
        return self.urls[name]

    @property
    def fingerprint(self) -> bytes:
        """What pages that link assets depend on: the URLs, which carry a hash of each file's bytes."""
        return hashlib.blake2b("\0".join(f"{k}={v}" for k, v in sorted(self.urls.items())).encode(),
                               digest_size=16).digest()


def collect_assets(static_dir: Path) -> Assets:
    """Fingerprint every file in templates/static/ by its bytes."""
    urls: dict[str, str] = {}
    outputs = []
    for path in sorted(p for p in static_dir.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix == ".js":
            data = compact_script(data.decode("utf-8")).encode("utf-8")
        rel = path.relative_to(static_dir)
        digest = hashlib.sha256(data).hexdigest()[:10]
        out = f"static/{rel.parent / f'{rel.stem}.{digest}{rel.suffix}'}".replace("/./", "/")
        urls[rel.as_posix()] = file_url(out)
        outputs.append(Output(out, data, f"templates/static/{rel.as_posix()}"))
    return Assets(urls, tuple(outputs))
