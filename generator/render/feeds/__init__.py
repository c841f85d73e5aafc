"""Feeds: which exist and where (scopes), RSS, Atom, JSON Feed, jobs.json and OPML (entries), daily digests."""
