"""Leaf helpers every stage may use, importing nothing from the stages: problems for content authors (errors),
the one exchange-rate table and money formats (money), the one slug function (slugs), the engine's cache keyed by
content hashes (cache), forked workers (parallel), the progress line, and leftover build folders."""
