"""Infer a role family from a job title.

Rules run in order and the first match wins, so kinds of work that borrow another family's words come first:
a "Security Engineer" or "Solutions Engineer" is not a generic engineer, a "Product Designer" is design, a
"Data Scientist" is not a research scientist, an "Analytics Engineer" builds pipelines (data engineer) while a
"Data Analyst" reads them. Domain words (machine learning, robotics) come after the kinds of work, and the generic
words ("engineer", "developer", "data") last. No match: ``other``, benchmarked on all roles.
"""

from __future__ import annotations

import functools
import re

# (family id, human label); the order here is the order families are listed in the derived table.
FAMILIES: tuple[tuple[str, str], ...] = (
    ("ml-engineer", "ML / AI engineer"),
    ("research-scientist", "Research scientist / engineer"),
    ("data-scientist", "Data scientist"),
    ("data-engineer", "Data engineer"),
    ("data-analyst", "Data / BI analyst"),
    ("software-engineer", "Software / backend / infrastructure engineer"),
    ("hardware-robotics", "Hardware / robotics engineer"),
    ("security", "Security"),
    ("solutions", "Solutions / sales engineering and consulting"),
    ("developer-relations", "Developer relations"),
    ("product", "Product / program manager"),
    ("design", "Design"),
    ("business", "Business, marketing, sales and operations"),
    ("other", "Other roles"),
)
FAMILY_LABELS: dict[str, str] = dict(FAMILIES)
# The people of each family, as the one-sentence summary of an estimate names them ("salaries of data engineers").
FAMILY_PEOPLE: dict[str, str] = {
    "ml-engineer": "ML and AI engineers", "research-scientist": "research scientists and engineers",
    "data-scientist": "data scientists", "data-engineer": "data engineers", "data-analyst": "data and BI analysts",
    "software-engineer": "software engineers", "hardware-robotics": "hardware and robotics engineers",
    "security": "security engineers", "solutions": "solutions engineers and consultants",
    "developer-relations": "developer advocates", "product": "product and program managers", "design": "designers",
    "business": "people in business roles", "other": "people in all kinds of roles",
}
DEFAULT_FAMILY = "other"

_RULES: tuple[tuple[str, str], ...] = (
    ("developer-relations",
     r"\bdev(?:eloper)?\s*rel(?:ations)?\b|\bdeveloper (?:advocate|evangelist|experience|community)\b|"
     r"\b(?:dev|technical) advocate\b|\bevangelist\b"),
    ("security",
     r"\bsecurity\b|\bsec ?ops\b|\bappsec\b|\bpen(?:etration)?[- ]?test|\bauditor\b|\bred team\b|"
     r"\bcybersecurity\b|\bsicherheit\b|\bs[ée]curit[ée]\b|\bseguridad\b"),
    ("design",
     r"\bdesign(?:er)?\b|\bux\b|\bui\b|\buser experience\b|\buser research(?:er)?\b|\billustrator\b|"
     r"\bcreative director\b|\bart director\b|\bgraphi(?:c|ste)\b|\bdiseñador\b"),
    ("product",
     r"\bproduct (?:manager|management|owner|lead|director)\b|\b(?:head|vp|director) of product\b|"
     r"\bchief product officer\b|\bcpo\b|\b(?:technical )?program(?:me)? manager\b|\btpm\b|"
     r"\bproduktmanager\b|\bchef de produit\b|\b(?:gerente|jef[ea]|responsable) de (?:producto|produto|produit)\b"),
    ("solutions",
     r"\bsolutions? (?:architect|engineer|consultant)\b|\bsales engineer\b|\bpre-?sales\b|\bconsultant\b|"
     r"\bcustomer engineer\b|\bimplementation\b|\btechnical account manager\b|\bberater\b"),
    ("data-scientist",
     r"\bdata scien(?:ce|tist)\b|\bdecision scientist\b|\bstatistic(?:ian|al)\b|\bquantitative analyst\b|"
     r"\bdatenwissenschaftler\b"),
    ("research-scientist",
     r"\bresearch(?:er)?\b|\bscientist\b|\bpostdoc(?:toral)?\b|\bcryptograph(?:er|y)\b|\bbioinformatic|"
     r"\bcomputational\b|\bphd\b|\bforsch|\bchercheur\b|\binvestigador\b"),
    ("data-engineer",
     r"\b(?:engenharia|engenheir[oa]|ingenier[oa]|ingenier[ií]a) de (?:dados|datos)\b|\bdata engineering\b|"
     r"\bdateningenieur|\bing[ée]nieur (?:de )?donn[ée]es\b|"
     r"\b(?:big )?data (?:engineer|architect|platform|infrastructure|integration|modeler|warehouse|pipeline|"
     r"developer|ops)\b|\banalytics engineer|\betl\b|\bdataops\b|\bdatabase\b|\bdba\b|"
     r"\b(?:bi|business intelligence) (?:engineer|developer|architect)\b|\bdatabricks\b|\bspark\b"),
    ("data-analyst",
     r"\banaly(?:st|tics|tiker)\b|\bbusiness intelligence\b|\bbi\b|\binsights?\b|\breporting\b|"
     r"\bdata visuali[sz]ation\b|\bpower bi\b|\btableau\b|\banalyste\b|\banalista\b"),
    ("hardware-robotics",
     r"\brobot(?:s|ic|ics|ik|ique)?\b|\bhardware\b|\bembedded\b|\bfirmware\b|\bfpga\b|\basic\b|\bmechanical\b|"
     r"\belectrical\b|\belectronics?\b|\bmechatronics?\b|\bcontrols? engineer\b|\bautonom(?:y|ous)\b|"
     r"\bperception\b|\bmotion planning\b|\bslam\b|\bdrone\b|\bsilicon\b|\bpcb\b|\bavionics\b|\bvehicle\b"),
    ("ml-engineer",
     r"\bmachine[- ]learning\b|\bml\b|\bmlops\b|\bai\b|\ba\.i\.|\bartificial intelligence\b|\bdeep learning\b|"
     r"\bllms?\b|\bnlp\b|\bcomputer vision\b|\bmachine vision\b|\bprompt\b|\bgen ?ai\b|\bgenerative\b|"
     r"\binference\b|\bmember of technical staff\b|\bki\b|\bia\b|\bapprentissage\b"),
    ("software-engineer",
     r"\bsoftware|\bdirecteur technique\b|\bdirector t[ée]cnico\b|\btechnische[rn]? leit|\bback[- ]?end\b|"
     r"\bfront[- ]?end\b|\bfull[- ]?stack\b|\binfra(?:structure)?\b|\bplatform\b|\bsre\b|\bsite reliability\b|"
     r"\bdev ?ops\b|\bcloud\b|\bsystems? engineer\b|(?<!business )\bdevelop(?:er|ment)\b|"
     r"\bprogrammer\b|\bsmart contracts?\b|\bsolidity\b|\brust\b|\bblockchain\b|\bprotocol\b|\bweb3\b|"
     r"\bmobile\b|\bios\b|\bandroid\b|\bqa\b|\bsdet\b|\bengineer(?:ing)?\b|\barchitect\b|\bcto\b|"
     r"\bchief technology officer\b|\bing[ée]nieur\b|\bingeniero\b|\bentwickler(?:in)?\b|\bd[ée]veloppeu(?:r|se)\b|"
     r"\bdesarrollador\b|\bdesenvolvedor\b|\bsviluppatore\b|\bprogramador\b|\btech lead\b"),
    ("business",
     r"\bmarketing\b|\bgrowth\b|\bsales\b|\bbusiness\b|\bbd\b|\baccount (?:executive|manager)\b|\bpartner|"
     r"\bcommunity\b|\boperations\b|\bops\b|\bpeople\b|\bhr\b|\bhuman resources\b|\brecruit|\btalent\b|"
     r"\bfinance\b|\bfinancial\b|\baccount(?:ant|ing)\b|\blegal\b|\bcounsel\b|\blawyer\b|\bcompliance\b|"
     r"\bcontent\b|\bwriter\b|\bcopywriter\b|\bsocial media\b|\bcustomer\b|\bsupport\b|\boffice\b|\badmin|"
     r"\bassistant\b|\bchief of staff\b|\bstrategy\b|\binvestment\b|\bceo\b|\bcoo\b|\bcmo\b|\bcfo\b|\bpr\b|"
     r"\bcommunications?\b|\bevents?\b|\bbrand\b|\bvertrieb\b|\bcommercial\b|\bventas\b|\bventure\b|"
     r"\bfounder'?s?\s+associate\b"),
    # Last: a title about data with no other clue ("Data Manager", "Head of Data") is nearest to the analysts.
    ("data-analyst", r"\bdata\b|\bdaten\b|\bdonn[ée]es\b|\bdatos\b|\bdados\b"),
)

_COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (family, re.compile(pattern, re.IGNORECASE)) for family, pattern in _RULES
)


@functools.lru_cache(maxsize=65536)
def infer_family(title: str) -> tuple[str, str]:
    """Return (family id, the title keyword it came from), or (DEFAULT_FAMILY, "default")."""
    for family, pattern in _COMPILED:
        match = pattern.search(title)
        if match:
            return family, match.group(0).strip()
    return DEFAULT_FAMILY, "default"
