"""Write a synthetic but realistic jobsite content tree: N postings over N/10 companies.

Bodies are 400–600 words of Markdown with headings, bullet lists, emphasis and links; front matter varies
across every category, workplace, contract type, salary shape and expiry, so the benchmark exercises the
same code paths as a real board. The same seed always gives the same files.

    python bench/corpus.py 1000 /dev/shm/corpus-1000
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from pathlib import Path

CATEGORIES = ("ai", "web3", "robotics")
SITE_YAML = """\
title: Bench Board
base_url: https://bench.example
description: Synthetic roles in AI, Web3 and Robotics for benchmarking.
language: en
categories:
  - id: ai
    label: AI
  - id: web3
    label: Web3
  - id: robotics
    label: Robotics
"""
SYLLABLES = ("ar", "bel", "cor", "dan", "el", "fen", "gar", "hol", "is", "jun", "kel", "lum", "mar", "nor", "or",
             "pel", "quin", "ros", "sal", "tor", "ul", "ven", "wil", "xan", "yor", "zel")
SUFFIXES = ("Labs", "Robotics", "AI", "Systems", "Protocol", "Dynamics", "Works", "Analytics", "Networks", "Foundry")
STAGES = ("pre-seed", "seed", "series-a", "series-b", "series-c", "series-d-plus", "late-stage", "public",
          "bootstrapped", "nonprofit")
SIZES = ("1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5000+")
CITIES = (("Berlin", "DE"), ("London", "GB"), ("New York", "US"), ("San Francisco", "US"), ("Toronto", "CA"),
          ("Paris", "FR"), ("Belgrade", "RS"), ("Singapore", "SG"), ("Tokyo", "JP"), ("Zurich", "CH"),
          ("Amsterdam", "NL"), ("Warsaw", "PL"), ("Austin", "US"), ("Bangalore", "IN"), ("Tel Aviv", "IL"))
REGIONS = ("Worldwide", "Europe", "EU", "North America", "US", "GB", "DE")
LEVELS = ("Junior", "", "Senior", "Staff", "Principal", "Lead")
ROLES = {
    "ai": ("Machine Learning Engineer", "Research Scientist", "Data Engineer", "Inference Engineer",
           "Applied Scientist", "MLOps Engineer", "Evaluation Engineer"),
    "web3": ("Smart Contract Engineer", "Protocol Engineer", "Security Auditor", "Backend Engineer",
             "Frontend Engineer", "Rust Engineer", "Developer Advocate"),
    "robotics": ("Perception Engineer", "Controls Engineer", "Motion Planning Engineer", "Embedded Engineer",
                 "Hardware Engineer", "Field Robotics Technician", "Simulation Engineer"),
}
TAGS = ("python", "rust", "cpp", "go", "typescript", "solidity", "pytorch", "jax", "kubernetes", "ros2", "llm",
        "cuda", "sql", "spark", "zk", "evm", "slam", "fpga", "react", "aws")
EMPLOYMENT = ("full-time",) * 6 + ("part-time", "contract", "internship", "temporary")
CURRENCIES = (("USD", 1.0), ("EUR", 0.92), ("GBP", 0.79), ("CHF", 0.88))
WORDS = ("model", "platform", "customer", "pipeline", "latency", "cluster", "team", "release", "sensor", "robot",
         "contract", "protocol", "dataset", "evaluation", "deployment", "training", "throughput", "safety",
         "reliability", "design", "review", "roadmap", "prototype", "benchmark", "hardware", "firmware", "network",
         "ledger", "wallet", "validator", "actuator", "controller", "simulation", "fleet", "service", "interface",
         "quality", "metric", "incident", "product", "research", "experiment", "feature", "system", "workflow")
VERBS = ("build", "ship", "measure", "improve", "own", "design", "debug", "scale", "review", "operate", "test",
         "document", "automate", "profile", "harden", "migrate", "monitor", "simplify")
GLUE = ("the", "our", "every", "a new", "each", "the next", "their", "shared", "critical", "internal")
SECTIONS = ("What you'll do", "What we're looking for", "Nice to have", "How we work", "Benefits")


def company_name(rng: random.Random, i: int) -> tuple[str, str]:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    name = f"{stem} {rng.choice(SUFFIXES)}"
    return name, f"{stem.lower()}-{i}"


def sentence(rng: random.Random) -> str:
    words = [rng.choice(VERBS), rng.choice(GLUE), rng.choice(WORDS)]
    while len(words) < rng.randint(8, 16):
        words += [rng.choice(("and", "with", "for", "across", "so that", "while")), rng.choice(GLUE),
                  rng.choice(WORDS)]
    text = " ".join(words)
    if rng.random() < 0.15:
        text = text.replace(words[2], f"**{words[2]}**", 1)
    if rng.random() < 0.08:
        text += " (see [our handbook](https://handbook.example/engineering))"
    return text[0].upper() + text[1:] + "."


def body(rng: random.Random, target: int) -> str:
    """Markdown of about `target` words: an intro, then sections of bullets and paragraphs."""
    parts = [" ".join(sentence(rng) for _ in range(4))]
    sections = list(SECTIONS)
    words = len(parts[0].split())
    while words < target:
        heading = sections.pop(0) if sections else f"More about the {rng.choice(WORDS)}"
        if rng.random() < 0.6:
            block = "\n".join(f"- {sentence(rng)}" for _ in range(rng.randint(3, 6)))
        else:
            block = " ".join(sentence(rng) for _ in range(rng.randint(3, 5)))
        parts.append(f"## {heading}\n\n{block}")
        words += len(block.split()) + 3
    return "\n\n".join(parts) + "\n"


def company_file(rng: random.Random, name: str, slug: str, category: str) -> str:
    city, country = rng.choice(CITIES)
    lines = ["---", f"name: {name}", f"website: https://{slug}.example", f"stage: {rng.choice(STAGES)}",
             f"tagline: We {rng.choice(VERBS)} {rng.choice(GLUE)} {rng.choice(WORDS)} for {category} teams.",
             f"headquarters: {{city: {city}, country: {country}}}", f"size: {rng.choice(SIZES)}",
             f"categories: [{category}]", "---"]
    return "\n".join(lines) + "\n" + body(rng, rng.randint(120, 200))


def offer_lines(rng: random.Random, workplace: str) -> list[str]:
    """Visas, relocation and a remote role's time-zone window (issue 26), from their own random stream so a
    corpus written without them is byte for byte the one older versions wrote (and main can build it)."""
    lines = [f"{key}: {rng.random() < 0.6}".lower() for key in ("visa_sponsorship", "relocation") if rng.random() < 0.5]
    if workplace == "remote" and rng.random() < 0.6:
        west = rng.randint(-10, 8)
        lines.append(f"time_zones: {{from: UTC{west:+d}, to: UTC{min(14, west + rng.randint(0, 6)):+d}}}")
    return lines


def posting_file(rng: random.Random, company: str, category: str, title: str, today: dt.date,
                 offers: random.Random | None = None) -> str:
    posted = today - dt.timedelta(days=rng.randint(0, 120))
    workplace = rng.choice(("onsite", "hybrid", "remote", "remote"))
    employment = rng.choice(EMPLOYMENT)
    tags = ", ".join(rng.sample(TAGS, rng.randint(1, 5)))
    lines = ["---", f"title: {title}", f"company: {company}", f"category: {category}", f"tags: [{tags}]",
             f"workplace: {workplace}"]
    if workplace != "remote" or rng.random() < 0.5:
        lines.append("locations:")
        for city, country in rng.sample(CITIES, rng.randint(1, 3)):
            lines.append(f"  - {{city: {city}, country: {country}}}")
    if workplace == "remote":
        lines.append(f"remote_eligibility: [{', '.join(rng.sample(REGIONS, rng.randint(1, 2)))}]")
    if offers is not None:
        lines += offer_lines(offers, workplace)
    lines.append(f"employment_type: {employment}")
    if employment in ("internship", "temporary", "contract"):
        lines.append(f"duration: {rng.randint(3, 12)} months")
    if rng.random() < 0.4:
        currency, rate = rng.choice(CURRENCIES)
        low = round(rng.randint(60, 200) * 1000 * rate, -3)
        lines += ["salary:", f"  min: {low:.0f}", f"  max: {low + rng.randint(10, 60) * 1000:.0f}",
                  f"  currency: {currency}", "  period: year"]
    lines.append(f"posted: {posted.isoformat()}")
    if rng.random() < 0.3:
        # Mostly still open; one in twenty has closed, so closed pages are exercised too.
        days = rng.randint(-40, -1) if rng.random() < 0.05 else rng.randint(1, 120)
        lines.append(f"expires: {max(posted, today + dt.timedelta(days=days)).isoformat()}")
    lines += [f"apply_url: https://{company}.example/careers/{rng.randint(1000, 99999)}", "---"]
    return "\n".join(lines) + "\n" + body(rng, rng.randint(400, 600))


def slugify(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def write_corpus(n: int, root: Path, seed: int = 7, today: dt.date = dt.date(2026, 11, 26),
                 offers: bool = False) -> Path:
    """Write site.yaml, n/10 companies and n postings under root/content (replacing it); return that folder.
    With `offers`, postings also say whether they sponsor visas and help relocate, and remote ones their hours."""
    rng = random.Random(seed)
    offers_rng = random.Random(seed + 1) if offers else None
    content = root / "content"
    shutil.rmtree(content, ignore_errors=True)
    (content / "companies").mkdir(parents=True)
    (content / "site.yaml").write_text(SITE_YAML)
    companies = []
    for i in range(max(1, n // 10)):
        name, slug = company_name(rng, i)
        category = CATEGORIES[i % 3]
        companies.append((slug, category))
        (content / "companies" / f"{slug}.md").write_text(company_file(rng, name, slug, category))
    for i in range(n):
        slug, category = companies[i % len(companies)]
        level = rng.choice(LEVELS)
        # The team name (the company's k-th posting gets the k-th word) keeps titles unique per company.
        team = WORDS[(i // len(companies)) % len(WORDS)].capitalize()
        title = f"{level} {rng.choice(ROLES[category])}, {team}".strip()
        folder = content / "jobs" / slug
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{slugify(title)}-{i}.md").write_text(posting_file(rng, slug, category, title, today, offers_rng))
    return content


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("postings", type=int)
    parser.add_argument("root", type=Path, help="the tree is written to ROOT/content")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--offers", action="store_true", help="add visa_sponsorship, relocation and time_zones "
                                                              "(not buildable before issue 26)")
    args = parser.parse_args()
    print(write_corpus(args.postings, args.root, args.seed, offers=args.offers))


if __name__ == "__main__":
    main()
