"""The model stage: the site as frozen records (records.py), assembled and checked from the loaded sources
(assemble.py), with the facts derived from postings defined once: level and role family (roles.py), yearly pay
(pay.py), eligible countries (regions.py), similar roles (similar.py) and pay-transparency findings; the dates
git history gives are read in load/history.py. `build_model` returns the finished model: later stages import
the records and it from here."""
from .assemble import build_model, closes_at, is_open, tag_slug, with_estimate
from .records import Category, Company, Location, Model, Posting, Salary, Site, country_name

__all__ = ["Category", "Company", "Location", "Model", "Posting", "Salary", "Site", "build_model", "closes_at",
           "country_name", "is_open", "tag_slug", "with_estimate"]
