"""`jobsite announce`: tell each category's Telegram channel (and a Mastodon account) about new roles, once.

Stages, each its own module: roles.py reads a built site's jobs.json, state.py keeps what was announced,
messages.py words the messages, targets.py talks to the services' HTTP APIs, run.py ties them together.
"""
from .run import AnnounceOptions, AnnounceResult, announce

__all__ = ["AnnounceOptions", "AnnounceResult", "announce"]
