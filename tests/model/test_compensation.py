"""Tests of the compensation estimator: inference, modifiers, the derived table, JSON lines, the seed posting."""

from __future__ import annotations

import csv
import gzip
import json
import pathlib
import re
import time

import pytest
import yaml

from generator.base import money
from generator.model.compensation import (
    LEVELS,
    Benchmarks,
    estimate,
    estimate_jsonl,
    format_estimate,
    format_range,
    format_reasoning,
    infer_family,
    infer_seniority,
    load_benchmarks,
    parse_benchmarks,
    region_for_country,
    region_for_eligibility,
    round_amount,
)
from generator.model.compensation.families import _RULES, DEFAULT_FAMILY, FAMILY_LABELS
from generator.model.compensation.regions import REGIONS
from generator.model.compensation.seniority import _RULES as SENIORITY_RULES
from generator.model.compensation.titles import core_title
from tools.derive_compensation import DEFAULT_CSV, Settings, derive_file

REPO = pathlib.Path(__file__).resolve().parents[2]
BENCHMARKS_FILE = REPO / "content" / "data" / "compensation.yaml"


@pytest.fixture(scope="module")
def bench() -> Benchmarks:
    return load_benchmarks(BENCHMARKS_FILE)


# --- inference ---------------------------------------------------------------------------------------------------

TITLES = [
    # the examples
    ("Senior Engineering Manager", "manager", "software-engineer"),
    ("Lead ML Engineer", "staff", "ml-engineer"),
    ("Head of Growth", "director", "business"),
    ("Working Student", "intern", "other"),
    ("Graduate Engineer", "junior", "software-engineer"),
    ("Sr. Backend Engineer (Rust)", "senior", "software-engineer"),
    ("Engineer II", "mid", "software-engineer"),
    ("Backend/Infrastructure Engineer Intern", "intern", "software-engineer"),
    # English levels
    ("Software Engineer Intern", "intern", "software-engineer"),
    ("Machine Learning Engineer", "mid", "ml-engineer"),
    ("Senior Machine Learning Engineer", "senior", "ml-engineer"),
    ("Staff Software Engineer", "staff", "software-engineer"),
    ("Principal Research Scientist", "staff", "research-scientist"),
    ("Junior Data Scientist", "junior", "data-scientist"),
    ("Entry-Level Data Analyst", "junior", "data-analyst"),
    ("Entry Level Data Analyst", "junior", "data-analyst"),
    ("New Grad Software Engineer", "junior", "software-engineer"),
    ("Mid-Level Backend Developer", "mid", "software-engineer"),
    ("Software Engineer III", "senior", "software-engineer"),
    ("Data Scientist I", "junior", "data-scientist"),
    ("Engineer IV", "staff", "software-engineer"),
    ("Chief Technology Officer", "executive", "software-engineer"),
    ("CTO", "executive", "software-engineer"),
    ("Co-Founder & CEO", "executive", "business"),
    ("VP of Engineering", "director", "software-engineer"),
    ("Vice President, Marketing", "director", "business"),
    ("Director of Engineering", "director", "software-engineer"),
    ("Associate Director, Data Science", "director", "data-scientist"),
    ("Engineering Manager", "manager", "software-engineer"),
    ("Team Lead Backend", "manager", "software-engineer"),
    ("Operations Manager", "manager", "business"),
    ("Data Architect", "staff", "data-engineer"),
    ("Solutions Architect", "staff", "solutions"),
    ("DevRel Lead", "staff", "developer-relations"),
    ("Founding Engineer", "senior", "software-engineer"),
    ("AI Research Intern", "intern", "research-scientist"),
    ("PhD Student Researcher", "intern", "research-scientist"),
    # role names that contain a level word but are not a level
    ("Product Manager", "mid", "product"),
    ("Senior Product Manager", "senior", "product"),
    ("Associate Product Manager", "junior", "product"),
    ("Technical Program Manager", "mid", "product"),
    ("Marketing Manager", "mid", "business"),
    ("Community Manager", "mid", "business"),
    ("Customer Success Manager", "mid", "business"),
    ("Business Development Manager", "mid", "business"),
    ("Member of Technical Staff", "mid", "ml-engineer"),
    ("Chief of Staff", "director", "business"),
    ("Founder's Associate", "junior", "business"),
    ("Early-Stage Venture Associate", "junior", "business"),
    # families
    ("Research Engineer, Pretraining", "mid", "research-scientist"),
    ("Applied Scientist", "mid", "research-scientist"),
    ("Analytics Engineer", "mid", "data-engineer"),
    ("Business Intelligence Analyst", "mid", "data-analyst"),
    ("Site Reliability Engineer", "mid", "software-engineer"),
    ("Smart Contract Engineer", "mid", "software-engineer"),
    ("Solidity Developer", "mid", "software-engineer"),
    ("Protocol Engineer", "mid", "software-engineer"),
    ("Product Designer", "mid", "design"),
    ("Senior UX Designer", "senior", "design"),
    ("Developer Advocate", "mid", "developer-relations"),
    ("Security Engineer", "mid", "security"),
    ("Smart Contract Auditor", "mid", "security"),
    ("Robotics Engineer", "mid", "hardware-robotics"),
    ("Embedded Software Engineer", "mid", "hardware-robotics"),
    ("Perception Engineer", "mid", "hardware-robotics"),
    ("Computer Vision Engineer", "mid", "ml-engineer"),
    ("Prompt Engineer", "mid", "ml-engineer"),
    ("Sales Engineer", "mid", "solutions"),
    ("Cryptographer", "mid", "research-scientist"),
    ("Legal Counsel", "mid", "business"),
    # other languages
    ("Praktikant Softwareentwicklung", "intern", "software-engineer"),
    ("Werkstudent Data Science", "intern", "data-scientist"),
    ("Werkstudentin Marketing", "intern", "business"),
    ("Stagiaire Data Scientist", "intern", "data-scientist"),
    ("Stage - Ingénieur Machine Learning", "intern", "ml-engineer"),
    ("Becario de Ingeniería de Software", "intern", "software-engineer"),
    ("Estagiário de Engenharia de Dados", "intern", "data-engineer"),
    ("Desenvolvedor Júnior", "junior", "software-engineer"),
    ("Desenvolvedor Sênior Backend", "senior", "software-engineer"),
    ("Desenvolvedor Pleno", "mid", "software-engineer"),
    ("Ingeniero de Datos Semi Senior", "mid", "data-engineer"),
    ("Entwickler Junior", "junior", "software-engineer"),
    ("Leiter Data Science", "director", "data-scientist"),
    ("Teamleiter Softwareentwicklung", "manager", "software-engineer"),
    ("Responsable Marketing", "manager", "business"),
    ("Directeur Technique", "director", "software-engineer"),
    ("Gerente de Producto", "manager", "product"),
]


def test_title_table_is_large_enough():
    assert len(TITLES) >= 60
    assert len({title for title, _, _ in TITLES}) == len(TITLES)


@pytest.mark.parametrize(("title", "level", "family"), TITLES)
def test_title_inference(title, level, family):
    assert (infer_seniority(title)[0], infer_family(title)[0]) == (level, family)


@pytest.mark.parametrize(("title", "expected"), [
    ("Senior Engineering Manager", ("manager", "Manager")),
    ("Lead ML Engineer", ("staff", "Lead")),
    ("Head of Growth", ("director", "Head of")),
    ("Working Student", ("intern", "Working Student")),
    ("Sr. Backend Engineer (Rust)", ("senior", "Sr.")),
    ("Engineer II", ("mid", "II")),
    ("Backend/Infrastructure Engineer Intern", ("intern", "Intern")),
    ("Data Scientist", ("mid", "default")),
])
def test_seniority_reports_the_keyword_it_came_from(title, expected):
    assert infer_seniority(title) == expected


def test_every_role_name_before_manager_names_a_role_not_a_people_manager():
    # each word of seniority.py's role-name list, spelt out here: a word dropped from it makes that title a manager
    roles = ("Product, Program, Programme, Project, Account, Accounts, Community, Marketing, Social Media, Content, "
             "Partner, Partnership, Partnerships, Success, Office, Event, Events, Brand, Growth, Ecosystem, "
             "Business Development, BD, Relationship, Campaign, Release, Influencer, KOL, Channel, Category, Launch, "
             "Listing, Listings, Affiliate, SEO, Ads, Paid Media, PR, Communications, Comms, Delivery, Portfolio, "
             "Fund, Asset, Property, Case, Incident, Change, Test, Quality").split(", ")
    assert {role: infer_seniority(f"{role} Manager") for role in roles} == dict.fromkeys(roles, ("mid", "default"))
    for title in ("Engineering Manager", "People Manager", "Manager, Data Science"):
        assert infer_seniority(title) == ("manager", "Manager")


@pytest.mark.parametrize("title", [
    "Strategy Intern, Office of the CEO",  # intern beats executive
    "Senior Software Engineer Intern",  # intern beats senior
    "Head of Research Intern",  # intern beats director
])
def test_intern_keywords_take_precedence(title):
    assert infer_seniority(title)[0] == "intern"


@pytest.mark.parametrize("title", ["AI Engineer", "Internal Tools Engineer", "International Sales", "I/O Engineer"])
def test_words_that_merely_contain_a_keyword_are_not_levels(title):
    assert infer_seniority(title) == ("mid", "default")


# Every spelling each level's keywords allow (seniority._RULES: each `[- ]`, optional part and accent), written out
# so a spelling lost or narrowed ("entry-level" but no longer "entry level") fails here.
SENIORITY_SPELLINGS = {
    "intern": (
        "intern", "interns", "internship", "praktikant", "praktikantin", "praktikum", "werkstudent", "werkstudentin",
        "working student", "student", "stagiaire", "stagista", "tirocinio", "tirocinante", "stage", "becario",
        "becaria", "estagiario", "estagiaria", "estagiário", "estagiária", "estagio", "estágio", "pasante", "practicas",
        "prácticas", "apprentice", "apprenticeship", "azubi", "auszubildende", "auszubildender", "alternance",
        "alternante", "alternant", "coop", "co-op", "thesis", "masterarbeit", "bachelorarbeit", "abschlussarbeit"),
    "executive": (
        "chief", "ceo", "cto", "cfo", "coo", "cmo", "cpo", "cro", "cdo", "cio", "cso", "ciso", "caio", "founder",
        "cofounder", "co-founder", "president", "geschaftsfuhrer", "geschaftsfuhrerin", "geschaftsführer",
        "geschaftsführerin", "geschäftsfuhrer", "geschäftsfuhrerin", "geschäftsführer", "geschäftsführerin",
        "managing director"),
    "director": (
        "director", "directeur", "directrice", "directora", "direktor", "direktorin", "diretor", "diretora", "head",
        "head of", "vp", "svp", "vice-president", "vice president", "chief of staff", "leiterin", "leiter", "leitung",
        "abteilungsleiterin", "abteilungsleiter", "abteilungsleitung", "bereichsleiterin", "bereichsleiter",
        "bereichsleitung"),
    "manager": (
        "teamlead", "teamleader", "team-lead", "team-leader", "team lead", "team leader", "grouplead", "groupleader",
        "group-lead", "group-leader", "group lead", "group leader", "teamleiterin", "teamleiter", "teamleitung",
        "gruppenleiter", "gruppenleiterin", "responsable", "gerente", "jefe", "jefa", "manager"),
    "staff": ("staff", "principal", "lead", "leitende", "leitender", "lider", "líder", "architect", "distinguished",
              "IV", "V"),
    "senior": ("senior", "sénior", "sênior", "sr", "sr.", "snr", "experienced", "founding", "III"),
    "mid": ("mid", "mid-level", "mid level", "medior", "intermediate", "pleno", "semisenior", "semi-senior",
            "semi senior", "ssr", "II"),
    "junior": (
        "junior", "júnior", "jr", "jr.", "jnr", "entry-level", "entry level", "graduate", "new grad", "grad",
        "associate", "trainee", "postdoc", "postdoctoral", "einsteiger", "einsteigerin", "berufseinsteiger",
        "berufseinsteigerin", "absolvent", "absolventin", "débutant", "debutant", "I"),
}


def test_every_spelling_of_every_level_reads_as_that_level_and_every_keyword_has_its_spellings():
    wrong = {spelling: infer_seniority(spelling) for level, spellings in SENIORITY_SPELLINGS.items()
             for spelling in spellings if infer_seniority(spelling) != (level, spelling)}
    assert wrong == {}
    assert list(SENIORITY_SPELLINGS) == [level for level, _, _ in SENIORITY_RULES]
    uncovered = [(level, alternative) for level, words, numerals in SENIORITY_RULES
                 for alternative, flags in [*((a, re.IGNORECASE) for a in _alternatives(words)),
                                            *((a, 0) for a in (_alternatives(numerals) if numerals else ()))]
                 if not any(re.fullmatch(alternative, spelling, flags) for spelling in SENIORITY_SPELLINGS[level])]
    assert uncovered == []


def test_unknown_title_falls_back_to_other_family():
    assert infer_family("Barista") == ("other", "default")


# Every keyword of every family rule, each with a literal title that must reach that family through it (the
# title's words as matched, keeping their case). A keyword lost from a rule, two run together by a lost `|`, or a
# rule moved ahead of one whose words it borrows sends a title here elsewhere.
FAMILY_KEYWORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "developer-relations": (
        ("DevRel Engineer", "DevRel"), ("Developer Relations Lead", "Developer Relations"),
        ("Developer Advocate", "Developer Advocate"), ("Developer Evangelist", "Developer Evangelist"),
        ("Developer Experience Engineer", "Developer Experience"),
        ("Developer Community Lead", "Developer Community"), ("Technical Advocate", "Technical Advocate"),
        ("Dev Advocate", "Dev Advocate"), ("Chief Evangelist", "Evangelist"),
    ),
    "security": (
        ("Head of Security", "Security"), ("SecOps Engineer", "SecOps"), ("Sec Ops Analyst", "Sec Ops"),
        ("AppSec Engineer", "AppSec"), ("Penetration Tester", "Penetration Test"), ("Pen-Tester", "Pen-Test"),
        ("Smart Contract Auditor", "Auditor"), ("Red Team Operator", "Red Team"),
        ("Cybersecurity Analyst", "Cybersecurity"), ("Ingenieur IT-Sicherheit", "Sicherheit"),
        ("Ingénieur Sécurité", "Sécurité"), ("Ingeniero de Seguridad", "Seguridad"),
    ),
    "design": (
        ("Design Lead", "Design"), ("Product Designer", "Designer"), ("UX Researcher", "UX"),
        ("UI Engineer", "UI"), ("User Experience Lead", "User Experience"), ("User Researcher", "User Researcher"),
        ("Illustrator", "Illustrator"), ("Creative Director", "Creative Director"), ("Art Director", "Art Director"),
        ("Graphic Artist", "Graphic"), ("Graphiste", "Graphiste"), ("Diseñador Gráfico", "Diseñador"),
    ),
    "product": (
        ("Product Manager", "Product Manager"), ("Product Management Intern", "Product Management"),
        ("Product Owner", "Product Owner"), ("Product Lead", "Product Lead"),
        ("Product Director", "Product Director"), ("Head of Product", "Head of Product"),
        ("VP of Product", "VP of Product"), ("Director of Product", "Director of Product"),
        ("Chief Product Officer", "Chief Product Officer"), ("CPO", "CPO"),
        ("Technical Program Manager", "Technical Program Manager"), ("Programme Manager", "Programme Manager"),
        ("TPM, Infrastructure", "TPM"), ("Produktmanager", "Produktmanager"), ("Chef de Produit", "Chef de Produit"),
        ("Gerente de Producto", "Gerente de Producto"), ("Jefa de Produto", "Jefa de Produto"),
        ("Responsable de Produit", "Responsable de Produit"),
    ),
    "solutions": (
        ("Solutions Architect", "Solutions Architect"), ("Solution Engineer", "Solution Engineer"),
        ("Solutions Consultant", "Solutions Consultant"), ("Sales Engineer", "Sales Engineer"),
        ("Presales Specialist", "Presales"), ("Pre-Sales Lead", "Pre-Sales"), ("AI Consultant", "Consultant"),
        ("Customer Engineer", "Customer Engineer"), ("Implementation Manager", "Implementation"),
        ("Technical Account Manager", "Technical Account Manager"), ("IT-Berater", "Berater"),
    ),
    "data-scientist": (
        ("Data Scientist", "Data Scientist"), ("Head of Data Science", "Data Science"),
        ("Decision Scientist", "Decision Scientist"), ("Statistician", "Statistician"),
        ("Statistical Programmer", "Statistical"), ("Quantitative Analyst", "Quantitative Analyst"),
        ("Datenwissenschaftler", "Datenwissenschaftler"),
    ),
    "research-scientist": (
        ("Research Engineer", "Research"), ("AI Researcher", "Researcher"), ("Applied Scientist", "Scientist"),
        ("Postdoc in Robotics", "Postdoc"), ("Postdoctoral Fellow", "Postdoctoral"),
        ("Cryptographer", "Cryptographer"), ("Applied Cryptography Engineer", "Cryptography"),
        ("Bioinformatics Engineer", "Bioinformatic"), ("Computational Biologist", "Computational"),
        ("PhD Intern", "PhD"), ("Forschungsingenieur", "Forsch"), ("Chercheur en IA", "Chercheur"),
        ("Investigador Científico", "Investigador"),
    ),
    "data-engineer": (
        ("Ingeniero de Datos", "Ingeniero de Datos"), ("Engenheira de Dados", "Engenheira de Dados"),
        ("Ingeniería de Datos", "Ingeniería de Datos"), ("Engenharia de Dados", "Engenharia de Dados"),
        ("Head of Data Engineering", "Data Engineering"), ("Dateningenieur", "Dateningenieur"),
        ("Ingénieur de Données", "Ingénieur de Données"), ("Ingenieur Donnees", "Ingenieur Donnees"),
        ("Data Engineer", "Data Engineer"), ("Big Data Architect", "Big Data Architect"),
        ("Data Platform Engineer", "Data Platform"), ("Data Infrastructure Lead", "Data Infrastructure"),
        ("Data Integration Specialist", "Data Integration"), ("Data Modeler", "Data Modeler"),
        ("Data Warehouse Lead", "Data Warehouse"), ("Data Pipeline Engineer", "Data Pipeline"),
        ("Data Developer", "Data Developer"), ("Data Ops Lead", "Data Ops"),
        ("Analytics Engineer", "Analytics Engineer"), ("ETL Developer", "ETL"), ("DataOps Lead", "DataOps"),
        ("Database Administrator", "Database"), ("DBA", "DBA"), ("BI Engineer", "BI Engineer"),
        ("Business Intelligence Developer", "Business Intelligence Developer"), ("BI Architect", "BI Architect"),
        ("Databricks Specialist", "Databricks"), ("Spark Developer", "Spark"),
    ),
    "data-analyst": (
        ("Data Analyst", "Analyst"), ("Analytics Lead", "Analytics"), ("Analytiker", "Analytiker"),
        ("Business Intelligence Manager", "Business Intelligence"), ("BI Specialist", "BI"),
        ("Insights Manager", "Insights"), ("Customer Insight Lead", "Insight"),
        ("Reporting Specialist", "Reporting"), ("Data Visualisation Specialist", "Data Visualisation"),
        ("Power BI Specialist", "Power BI"), ("Tableau Specialist", "Tableau"), ("Analyste", "Analyste"),
        ("Analista de Datos", "Analista"),
        # the last rule: data words with no other clue
        ("Head of Data", "Data"), ("Leiter Daten", "Daten"), ("Responsable des données", "données"),
        ("Gerente de Datos", "Datos"), ("Gestor de Dados", "Dados"),
    ),
    "hardware-robotics": (
        ("Robotics Engineer", "Robotics"), ("Robot Technician", "Robot"), ("Robotic Systems Lead", "Robotic"),
        ("Robotik Ingenieur", "Robotik"), ("Ingénieur Robotique", "Robotique"), ("Hardware Engineer", "Hardware"),
        ("Embedded Engineer", "Embedded"), ("Firmware Engineer", "Firmware"), ("FPGA Engineer", "FPGA"),
        ("ASIC Verification Engineer", "ASIC"), ("Mechanical Engineer", "Mechanical"),
        ("Electrical Engineer", "Electrical"), ("Electronics Engineer", "Electronics"),
        ("Mechatronics Engineer", "Mechatronics"), ("Controls Engineer", "Controls Engineer"),
        ("Autonomy Engineer", "Autonomy"), ("Autonomous Systems Engineer", "Autonomous"),
        ("Perception Engineer", "Perception"), ("Motion Planning Engineer", "Motion Planning"),
        ("SLAM Engineer", "SLAM"), ("Drone Pilot", "Drone"), ("Silicon Engineer", "Silicon"),
        ("PCB Layout Engineer", "PCB"), ("Avionics Engineer", "Avionics"), ("Vehicle Engineer", "Vehicle"),
    ),
    "ml-engineer": (
        ("Machine Learning Engineer", "Machine Learning"), ("Machine-Learning Engineer", "Machine-Learning"),
        ("ML Engineer", "ML"), ("MLOps Engineer", "MLOps"), ("AI Engineer", "AI"), ("A.I. Engineer", "A.I."),
        ("Artificial Intelligence Engineer", "Artificial Intelligence"), ("Deep Learning Engineer", "Deep Learning"),
        ("LLM Engineer", "LLM"), ("NLP Engineer", "NLP"), ("Computer Vision Engineer", "Computer Vision"),
        ("Machine Vision Engineer", "Machine Vision"), ("Prompt Engineer", "Prompt"), ("GenAI Engineer", "GenAI"),
        ("Gen AI Engineer", "Gen AI"), ("Generative Modeling Engineer", "Generative"),
        ("Inference Engineer", "Inference"), ("Member of Technical Staff", "Member of Technical Staff"),
        ("KI-Ingenieur", "KI"), ("Ingénieur IA", "IA"), ("Apprentissage automatique", "Apprentissage"),
    ),
    "software-engineer": (
        ("Software Engineer", "Software"), ("Directeur Technique", "Directeur Technique"),
        ("Director Técnico", "Director Técnico"), ("Technischer Leiter", "Technischer Leit"),
        ("Backend Engineer", "Backend"), ("Back-End Engineer", "Back-End"), ("Frontend Engineer", "Frontend"),
        ("Full Stack Developer", "Full Stack"), ("Infrastructure Engineer", "Infrastructure"),
        ("Infra Lead", "Infra"), ("Platform Engineer", "Platform"), ("SRE", "SRE"),
        ("Site Reliability Engineer", "Site Reliability"), ("DevOps Engineer", "DevOps"),
        ("Cloud Engineer", "Cloud"), ("Systems Engineer", "Systems Engineer"), ("Web Developer", "Developer"),
        ("Programmer", "Programmer"), ("Smart Contract Engineer", "Smart Contract"),
        ("Solidity Developer", "Solidity"), ("Rust Engineer", "Rust"), ("Blockchain Engineer", "Blockchain"),
        ("Protocol Engineer", "Protocol"), ("Web3 Engineer", "Web3"), ("Mobile Engineer", "Mobile"),
        ("iOS Engineer", "iOS"), ("Android Engineer", "Android"), ("QA Engineer", "QA"), ("SDET", "SDET"),
        ("Engineering Manager", "Engineering"), ("Enterprise Architect", "Architect"), ("CTO", "CTO"),
        ("Chief Technology Officer", "Chief Technology Officer"), ("Ingénieur", "Ingénieur"),
        ("Ingeniero", "Ingeniero"), ("Entwicklerin", "Entwicklerin"), ("Développeuse", "Développeuse"),
        ("Developpeur", "Developpeur"), ("Desarrollador", "Desarrollador"), ("Desenvolvedor", "Desenvolvedor"),
        ("Sviluppatore", "Sviluppatore"), ("Programador", "Programador"), ("Tech Lead", "Tech Lead"),
    ),
    "business": (
        ("Marketing Manager", "Marketing"), ("Growth Lead", "Growth"), ("Head of Sales", "Sales"),
        ("Business Development Manager", "Business"), ("BD Lead", "BD"), ("Account Executive", "Account Executive"),
        ("Account Manager", "Account Manager"), ("Partnerships Lead", "Partner"), ("Community Manager", "Community"),
        ("Operations Manager", "Operations"), ("Ops Lead", "Ops"), ("People Partner", "People"),
        ("HR Generalist", "HR"), ("Human Resources Manager", "Human Resources"), ("Recruiter", "Recruit"),
        ("Talent Acquisition", "Talent"), ("Finance Manager", "Finance"), ("Financial Controller", "Financial"),
        ("Accountant", "Accountant"), ("Accounting Lead", "Accounting"), ("Legal Counsel", "Legal"),
        ("General Counsel", "Counsel"), ("Lawyer", "Lawyer"), ("Compliance Officer", "Compliance"),
        ("Content Lead", "Content"), ("Technical Writer", "Writer"), ("Copywriter", "Copywriter"),
        ("Social Media Manager", "Social Media"), ("Customer Success Manager", "Customer"),
        ("Support Specialist", "Support"), ("Office Manager", "Office"), ("Administrator", "Admin"),
        ("Executive Assistant", "Assistant"), ("Chief of Staff", "Chief of Staff"), ("Strategy Lead", "Strategy"),
        ("Investment Associate", "Investment"), ("CEO", "CEO"), ("COO", "COO"), ("CMO", "CMO"), ("CFO", "CFO"),
        ("PR Manager", "PR"), ("Communications Lead", "Communications"), ("Events Coordinator", "Events"),
        ("Brand Manager", "Brand"), ("Mitarbeiter Vertrieb", "Vertrieb"), ("Commercial Lead", "Commercial"),
        ("Ejecutivo de Ventas", "Ventas"), ("Venture Associate", "Venture"),
        ("Founder's Associate", "Founder's Associate"), ("Founders Associate", "Founders Associate"),
    ),
}


def test_each_family_keyword_reaches_its_family():
    wrong = {title: infer_family(title) for family, cases in FAMILY_KEYWORDS.items() for title, keyword in cases
             if infer_family(title) != (family, keyword)}
    assert wrong == {}


def _alternatives(pattern: str) -> list[str]:
    """The top-level `|` alternatives of a regular expression."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 1
        elif pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
        elif pattern[i] == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def test_the_keyword_table_covers_every_keyword_of_every_rule():
    assert set(FAMILY_KEYWORDS) == set(FAMILY_LABELS) - {DEFAULT_FAMILY}
    uncovered = [(family, alternative) for family, pattern in _RULES for alternative in _alternatives(pattern)
                 if not any(re.fullmatch(alternative, word, re.IGNORECASE) for _, word in FAMILY_KEYWORDS[family])]
    assert uncovered == []


@pytest.mark.parametrize(("title", "core"), [
    ("Sr. Backend Engineer (Rust)", "backend engineer"),
    ("Backend Engineer, Payments", "backend engineer"),
    ("Research Scientist - Multimodal", "research scientist"),
    ("Lead Data Engineer", "data engineer"),
    ("Engineering Manager", None),  # names a level beyond modifiers: the manager multiplier carries it
    ("Head of Data", None),
])
def test_core_title(title, core):
    assert core_title(title) == core


# --- regions -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "region"), [
    ("US", "us"), ("CA", "canada"), ("GB", "uk-ireland"), ("IE", "uk-ireland"), ("DE", "western-europe"),
    ("ES", "southern-europe"), ("RS", "eastern-europe"), ("pl", "eastern-europe"), ("BR", "latin-america"),
    ("IN", "south-asia"), ("SG", "east-asia"), ("AU", "australia-nz"), ("IL", "middle-east"), ("NG", "africa"),
])
def test_region_for_country(code, region):
    assert region_for_country(code) == region


def test_every_iso_country_has_a_region():
    pycountry = pytest.importorskip("pycountry")
    assert {region_for_country(country.alpha_2) for country in pycountry.countries} <= set(REGIONS)


def test_unknown_country_is_an_error():
    with pytest.raises(ValueError, match="unknown country code 'XX'"):
        region_for_country("XX")


@pytest.mark.parametrize(("items", "region"), [
    (["Worldwide"], None),
    ([], None),
    (["Europe"], "europe"),
    (["EU"], "europe"),
    (["DE", "FR"], "western-europe"),
    (["DE", "PL", "GB"], "europe"),
    (["Europe", "GB"], "europe"),
    (["North America"], "north-america"),
    (["US", "CA"], "north-america"),
    (["US", "DE"], None),  # spans continents: use the company's headquarters
    (["Latin America"], "latin-america"),
    (["Asia-Pacific"], "asia-pacific"),
    (["IN", "AU"], "asia-pacific"),
    (["Africa"], "africa"),
    (["Middle East"], "middle-east"),
    (["RS"], "eastern-europe"),
])
def test_region_for_eligibility(items, region):
    assert region_for_eligibility(items) == region


def test_unknown_eligibility_is_an_error():
    with pytest.raises(ValueError, match="unknown remote eligibility 'Mars'"):
        region_for_eligibility(["Mars"])


def test_region_changes_the_estimate(bench):
    us = estimate(bench, title="Senior Data Engineer", country="US")
    de = estimate(bench, title="Senior Data Engineer", country="DE")
    rs = estimate(bench, title="Senior Data Engineer", country="RS")
    assert us.median > de.median > rs.median
    assert (us.region_label, de.region_label, rs.region_label) == (
        "United States", "Western and Northern Europe", "Eastern Europe")


def test_explicit_region_wins_over_country(bench):
    est = estimate(bench, title="Data Engineer", country="US", region="europe")
    assert est.region == "europe"


def test_no_location_uses_all_rows(bench):
    assert estimate(bench, title="Data Engineer").region == "global"


# --- modifiers ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("stage", "modifier"), [
    ("pre-seed", -0.15), ("seed", -0.15), ("series-a", -0.15), ("series-b", 0.0), ("series-c", 0.0),
    ("series-d-plus", 0.10), ("late-stage", 0.10), ("public", 0.10), ("bootstrapped", 0.0), ("nonprofit", -0.15),
])
def test_stage_modifiers(bench, stage, modifier):
    base = estimate(bench, title="Senior Software Engineer", country="US")
    staged = estimate(bench, title="Senior Software Engineer", country="US", stage=stage)
    assert staged.stage_modifier == modifier
    # rounding to 2.5 significant digits moves each figure by at most 2.5 %
    assert staged.median / base.median == pytest.approx(1 + modifier, abs=0.03)
    assert any(bench.stages[stage].label in sentence for sentence in staged.reasoning)


def test_stage_names_are_normalised(bench):
    assert estimate(bench, title="Engineer", stage="Series B").stage == "series-b"
    assert estimate(bench, title="Engineer", stage="non-profit").stage == "nonprofit"


def test_unknown_inputs_are_errors_with_a_suggestion(bench):
    with pytest.raises(ValueError, match="unknown stage 'series-bb' — did you mean 'series-b'"):
        estimate(bench, title="Engineer", stage="series-bb")
    with pytest.raises(ValueError, match="unknown category 'web4'"):
        estimate(bench, title="Engineer", category="web4")
    with pytest.raises(ValueError, match="unknown seniority 'godlike'"):
        estimate(bench, title="Engineer", seniority="godlike")


def test_front_matter_seniority_overrides_the_title(bench):
    est = estimate(bench, title="Senior Data Scientist", seniority="staff", country="US")
    assert (est.seniority, est.seniority_source) == ("staff", "front matter")
    assert "as stated in the posting" in est.reasoning[1]


def test_category_multipliers(bench):
    ai = estimate(bench, title="Software Engineer", country="US")
    web3 = estimate(bench, title="Software Engineer", country="US", category="web3")
    robotics = estimate(bench, title="Software Engineer", country="US", category="robotics")
    assert web3.category_multiplier == bench.categories["web3"].value
    assert robotics.category_multiplier == bench.categories["robotics"].value
    assert robotics.median / ai.median == pytest.approx(bench.categories["robotics"].value, abs=0.03)


def test_robotics_multiplier_is_not_applied_twice_to_robotics_roles(bench):
    est = estimate(bench, title="Robotics Engineer", country="US", category="robotics")
    assert est.category_multiplier == 1.0
    assert any("already comes from such roles" in sentence for sentence in est.reasoning)


@pytest.mark.parametrize("seniority, employment_type, basis", [  # every level: its figure is its base level's
    ("intern", "internship", "358 survey rows of Data scientist roles at junior level in United States"),
    ("junior", "full-time", "358 survey rows of Data scientist roles at junior level in United States"),
    ("mid", "full-time", "2,560 survey rows of Data scientist roles at mid level in United States"),
    ("senior", "full-time", "5,310 survey rows of Data scientist roles at senior level in United States"),
    ("staff", "full-time", "5,310 survey rows of Data scientist roles at senior level in United States"),
    ("manager", "full-time", "5,310 survey rows of Data scientist roles at senior level in United States"),
    ("director", "full-time", "150 survey rows of Data scientist roles at director level in United States"),
    ("executive", "full-time", "150 survey rows of Data scientist roles at director level in United States"),
])
def test_the_basis_names_the_level_whose_rows_the_figure_is(bench, seniority, employment_type, basis):
    """A staff estimate is the senior rows times a multiplier: the basis names the senior rows it counted, never
    "staff level", of which the survey has no rows of its own."""
    est = estimate(bench, title="Data Scientist", seniority=seniority, employment_type=employment_type, country="US")
    assert (est.seniority, est.basis) == (seniority, basis)
    assert bench.levels[seniority].base in basis


def test_internship_is_a_monthly_stipend(bench):
    junior = estimate(bench, title="Data Scientist", seniority="junior", country="US")
    intern = estimate(bench, title="Data Scientist Intern", country="US")
    rule = bench.levels["intern"]
    assert (intern.period, junior.period) == ("month", "year")
    assert intern.median / junior.median == pytest.approx(rule.multiplier / 12, rel=0.04)


def test_internship_employment_type_makes_an_intern(bench):
    est = estimate(bench, title="Software Engineer", employment_type="internship", country="US")
    assert (est.seniority, est.seniority_source, est.period) == ("intern", "employment type", "month")


def test_part_time_is_pro_rata(bench):
    full = estimate(bench, title="Data Engineer", country="US")
    part = estimate(bench, title="Data Engineer", country="US", employment_type="part-time")
    fraction = bench.employment_types["part-time"].value
    assert 0 < fraction < 1
    assert part.employment_factor == fraction
    assert part.median / full.median == pytest.approx(fraction, abs=0.03)
    assert any("pro rata" in sentence for sentence in part.reasoning)


@pytest.mark.parametrize("employment_type", ["contract", "temporary", "freelance"])
def test_contract_and_temporary_are_the_full_time_equivalent(bench, employment_type):
    full = estimate(bench, title="Data Engineer", country="US")
    other = estimate(bench, title="Data Engineer", country="US", employment_type=employment_type)
    assert (other.min, other.median, other.max, other.period) == (full.min, full.median, full.max, "year")


def test_local_currency_uses_the_one_dated_rate_table(bench):
    est = estimate(bench, title="Data Engineer", country="GB")
    rate = 1 / money.USD_PER_UNIT["GBP"]
    assert est.local is not None
    assert (est.local.currency, est.local.rate, est.local.rate_date) == ("GBP", rate, "2025-06-30")
    assert est.local.median == pytest.approx(est.median * rate, rel=0.05)
    assert est.currency == "USD"
    assert "GBP at 0.73 per USD, the approximate mid-market rate of 2025-06-30" in " ".join(est.reasoning)


@pytest.mark.parametrize(("country", "words"), [
    ("NG", "NGN at 1,538 per USD"),  # four figures as a number, never 1.54e+03
    ("VN", "VND at 26,110 per USD"),
    ("JP", "JPY at 145 per USD"),
    ("IN", "INR at 85.5 per USD"),
])
def test_a_rate_reads_as_a_plain_number_however_large(bench, country, words):
    assert f"{words}, the approximate mid-market rate" in " ".join(estimate(bench, title="Engineer",
                                                                               country=country).reasoning)


def test_a_currency_asked_for_is_read_in_any_case_and_spacing(bench):
    """estimate() reads the currency it is given in any case and spacing: " eur " is EUR (its callers today pass
    a country's code, already upper-case; the function does not rely on that)."""
    exact = estimate(bench, title="Data Engineer", country="US", currency="EUR")
    loose = estimate(bench, title="Data Engineer", country="US", currency=" eur ")
    assert exact.local is not None and exact.local.currency == "EUR"
    assert loose.local == exact.local and loose.reasoning == exact.reasoning


def test_a_currency_without_a_rate_is_shown_in_usd_only(bench):
    est = estimate(bench, title="Data Engineer", country="IS")  # ISK: not in the rate table
    assert est.local is None
    assert "There is no dated ISK exchange rate, so amounts are in USD only." in est.reasoning


@pytest.mark.parametrize("title, country, summary", [
    ("Senior Data Engineer", "CA", "Estimated for a senior role from 206 salaries of data engineers in Canada."),
    ("Head of Data Engineering", "NG", "Estimated for a director's role from 317 salaries of data engineers "
                                       "worldwide, scaled to pay in Sub-Saharan Africa."),
    ("Senior Data Engineer", "NG", "Estimated for a senior role from 29 salaries of all roles in Sub-Saharan "
                                   "Africa, scaled for data engineers."),
    ("Director of Hardware Engineering", "JP", "Estimated for a director's role from 1,179 salaries of all roles "
     "worldwide, scaled for hardware and robotics engineers in East and Southeast Asia, Pacific islands."),
])
def test_the_summary_names_the_rows_an_estimate_scaled_when_the_cell_has_too_few(bench, title, country, summary):
    # One per basis (cell, region-factor, family-factor, both-factors): the rows are named as the benchmark
    # sentence of the reasoning names them, never as salaries of these people in that place when they are not.
    est = estimate(bench, title=title, country=country)
    assert est.summary == summary
    assert est.basis.startswith(summary.split(" from ")[1].split(" ")[0])


def test_the_summary_says_for_whom_where_and_at_what_stage_in_words(bench):
    world = estimate(bench, title="Senior Data Engineer")
    us = estimate(bench, title="Senior Data Engineer", country="US", stage="series-d", currency="USD")
    assert world.summary == "Estimated for a senior role from 6,531 salaries of data engineers worldwide."
    assert us.summary == ("Estimated for a senior role from 5,946 salaries of data engineers in the United States, "
                          "adjusted for a Series D+ company.")
    assert us.stage == "series-d-plus"  # an author's "series-d" is the file's series-d-plus
    assert "Region: Worldwide (all survey rows, mostly US) — the posting names no region." in world.reasoning
    # Amounts in USD need no word on exchange rates.
    assert not [s for s in world.reasoning + us.reasoning if "exchange rate" in s or "currency" in s.lower()]


# Spellings authors write for the file's ids (estimator._ALIASES, upper case and spaces too), written out so a lost
# one fails here; and what the id decides downstream: an internship, however written, makes an intern paid monthly.
@pytest.mark.parametrize(("stage", "employment_type", "expected"), [
    ("series-d", "fulltime", ("series-d-plus", "full-time", "mid", "year")),
    ("series-d+", "parttime", ("series-d-plus", "part-time", "mid", "year")),
    ("late", "contractor", ("late-stage", "contract", "mid", "year")),
    ("ipo", "temp", ("public", "temporary", "mid", "year")),
    ("non-profit", "intern", ("nonprofit", "internship", "intern", "month")),
    ("not-for-profit", "full-time", ("nonprofit", "full-time", "mid", "year")),
    ("Series D", "Intern", ("series-d-plus", "internship", "intern", "month")),
    ("Late Stage", "Internship", ("late-stage", "internship", "intern", "month")),
    ("IPO", "Full Time", ("public", "full-time", "mid", "year")),
    ("Non Profit", "Part_Time", ("nonprofit", "part-time", "mid", "year")),
])
def test_the_spellings_authors_use_read_as_the_files_ids(bench, stage, employment_type, expected):
    est = estimate(bench, title="Engineer", stage=stage, employment_type=employment_type)
    assert (est.stage, est.employment_type, est.seniority, est.period) == expected


@pytest.mark.parametrize(("title", "words"), [
    ("Data Engineer Intern", "an internship"), ("Junior Data Engineer", "a junior role"),
    ("Data Engineer", "a mid-level role"), ("Staff Data Engineer", "a staff or principal role"),
    ("Engineering Manager", "a manager's role"), ("Director of Engineering", "a director's role"),
    ("Chief Technology Officer", "an executive role"),
])
def test_the_summary_names_each_level_in_words(bench, title, words):
    assert estimate(bench, title=title).summary.startswith(f"Estimated for {words} from ")


def test_a_region_chosen_without_a_country_is_named_plainly(bench):
    assert "Region: Europe." in estimate(bench, title="Engineer", region="europe").reasoning


def test_us_postings_have_no_local_amount(bench):
    assert estimate(bench, title="Data Engineer", country="US").local is None


# --- rounding and formatting -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "rounded"), [
    (183_456, 185_000), (45_678, 45_500), (4_567, 4_550), (1_234, 1_250), (99_900, 100_000), (87, 87),
])
def test_round_amount(value, rounded):
    assert round_amount(value) == rounded


def test_format_range():
    assert format_range(3000, 4500, "USD", "month") == "$3,000 – $4,500 per month"
    assert format_range(50000, 70000, "EUR", "year") == "€50,000 – €70,000 per year"
    assert format_range(90000, 120000, "CHF", "year") == "CHF 90,000 – CHF 120,000 per year"
    assert format_range(12000, 12000, "PLN", "month") == "PLN 12,000 per month"
    assert format_range(90000, 120000, "CAD", "year") == "CA$90,000 – CA$120,000 per year"


# --- the derived table -------------------------------------------------------------------------------------------

def test_table_covers_every_family_level_and_region(bench):
    base_levels = {rule.base for rule in bench.levels.values()}
    assert base_levels == {"junior", "mid", "senior", "director"}
    assert set(bench.levels) == set(LEVELS)
    for family in FAMILY_LABELS:
        for level in base_levels:
            for region in REGIONS:
                figure = bench.table[(family, level, region)]
                assert 0 < figure.p25 <= figure.p50 <= figure.p75
                assert figure.rows > 0
                assert figure.basis in {"cell", "region-factor", "family-factor", "both-factors"}


def test_table_is_measured_where_rows_are_many(bench):
    assert bench.table[("data-scientist", "senior", "us")].basis == "cell"
    assert bench.table[("data-scientist", "senior", "us")].rows > 1000
    assert bench.table[("software-engineer", "junior", "eastern-europe")].basis != "cell"


def test_file_states_attribution_date_and_sources():
    text = BENCHMARKS_FILE.read_text(encoding="utf-8")
    assert len(text.encode()) < 200_000
    assert "aijobs.net/salaries" in text and "CC0" in text
    assert 'derived: "2025-01-19"' in text
    web3 = next(line for line in text.splitlines() if "Pantera" in line and line.lstrip().startswith("#"))
    assert "source:" in web3
    assert "source: this survey" in text  # robotics
    for stage in ("series-d-plus", "bootstrapped", "nonprofit"):
        line = next(line for line in text.splitlines() if line.startswith(f"  {stage}:"))
        assert "#" in line, f"{stage} needs a comment saying why"


def test_benchmarks_are_read_only(bench):
    with pytest.raises(TypeError):
        bench.table[("x", "y", "z")] = None  # type: ignore[index]


def test_missing_section_is_a_clear_error():
    with pytest.raises(ValueError, match="missing or malformed entry 'table'"):
        parse_benchmarks(BENCHMARKS_FILE.read_text(encoding="utf-8").split("\ntable:")[0])


def write_survey(path: pathlib.Path, rows: int) -> None:
    """Write a small synthetic survey in the CSV's format."""
    titles = ["Data Scientist", "Software Engineer", "Data Analyst", "Machine Learning Engineer"]
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["work_year", "experience_level", "employment_type", "job_title", "salary",
                         "salary_currency", "salary_in_usd", "employee_residence", "remote_ratio",
                         "company_location", "company_size"])
        for i in range(rows):
            country, currency, rate = [("US", "USD", 1.0), ("DE", "EUR", 0.9), ("GB", "GBP", 0.8)][i % 3]
            usd = 60_000 + (i * 7919) % 120_000
            writer.writerow([2023 + (i // 3) % 3, "EN MI SE EX".split()[i % 4], "FT" if i % 17 else "PT",
                             titles[i % len(titles)], round(usd * rate), currency, usd, country, 0, country, "M"])


def test_derivation_is_deterministic_and_dated_by_option(tmp_path):
    survey = tmp_path / "survey.csv"
    write_survey(survey, 600)
    first = derive_file(survey, "2025-01-19", Settings(min_rows=5))
    assert first == derive_file(survey, "2025-01-19", Settings(min_rows=5))
    assert 'derived: "2030-01-01"' in derive_file(survey, "2030-01-01", Settings(min_rows=5))
    derived = parse_benchmarks(first)
    assert derived.table[("data-scientist", "senior", "global")].rows > 0
    assert "exchange_rates" not in first  # the one rate table is generator/base/money.py


def test_gzipped_and_plain_survey_derive_the_same_file(tmp_path):
    survey = tmp_path / "survey.csv"
    write_survey(survey, 300)
    packed = tmp_path / "survey.csv.gz"
    packed.write_bytes(gzip.compress(survey.read_bytes()))
    assert derive_file(packed, settings=Settings(min_rows=5)) == derive_file(survey, settings=Settings(min_rows=5))


def test_committed_file_matches_its_derivation_from_the_committed_survey():
    # The survey is committed (data/survey/), so this never skips: the YAML is provably reproducible.
    assert DEFAULT_CSV.is_relative_to(REPO) and DEFAULT_CSV.is_file()
    assert BENCHMARKS_FILE.read_text(encoding="utf-8") == derive_file(DEFAULT_CSV), (
        "content/data/compensation.yaml is stale: run `python -m tools.derive_compensation`")


# --- JSON lines --------------------------------------------------------------------------------------------------

def test_jsonl_outputs_one_line_per_input_in_order(bench):
    lines = [
        json.dumps({"title": "Senior Data Engineer", "country": "DE"}),
        "not json",
        json.dumps({"title": "Backend Engineer Intern", "country": "RS", "employment_type": "internship"}),
        json.dumps({"country": "US"}),
        json.dumps({"title": "Engineer", "stage": "series-z"}),
        json.dumps({"title": "Engineer", "titel": "typo"}),
        json.dumps(["a list"]),
        json.dumps({"title": "Engineer", "seniority": 3}),
        json.dumps({"title": "Engineer", "seniority": None, "stage": "seed"}),
    ]
    out = [json.loads(line) for line in estimate_jsonl(lines, bench)]
    assert len(out) == len(lines)
    first = out[0]
    assert {"min", "median", "max", "currency", "period", "seniority", "family", "region", "rows"} <= set(first)
    assert (first["currency"], first["local_currency"], first["seniority"]) == ("USD", "EUR", "senior")
    assert first["min"] <= first["median"] <= first["max"] and first["local_min"] < first["local_max"]
    assert "error" in out[1] and "not valid JSON" in out[1]["error"]
    assert out[2]["period"] == "month" and out[2]["local_currency"] == "RSD"  # the one rate table has RSD
    assert "'title'" in out[3]["error"]
    assert "unknown stage" in out[4]["error"]
    assert "unknown key 'titel'" in out[5]["error"]
    assert "JSON object" in out[6]["error"]
    assert "must be a string" in out[7]["error"]
    assert "error" not in out[8]


JSONL_BAD_LINES = {  # a bad line → its message, columns counted from 1 as an editor does
    "not json": "not valid JSON: Expecting value at column 1",
    "": "not valid JSON: Expecting value at column 1",
    '{"title": "Engineer",}': "not valid JSON: Expecting property name enclosed in double quotes at column 22",
    # A line read from stdin keeps its newline: a line cut short is wrong at its end, not at 'column 1' of the next.
    '{"title": "Engineer",\n': "not valid JSON: Expecting property name enclosed in double quotes at column 22",
    '{"title": "E"\r\n': "not valid JSON: Expecting ',' delimiter at column 14",
    '{"title" "x"}': "not valid JSON: Expecting ':' delimiter at column 10",
    '  {"title": x}': "not valid JSON: Expecting value at column 13",
    '{"title": "E"} x': "not valid JSON: Extra data at column 16",
    '["a list"]': "expected a JSON object with at least 'title'",
    '{"title": "E", "titel": "t"}':
        "unknown key 'titel' (expected: title, seniority, country, stage, category, employment_type)",
    '{"title": "  "}': "'title' must be a non-empty string",
    '{"title": "E", "seniority": 3}': "'seniority' must be a string or null",
}


def test_jsonl_names_what_is_wrong_with_a_bad_line_and_where(bench):
    out = [json.loads(line) for line in estimate_jsonl(list(JSONL_BAD_LINES), bench)]
    assert out == [{"error": message} for message in JSONL_BAD_LINES.values()]


def test_jsonl_is_fast_enough_for_15000_lines(bench):
    titles = [f"{level} {role} {n}" for n in range(30) for level in ("Senior", "Junior", "Lead", "")
              for role in ("Data Engineer", "ML Engineer", "Product Manager", "Designer", "Robotics Engineer")]
    countries = ["US", "DE", "RS", "GB", "IN", "BR"]
    lines = [json.dumps({"title": titles[i % len(titles)], "country": countries[i % len(countries)],
                         "stage": "seed", "category": "web3"}) for i in range(15_000)]
    # CPU time of this process, not wall time: the suite runs on two workers of a machine that may be shared, and
    # waiting for a core is not slowness of the estimator (estimate_jsonl runs in this process).
    started = time.process_time()
    out = list(estimate_jsonl(lines, bench))
    elapsed = time.process_time() - started
    assert len(out) == 15_000 and all("error" not in line for line in out[:100])
    assert elapsed < 5, f"15,000 lines took {elapsed:.1f} s"


# --- the seed posting --------------------------------------------------------------------------------------------

def test_seed_posting_estimate(bench):
    est = estimate(bench, title="Backend/Infrastructure Engineer Intern", country="RS", stage="series-b",
                   category="ai", employment_type="internship")
    assert (est.period, est.currency) == ("month", "USD")
    assert est.local is not None and est.local.currency == "RSD"  # shown beside USD at the dated rate
    assert (est.seniority, est.seniority_source) == ("intern", "Intern")
    assert (est.family, est.family_label) == ("software-engineer", "Software / backend / infrastructure engineer")
    assert (est.region, est.region_label) == ("eastern-europe", "Eastern Europe")
    assert (est.stage, est.stage_modifier, est.category, est.category_multiplier) == ("series-b", 0.0, "ai", 1.0)
    assert (est.min, est.median, est.max) == by_hand("software-engineer", "intern", "eastern-europe",
                                                     stage="series-b", employment="internship")
    assert 500 <= est.min < est.median < est.max <= 6000
    assert est.rows > 0 and est.basis
    text = " ".join(est.reasoning)
    for words in ("company stage (Series B)", "“Intern”", "“Backend”", "Eastern Europe", "(RS)", "monthly stipend",
                  "RSD", "aijobs.net"):
        assert words in text
    assert est.reasoning[-1] == "Actual compensation may vary."
    assert format_estimate(est) == (f"${est.min:,} – ${est.max:,} per month"
                                    f" (RSD {est.local.min:,} – RSD {est.local.max:,} per month)")


# --- the arithmetic, redone by hand from the committed table ----------------------------------------------------

def nearest(value: float) -> int:
    """Round as the posting pages promise: to $5,000 from $100,000, $500 from $10,000, $50 from $1,000, $5 from
    $100, else to the dollar; halves round up."""
    steps = ((100_000, 5000), (10_000, 500), (1000, 50), (100, 5), (0, 1))
    step = next(step for floor, step in steps if value >= floor)
    return int(value / step + 0.5) * step


def by_hand(family: str, level: str, region: str, *, stage: str | None = None, category: str = "ai",
            employment: str = "full-time", title: str | None = None) -> tuple[int, int, int]:
    """(min, median, max) from compensation.yaml as read by a person, not by generator.compensation: the table
    cell of the level's base times the level multiplier, the stage modifier, the industry multiplier (unless the
    family is the industry's own), the employment factor and the exact role name's factor; a monthly stipend is
    a twelfth."""
    raw = yaml.safe_load(BENCHMARKS_FILE.read_text(encoding="utf-8"))
    rule = raw["levels"][level]
    cell = raw["table"][family][rule["base"]][region]
    industry = raw["categories"][category]
    factor = (rule["multiplier"] * (1 + (raw["stages"][stage]["modifier"] if stage else 0.0))
              * (1.0 if industry.get("native_family") == family else industry["multiplier"])
              * raw["employment_types"][employment]["factor"] * (raw["titles"][title]["factor"] if title else 1.0)
              / (12 if rule.get("period") == "month" else 1))
    return nearest(cell["p25"] * factor), nearest(cell["p50"] * factor), nearest(cell["p75"] * factor)


@pytest.mark.parametrize(("posting", "inputs"), [
    ({"title": "Senior Data Engineer", "country": "DE", "stage": "seed", "category": "web3"},
     dict(family="data-engineer", level="senior", region="western-europe", stage="seed", category="web3",
          title="data engineer")),
    ({"title": "Staff Robotics Engineer", "country": "US", "stage": "public", "category": "robotics"},
     dict(family="hardware-robotics", level="staff", region="us", stage="public", category="robotics",
          title="robotics engineer")),
    ({"title": "Product Manager", "country": "GB", "stage": "late-stage", "employment_type": "part-time"},
     dict(family="product", level="mid", region="uk-ireland", stage="late-stage", employment="part-time",
          title="product manager")),
    ({"title": "Senior Perception Engineer", "region": "europe", "stage": "series-a", "category": "robotics"},
     dict(family="hardware-robotics", level="senior", region="europe", stage="series-a", category="robotics")),
    ({"title": "Machine Learning Engineer Intern", "country": "IN", "category": "web3"},
     dict(family="ml-engineer", level="intern", region="south-asia", category="web3",
          title="machine learning engineer")),
])
def test_estimates_are_the_table_times_its_factors(bench, posting, inputs):
    est = estimate(bench, **posting)
    assert (est.min, est.median, est.max) == by_hand(**inputs)
    assert (est.family, est.seniority, est.region) == (inputs["family"], inputs["level"], inputs["region"])


AFRICA_FIGURE = "      africa: {p25: 44518, p50: 58494, p75: 71993, rows: 1179, basis: both-factors}\n"


@pytest.mark.parametrize("old, new, message", [
    ('  africa: {label: "Sub-Saharan Africa", factor: 0.40, rows: 66}\n', "", "regions: no factor for 'africa'"),
    ('  business: {label: "Business, marketing, sales and operations", factor: 0.75, rows: 103}\n', "",
     "families: no factor for 'business'"),
    ("  director: {base: director, multiplier: 1.00, survey_level: EX}\n", "",
     "levels: no rule for the level 'director'"),
    ("  bootstrapped: {label:", "  bootstrapped-x: {label:", "stages: no modifier for 'bootstrapped'"),
    ('  contract: {factor: 1.00, note: "shown as the annualised full-time equivalent"}\n', "",
     "employment_types: no factor for 'contract'"),
    ("period: month}", "period: week}", "levels: period of 'intern' must be year or month"),
    (AFRICA_FIGURE, "", "table: no figure for business / director / africa"),
    (AFRICA_FIGURE, AFRICA_FIGURE.replace("both-factors", "guess"),
     "table: basis of business / director / africa must be one of cell, region-factor, family-factor, both-factors"),
])
def test_a_table_that_cannot_answer_every_lookup_is_refused_in_one_line(tmp_path, old, new, message):
    """The whole table is checked when it is read, so `jobsite estimate` and the build fail at once naming the file
    and the first gap, never later with a KeyError in the middle of a posting."""
    text = BENCHMARKS_FILE.read_text(encoding="utf-8")
    assert text.count(old) >= 1
    path = tmp_path / "compensation.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_benchmarks(path)
    assert str(info.value) == f"{path}: {message}"


@pytest.mark.parametrize(("old", "new", "where", "problem"), [
    ("  junior: {base: junior,", "  junior: {base: [junior,", ":26:61", "did not find expected ',' or ']'"),
    ("levels:  #", "levels:  # \x07", "", "unreadable"),  # a reader's error has no parser mark: no place
])
def test_a_table_yaml_cannot_read_is_one_line_at_the_parsers_place(tmp_path, old, new, where, problem):
    """`jobsite estimate` reads the table itself: PyYAML's four-line message becomes one line, path:line:col."""
    path = tmp_path / "compensation.yaml"
    path.write_text(BENCHMARKS_FILE.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_benchmarks(path)
    assert str(info.value) == f"{path}{where}: malformed YAML ({problem})"


def test_the_reasoning_reads_as_one_paragraph(bench):
    est = estimate(bench, title="Senior ML Engineer", country="DE")
    assert format_reasoning(est) == " ".join(est.reasoning) and len(est.reasoning) > 3


@pytest.mark.parametrize(("stage", "words"), [
    ("pre-seed", "a pre-seed-stage"), ("seed", "a seed-stage"), ("late-stage", "a late-stage"),
    ("nonprofit", "a nonprofit"), ("public", "a public"), ("series-b", "a Series B"),
])
def test_the_summary_names_every_stage_in_the_words_of_a_sentence(bench, stage: str, words: str) -> None:
    est = estimate(bench, title="Senior Data Engineer", country="US", stage=stage)
    assert est.summary.endswith(f", adjusted for {words} company.")


def test_a_stage_a_table_labels_with_a_vowel_takes_an() -> None:
    from generator.model.compensation.estimator import _stage_words

    assert [_stage_words(label) for label in ("Angel", "Early stage", "Seed")] == [
        "an angel", "an early-stage", "a seed-stage"]
