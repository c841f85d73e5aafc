"""Leaf helpers every stage may use, importing nothing from the stages: problems for content authors (errors),
the one exchange-rate table and money formats (money), the one slug function (slugs), the memo tables kept
between builds (cache) and the one rule that keys them (memo), forked workers (parallel) and the progress line."""
