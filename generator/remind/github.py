"""GitHub's REST API, the few endpoints reminders and answers use (https://docs.github.com/en/rest).

Configured from the environment as GitHub Actions sets it: GITHUB_TOKEN, GITHUB_REPOSITORY (OWNER/REPO;
site.yaml's `repository` when unset) and GITHUB_API_URL (https://api.github.com when unset). Every failure is
a GitHubError of one line that names the cause; the token is never part of any message.
"""
from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from ..model import Site

DEFAULT_API_URL = "https://api.github.com"
REPOSITORY = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9_.-]{1,100}")
TIMEOUT = 30.0  # seconds


class GitHubError(Exception):
    """GitHub could not be asked or refused: one line naming the cause (never the token)."""


@dataclass(frozen=True)
class GitHubConfig:
    api_url: str
    repository: str  # OWNER/REPO
    token: str
    web_url: str  # https://github.com/OWNER/REPO, for links people open


def github_config(env: Mapping[str, str], site: Site) -> GitHubConfig:
    """Read the environment; the repository falls back on site.yaml's `repository`."""
    repository = env.get("GITHUB_REPOSITORY", "").strip()
    if not repository and site.repository:
        repository = site.repository.removeprefix("https://github.com/")
    if not REPOSITORY.fullmatch(repository):
        raise GitHubError("no GitHub repository: set GITHUB_REPOSITORY=OWNER/REPO or `repository` in site.yaml"
                          if not repository else f"GITHUB_REPOSITORY={repository[:120]!r} is not OWNER/REPO")
    api_url = (env.get("GITHUB_API_URL") or DEFAULT_API_URL).rstrip("/")
    server = (env.get("GITHUB_SERVER_URL") or "https://github.com").rstrip("/")
    web = site.repository if site.repository and not env.get("GITHUB_REPOSITORY") else f"{server}/{repository}"
    return GitHubConfig(api_url, repository, env.get("GITHUB_TOKEN", "").strip(), web)


class GitHub:
    """A small client: each method is one documented endpoint, answered as JSON."""

    def __init__(self, config: GitHubConfig):
        self.config = config
        headers = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28",
                   "User-Agent": "jobsite"}
        if config.token:
            headers["Authorization"] = f"Bearer {config.token}"
        self._http = httpx.Client(base_url=config.api_url, headers=headers, timeout=TIMEOUT, trust_env=True)
        self._repo = f"/repos/{config.repository}"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> GitHub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transport ------------------------------------------------------------------------------------------

    def _send(self, method: str, path: str, what: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise GitHubError(f"cannot reach GitHub at {self.config.api_url} ({type(exc).__name__}: "
                              f"{exc}) while {what}") from None
        return response

    def call(self, method: str, path: str, what: str, allow: tuple[int, ...] = (), **kwargs: Any) -> Any:
        """One request; 2xx answers their JSON, a status in `allow` answers None, anything else raises."""
        response = self._send(method, path, what, **kwargs)
        if response.status_code in allow:
            return None
        if not response.is_success:
            raise GitHubError(refusal(response, what, self.config))
        return _json(response, what, self.config) if response.content else {}

    def pages(self, path: str, what: str, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        """Every item of a listing, following the Link header's `next` pages."""
        url: str | None = path
        query: dict[str, str] | None = {**params, "per_page": "100"}
        while url:
            response = self._send("GET", url, what, params=query)
            if not response.is_success:
                raise GitHubError(refusal(response, what, self.config))
            items = _json(response, what, self.config)
            if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
                raise GitHubError(f"GitHub answered {response.status_code} with no list of objects while {what}: "
                                  f"check GITHUB_API_URL={self.config.api_url}")
            yield from items
            url, query = response.links.get("next", {}).get("url"), None

    # --- endpoints ------------------------------------------------------------------------------------------

    def issues(self, label: str) -> Iterator[dict[str, Any]]:
        """Open and closed issues with the label (pull requests left out), newest first."""
        for item in self.pages(f"{self._repo}/issues", "listing issues",
                               {"labels": label, "state": "all", "sort": "created", "direction": "desc"}):
            if "pull_request" not in item:
                yield item

    def ensure_label(self, name: str, color: str, description: str) -> None:
        if self.call("GET", f"{self._repo}/labels/{quote(name)}", "reading the label", allow=(404,)) is None:
            self.call("POST", f"{self._repo}/labels", "creating the label",
                      json={"name": name, "color": color, "description": description})

    def create_issue(self, title: str, body: str, labels: list[str]) -> dict[str, Any]:
        return self.call("POST", f"{self._repo}/issues", "opening an issue",
                         json={"title": title, "body": body, "labels": labels})

    def comment(self, number: int, body: str) -> dict[str, Any]:
        return self.call("POST", f"{self._repo}/issues/{number}/comments", "commenting", json={"body": body})

    def permission(self, user: str) -> str:
        """The user's permission on the repository: admin, maintain, write, triage, read or none."""
        data = self.call("GET", f"{self._repo}/collaborators/{quote(user)}/permission",
                         "reading the commenter's permission", allow=(404,))
        if data is None:
            return "none"
        return str(data.get("role_name") or data.get("permission") or "none")

    def file(self, path: str, ref: str) -> tuple[str, str] | None:
        """A text file's contents and blob sha on a branch; None when the branch has no such file."""
        data = self.call("GET", f"{self._repo}/contents/{quote(path)}", f"reading {path}", allow=(404,),
                         params={"ref": ref})
        if data is None:
            return None
        return base64.b64decode(data["content"]).decode("utf-8"), data["sha"]

    def branch_head(self, branch: str) -> str:
        data = self.call("GET", f"{self._repo}/git/ref/heads/{quote(branch)}", f"reading the branch {branch}")
        return data["object"]["sha"]

    def create_branch(self, branch: str, sha: str) -> bool:
        """Create the branch at sha; False when it already exists (a re-run of the same answer)."""
        made = self.call("POST", f"{self._repo}/git/refs", f"creating the branch {branch}", allow=(422,),
                         json={"ref": f"refs/heads/{branch}", "sha": sha})
        return made is not None

    def put_file(self, path: str, branch: str, text: str, sha: str, message: str) -> None:
        self.call("PUT", f"{self._repo}/contents/{quote(path)}", f"committing {path}",
                  json={"message": message, "content": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                        "sha": sha, "branch": branch})

    def pull_for(self, branch: str) -> dict[str, Any] | None:
        owner = self.config.repository.split("/")[0]
        found = self.call("GET", f"{self._repo}/pulls", "looking for the pull request",
                          params={"head": f"{owner}:{branch}", "state": "all"})
        return found[0] if found else None

    def create_pull(self, title: str, branch: str, base: str, body: str) -> dict[str, Any]:
        return self.call("POST", f"{self._repo}/pulls", "opening the pull request",
                         json={"title": title, "head": branch, "base": base, "body": body})


def _json(response: httpx.Response, what: str, config: GitHubConfig) -> Any:
    """The answer's JSON; a page that is not JSON (a proxy's login page, the web site) is one line."""
    try:
        return response.json()
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the decoder goes
        raise GitHubError(f"GitHub answered {response.status_code} with something other than JSON while {what}: "
                          f"check GITHUB_API_URL={config.api_url}") from None


def refusal(response: httpx.Response, what: str, config: GitHubConfig) -> str:
    """Say in one line why GitHub refused, and what to change."""
    try:
        said = str(response.json().get("message", ""))[:200]
    except (ValueError, AttributeError, RecursionError):
        said = ""
    status = response.status_code
    head = f"GitHub answered {status}{f' ({said})' if said else ''} while {what}"
    if status == 401:
        return f"{head}: the token is missing, wrong or expired; check GITHUB_TOKEN"
    if status in (403, 429) and (response.headers.get("x-ratelimit-remaining") == "0"
                                 or response.headers.get("retry-after")):
        return f"{head}: rate limited{_reset(response)}; run again later"
    if status == 403:
        return (f"{head}: the token may not do this in {config.repository}; give it issues: write, contents: write "
                "and pull-requests: write (the workflow's `permissions`)")
    if status == 404:
        return f"{head}: check GITHUB_REPOSITORY={config.repository} and that the token can see it"
    return head


def _reset(response: httpx.Response) -> str:
    reset = response.headers.get("x-ratelimit-reset", "")
    if reset.isdigit():
        try:
            return f" until {dt.datetime.fromtimestamp(int(reset), dt.timezone.utc):%H:%M} UTC"
        except (OverflowError, OSError, ValueError):  # a time beyond the calendar: say nothing of it
            pass
    wait = response.headers.get("retry-after", "")
    return f" for {wait} s" if wait else ""
