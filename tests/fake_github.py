"""A local stand-in for the parts of GitHub's REST API that reminders and answers use, with its real shapes:
paginated listings with Link headers, 401 "Bad credentials", 403 for a token without the permission, 404 for
missing labels, 422 for a branch that exists, base64 file contents wrapped at 60 characters, blob shas."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

TOKEN = "ghs_good-token-for-tests"
REPO = "frontier-jobs/board"


def blob_sha(text: str) -> str:
    data = text.encode("utf-8")
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class FakeGitHub:
    permissions: dict[str, str] = field(default_factory=dict)  # login → admin | maintain | write | triage | read
    files: dict[tuple[str, str], str] = field(default_factory=dict)  # (branch, path) → text
    branches: dict[str, str] = field(default_factory=lambda: {"main": "c0ffee" * 6 + "c0ff"})
    issues: list[dict[str, Any]] = field(default_factory=list)
    comments: list[dict[str, Any]] = field(default_factory=list)
    labels: dict[str, dict[str, Any]] = field(default_factory=dict)
    pulls: list[dict[str, Any]] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    page_size: int = 2  # small, so listings take several pages
    read_only: bool = False  # the token may read but not write: 403 on every write
    base: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, method: str, target: str, headers: dict[str, str], body: Any) -> tuple[int, Any, dict]:
        self.requests.append((method, target))
        if headers.get("authorization") != f"Bearer {TOKEN}":
            return 401, {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}, {}
        if self.read_only and method != "GET":
            return 403, {"message": "Resource not accessible by integration"}, {}
        url = urlsplit(target)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        path = unquote(url.path)
        prefix = f"/repos/{REPO}"
        if not path.startswith(prefix + "/"):
            return 404, {"message": "Not Found"}, {}
        route = path[len(prefix):]
        with self.lock:
            for pattern, name in ROUTES:
                if m := re.fullmatch(pattern, f"{method} {route}"):
                    return getattr(self, name)(query, body, *m.groups())
        return 404, {"message": "Not Found"}, {}

    def list_issues(self, query: dict, body: Any) -> tuple[int, Any, dict]:
        label = query.get("labels")
        found = [i for i in reversed(self.issues) if not label or label in [x["name"] for x in i["labels"]]]
        page = int(query.get("page", "1"))
        chunk = found[(page - 1) * self.page_size: page * self.page_size]
        headers = {}
        if page * self.page_size < len(found):
            headers["Link"] = (f'<{self.base}/repos/{REPO}/issues?labels={label}&state=all&page={page + 1}>; '
                               f'rel="next"')
        return 200, chunk, headers

    def create_issue(self, query: dict, body: Any) -> tuple[int, Any, dict]:
        number = len(self.issues) + len(self.pulls) + 1
        issue = {"number": number, "title": body["title"], "body": body["body"], "state": "open",
                 "labels": [{"name": n} for n in body.get("labels", [])], "user": {"login": "github-actions[bot]"},
                 "html_url": f"https://github.com/{REPO}/issues/{number}"}
        self.issues.append(issue)
        return 201, issue, {}

    def get_label(self, query: dict, body: Any, name: str) -> tuple[int, Any, dict]:
        return (200, self.labels[name], {}) if name in self.labels else (404, {"message": "Not Found"}, {})

    def create_label(self, query: dict, body: Any) -> tuple[int, Any, dict]:
        self.labels[body["name"]] = body
        return 201, body, {}

    def create_comment(self, query: dict, body: Any, number: str) -> tuple[int, Any, dict]:
        comment = {"id": 9000 + len(self.comments), "issue": int(number), "body": body["body"]}
        self.comments.append(comment)
        return 201, comment, {}

    def permission(self, query: dict, body: Any, user: str) -> tuple[int, Any, dict]:
        level = self.permissions.get(user, "read")  # anyone may read a public repository
        legacy = {"maintain": "write", "triage": "read"}.get(level, level)
        return 200, {"permission": legacy, "role_name": level, "user": {"login": user}}, {}

    def get_contents(self, query: dict, body: Any, path: str) -> tuple[int, Any, dict]:
        text = self.files.get((query.get("ref", "main"), path))
        if text is None:
            return 404, {"message": "Not Found"}, {}
        encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
        wrapped = "\n".join(encoded[i:i + 60] for i in range(0, len(encoded), 60)) + "\n"
        return 200, {"type": "file", "encoding": "base64", "path": path, "content": wrapped,
                     "sha": blob_sha(text)}, {}

    def put_contents(self, query: dict, body: Any, path: str) -> tuple[int, Any, dict]:
        branch = body["branch"]
        if branch not in self.branches:
            return 404, {"message": f"Branch {branch} not found"}, {}
        current = self.files.get((branch, path))
        if current is not None and body.get("sha") != blob_sha(current):
            return 409, {"message": f"{path} does not match {body.get('sha')}"}, {}
        self.files[branch, path] = base64.b64decode(body["content"]).decode("utf-8")
        return 200, {"content": {"path": path}, "commit": {"message": body["message"]}}, {}

    def get_ref(self, query: dict, body: Any, branch: str) -> tuple[int, Any, dict]:
        if branch not in self.branches:
            return 404, {"message": "Not Found"}, {}
        return 200, {"ref": f"refs/heads/{branch}", "object": {"sha": self.branches[branch], "type": "commit"}}, {}

    def create_ref(self, query: dict, body: Any) -> tuple[int, Any, dict]:
        branch = body["ref"].removeprefix("refs/heads/")
        if branch in self.branches:
            return 422, {"message": "Reference already exists"}, {}
        source = next(b for b, sha in self.branches.items() if sha == body["sha"])
        self.branches[branch] = body["sha"]
        for (b, path), text in list(self.files.items()):
            if b == source:
                self.files[branch, path] = text
        return 201, {"ref": body["ref"], "object": {"sha": body["sha"]}}, {}

    def list_pulls(self, query: dict, body: Any) -> tuple[int, Any, dict]:
        head = query.get("head", "").partition(":")[2]
        return 200, [p for p in self.pulls if not head or p["head"]["ref"] == head], {}

    def create_pull(self, query: dict, body: Any) -> tuple[int, Any, dict]:
        number = len(self.issues) + len(self.pulls) + 1
        pull = {"number": number, "title": body["title"], "body": body["body"], "base": {"ref": body["base"]},
                "head": {"ref": body["head"]}, "html_url": f"https://github.com/{REPO}/pull/{number}"}
        self.pulls.append(pull)
        return 201, pull, {}


ROUTES = [
    (r"GET /issues", "list_issues"),
    (r"POST /issues", "create_issue"),
    (r"GET /labels/([^/]+)", "get_label"),
    (r"POST /labels", "create_label"),
    (r"POST /issues/(\d+)/comments", "create_comment"),
    (r"GET /collaborators/([^/]+)/permission", "permission"),
    (r"GET /contents/(.+)", "get_contents"),
    (r"PUT /contents/(.+)", "put_contents"),
    (r"GET /git/ref/heads/(.+)", "get_ref"),
    (r"POST /git/refs", "create_ref"),
    (r"GET /pulls", "list_pulls"),
    (r"POST /pulls", "create_pull"),
]


@contextmanager
def serve_github(github: FakeGitHub) -> Iterator[str]:
    """Serve the fake API on 127.0.0.1:0; yield its base URL for GITHUB_API_URL."""

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, data, extra = github.handle(self.command, self.path, headers, body)
            payload = data if isinstance(data, bytes) else json.dumps(data).encode("utf-8")  # bytes: not JSON
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    github.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield github.base
    finally:
        server.shutdown()
        server.server_close()
