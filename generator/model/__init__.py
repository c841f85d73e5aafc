"""The model stage: the site as frozen records (records.py), assembled and checked from the loaded sources
(assemble.py), with the facts derived from postings defined once: level and role family (roles.py), yearly pay
(pay.py), eligible countries (regions.py), similar roles (similar.py), pay-transparency findings, and the dates
history gives (history.py). Later stages import the records and `build_model` from here."""
from .assemble import build_model, closes_at, is_open, tag_slug, with_estimate
from .records import Category, Company, Location, Model, Posting, Salary, Site, country_name

__all__ = ["Category", "Company", "Location", "Model", "Posting", "Salary", "Site", "build_model", "closes_at",
           "country_name", "is_open", "tag_slug", "with_estimate"]
