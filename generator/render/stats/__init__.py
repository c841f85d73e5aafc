"""The stats page and stats.json: the figures, their charts, and what the page and the category panels show."""
