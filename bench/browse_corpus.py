"""Write a synthetic but realistic content tree for the browsing benchmark: N postings over N/20 companies.

Deterministic for a given size and seed. Titles, tags, places, pay and dates follow the shapes of the bundled
content (mixed seniority, several currencies and pay periods, remote roles with eligibility, a few closed
postings), so the index size and filter timings mean something.

    python bench/browse_corpus.py /tmp/corpus --postings 10000
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
from pathlib import Path

import yaml

CLOCK = dt.date(2026, 11, 26)

ROLES = {
    "ai": ["Machine Learning Engineer", "Research Scientist", "Research Engineer", "Data Scientist", "ML Ops Engineer",
           "Applied Scientist", "Data Engineer", "Inference Engineer", "AI Product Manager", "Prompt Engineer",
           "Evaluation Engineer", "Backend Engineer", "Platform Engineer", "Site Reliability Engineer"],
    "web3": ["Smart Contract Engineer", "Protocol Engineer", "Blockchain Engineer", "Security Auditor",
             "Frontend Engineer", "Full Stack Engineer", "Cryptography Engineer", "DeFi Analyst",
             "Developer Relations Engineer", "Rust Engineer", "Wallet Engineer", "Product Designer"],
    "robotics": ["Robotics Software Engineer", "Perception Engineer", "Controls Engineer", "Motion Planning Engineer",
                 "Embedded Software Engineer", "Mechanical Engineer", "Hardware Engineer", "Field Robotics Technician",
                 "Simulation Engineer", "Test Engineer", "Electrical Engineer", "Firmware Engineer"],
}
SPECIALITIES = ["Vision", "Speech", "Search", "Infrastructure", "Payments", "Safety", "Platform", "Growth",
                "Tooling", "Manipulation", "Navigation", "Compliance", "Data", "Mobile", "Core", "Enterprise"]
LEVELS = [("", 40), ("Senior ", 22), ("Staff ", 6), ("Principal ", 3), ("Junior ", 8), ("Lead ", 5)]
TAGS = {
    "ai": ["python", "pytorch", "llm", "kubernetes", "gpu", "sql", "spark", "jax", "cuda", "evals", "rag", "go",
           "rust", "aws", "gcp", "mlops", "nlp", "computer-vision", "speech", "research", "typescript", "c++"],
    "web3": ["solidity", "rust", "typescript", "evm", "defi", "security", "cryptography", "react", "go", "zk",
             "mpc", "payments", "stablecoins", "foundry", "audit", "node", "solana", "cosmos", "data", "sql"],
    "robotics": ["c++", "ros2", "python", "embedded", "rtos", "control-systems", "motion-planning", "slam",
                 "computer-vision", "hardware", "mechatronics", "simulation", "safety", "linux", "fpga", "cad"],
}
CITIES = [("Berlin", "DE"), ("Munich", "DE"), ("London", "GB"), ("Paris", "FR"), ("Amsterdam", "NL"),
          ("Barcelona", "ES"), ("Madrid", "ES"), ("Zürich", "CH"), ("Warsaw", "PL"), ("Kraków", "PL"),
          ("Belgrade", "RS"), ("Stockholm", "SE"), ("Dublin", "IE"), ("Lisbon", "PT"), ("Milan", "IT"),
          ("San Francisco", "US"), ("New York", "US"), ("Seattle", "US"), ("Austin", "US"), ("Boston", "US"),
          ("Toronto", "CA"), ("Montréal", "CA"), ("São Paulo", "BR"), ("Mexico City", "MX"), ("Tokyo", "JP"),
          ("Osaka", "JP"), ("Singapore", "SG"), ("Bengaluru", "IN"), ("Seoul", "KR"), ("Sydney", "AU"),
          ("Tel Aviv", "IL"), ("Dubai", "AE")]
ELIGIBILITY = [["Worldwide"], ["Europe"], ["EU"], ["North America"], ["US"], ["US", "CA"], ["EU", "GB"],
               ["Latin America"], ["Asia-Pacific"], ["Europe", "Africa", "Middle East"], ["GB"], ["DE", "NL"]]
PAY = {"US": ("USD", 1.0), "CA": ("CAD", 1.35), "GB": ("GBP", 0.75), "CH": ("CHF", 0.85), "JP": ("JPY", 150),
       "IN": ("INR", 60), "SG": ("SGD", 1.3), "BR": ("BRL", 5.0), "PL": ("PLN", 3.8), "AU": ("AUD", 1.5)}
STAGES = ["pre-seed", "seed", "series-a", "series-b", "series-c", "series-d-plus", "late-stage", "public",
          "bootstrapped", "nonprofit"]
WORDS = ("build ship model robot data team customer system research product platform reliable fast safe "
         "scale learn design review measure improve deploy support mentor own explore").split()


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def paragraph(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def front_matter(data: dict, body: str) -> str:
    return "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True) + "---\n" + body + "\n"


def company(rng: random.Random, i: int) -> tuple[str, dict]:
    name = f"{rng.choice(['Blue', 'Iron', 'Quiet', 'North', 'Bright', 'Swift', 'Deep', 'Open'])}" \
           f"{rng.choice(['field', 'stack', 'forge', 'wave', 'grid', 'loop', 'mind', 'works'])} {i}"
    city, country = rng.choice(CITIES)
    cats = rng.sample(list(ROLES), rng.choice([1, 1, 2]))
    return slugify(name), {"name": name, "website": f"https://{slugify(name)}.example", "stage": rng.choice(STAGES),
                           "tagline": paragraph(rng, 10), "headquarters": {"city": city, "country": country},
                           "size": rng.choice(["1-10", "11-50", "51-200", "201-500"]), "categories": cats}


def salary(rng: random.Random, country: str, level: str, internship: bool) -> dict | None:
    if rng.random() > 0.45:
        return None
    currency, factor = PAY.get(country, ("EUR", 0.9))
    if internship:
        low = round(rng.randint(15, 40) * 100 * factor)
        return {"min": low, "max": round(low * 1.2), "currency": currency, "period": "month"}
    if rng.random() < 0.08:
        low = round(rng.randint(60, 150) * factor)
        return {"min": low, "max": round(low * 1.4), "currency": currency, "period": "hour"}
    base = {"Junior ": 70, "": 120, "Senior ": 160, "Lead ": 175, "Staff ": 200, "Principal ": 230}[level]
    low = round(rng.randint(base - 20, base + 20) * 1000 * factor, -3)
    return {"min": low, "max": round(low * rng.choice([1.2, 1.25, 1.3, 1.4]), -3), "currency": currency,
            "period": "year"}


def posting(rng: random.Random, slug: str, data: dict, taken: set[str]) -> tuple[str, dict]:
    cat = rng.choice(data["categories"])
    internship = rng.random() < 0.06
    level = "" if internship else rng.choices([lv for lv, _ in LEVELS], [w for _, w in LEVELS])[0]
    title = level + rng.choice(ROLES[cat]) + (" Intern" if internship else "")
    if rng.random() < 0.5:
        title += ", " + rng.choice(SPECIALITIES)
    while slugify(title) in taken:
        title += f" {rng.choice(SPECIALITIES)}"
    taken.add(slugify(title))
    workplace = rng.choices(["onsite", "hybrid", "remote"], [35, 40, 25])[0]
    city, country = data["headquarters"]["city"], data["headquarters"]["country"]
    if rng.random() < 0.3:
        city, country = rng.choice(CITIES)
    posted = CLOCK - dt.timedelta(days=rng.randint(0, 89))
    out = {"title": title, "company": slug, "category": cat, "tags": rng.sample(TAGS[cat], rng.randint(2, 5)),
           "workplace": workplace}
    if workplace != "remote" or rng.random() < 0.3:
        out["locations"] = [{"city": city, "country": country}]
    if workplace == "remote" and rng.random() < 0.8:
        out["remote_eligibility"] = rng.choice(ELIGIBILITY)
    out["employment_type"] = "internship" if internship else rng.choices(
        ["full-time", "part-time", "contract", "temporary"], [88, 4, 6, 2])[0]
    if internship:
        out["duration"] = rng.choice(["3 months", "6 months", "12–24 weeks"])
    pay = salary(rng, country, level, internship)
    if pay:
        out["salary"] = pay
    out["posted"] = posted
    if rng.random() < 0.3:
        out["expires"] = posted + dt.timedelta(days=rng.randint(20, 120))  # some have closed by CLOCK
    out["apply_url"] = f"https://{slug}.example/jobs/{slugify(title)}"
    return slugify(title), out


def write_corpus(root: Path, postings: int, seed: int = 5) -> None:
    """Write site.yaml, companies and postings under root (replacing it)."""
    rng = random.Random(seed)
    shutil.rmtree(root, ignore_errors=True)
    (root / "companies").mkdir(parents=True)
    site = {"title": "Frontier Jobs (bench)", "base_url": "https://bench.example", "language": "en",
            "description": "Synthetic postings for benchmarks.",
            "categories": [{"id": "ai", "label": "AI"}, {"id": "web3", "label": "Web3"},
                           {"id": "robotics", "label": "Robotics"}]}
    (root / "site.yaml").write_text(yaml.safe_dump(site, sort_keys=False), encoding="utf-8")
    companies = [company(rng, i) for i in range(max(1, postings // 20))]
    taken: dict[str, set[str]] = {slug: set() for slug, _ in companies}
    for slug, data in companies:
        (root / "companies" / f"{slug}.md").write_text(front_matter(data, paragraph(rng, 60)), encoding="utf-8")
        (root / "jobs" / slug).mkdir(parents=True)
    for _ in range(postings):
        slug, data = rng.choice(companies)
        name, fm = posting(rng, slug, data, taken[slug])
        body = "\n\n".join([paragraph(rng, 50), "## What you'll do", "\n".join(f"- {paragraph(rng, 10)}"
                                                                                for _ in range(4))])
        (root / "jobs" / slug / f"{name}.md").write_text(front_matter(fm, body), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    write_corpus(args.root, args.postings, args.seed)


if __name__ == "__main__":
    main()
