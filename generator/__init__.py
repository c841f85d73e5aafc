"""jobsite: a static job-board generator (content/ → site/)."""
