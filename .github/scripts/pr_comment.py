"""Post `jobsite check`'s findings on a pull request as one comment, edited in place on every new push.

Run by .github/workflows/pr-comment.yml (a `workflow_run` job with a write token) on the artifact that
pr-report.yml (a `pull_request` job with a read-only token) uploaded. That artifact was made by the pull
request's own code, so everything in it is untrusted: the pull-request number is checked against the commit
GitHub says was tested, every finding is escaped so it cannot format, link or mention anything, and preview
links are built only from paths that are exactly content/jobs/<slug>/<slug>.md or content/companies/<slug>.md.

Standard library only, so the commenting job installs nothing and runs none of the repository's other code.
Usage: pr_comment.py ARTIFACT_DIR   (environment: GITHUB_TOKEN, GITHUB_REPOSITORY, HEAD_SHA, optional
GITHUB_API_URL, NETLIFY_SITE_NAME, COMMENT_AUTHOR)
"""
from __future__ import annotations

import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

MARKER = "<!-- jobsite-pr-comment -->"  # finds this script's own earlier comment; never shown
MAX_FINDINGS = 50
MAX_MESSAGE = 300
MAX_ARTIFACT_BYTES = 1_000_000
LEVELS = {"error": "❌ **error**", "warning": "⚠️ **warning**", "info": "ℹ️ note"}
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
POSTING_RE = re.compile(rf"content/jobs/({SLUG})/({SLUG})\.md")  # used with fullmatch: `$` allows a "\n"
COMPANY_RE = re.compile(rf"content/companies/({SLUG})\.md")
SITE_NAME_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")  # a Netlify site name is a DNS label
REPOSITORY_RE = re.compile(r"[A-Za-z0-9-]+/[A-Za-z0-9._-]+")
ZERO_WIDTH = "&#8203;"
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")
_MARKDOWN_RE = re.compile(r"([\\`*_{}\[\]()#+\-.!|~^$:/'\"=])")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    level: str
    message: str


# --- The comment, as a pure function of the artifact ------------------------------------------------------

def plain(text: str, limit: int = MAX_MESSAGE) -> str:
    """Show untrusted text as itself: no Markdown, HTML, links, @mentions or #references, on one line."""
    text = _CONTROL_RE.sub(" ", str(text)).strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN_RE.sub(r"\\\1", text)
    # Break what GitHub links on its own, even when escaped: mentions, issue references, bare addresses.
    text = text.replace("@", "@" + ZERO_WIDTH).replace("\\#", "\\#" + ZERO_WIDTH)
    text = text.replace("\\:\\/\\/", "\\:" + ZERO_WIDTH + "\\/\\/")
    text = re.sub(r"(?i)\bGH(?=\\-[0-9])", lambda m: m.group(0) + ZERO_WIDTH, text)  # GH-123 is an issue link
    return re.sub(r"(?i)www(?=\\\.)", lambda m: m.group(0) + ZERO_WIDTH, text)


def read_findings(data: object) -> list[Finding] | None:
    """The findings in `jobsite check --format json` output; None when it is not that shape at all."""
    if not isinstance(data, list):
        return None
    findings = []
    for item in data:
        # Any value may be any JSON: a list where text belongs is shown as nothing, never a crash.
        if isinstance(item, dict) and isinstance(item.get("level"), str) and item["level"] in LEVELS:
            line = item.get("line")
            findings.append(Finding(_string(item.get("path")), line if type(line) is int else 0,
                                    item["level"], _string(item.get("message"))))
    return findings


def _string(value: object) -> str:
    return value if isinstance(value, str) else ""


def preview_links(changed: list[str], pr_number: int, site_name: str | None) -> list[tuple[str, str]]:
    """(label, deploy-preview URL) for each added or changed posting and company page, in path order."""
    if not site_name or not SITE_NAME_RE.fullmatch(site_name):
        return []
    base = f"https://deploy-preview-{pr_number}--{site_name}.netlify.app"
    links = []
    for path in sorted(set(changed)):
        if m := POSTING_RE.fullmatch(path):
            links.append((f"/jobs/{m.group(1)}/{m.group(2)}/", f"{base}/jobs/{m.group(1)}/{m.group(2)}/"))
        elif m := COMPANY_RE.fullmatch(path):
            links.append((f"/companies/{m.group(1)}/", f"{base}/companies/{m.group(1)}/"))
    return links


def comment_body(findings: list[Finding] | None, changed: list[str], pr_number: int, head_sha: str,
                 site_name: str | None = None) -> str:
    """The whole comment: the marker, a verdict, the findings (escaped), and deploy-preview links."""
    lines = [MARKER, "## jobsite check", "", _verdict(findings, changed)]
    if findings:
        lines.append("")
    for f in (findings or [])[:MAX_FINDINGS]:
        where = plain(f.path, 200) + (f" line {f.line}" if f.line > 0 else "")
        lines.append(f"- {LEVELS[f.level]} · {where} — {plain(f.message)}")
    if findings and len(findings) > MAX_FINDINGS:
        lines.append(f"- … and {len(findings) - MAX_FINDINGS} more: see the check's log.")
    links = preview_links(changed, pr_number, site_name)
    if links:
        lines += ["", "### Deploy previews", "",
                  "Netlify builds a preview of this pull request; the links work once it is ready.", ""]
        lines += [f"- [{plain(label)}]({url})" for label, url in links]
    sha = head_sha if re.fullmatch(r"[0-9a-f]{7,40}", head_sha) else "unknown"
    lines += ["", f"<sub>Checked commit {sha[:12]}. This comment is updated on every push.</sub>", ""]
    return "\n".join(lines)


def _verdict(findings: list[Finding] | None, changed: list[str]) -> str:
    if findings is None:
        return "The check did not finish, so there is nothing to report: see the check's log."
    counts = {level: sum(f.level == level for f in findings) for level in LEVELS}
    if not findings:
        what = "the files this pull request changes" if changed else "the content"
        return f"✅ No problems in {what}."
    parts = [f"{n} {name}{'s' if n != 1 else ''}" for (level, n), name in
             zip(counts.items(), ("error", "warning", "note"), strict=True) if n]
    return f"**{', '.join(parts)}.** Errors and warnings must be fixed before this can be merged."


# --- GitHub's REST API -----------------------------------------------------------------------------------

class ApiError(RuntimeError):
    pass


@dataclass(frozen=True)
class GitHub:
    api: str  # e.g. https://api.github.com (GITHUB_API_URL; a local server in tests)
    repository: str
    token: str
    retry_wait_limit: float = 60.0

    def request(self, method: str, path: str, body: dict | None = None, retry: bool = True) -> tuple[object, dict]:
        req = urllib.request.Request(
            f"{self.api.rstrip('/')}{path}", method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Authorization": f"Bearer {self.token}", "Accept": "application/vnd.github+json",
                     "X-GitHub-Api-Version": "2022-11-28", "Content-Type": "application/json",
                     "User-Agent": "jobsite-pr-comment"})
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return json.loads(resp.read() or b"null"), dict(resp.headers)
        except urllib.error.HTTPError as exc:
            wait = _retry_after(exc)
            if retry and wait is not None and wait <= self.retry_wait_limit:
                time.sleep(wait)  # a secondary rate limit: GitHub says how long to wait, once
                return self.request(method, path, body, retry=False)
            raise ApiError(f"{method} {path}: HTTP {exc.code} {exc.read()[:300].decode(errors='replace')}") from exc
        except urllib.error.URLError as exc:
            raise ApiError(f"{method} {path}: {exc.reason}") from exc

    def pull_request_head(self, number: int) -> str:
        data, _ = self.request("GET", f"/repos/{self.repository}/pulls/{number}")
        head = data.get("head") if isinstance(data, dict) else None
        return _string(head.get("sha")) if isinstance(head, dict) else ""

    def own_comment(self, number: int, author: str) -> int | None:
        """The id of this script's earlier comment on the pull request, found by its marker and author."""
        page = 1
        while True:
            data, headers = self.request("GET", f"/repos/{self.repository}/issues/{number}/comments"
                                                f"?per_page=100&page={page}")
            for comment in data if isinstance(data, list) else []:
                user = comment.get("user") if isinstance(comment, dict) else None
                if isinstance(user, dict) and user.get("login") == author and \
                        _string(comment.get("body")).startswith(MARKER) and type(comment.get("id")) is int:
                    return comment["id"]
            if 'rel="next"' not in headers.get("Link", ""):
                return None
            page += 1

    def post_or_edit(self, number: int, body: str, author: str) -> str:
        existing = self.own_comment(number, author)
        if existing is None:
            self.request("POST", f"/repos/{self.repository}/issues/{number}/comments", {"body": body})
            return "posted"
        self.request("PATCH", f"/repos/{self.repository}/issues/comments/{existing}", {"body": body})
        return "edited"


def _retry_after(exc: urllib.error.HTTPError) -> float | None:
    if exc.code not in (403, 429):
        return None
    if exc.headers.get("Retry-After", "").isdigit():
        return float(exc.headers["Retry-After"])
    if exc.headers.get("X-RateLimit-Remaining") == "0" and exc.headers.get("X-RateLimit-Reset", "").isdigit():
        return max(0.0, float(exc.headers["X-RateLimit-Reset"]) - time.time())
    return None


# --- Reading the artifact and running -------------------------------------------------------------------

def read_artifact(folder: Path) -> tuple[int, list[Finding] | None, list[str]]:
    """(pull-request number, findings or None, changed paths) from pr-report.yml's files; untrusted."""
    number_text = _read(folder / "pr-number.txt").strip()
    if not number_text.isdigit() or not 0 < int(number_text) < 10**9:
        raise ValueError(f"pr-number.txt does not hold a pull-request number: {number_text[:40]!r}")
    try:
        findings = read_findings(json.loads(_read(folder / "check.json")))
    except ValueError:
        findings = None
    if _read(folder / "check-status.txt").strip() not in ("0", "1"):  # 2: jobsite stopped on its own error
        findings = None
    changed = [p for p in _read(folder / "changed.txt").split("\0") if p]
    return int(number_text), findings, changed


def _read(path: Path) -> str:
    if not path.is_file():
        return ""
    with path.open("rb") as f:
        return f.read(MAX_ARTIFACT_BYTES).decode("utf-8", errors="replace")


def run(folder: Path, env: dict[str, str]) -> str:
    """Check the artifact against GitHub's own record, then post or edit the comment; say which."""
    repository = env.get("GITHUB_REPOSITORY", "")
    if not REPOSITORY_RE.fullmatch(repository):
        raise ValueError("GITHUB_REPOSITORY must be OWNER/REPO")
    head_sha = env.get("HEAD_SHA", "")
    number, findings, changed = read_artifact(folder)
    github = GitHub(env.get("GITHUB_API_URL") or "https://api.github.com", repository, env["GITHUB_TOKEN"])
    # The number comes from the pull request's own run: comment only if that pull request's head is the
    # commit this run tested, so a pull request cannot post its findings onto somebody else's.
    if not head_sha or github.pull_request_head(number) != head_sha:
        raise ValueError(f"pull request #{number} is not at the tested commit {head_sha[:12]}: not commenting")
    body = comment_body(findings, changed, number, head_sha, env.get("NETLIFY_SITE_NAME") or None)
    return github.post_or_edit(number, body, env.get("COMMENT_AUTHOR") or "github-actions[bot]")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        print(f"Comment {run(Path(argv[1]), dict(os.environ))}.")
    except (ValueError, KeyError, ApiError) as exc:
        print(f"pr_comment: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
