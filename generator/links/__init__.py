"""`jobsite links`: check every open posting's apply link and close, with evidence, the roles that have closed.

Parts by purpose: fetch.py asks the careers sites (HTTP, politely), classify.py decides what an answer means
(with the phrases in data/closed-phrases.yaml), state.py keeps each link's history and confirms closures,
run.py ties them together and marks confirmed postings closed. How it decides: docs/links.md.
"""
from .run import LinkReport, LinksOptions, LinksResult, run_links
from .state import StateError

__all__ = ["LinkReport", "LinksOptions", "LinksResult", "StateError", "run_links"]
