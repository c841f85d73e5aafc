"""`jobsite remind` and `jobsite answer`: ask a posting's contact before it expires, and act on their answer.

github.py talks to GitHub's REST API, reminders.py opens one issue per posting about to expire, answer.py
turns `/extend N` or `/filled` on such an issue into a pull request. How it works: docs/links.md.
"""
from .answer import read_event, run_answer
from .github import GitHubError
from .reminders import RemindOptions, run_remind

__all__ = ["GitHubError", "RemindOptions", "read_event", "run_answer", "run_remind"]
