"""Deployment: netlify.toml's headers and the generated _redirects."""
from __future__ import annotations

import re
import urllib.request

from ..conftest import REPO, headers_for, netlify_header_rules


def test_security_headers_on_every_page_and_long_cache_only_for_fingerprinted_assets() -> None:
    rules = netlify_header_rules()
    page = headers_for("/jobs/perplexity/backend-infrastructure-engineer-intern/", rules)
    # The whole policy, word for word: loosening any directive (img-src https:, a CDN in script-src) must be
    # a deliberate change to this test too.
    assert page["Content-Security-Policy"] == (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
        "upgrade-insecure-requests")
    assert page["X-Content-Type-Options"] == "nosniff" and page["X-Frame-Options"] == "DENY"
    assert page["Referrer-Policy"] == "strict-origin-when-cross-origin"  # no full address leaks to employers
    assert page["Cross-Origin-Opener-Policy"] == "same-origin"
    # Every powerful feature off, for this origin and every frame alike: `=()` is "nobody", `=(self)` would let
    # the board's own pages ask.
    assert [rule.strip() for rule in page["Permissions-Policy"].split(",")] == [
        "accelerometer=()", "camera=()", "geolocation=()", "gyroscope=()", "microphone=()", "payment=()", "usb=()",
        "interest-cohort=()"]
    assert "Cache-Control" not in page  # Netlify's default for HTML: revalidate every time
    assert headers_for("/static/style.0123456789.css", rules)["Cache-Control"].endswith("immutable")
    assert headers_for("/feed.xml", rules)["Cache-Control"] == "public, max-age=600"


def test_only_files_whose_names_carry_a_hash_are_cached_for_a_year_and_each_of_them_is(built_site) -> None:
    """A file cached `immutable` under a name that does not change with its bytes would be stale for a year;
    a hashed file left to revalidate costs every visitor a request per page."""
    site, _ = built_site
    rules = netlify_header_rules()
    hashed = re.compile(r"[./][0-9a-f]{10}(?:[./]|$)")
    for path in (p for p in site.rglob("*") if p.is_file()):
        address = "/" + path.relative_to(site).as_posix()
        cache = headers_for(address, rules).get("Cache-Control", "")
        if address.startswith(("/static/", "/logos/", "/data/")):
            assert cache == "public, max-age=31536000, immutable", address
            assert hashed.search(address), address
        else:
            assert "immutable" not in cache, address
    # Every feed and data file at the root (the daily digest and the OPML list of feeds too; the sitemap is for
    # crawlers): readers' proxies may keep it ten minutes. Named here too, so a file no longer built is noticed.
    served = {"/" + p.name for p in site.iterdir() if p.suffix in (".xml", ".atom", ".json", ".opml")}
    feeds = {"/feed.xml", "/feed.atom", "/feed.json", "/jobs.json", "/stats.json", "/daily.xml", "/daily.atom",
             "/feeds.opml"}
    assert served - {"/sitemap.xml"} == feeds
    for feed in feeds:
        assert headers_for(feed, rules)["Cache-Control"] == "public, max-age=600", feed


def test_redirects_cover_exactly_the_open_postings(built_site) -> None:
    site, result = built_site
    lines = [line for line in (site / "_redirects").read_text().splitlines() if not line.startswith("#")]
    expected = sorted(f"{p.apply_path} {p.apply_url} 302!" for p in result.model.open_postings)
    assert lines == expected


def test_served_pages_carry_the_csp_and_missing_pages_get_the_404_page(site_url: str) -> None:
    with urllib.request.urlopen(site_url + "/") as response:
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    try:
        urllib.request.urlopen(site_url + "/no/such/page/")
    except urllib.error.HTTPError as exc:
        assert exc.code == 404 and b"Page not found" in exc.read()
    else:
        raise AssertionError("expected a 404")


def test_netlify_keeps_the_build_cache_between_deploys() -> None:
    import tomllib

    from generator.base.cache import CACHE_DIR_NAME

    config = tomllib.loads((REPO / "netlify.toml").read_text())
    kept = [p for plugin in config.get("plugins", []) if plugin["package"] == "netlify-plugin-cache"
            for p in plugin["inputs"]["paths"]]
    assert kept == [CACHE_DIR_NAME]  # the folder Cache.beside() uses, next to content/ at the repository root


def test_previews_and_branch_deploys_link_to_themselves_not_to_production() -> None:
    import tomllib

    config = tomllib.loads((REPO / "netlify.toml").read_text())
    assert config["build"] == {"command": "pip install . && jobsite build", "publish": "site",
                               "environment": {"PYTHON_VERSION": "3.11"}}  # production: the site's own base_url
    contexts = config["context"]
    for name in ("deploy-preview", "branch-deploy"):
        # The same install and build as production, with the preview's own address (quoted: Netlify runs it in sh).
        assert contexts[name]["command"] == 'pip install . && jobsite build --base-url "$DEPLOY_PRIME_URL"', name
    assert set(contexts) == {"deploy-preview", "branch-deploy"}  # production is [build]'s, with base_url
