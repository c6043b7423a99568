#!/usr/bin/env python3
# Writes tests/fixtures/exports/: one council's Adult Social Care records (complaints with their
# concerns, compliments, Ombudsman cases; April 2021 to March 2024) written in three shapes that
# case-management systems export, each beside a `contract/` copy of the same records in the
# exact shape of docs/input-format.md. The fixtures of issue 19 ("any export a case system
# writes, through report.toml alone"): once that is built, `ascreport figures --data SHAPE`
# must equal `ascreport figures --data SHAPE/contract`.
#
#   caseworks/      title lines above the header, designer's totals below the data, one row per
#                   complaint and issue, a packed Status column, whole-number ages, the export's
#                   own file names (with spaces), UTF-8 with a byte-order mark
#   partial-start/  records from 10 January 2022 (2021/22 partial), Primary/Secondary Issue
#                   columns, ages banded into the council's own bands, subtotal rows and a test
#                   record to skip, Windows-1252, CRLF, separate Outcome and Stage columns
#   held-out/       no report.toml (for `ascreport init`): dates of birth, Issue 1..3, a packed
#                   "Closed - Upheld - Stage 2" status, a last row of numbers, rows of another
#                   directorate to leave out
#
# Run from anywhere (Python 3.11 or later, standard library only):
#     python3 scripts/make-export-fixtures.py                  # (re)write tests/fixtures/exports
#     python3 scripts/make-export-fixtures.py --check          # regenerate into a temporary folder
#                                   # and compare byte for byte; then read each shape the way
#                                   # issue 19's design says and compare it with its contract copy
#     python3 scripts/make-export-fixtures.py --write-expected [--tool build/ascreport]
#                                   # write SHAPE/expected-figures-2023-24.json with the built tool
#
# Deterministic: a fixed seed, no clock; the same script always writes the same bytes.

from __future__ import annotations

import argparse
import csv
import datetime as dt
import filecmp
import importlib.util
import io
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "exports"
# When the exports were run ("Report run 05/04/2024 09:12"): nothing is received or answered later.
EXPORT_RUN = dt.datetime(2024, 4, 5, 9, 12)
PARTIAL_START = dt.date(2022, 1, 10)          # the partial-start system went live on this day
EXPECTED_YEAR = "2023/24"
# Shapes whose 2023/24 figures are a stable snapshot (see README: partial-start's are not).
EXPECTED_SHAPES = ("caseworks", "held-out")


class Rng:
    """Deterministic choices from Python's Mersenne Twister, using only random(), whose output
    for an integer seed is the same in every Python 3 version."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def below(self, n: int) -> int:
        return min(int(self.r.random() * n), n - 1)

    def between(self, lo: int, hi: int) -> int:  # inclusive
        return lo + self.below(hi - lo + 1)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def weighted(self, weights: dict):
        total = sum(weights.values())
        x = self.r.random() * total
        for value, w in weights.items():
            x -= w
            if x < 0:
                return value
        return value

    def sample(self, weights: dict, k: int) -> list:
        pool, out = dict(weights), []
        for _ in range(min(k, len(pool))):
            v = self.weighted(pool)
            out.append(v)
            del pool[v]
        return out

    def shuffle(self, items: list) -> list:
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items


# ---------------------------------------------------------------------------------------------
# The council's records (one set; every shape is written from it).

AREAS = {  # service area: (weight, youngest, oldest, providers complaints may be about)
    "Older People": (22, 65, 98, ["Oak Lodge Care Home", "Beauséjour Care Home",
                                  "Brookfield Home Care Ltd"]),
    "Learning Disability": (12, 19, 68, ["Sunrise Supported Living"]),
    "Mental Health": (12, 20, 70, []),
    "Finance & Charging": (10, 40, 96, []),
    "Physical Disability": (8, 22, 64, ["Brookfield Home Care Ltd"]),
    "Hospital Discharge": (8, 66, 99, ["Oak Lodge Care Home"]),
    "Reablement": (7, 58, 95, ["Caring Hands Ltd"]),
    "Safeguarding": (6, 30, 95, ["Beauséjour Care Home", "Caring Hands Ltd"]),
    "Occupational Therapy": (6, 40, 95, []),
    "Commissioning": (5, 45, 95, ["Brookfield Home Care Ltd", "Sunrise Supported Living",
                                  "Oak Lodge Care Home"]),
}
COMPLAINTS_PER_YEAR = {2021: 84, 2022: 97, 2023: 112}
MONTH_WEIGHTS = [9, 8, 8, 7, 8, 9, 10, 9, 6, 9, 8, 9]  # April .. March
ROUTES = {"Statutory": 80, "Informal": 12, "Corporate": 8}
OUTCOMES = {"Upheld": 15, "Partly upheld": 33, "Not upheld": 27, "Withdrawn": 25}
METHODS = {"Email": 45, "Contact centre/form": 30, "Phone": 12, "Letter": 8, "In person": 3,
           "Other": 2}
GENDERS = {"Female": 52, "Male": 40, "Other": 1, "": 7}
ETHNICITIES = {"white_british": 70, "white_irish": 3, "white_other": 4, "indian": 5,
               "pakistani": 3, "caribbean": 3, "african": 2, "mixed_wbc": 2, "other": 1, "": 10}
DISABILITIES = {"Yes": 45, "No": 35, "Prefer not to say": 5, "": 15}
CATEGORIES = {"service": 50, "communication": 28, "financial": 10, "protection": 6,
              "environment": 6}
CONCERN_COUNT = {0: 8, 1: 50, 2: 30, 3: 12}
# The contract's words for the categories (docs/input-format.md, concerns.csv).
CATEGORY_CONTRACT = {"service": "Standard of service", "communication": "Communication",
                     "protection": "Protection", "environment": "Environment/property",
                     "financial": "Financial issues"}
NOTES = [
    'Daughter says carers "never on time", missed three visits in May',
    "Disputes an invoice of £1,240.50 for respite; asks for a refund",
    "Complaint about care at Beauséjour Care Home, raised by the family\nFollow-up call booked",
    "Son unhappy with the OT assessment – says the equipment wasn’t delivered",
    "Wants a named worker, not a duty team, to call back",
]


@dataclass
class Complaint:
    received: dt.datetime
    responded: dt.datetime | None
    route: str
    stage: int                 # 1, or 2 when it went on to a second stage
    outcome: str               # "" while open
    method: str
    area: str
    provider: str
    gender: str
    dob: dt.date | None
    ethnicity: str             # a key of ETHNICITIES, "" not known
    disability: str
    extended: bool
    categories: list[str]      # keys of CATEGORIES
    note: str
    index: int = 0             # place in order of receipt, from which each shape's reference

    @property
    def age(self) -> int | None:
        if self.dob is None:
            return None
        d, r = self.dob, self.received.date()
        return r.year - d.year - ((r.month, r.day) < (d.month, d.day))

    @property
    def fy(self) -> int:  # the financial year, by its first calendar year
        d = self.received
        return d.year if d.month >= 4 else d.year - 1


@dataclass
class Compliment:
    received: dt.date
    area: str
    source: str               # contract: Form, Card, Letter, Email, Phone, Other
    text: str
    publish: bool


@dataclass
class LgscoCase:
    reference: str
    received: dt.date
    decided: dt.date | None
    decision: str             # contract word, "" while open
    remedy: str
    amount: int               # pounds
    summary: str


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def month_day(rng: Rng, year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first + dt.timedelta(days=rng.below((nxt - first).days))


def fy_month(fy: int, i: int) -> tuple[int, int]:  # i = 0 for April
    month = (i + 3) % 12 + 1
    return (fy if month >= 4 else fy + 1), month


def spread(rng: Rng, total: int, weights: list[int]) -> list[int]:
    """total split over len(weights) months: in proportion, the remainder at random."""
    counts = [total * w // sum(weights) for w in weights]
    while sum(counts) < total:
        counts[rng.below(len(counts))] += 1
    return counts


def make_complaints() -> list[Complaint]:
    rng = Rng(20240405)
    out: list[Complaint] = []
    for fy, total in COMPLAINTS_PER_YEAR.items():
        for i, n in enumerate(spread(rng, total, MONTH_WEIGHTS)):
            for _ in range(n):
                year, month = fy_month(fy, i)
                day = month_day(rng, year, month)
                out.append(make_complaint(rng, dt.datetime(year, month, day.day,
                                                           rng.between(8, 17),
                                                           rng.below(60)), fy))
    out.sort(key=lambda c: c.received)
    for i, c in enumerate(out):
        c.index = i
    # One complex complaint of 2022/23 is still open when the export is run.
    stuck = next(c for c in out if c.fy == 2022 and c.received.month == 2
                 and c.route == "Statutory" and c.outcome)
    stuck.responded, stuck.outcome, stuck.extended = None, "", True
    return out


def make_complaint(rng: Rng, received: dt.datetime, fy: int) -> Complaint:
    area = rng.weighted({a: v[0] for a, v in AREAS.items()})
    _, youngest, oldest, providers = AREAS[area]
    if fy == 2023:  # nobody under 25 in the latest year: a declared band no record has
        youngest = max(youngest, 25)
    route = rng.weighted(ROUTES)
    stage = 2 if (route == "Statutory" and rng.chance(0.05)) or \
        (route == "Corporate" and rng.chance(0.3)) else 1
    outcome = rng.weighted(OUTCOMES)
    days = rng.between(3, 30) if rng.chance(0.6) else rng.between(31, 110)
    responded: dt.datetime | None = dt.datetime.combine(
        received.date() + dt.timedelta(days=days),
        dt.time(rng.between(9, 17), rng.below(60)))
    if outcome == "Withdrawn" and rng.chance(0.4):
        responded = None  # withdrawn before any response
    elif responded > EXPORT_RUN:
        responded, outcome = None, ""  # not answered yet when the export was run
    dob = None
    if not rng.chance(0.1):
        age = rng.between(youngest, oldest)
        latest = add_years(received.date(), -age)
        earliest = add_years(received.date(), -age - 1) + dt.timedelta(days=1)
        dob = earliest + dt.timedelta(days=rng.below((latest - earliest).days + 1))
    weights = dict(CATEGORIES)
    if area == "Finance & Charging":
        weights["financial"] = 120
    if area == "Safeguarding":
        weights["protection"] = 80
    return Complaint(
        received=received, responded=responded, route=route, stage=stage, outcome=outcome,
        method=rng.weighted(METHODS), area=area,
        provider=rng.choice(providers) if providers and rng.chance(0.35) else "",
        gender=rng.weighted(GENDERS), dob=dob, ethnicity=rng.weighted(ETHNICITIES),
        disability=rng.weighted(DISABILITIES),
        extended=responded is not None and days > 28 and rng.chance(0.4),
        categories=rng.sample(weights, rng.weighted(CONCERN_COUNT)),
        note=rng.choice(NOTES) if rng.chance(0.12) else "")


# Compliments: the short ones anybody sends, and the quotes cleared for publishing.
COMPLIMENTS_PER_YEAR = {2021: 62, 2022: 71, 2023: 96}
PUBLISHABLE_PER_YEAR = {2021: 18, 2022: 24, 2023: 58}  # besides the repeated quote below
COMPLIMENT_AREAS = {"Older People": 25, "Reablement": 15, "Occupational Therapy": 12,
                    "Hospital Discharge": 10, "Learning Disability": 10, "Mental Health": 8,
                    "Commissioning": 8, "Physical Disability": 5, "Finance & Charging": 4,
                    "Safeguarding": 3}
SOURCES = {"Email": 40, "Card": 25, "Letter": 10, "Phone": 10, "Form": 10, "Other": 5}
SHORT_TEXTS = ["Thanks to the team for sorting things out so quickly.",
               "Family thanked the staff for their kindness.",
               "Praise for the worker for going the extra mile.",
               "Thank you for the support with the move home from hospital.",
               "Thanks for the quick delivery of the equipment."]
OPENERS = ["Thank you to", "A big thank you to", "I want to thank", "Many thanks to",
           "We are so grateful to", "Please pass on our thanks to"]
WHOM = {"Older People": ["the social worker, (Name),", "everyone at Oak Lodge"],
        "Reablement": ["the reablement team", "(Name) and the reablement carers"],
        "Occupational Therapy": ["the OT service", "(Name), the occupational therapist,"],
        "Hospital Discharge": ["the discharge team", "(Name) on the hospital team"],
        "Learning Disability": ["(Name) and the LD team", "the staff at the day service"],
        "Mental Health": ["the mental health team", "(Name), Dad’s care co-ordinator,"],
        "Commissioning": ["the commissioning team", "the brokerage officers"],
        "Physical Disability": ["the PD team", "(Name), my social worker,"],
        "Finance & Charging": ["the financial assessment team", "(Name) in charging"],
        "Safeguarding": ["the safeguarding team", "(Name), who led the enquiry,"]}
REASONS = ["for the care you gave Mum over the last few weeks",
           "for sorting out the equipment so quickly",
           "for listening, and for explaining everything so clearly",
           "for making Dad feel safe at home again",
           "for your patience with all our questions",
           "for getting the care package started before Christmas",
           "for the help with the forms, which we could not have done alone",
           "for treating my brother with such respect"]
CLOSINGS = ["", " You have made a real difference.", " Nothing was too much trouble.",
            ' He said the carers were "like family" to him.',
            " We could not have managed without you.",
            " The alarm is worth every £ we pay for it.",
            "\nKind regards\n(Name)"]
# One quote sent again and again, in spellings that are one quote once case, spaces and the
# punctuation at the ends are set aside (issue 19, point 9): all in 2023/24, all publishable.
REPEATED = ["Thank you for all your help and support.",
            "Thank you for all your help and support.",
            "thank you for all your help and support.",
            "Thank you for all your help and support.",
            "Thank you for all your help  and support.",
            "THANK YOU FOR ALL YOUR HELP AND SUPPORT.",
            " Thank you for all your help and support. ",
            "Thank you for all your help and support"]


def make_compliments() -> list[Compliment]:
    rng = Rng(20240406)
    quotes = [(area, f"{o} {w} {r}.{c}".replace(",.", "."))
              for area, whom in WHOM.items() for w in whom for o in OPENERS
              for r in REASONS for c in CLOSINGS]
    rng.shuffle(quotes)
    out: list[Compliment] = []
    for fy, total in COMPLIMENTS_PER_YEAR.items():
        published = PUBLISHABLE_PER_YEAR[fy]
        repeats = REPEATED if fy == 2023 else []
        kinds = (["quote"] * published + ["repeat"] * len(repeats)
                 + ["short"] * (total - published - len(repeats)))
        rng.shuffle(kinds)
        repeat_at = 0
        days = sorted(month_day(rng, *fy_month(fy, i)) for i, n in
                      enumerate(spread(rng, total, MONTH_WEIGHTS)) for _ in range(n))
        for day, kind in zip(days, kinds):
            source = rng.weighted(SOURCES)
            if kind == "quote":
                area, text = quotes.pop()
                out.append(Compliment(day, area, source, text, True))
            elif kind == "repeat":
                out.append(Compliment(day, rng.weighted(COMPLIMENT_AREAS), source,
                                      repeats[repeat_at], True))
                repeat_at += 1
            else:
                out.append(Compliment(day, rng.weighted(COMPLIMENT_AREAS), source,
                                      rng.choice(SHORT_TEXTS), False))
    return out


LGSCO = [  # (reference, received, decided, decision, remedy, amount, summary)
    ("21 003 118", "2021-05-12", "2021-07-20", "Premature", "", 0,
     "Mr A complained about the time taken to assess his mother's needs. The Council had not "
     "yet responded, so the Ombudsman referred the complaint back for local resolution."),
    ("21 006 427", "2021-07-08", "2021-12-14", "Upheld", "Apology and payment for distress",
     300, "Mrs B complained that home care visits to her husband were missed, late or cut "
     "short.\nThe Ombudsman found fault in how the Council monitored the provider."),
    ("21 009 880", "2021-09-27", "2021-11-02", "Closed after initial enquiries", "", 0,
     "Ms C complained about a care home's decision to end her aunt's placement. The "
     "Ombudsman closed the case after initial enquiries."),
    ("21 012 305", "2021-11-30", "2022-05-10", "Not upheld", "", 0,
     'Mr D said the Council\'s charges for his care were "unfair". The Ombudsman found no '
     "fault in the financial assessment."),
    ("21 015 771", "2022-02-03", "2022-03-15", "Incomplete/invalid", "", 0,
     "The complaint was made without the person's consent and could not be considered."),
    ("21 017 062", "2022-03-21", "2022-08-30", "Upheld", "Reassessment and apology", 0,
     "Mrs E complained that her son's support plan was reduced without a review. The "
     "Ombudsman found fault, and the Council agreed to reassess him."),
    ("22 001 944", "2022-04-19", "2022-06-07", "Closed after initial enquiries", "", 0,
     "Mr F complained about the outcome of a carer's assessment. The Ombudsman closed the "
     "case after initial enquiries."),
    ("22 004 213", "2022-06-06", "2022-10-18", "Upheld", "Payment of £500 and a refund of fees",
     500, "Ms G complained that she was charged for care that was never delivered. The "
     "Ombudsman found fault, causing injustice."),
    ("22 006 350", "2022-07-25", "2022-09-01", "Premature", "", 0,
     "Mr H complained about delays in arranging respite care; the Council had not yet had "
     "the chance to respond."),
    ("22 008 912", "2022-09-14", "2023-01-24", "Not upheld", "", 0,
     "Mrs I complained about a safeguarding enquiry. The Ombudsman found no fault."),
    ("22 011 478", "2022-11-08", "2022-12-13", "Advice given", "", 0,
     "Mr J asked about a direct payment agreement; the Ombudsman gave advice."),
    ("22 014 026", "2023-01-17", "2023-06-27", "Upheld", "Staff training on discharge planning",
     0, "Ms K complained, on behalf of her father, that the hospital discharge was unsafe, "
     "with no care in place.\nThe Ombudsman found fault but no injustice to him, and "
     "recommended training."),
    ("22 016 533", "2023-03-06", "2023-04-18", "Closed after initial enquiries", "", 0,
     "Mr L complained about the price of a care home placement. Closed after initial "
     "enquiries."),
    ("23 000 871", "2023-04-11", "2023-05-23", "Premature", "", 0,
     "Mrs M complained about a delay to an occupational therapy assessment; referred back "
     "for local resolution."),
    ("23 003 302", "2023-06-01", "2023-10-10", "Upheld", "Payment for distress", 750,
     'Mr N said his wife was left "without care for a week" when her provider withdrew. The '
     "Ombudsman found fault in the Council's contingency plans."),
    ("23 005 667", "2023-07-24", "2023-09-05", "Closed after initial enquiries", "", 0,
     "Ms O complained about a care provider's staff. Closed after initial enquiries."),
    ("23 007 190", "2023-09-12", "2024-01-16", "Not upheld", "", 0,
     "Mr P complained about the outcome of a financial assessment. No fault found."),
    ("23 009 455", "2023-11-02", "2023-12-05", "Incomplete/invalid", "", 0,
     "The complainant did not provide the information the Ombudsman asked for."),
    ("23 011 208", "2024-01-09", "2024-02-20", "Premature", "", 0,
     "Mrs Q complained about the support plan for her daughter; referred back for local "
     "resolution."),
    # Received in 2023/24, decided after 31 March 2024 (issue 19, point 9).
    ("23 012 874", "2024-02-13", "2024-04-03", "Upheld", "Apology and payment for lost care",
     400, "Mr R complained that his care package was suspended without notice while he was in "
     "hospital. The Ombudsman found fault, causing injustice."),
    ("23 013 990", "2024-03-12", None, "", "", 0,
     "Ms S complained about the handling of a safeguarding concern. The Ombudsman's "
     "enquiries continue."),
]


def make_lgsco() -> list[LgscoCase]:
    return [LgscoCase(ref, dt.date.fromisoformat(rec), dt.date.fromisoformat(dec) if dec else None,
                      decision, remedy, amount, summary)
            for ref, rec, dec, decision, remedy, amount, summary in LGSCO]


@dataclass
class Records:
    complaints: list[Complaint]
    compliments: list[Compliment]
    lgsco: list[LgscoCase]


# ---------------------------------------------------------------------------------------------
# Writing files

CONTRACT_HEADERS = {
    "complaints": ["reference", "received", "responded", "route", "outcome", "method",
                   "service_area", "provider", "gender", "age_band", "ethnicity", "disability",
                   "extended"],
    "concerns": ["reference", "category", "subcategory"],
    "compliments": ["received", "service_area", "source", "text", "publish"],
    "lgsco": ["reference", "received", "decided", "decision", "remedy", "remedy_amount",
              "summary"],
}
CONTRACT_BANDS = [("Under 16", 0, 15), ("16-24", 16, 24), ("25-34", 25, 34), ("35-49", 35, 49),
                  ("50-64", 50, 64), ("65+", 65, 200)]
COUNCIL_BANDS = [("18-24", 18, 24), ("25-44", 25, 44), ("45-64", 45, 64), ("65-74", 65, 74),
                 ("75+", 75, 200)]


def band(age: int | None, bands) -> str:
    if age is None:
        return ""
    return next(name for name, lo, hi in bands if lo <= age <= hi)


def csv_text(rows: list[list], eol: str = "\n") -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerows(rows)
    return buf.getvalue()


def dmy(d: dt.date | dt.datetime | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def dmy_hm(d: dt.datetime | None) -> str:
    return d.strftime("%d/%m/%Y %H:%M") if d else ""


def iso(d: dt.date | dt.datetime | None) -> str:
    return (d.date() if isinstance(d, dt.datetime) else d).isoformat() if d else ""


def d_mon_y(d: dt.date | dt.datetime | None, sep: str = "-") -> str:
    return f"{d.day:02d}{sep}{d.strftime('%b')}{sep}{d.year}" if d else ""


def contract_files(complaints: list[tuple[str, Complaint]], categories_of, bands,
                   labels: dict, compliments: list[Compliment], lgsco: list[LgscoCase],
                   toml: str) -> dict[str, bytes]:
    """The contract copy: complaints as (reference, record). labels holds the shape's own
    spellings of the free-text values, which are the true ones: "ethnicity" and "category" (a
    key -> the export's word; a category the shape maps onto another word has the contract's
    word), and "extended" ("Yes"/"No" as the export writes it, or None: no such column)."""
    rows, concerns = [CONTRACT_HEADERS["complaints"]], [CONTRACT_HEADERS["concerns"]]
    categories = {k: word if squash(word) == squash(CATEGORY_CONTRACT[k]) else CATEGORY_CONTRACT[k]
                  for k, word in labels["category"].items()}
    yes, no = labels["extended"] or ("", "")
    for ref, c in complaints:
        rows.append([ref, iso(c.received), iso(c.responded), c.route, c.outcome, c.method,
                     c.area, c.provider, c.gender, band(c.age, bands),
                     labels["ethnicity"].get(c.ethnicity, ""), c.disability,
                     yes if c.extended else no])
        concerns += [[ref, categories[k], ""] for k in categories_of(c)]
    return {
        "complaints.csv": csv_text(rows).encode(),
        "concerns.csv": csv_text(concerns).encode(),
        "compliments.csv": csv_text([CONTRACT_HEADERS["compliments"]] + [
            [iso(m.received), m.area, m.source, m.text, "Yes" if m.publish else "No"]
            for m in compliments]).encode(),
        "lgsco.csv": csv_text([CONTRACT_HEADERS["lgsco"]] + [
            [k.reference, iso(k.received), iso(k.decided), k.decision, k.remedy,
             str(k.amount) if k.amount else "", k.summary] for k in lgsco]).encode(),
        "report.toml": toml.encode(),
    }


GENERATED = ("# Generated by scripts/make-export-fixtures.py; change the script, not this file.\n")


# --- caseworks ---------------------------------------------------------------------------------

CW_ETHNICITY = {"white_british": "White British", "white_irish": "White Irish",
                "white_other": "Any other White background", "indian": "Indian",
                "pakistani": "Pakistani", "caribbean": "Caribbean", "african": "African",
                "mixed_wbc": "White and Black Caribbean", "other": "Any other ethnic group"}
CW_METHOD = {"Email": "Email", "Contact centre/form": "Online Form", "Phone": "Telephone",
             "Letter": "Letter", "In person": "Face to Face", "Other": "Councillor Enquiry"}
CW_OUTCOME = {"Upheld": "Upheld", "Partly upheld": "Partially upheld",
              "Not upheld": "Not upheld", "Withdrawn": "Withdrawn"}
CW_CATEGORY = {"service": "Standard of Service", "communication": "Communication",
               "protection": "Safeguarding", "environment": "Environment/Property",
               "financial": "Finance/Charging"}
CW_SOURCE = {"Email": "Email", "Card": "Card", "Letter": "Letter", "Phone": "Telephone",
             "Form": "Online Form", "Other": "Other"}
CW_DECISION = {"Upheld": ["Upheld: maladministration and injustice"],
               "Not upheld": ["Not upheld: no maladministration"],
               "Closed after initial enquiries": [
                   "Closed after initial enquiries - no further action",
                   "Closed after initial enquiries - out of jurisdiction"],
               "Premature": ["Referred back for local resolution"],
               "Incomplete/invalid": ["Invalid/Incomplete"],
               "Advice given": ["Advice given"], "": [""]}
CW_HEADER = ["Ref", "Date Received", "Date Responded", "Status", "Team", "Provider", "Gender",
             "Age", "Ethnicity", "Disability", "How Received", "Issue"]
CW_TOML = GENERATED + """\
# The report.toml of the caseworks export, in the syntax of issue 19's design (docs/settings.md,
# "Reading any export"): what an officer writes, or `ascreport init` proposes, for this folder.
# Nothing else is needed: the header on line 4 is found below the title lines by itself, and
# the designer's "Total,..." and "Total records: ..." lines at the end are skipped by default.

[files.complaints]
name = "ASC Complaints 2021-2024.csv"

[files.compliments]
name = "Compliments export.csv"

[files.lgsco]
name = "LGSCO cases.csv"

[columns.complaints]
reference = "Ref"
received = "Date Received"
responded = "Date Responded"
route = "Status"                  # one Status cell feeds two columns: route and outcome
outcome = "Status"
method = "How Received"
service_area = "Team"
provider = "Provider"
gender = "Gender"
age = "Age"                       # whole years, banded into the contract's age bands
ethnicity = "Ethnicity"
disability = "Disability"

[concerns]
categories = "Issue"
one_row_per_issue = true          # a row per complaint and issue: a Ref's rows are one complaint

[columns.compliments]
received = "Date Received"
service_area = "Team"
source = "Received Via"
text = "Compliment"
publish = "Publish?"

[columns.lgsco]
reference = "LGSCO Ref"
received = "Date Received"
decided = "Decision Date"
decision = "Decision"
remedy = "Remedy"
remedy_amount = "Remedy Amount"
summary = "Summary"

[values.route]                    # Status is "Outcome (stage) (closed)" or "Open (stage)"
"*(ASC stage ?)*" = "Statutory"
"*(Corporate stage ?)*" = "Corporate"
"*(Informal resolution)*" = "Informal"

[values.outcome]
"Upheld (*" = "Upheld"
"Partially upheld (*" = "Partly upheld"
"Not upheld (*" = "Not upheld"
"Withdrawn (*" = "Withdrawn"
"Open (*" = ""                    # still open: no outcome yet

[values.method]
"Online Form" = "Contact centre/form"
"Telephone" = "Phone"
"Face to Face" = "In person"
"Councillor Enquiry" = "Other"

[values.gender]
"Not Known" = "N/A"

[values.ethnicity]
"Not Known" = "N/A"

[values.disability]
"Not Known" = "N/A"

[values.category]
"Safeguarding" = "Protection"
"Finance/Charging" = "Financial issues"

[values.source]
"Telephone" = "Phone"
"Online Form" = "Form"

[values.publish]
"Y" = "Yes"
"N" = "No"

[values.decision]
"Upheld:*" = "Upheld"
"Not upheld:*" = "Not upheld"
"Closed after initial enquiries*" = "Closed after initial enquiries"
"Referred back for local resolution" = "Premature"
"Invalid/Incomplete" = "Incomplete/invalid"
"""
CW_CONTRACT_TOML = GENERATED + """\
# The contract copy of caseworks: the contract's own shape, so nothing to map; its ages are in
# the contract's bands and its records cover three whole years.
"""


def cw_status(c: Complaint) -> str:
    stage = {"Statutory": f"ASC stage {c.stage}", "Corporate": f"Corporate stage {c.stage}",
             "Informal": "Informal resolution"}[c.route]
    return f"{CW_OUTCOME[c.outcome]} ({stage}) (closed)" if c.outcome else f"Open ({stage})"


def write_caseworks(rec: Records) -> dict[str, bytes]:
    rows = [CW_HEADER]
    complaints = []
    for c in rec.complaints:
        ref = f"C{104217 + 3 * c.index}"
        complaints.append((ref, c))
        k = c.index
        gender = c.gender or ("Not Known" if k % 3 == 0 else "")
        ethnicity = CW_ETHNICITY.get(c.ethnicity, "Not Known" if k % 2 == 0 else "")
        if c.ethnicity == "white_british" and k % 17 == 5:
            ethnicity = "white british"  # grouped with "White British": case aside
        elif c.ethnicity == "white_british" and k % 17 == 11:
            ethnicity = "White  British "
        disability = c.disability or ("Not Known" if k % 4 == 1 else "")
        common = [ref, dmy_hm(c.received), dmy_hm(c.responded), cw_status(c), c.area,
                  c.provider, gender, "" if c.age is None else str(c.age), ethnicity,
                  disability, CW_METHOD[c.method]]
        for issue in [CW_CATEGORY[x] for x in c.categories] or [""]:
            rows.append(common + [issue])
    data_rows = len(rows) - 1
    pad = [""] * (len(CW_HEADER) - 2)
    complaints_csv = ("\ufeffAdult Social Care - Complaints\n"
                      f"Report run {EXPORT_RUN.strftime('%d/%m/%Y %H:%M')} by jsmith\n\n"
                      + csv_text(rows)
                      + csv_text([["Total", str(len(complaints))] + pad])
                      + f"Total records: {data_rows}\n")
    compliments_csv = ("Compliments received - Adult Social Care\n" + csv_text(
        [["Date Received", "Team", "Received Via", "Compliment", "Publish?"]]
        + [[dmy(m.received), m.area, CW_SOURCE[m.source], m.text, "Y" if m.publish else "N"]
           for m in rec.compliments]))
    lgsco_rows = [["LGSCO Ref", "Date Received", "Decision Date", "Decision", "Remedy",
                   "Remedy Amount", "Summary"]]
    for i, k in enumerate(rec.lgsco):
        spellings = CW_DECISION[k.decision]
        decision = spellings[i % len(spellings)]
        if k.decision == "Upheld" and "no injustice" in k.summary:
            decision = "Upheld: maladministration, no injustice"
        lgsco_rows.append([k.reference, dmy(k.received), dmy(k.decided), decision, k.remedy,
                           f"£{k.amount:,}.00" if k.amount else "", k.summary])
    files = {"ASC Complaints 2021-2024.csv": complaints_csv.encode(),
             "Compliments export.csv": compliments_csv.encode(),
             "LGSCO cases.csv": csv_text(lgsco_rows).encode(),
             "report.toml": CW_TOML.encode()}
    contract = contract_files(complaints, lambda c: c.categories, CONTRACT_BANDS,
                              {"ethnicity": CW_ETHNICITY, "category": CW_CATEGORY,
                               "extended": None},
                              rec.compliments, rec.lgsco,
                              CW_CONTRACT_TOML)
    return files | {f"contract/{name}": data for name, data in contract.items()}


# --- partial-start -----------------------------------------------------------------------------

PS_ETHNICITY = {"white_british": "White - British", "white_irish": "White - Irish",
                "white_other": "White - Other", "indian": "Asian - Indian",
                "pakistani": "Asian - Pakistani", "caribbean": "Black - Caribbean",
                "african": "Black - African", "mixed_wbc": "Mixed - White & Black Caribbean",
                "other": "Other Ethnic Group"}
PS_METHOD = {"Email": "E-mail", "Contact centre/form": "Web Form", "Phone": "Phone",
             "Letter": "Post", "In person": "In Person", "Other": "Other"}
PS_OUTCOME = {"Upheld": "Upheld", "Partly upheld": "Partially Upheld",
              "Not upheld": "Not Upheld", "Withdrawn": "Withdrawn", "": ""}
PS_STAGE = {("Statutory", 1): "Stage 1", ("Statutory", 2): "Stage 2",
            ("Corporate", 1): "Corporate", ("Corporate", 2): "Corporate",
            ("Informal", 1): "Informal"}
PS_CATEGORY = {"service": "Quality of Service", "communication": "Communication",
               "protection": "Protection", "environment": "Property",
               "financial": "Charging"}
PS_DISABILITY = {"Yes": "Y", "No": "N", "Prefer not to say": "Declined", "": ""}
PS_SOURCE = {"Email": "E-mail", "Card": "Card", "Letter": "Letter", "Phone": "Phone",
             "Form": "Web Form", "Other": "Other"}
PS_HEADER = ["Case No", "Received Date", "Closed Date", "Stage", "Outcome", "Service Area",
             "Provider", "Contact Method", "Gender", "Age", "Ethnic Origin", "Disability",
             "Extension Agreed", "Primary Issue", "Secondary Issue", "Notes"]
PS_TIMESCALE_2021 = 61
PS_BANDS = "age_bands = [\"18-24\", \"25-44\", \"45-64\", \"65-74\", \"75+\"]"
PS_TOML = GENERATED + f"""\
# The report.toml of the partial-start export, in the syntax of issue 19's design
# (docs/settings.md, "Reading any export"). Every CSV here is Windows-1252 with CRLF line ends.

[input]
encoding = "windows-1252"
{PS_BANDS}   # the council's own bands, in print order
records_start = "2022-01-10"      # the system went live on 10 January 2022: 2021/22 is partial

[figures]
timescale_percent = {{ "2021/22" = {PS_TIMESCALE_2021} }}   # the old system's, for the partial year

[files.complaints]
name = "Complaints Extract.csv"
skip_rows = [
  {{ column = "Case No", is = "Subtotal*" }},   # the designer's subtotal after each service area
  {{ column = "Case No", is = "TEST-*" }},      # the supplier's test record
]
# The "Grand total" line at the end is skipped by default.

[files.compliments]
name = "Compliments Extract.csv"

[columns.complaints]
reference = "Case No"
received = "Received Date"
responded = "Closed Date"
route = "Stage"
outcome = "Outcome"
method = "Contact Method"
service_area = "Service Area"
provider = "Provider"
gender = "Gender"
age = "Age"                       # whole years, banded into age_bands above
ethnicity = "Ethnic Origin"
disability = "Disability"
extended = "Extension Agreed"

[concerns]
categories = ["Primary Issue", "Secondary Issue"]

[columns.compliments]
received = "Date"
service_area = "Team"
source = "Method"
text = "Comments"
publish = "Can Publish"

[values.route]
"Stage 1" = "Statutory"
"Stage 2" = "Statutory"

[values.outcome]
"Partially Upheld" = "Partly upheld"

[values.method]
"E-mail" = "Email"
"Web Form" = "Contact centre/form"
"Post" = "Letter"

[values.gender]
"Unknown" = "N/A"

[values.ethnicity]
"Not Stated" = "N/A"

[values.disability]
"Y" = "Yes"
"N" = "No"
"Declined" = "Prefer not to say"

[values.category]
"Quality of Service" = "Standard of service"
"Property" = "Environment/property"
"Charging" = "Financial issues"

[values.source]
"E-mail" = "Email"
"Web Form" = "Form"
"""
PS_CONTRACT_TOML = GENERATED + f"""\
# The contract copy of partial-start: the council's own age bands, the day its records start
# and the timescale figure for that partial year, as in the export's report.toml.

[input]
{PS_BANDS}
records_start = "2022-01-10"

[figures]
timescale_percent = {{ "2021/22" = {PS_TIMESCALE_2021} }}
"""


def write_partial_start(rec: Records) -> dict[str, bytes]:
    eol = "\r\n"
    kept = [c for c in rec.complaints if c.received.date() >= PARTIAL_START]
    complaints = [(f"ASC/{c.received.strftime('%y')}/{1000 + c.index}", c) for c in kept]
    rows = [PS_HEADER]
    pad = [""] * (len(PS_HEADER) - 1)
    by_area = {a: [(r, c) for r, c in complaints if c.area == a] for a in AREAS}
    data_rows, test = 0, None
    for area, group in by_area.items():
        for ref, c in group:
            k = c.index
            issues = [PS_CATEGORY[x] for x in c.categories[:2]] + ["", ""]
            rows.append([ref, d_mon_y(c.received), d_mon_y(c.responded),
                         PS_STAGE[c.route, c.stage], PS_OUTCOME[c.outcome], c.area,
                         c.provider, PS_METHOD[c.method],
                         c.gender or ("Unknown" if k % 2 else ""),
                         "" if c.age is None else str(c.age),
                         PS_ETHNICITY.get(c.ethnicity, "Not Stated" if k % 3 else ""),
                         PS_DISABILITY[c.disability], "Yes" if c.extended else "No",
                         issues[0], issues[1], c.note.replace("\n", eol)])
            data_rows += 1
            if area == "Mental Health" and c.received.date() >= dt.date(2023, 6, 1) and not test:
                test = ["TEST-0001", "01-Jun-2023", "02-Jun-2023", "Stage 1", "Not Upheld",
                        "Mental Health", "", "E-mail", "Female", "40", "White - British", "N",
                        "No", "Communication", "",
                        "Test record - please ignore (supplier go-live check)"]
                rows.append(test)  # valid in every column: only a rule can tell it apart
                data_rows += 1
        rows.append([f"Subtotal: {area}"] + pad)
    rows.append(["Grand total", str(data_rows)] + pad[1:])
    compliments = [m for m in rec.compliments if m.received >= PARTIAL_START]
    compliments_csv = csv_text(
        [["Date", "Team", "Method", "Comments", "Can Publish"]]
        + [[d_mon_y(m.received), m.area, PS_SOURCE[m.source], m.text.replace("\n", eol),
            "Yes" if m.publish else "No"] for m in compliments], eol)
    lgsco_csv = csv_text([CONTRACT_HEADERS["lgsco"]] + [
        [k.reference, dmy(k.received), dmy(k.decided), k.decision, k.remedy,
         f"£{k.amount}" if k.amount else "", k.summary.replace("\n", eol)]
        for k in rec.lgsco], eol)

    def cp1252(text: str) -> bytes:
        return text.encode("cp1252")

    files = {"Complaints Extract.csv": cp1252(csv_text(rows, eol)),
             "Compliments Extract.csv": cp1252(compliments_csv),
             "lgsco.csv": cp1252(lgsco_csv),
             "report.toml": PS_TOML.encode()}
    contract = contract_files(complaints, lambda c: c.categories[:2], COUNCIL_BANDS,
                              {"ethnicity": PS_ETHNICITY, "category": PS_CATEGORY,
                               "extended": ("Yes", "No")}, compliments,
                              rec.lgsco, PS_CONTRACT_TOML)
    return files | {f"contract/{name}": data for name, data in contract.items()}


# --- held-out ----------------------------------------------------------------------------------

HO_ETHNICITY = {
    "white_british": "White: English, Welsh, Scottish, Northern Irish or British",
    "white_irish": "White: Irish", "white_other": "White: Any other White background",
    "indian": "Asian or Asian British: Indian", "pakistani": "Asian or Asian British: Pakistani",
    "caribbean": "Black, Black British, Caribbean or African: Caribbean",
    "african": "Black, Black British, Caribbean or African: African",
    "mixed_wbc": "Mixed or Multiple ethnic groups: White and Black Caribbean",
    "other": "Other ethnic group: Any other ethnic group"}
HO_METHOD = {"Email": "EMAIL", "Contact centre/form": "WEB FORM", "Phone": "PHONE",
             "Letter": "LETTER", "In person": "IN PERSON", "Other": "MP/COUNCILLOR"}
HO_OUTCOME = {"Upheld": "Upheld", "Partly upheld": "Partially Upheld",
              "Not upheld": "Not Upheld", "Withdrawn": "Withdrawn"}
HO_CATEGORY = {"service": "Standard of service", "communication": "Communication",
               "protection": "Protection", "environment": "Environment / Property",
               "financial": "Financial"}
HO_GENDER = {"Male": "M", "Female": "F", "Other": "X", "": "U"}
HO_DISABILITY = {"Yes": "Y", "No": "N", "Prefer not to say": "Prefers not to say", "": ""}
HO_SOURCE = {"Email": "Email", "Card": "Card", "Letter": "Letter", "Phone": "Phone call",
             "Form": "Online form", "Other": "Other"}
HO_DECISION = {"Upheld": "Upheld - maladministration and injustice",
               "Not upheld": "Not upheld - no maladministration",
               "Closed after initial enquiries": "Closed after initial enquiries",
               "Premature": "Premature - referred back", "Incomplete/invalid": "Invalid",
               "Advice given": "Advice given", "": ""}
HO_HEADER = ["Complaint ID", "Directorate", "Service", "Date Logged", "Date Acknowledged",
             "Date Closed", "Status", "Contact Channel", "Provider Name", "Sex",
             "Date of Birth", "Ethnic Group", "Disabled?", "Extension", "Issue 1", "Issue 2",
             "Issue 3", "Working Days", "Summary"]
CHILDRENS = ["Children's Disability Team", "Fostering", "Children in Care",
             "Early Help"]
HO_CONTRACT_TOML = GENERATED + """\
# The contract copy of held-out: the true figures of its export, which has no report.toml (the
# officer writes one, with `ascreport init`). Contract age bands, three whole years.
"""
# What an officer should end with for held-out, in issue 19's syntax. Not written into the
# folder (held-out is tried as a new user would); --check reads the export with it.
HO_ANSWER_TOML = """\
[files.complaints]
name = "Complaints 2021-24 (all directorates).csv"
keep_rows = [ { column = "Directorate", is = "Adult Social Care" } ]
[files.compliments]
name = "Compliments 2021-24 (all directorates).csv"
keep_rows = [ { column = "Directorate", is = "Adult Social Care" } ]
[files.lgsco]
name = "Ombudsman Log.csv"
[columns.complaints]
reference = "Complaint ID"
received = "Date Logged"
responded = "Date Closed"
route = "Status"
outcome = "Status"
method = "Contact Channel"
service_area = "Service"
provider = "Provider Name"
gender = "Sex"
date_of_birth = "Date of Birth"
ethnicity = "Ethnic Group"
disability = "Disabled?"
extended = "Extension"
[concerns]
categories = ["Issue 1", "Issue 2", "Issue 3"]
[columns.compliments]
received = "Logged"
service_area = "Service"
source = "Channel"
text = "Comments"
publish = "OK to publish"
[columns.lgsco]
reference = "LGSCO Ref"
received = "Date Received"
decided = "Date Decided"
decision = "Decision"
remedy = "Remedy"
remedy_amount = "Remedy (£)"
summary = "Summary"
[values.route]
"* - Stage ?" = "Statutory"
"* - Corporate" = "Corporate"
"* - Informal" = "Informal"
[values.outcome]
"Closed - Upheld - *" = "Upheld"
"Closed - Partially Upheld - *" = "Partly upheld"
"Closed - Not Upheld - *" = "Not upheld"
"Closed - Withdrawn - *" = "Withdrawn"
"Withdrawn - *" = "Withdrawn"
"Open - *" = ""
[values.method]
"Web Form" = "Contact centre/form"
"MP/Councillor" = "Other"
[values.gender]
"M" = "Male"
"F" = "Female"
"X" = "Other"
"U" = "N/A"
[values.ethnicity]
"Not recorded" = "N/A"
[values.disability]
"Y" = "Yes"
"N" = "No"
"Prefers not to say" = "Prefer not to say"
[values.category]
"Environment / Property" = "Environment/property"
"Financial" = "Financial issues"
[values.source]
"Phone call" = "Phone"
"Online form" = "Form"
[values.publish]
"Y" = "Yes"
"N" = "No"
[values.decision]
"Upheld - *" = "Upheld"
"Not upheld - *" = "Not upheld"
"Premature - *" = "Premature"
"Invalid" = "Incomplete/invalid"
"""


def ho_status(c: Complaint) -> str:
    stage = {"Statutory": f"Stage {c.stage}", "Corporate": "Corporate",
             "Informal": "Informal"}[c.route]
    if not c.outcome:
        return f"Open - {stage}"
    if c.responded is None:  # withdrawn before any response
        return f"Withdrawn - {stage}"
    return f"Closed - {HO_OUTCOME[c.outcome]} - {stage}"


def weekdays_between(a: dt.date, b: dt.date) -> int:
    return sum((a + dt.timedelta(days=i)).weekday() < 5 for i in range(1, (b - a).days + 1))


def d_mmm_yyyy(d: dt.date | dt.datetime | None) -> str:
    return f"{d.day} {d.strftime('%b')} {d.year}" if d else ""


def childrens_complaints() -> list[tuple[dt.datetime, list[str]]]:
    """Rows of the other directorate, in the same export: (logged, row without its ID)."""
    rng = Rng(20240407)
    out = []
    for fy in COMPLAINTS_PER_YEAR:
        for _ in range(7):
            year, month = fy_month(fy, rng.below(12))
            day = month_day(rng, year, month)
            logged = dt.datetime(year, month, day.day, rng.between(8, 17), rng.below(60))
            closed = logged + dt.timedelta(days=rng.between(5, 40))
            outcome = rng.choice(list(HO_OUTCOME.values()))
            dob = add_years(day, -rng.between(4, 17)) - dt.timedelta(days=rng.below(300))
            out.append((logged, ["Children's Services", rng.choice(CHILDRENS),
                                 logged.strftime("%Y-%m-%d %H:%M:%S"),
                                 iso(logged.date() + dt.timedelta(days=2)),
                                 closed.strftime("%Y-%m-%d %H:%M:%S"),
                                 f"Closed - {outcome} - Stage {rng.between(1, 2)}",
                                 rng.choice(list(HO_METHOD.values())), "", rng.choice(["M", "F"]),
                                 dmy(dob), rng.choice(list(HO_ETHNICITY.values())), "N", "",
                                 "Standard of service", "", "",
                                 str(weekdays_between(logged.date(), closed.date())), ""]))
    return out


def write_held_out(rec: Records) -> dict[str, bytes]:
    entries = [(c.received, c) for c in rec.complaints] + childrens_complaints()
    entries.sort(key=lambda e: e[0])
    rows, complaints, days_total = [HO_HEADER], [], 0
    for n, (logged, item) in enumerate(entries):
        ref = str(30412 + 2 * n)
        if not isinstance(item, Complaint):
            rows.append([ref] + item)
            days_total += int(item[-2])
            continue
        c = item
        complaints.append((ref, c))
        issues = [HO_CATEGORY[x] for x in c.categories] + ["", "", ""]
        days = "" if c.responded is None else str(weekdays_between(c.received.date(),
                                                                   c.responded.date()))
        days_total += int(days or 0)
        rows.append([ref, "Adult Social Care", c.area,
                     c.received.strftime("%Y-%m-%d %H:%M:%S"),
                     iso(c.received.date() + dt.timedelta(days=2)),
                     c.responded.strftime("%Y-%m-%d %H:%M:%S") if c.responded else "",
                     ho_status(c), HO_METHOD[c.method], c.provider, HO_GENDER[c.gender],
                     dmy(c.dob), HO_ETHNICITY.get(c.ethnicity, "Not recorded"),
                     HO_DISABILITY[c.disability], "Yes" if c.extended else "",
                     issues[0], issues[1], issues[2], days, c.note])
    # The designer's totals: a count under the ID and a sum under Working Days, nothing else.
    totals = [""] * len(HO_HEADER)
    totals[0], totals[HO_HEADER.index("Working Days")] = str(len(entries)), str(days_total)
    rows.append(totals)
    comp_rows = [["Logged", "Directorate", "Service", "Channel", "Comments", "OK to publish"]]
    rng = Rng(20240408)
    for m in rec.compliments:
        if rng.chance(0.08):
            comp_rows.append([d_mmm_yyyy(m.received), "Children's Services",
                              rng.choice(CHILDRENS), "Email",
                              "Thank you for supporting our family.", "N"])
        comp_rows.append([d_mmm_yyyy(m.received), "Adult Social Care", m.area,
                          HO_SOURCE[m.source], m.text, "Y" if m.publish else "N"])
    lgsco_rows = [["LGSCO Ref", "Date Received", "Date Decided", "Decision", "Remedy",
                   "Remedy (£)", "Summary"]]
    lgsco_rows += [[k.reference, d_mmm_yyyy(k.received), d_mmm_yyyy(k.decided),
                    HO_DECISION[k.decision], k.remedy,
                    f"{k.amount:,}.00" if k.amount else "", k.summary] for k in rec.lgsco]
    files = {"Complaints 2021-24 (all directorates).csv": csv_text(rows).encode(),
             "Compliments 2021-24 (all directorates).csv": csv_text(comp_rows).encode(),
             "Ombudsman Log.csv": csv_text(lgsco_rows).encode()}
    contract = contract_files(complaints, lambda c: c.categories, CONTRACT_BANDS,
                              {"ethnicity": HO_ETHNICITY, "category": HO_CATEGORY,
                               "extended": ("Yes", "")}, rec.compliments, rec.lgsco,
                              HO_CONTRACT_TOML)
    return files | {f"contract/{name}": data for name, data in contract.items()}


SHAPES = {"caseworks": write_caseworks, "partial-start": write_partial_start,
          "held-out": write_held_out}


# ---------------------------------------------------------------------------------------------
# --check, second half: each shape read as issue 19's design says (docs/settings.md, "Reading
# any export"; /work/prompts/design-19.md), from its report.toml alone, must give the records of
# its contract copy. An independent reading of the written bytes: it shares nothing with the
# writers above but `squash`, the contract's grouping of free text.


def load_sample_script():
    spec = importlib.util.spec_from_file_location(
        "make_sample_data", ROOT / "scripts" / "make-sample-data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The contract's vocabularies and its grouping of free text, as the sample data's checker
# states them (age bands apart: a shape may declare its own).
SAMPLE = load_sample_script()
VOCAB = {column: words for column, words in SAMPLE.VOCAB.items() if column != "age_band"}
squash = SAMPLE.group_key
EMPTY_LABELS = {"outcome": "open", "gender": "n/a", "age_band": "n/a", "ethnicity": "n/a",
                "disability": "n/a", "provider": "no provider"}
FREE_TEXT = {"service_area", "provider", "ethnicity", "category", "subcategory"}
DATES = {"received", "responded", "decided"}
REQUIRED = {"complaints": ["reference", "received", "route", "method", "service_area"],
            "concerns": ["reference", "category"], "compliments": ["received"],
            "lgsco": ["reference", "received"]}
SUMMARY = re.compile(r"(total|totals|grand total|sum|count|total records|number of records)"
                     r"\s*(:.*)?", re.I | re.S)
NUMBER = re.compile(r"[£]?-?[\d,]+(\.\d+)?")
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


class ShapeError(Exception):
    pass


def wildcard(pattern: str) -> re.Pattern:
    out, i = "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "~" and i + 1 < len(pattern) and pattern[i + 1] in "*?~":
            out, i = out + re.escape(pattern[i + 1]), i + 2
            continue
        out += ".*" if ch == "*" else "." if ch == "?" else re.escape(ch)
        i += 1
    return re.compile(out, re.S)


def is_pattern(key: str) -> bool:
    return bool(re.search(r"(?<!~)[*?]", key))


def parse_date(text: str) -> str:
    t = text.strip()
    if not t:
        return ""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})([ T]\d{2}:\d{2}(:\d{2})?)?", t):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})( \d{2}:\d{2}(:\d{2})?)?", t):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{4})", t):
        d, mo, y = int(m[1]), MONTHS[m[2][:3].lower()], int(m[3])
    else:
        raise ShapeError(f"not a date: {text!r}")
    return dt.date(y, mo, d).isoformat()


def parse_bands(names: list[str]) -> list[tuple[str, int, int]]:
    out = []
    for name in names:
        if m := re.fullmatch(r"(\d+)\s*(?:-|to)\s*(\d+)", name):
            out.append((name, int(m[1]), int(m[2])))
        elif m := re.fullmatch(r"(\d+)\s*(?:\+|and over)", name):
            out.append((name, int(m[1]), 200))
        elif m := re.fullmatch(r"under\s*(\d+)", name, re.I):
            out.append((name, 0, int(m[1]) - 1))
        else:
            raise ShapeError(f"age band {name!r} does not read as a range")
    return out


@dataclass
class Reading:
    """One file as the design reads it: its lines, what was skipped, and its records."""
    name: str
    lines: int = 0
    header_line: int = 0
    above_header: int = 0
    summary_lines: list[int] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    rows: list[tuple[int, dict]] = field(default_factory=list)  # (line, header -> cell)


def read_rows(folder: Path, settings: dict, kind: str) -> Reading | None:
    spec = settings.get("files", {}).get(kind, {})
    name = spec.get("name", f"{kind}.csv")
    path = folder / name
    if not path.exists():
        if kind == "complaints":
            raise ShapeError(f"{path}: missing")
        return None
    raw = path.read_bytes()
    encoding = settings.get("input", {}).get("encoding", "utf-8")
    text = raw.decode("cp1252" if encoding == "windows-1252" else "utf-8")
    text = text.removeprefix("\ufeff")
    reading = Reading(name, lines=text.count("\n") + (not text.endswith("\n")))
    # Each record with the physical line it starts on (a quoted line break spans lines).
    records, line, consumed = [], 1, 0
    stream = io.StringIO(text, newline="")
    for row in csv.reader(stream):
        records.append((line, row))
        now = stream.tell()
        line += text.count("\n", consumed, now)
        consumed = now
    columns = settings.get("columns", {}).get(kind, {})
    wanted = []
    for col in REQUIRED[kind]:
        v = columns.get(col, col)
        wanted.append(v if isinstance(v, str) else v[0])
    header_at = None
    for i, (ln, row) in enumerate(records[:50]):
        cells = {squash(c) for c in row}
        if "header_line" in spec and ln == spec["header_line"] or \
                "header_line" not in spec and all(squash(w) in cells for w in wanted):
            header_at = i
            break
    if header_at is None:
        raise ShapeError(f"{name}: no header row naming {wanted}")
    reading.header_line = records[header_at][0]
    reading.above_header = reading.header_line - 1
    header = [squash(h) for h in records[header_at][1]]
    named = [h for v in columns.values() for h in ([v] if isinstance(v, str) else v)]
    if kind == "complaints":
        c = settings.get("concerns", {}).get("categories", [])
        named += [c] if isinstance(c, str) else c
    named += [r["column"] for r in spec.get("skip_rows", []) + spec.get("keep_rows", [])]
    if missing := [h for h in named if squash(h) not in header]:
        raise ShapeError(f"{name}: report.toml names {missing}, not in the header")
    body = [(ln, row) for ln, row in records[header_at + 1:] if any(c.strip() for c in row)]
    while body:  # summary lines after the last record
        ln, row = body[-1]
        cells = [c.strip() for c in row if c.strip()]
        if SUMMARY.fullmatch(cells[0]) or all(NUMBER.fullmatch(c) for c in cells):
            reading.summary_lines.insert(0, ln)
            body.pop()
        else:
            break
    for ln, row in body:
        if len(row) != len(header):
            raise ShapeError(f"{name}:{ln}: {len(row)} fields, the header has {len(header)}")
        cells = dict(zip(header, row))

        def matches(rule):
            return wildcard(squash(rule["is"])).fullmatch(squash(cells[squash(rule["column"])]))
        skip = next((r for r in spec.get("skip_rows", []) if matches(r)), None)
        keep = spec.get("keep_rows")
        if skip:
            reading.skipped[f"skip_rows {skip['column']} is {skip['is']}"] += 1
        elif keep and not any(matches(r) for r in keep):
            reading.skipped["not in keep_rows"] += 1
        else:
            reading.rows.append((ln, cells))
    return reading


class Mapper:
    def __init__(self, settings: dict):
        self.values = settings.get("values", {})
        bands = settings.get("input", {}).get("age_bands")
        self.bands = parse_bands(bands) if bands else [
            (n, lo, hi) for n, lo, hi in CONTRACT_BANDS]
        self.band_names = [b[0] for b in self.bands]

    def value(self, column: str, cell: str) -> str:
        cell = " ".join(cell.split())
        table = self.values.get(column, {})
        key = squash(cell)
        whole = {squash(k): v for k, v in table.items() if not is_pattern(k)}
        if key in whole:
            cell = whole[key]
        else:
            hits = {(k, v) for k, v in table.items()
                    if is_pattern(k) and wildcard(squash(k)).fullmatch(key)}
            if len({v for _, v in hits}) > 1:
                raise ShapeError(f"{column}: {cell!r} matches {sorted(hits)}")
            if hits:
                cell = hits.pop()[1]
        if squash(cell) in ("n/a", EMPTY_LABELS.get(column, "n/a")):
            cell = ""
        vocab = VOCAB.get(column) or (self.band_names if column == "age_band" else None)
        if vocab and cell:
            found = [v for v in vocab if squash(v) == squash(cell)]
            if not found:
                raise ShapeError(f"{column}: {cell!r} is not one of {vocab}")
            cell = found[0]
        return cell

    def age_band(self, years: str) -> str:
        if not years.strip():
            return ""
        age = int(years)
        if not 0 <= age <= 120:
            raise ShapeError(f"age {years!r}")
        return next(n for n, lo, hi in self.bands if lo <= age <= hi)


def cell_of(cells: dict, spec) -> str:
    for h in [spec] if isinstance(spec, str) else spec:
        if cells.get(squash(h), "").strip():
            return cells[squash(h)]
    return ""


def age_at(dob: str, received: str) -> str:
    if not dob:
        return ""
    d, r = dt.date.fromisoformat(dob), dt.date.fromisoformat(received)
    return str(r.year - d.year - ((r.month, r.day) < (d.month, d.day)))


def read_folder(folder: Path, settings: dict) -> tuple[dict, dict[str, Reading]]:
    """The folder's records in contract terms: {kind: ...}, and how each file was read."""
    mapper, readings = Mapper(settings), {}
    out: dict = {"complaints": {}, "concerns": Counter(), "compliments": Counter(),
                 "lgsco": {}, "spellings": {}}
    spellings: dict[str, dict[str, Counter]] = {}

    def record(kind: str, cells: dict) -> dict:
        columns = settings.get("columns", {}).get(kind, {})
        rec = {}
        for col in CONTRACT_HEADERS[kind] + ["age", "date_of_birth"]:
            spec = columns.get(col, col if col in CONTRACT_HEADERS[kind] else None)
            if spec is None:
                continue
            raw = cell_of(cells, spec)
            if col in DATES or col == "date_of_birth":
                rec[col] = parse_date(raw)
            elif col == "age":
                rec["age_band"] = mapper.age_band(raw)
            elif col in ("remedy_amount",):
                rec[col] = round(float(raw.replace("£", "").replace(",", "")) * 100) if raw else 0
            elif col in ("text", "summary", "remedy", "reference"):
                rec[col] = raw.replace("\r\n", "\n") if col != "reference" else raw.strip()
            else:
                rec[col] = mapper.value(col, raw)
                if col in FREE_TEXT and rec[col]:
                    spellings.setdefault(col, {}).setdefault(squash(rec[col]), Counter())[
                        " ".join(rec[col].split())] += 1
        if "date_of_birth" in rec:
            rec["age_band"] = mapper.age_band(age_at(rec.pop("date_of_birth"), rec["received"]))
        return rec

    concerns_spec = settings.get("concerns", {})
    categories = concerns_spec.get("categories", [])
    categories = [categories] if isinstance(categories, str) else categories
    reading = read_rows(folder, settings, "complaints")
    readings["complaints"] = reading
    first_line: dict[str, tuple[int, dict]] = {}
    for ln, cells in reading.rows:
        rec = record("complaints", cells)
        ref = rec["reference"]
        fields = tuple(sorted((k, v) for k, v in rec.items()))
        if ref in first_line:
            if not concerns_spec.get("one_row_per_issue"):
                raise ShapeError(f"complaints:{ln}: reference {ref} used again")
            first, was = first_line[ref]
            if was != fields:
                raise ShapeError(f"complaints:{ln}: rows of {ref} disagree with line {first}")
        else:
            first_line[ref] = (ln, fields)
            out["complaints"][ref] = rec
        for col in categories:
            raw = cells[squash(col)]
            if raw.strip():
                category = mapper.value("category", raw)
                spellings.setdefault("category", {}).setdefault(squash(category), Counter())[
                    category] += 1
                out["concerns"][(ref, squash(category), "")] += 1
    if concerns := read_rows(folder, settings, "concerns"):
        readings["concerns"] = concerns
        for ln, cells in concerns.rows:
            rec = record("concerns", cells)
            if rec["reference"] not in out["complaints"]:
                raise ShapeError(f"concerns:{ln}: unknown reference {rec['reference']}")
            out["concerns"][(rec["reference"], squash(rec["category"]),
                              squash(rec["subcategory"]))] += 1
    for kind in ("compliments", "lgsco"):
        if reading := read_rows(folder, settings, kind):
            readings[kind] = reading
            for ln, cells in reading.rows:
                rec = record(kind, cells)
                if kind == "compliments":
                    rec["publish"] = "Yes" if squash(rec.get("publish", "")) == "yes" else ""
                    out[kind][tuple(sorted(rec.items()))] += 1
                else:
                    out[kind][rec["reference"]] = rec
    for ref, rec in out["complaints"].items():
        if bool(rec["outcome"]) != bool(rec["responded"]) and not (
                rec["outcome"] == "Withdrawn" and not rec["responded"]):
            raise ShapeError(f"complaint {ref}: outcome {rec['outcome']!r}, responded "
                             f"{rec['responded']!r}")
    # The spelling each free-text group shows in: the most frequent (the first on a tie).
    out["spellings"] = {col: {g: c.most_common(1)[0][0] for g, c in groups.items()}
                        for col, groups in spellings.items()}
    for kind in ("complaints", "lgsco"):
        for rec in out[kind].values():
            for col in FREE_TEXT & rec.keys():
                rec[col] = squash(rec[col])
    return out, readings


def financial_year(iso_date: str) -> str:
    d = dt.date.fromisoformat(iso_date)
    y = d.year if d.month >= 4 else d.year - 1
    return f"{y}/{(y + 1) % 100:02d}"


def self_check(folder: Path, shape: str) -> tuple[list[str], list[str]]:
    """(problems, facts): the shape read by the design against its contract copy."""
    contract_settings = tomllib.loads((folder / "contract" / "report.toml").read_text())
    toml = folder / "report.toml"
    settings = tomllib.loads(toml.read_text() if toml.exists() else HO_ANSWER_TOML)
    problems, facts = [], []
    try:
        got, readings = read_folder(folder, settings)
        want, _ = read_folder(folder / "contract", contract_settings)
    except ShapeError as e:
        return [f"{shape}: {e}"], facts
    for kind in ("complaints", "concerns", "compliments", "lgsco", "spellings"):
        if got[kind] != want[kind]:
            problems.append(f"{shape}: {kind} differ from the contract copy")
    complaints = want["complaints"].values()
    years = Counter(financial_year(c["received"]) for c in complaints)
    statutory = Counter(financial_year(c["received"]) for c in complaints
                        if c["route"] == "Statutory")
    facts.append("complaints by year (statutory): " + ", ".join(
        f"{y} {years[y]} ({statutory[y]})" for y in sorted(years))
        + f"; {len(want['complaints'])} in all")
    published = Counter(financial_year(dict(k)["received"]) for k, n in
                        want["compliments"].items() for _ in range(n) if dict(k)["publish"])
    facts.append(f"concerns: {sum(want['concerns'].values())}; compliments: "
                 f"{sum(want['compliments'].values())} (publishable: "
                 + ", ".join(f"{y} {published[y]}" for y in sorted(published))
                 + f"); Ombudsman cases: {len(want['lgsco'])}")
    for kind, r in readings.items():
        skipped = "".join(f"; {n} skipped by {why}" for why, n in r.skipped.items())
        facts.append(f"`{r.name}`: {r.lines} lines, header on line {r.header_line}"
                     f", {len(r.rows)} record rows"
                     + (f", summary lines {', '.join(map(str, r.summary_lines))}"
                        if r.summary_lines else "") + skipped)
    return problems, facts


# ---------------------------------------------------------------------------------------------
# The READMEs (written by the script, so that the counts in them stay true).

SNAPSHOT = ("`expected-figures-2023-24.json`: `ascreport figures --data contract --year 2023/24 "
            "--format json`,\na snapshot for comparison written by "
            "`scripts/make-export-fixtures.py --write-expected`\n"
            "(the built tool's output, not hand-written).\n")
SHAPE_READMES = {
    "caseworks": """\
# caseworks: a report designer's export, one row per complaint and issue

`ASC Complaints 2021-2024.csv`: title lines above the header, `Total,N,...` and `Total records: N`
below; a row per complaint and issue (`one_row_per_issue`); a packed `Status` (`Partially upheld
(ASC stage 1) (closed)`, `Open (ASC stage 1)`) feeding route and outcome (patterns); whole-year ages
(`age`); `DD/MM/YYYY HH:MM`; a byte-order mark; names with spaces. `Compliments export.csv`: a
title, 66 publishable quotes in 2023/24, one 8 times in spellings differing in case, spaces and end
punctuation. `LGSCO cases.csv`: Ombudsman wording; a 2023/24 case decided on 3 April 2024.
""" + SNAPSHOT,
    "partial-start": """\
# partial-start: a second system, live from 10 January 2022

`Complaints Extract.csv`: records from 10 January 2022 (`records_start`; 2021/22 partial, its
`[figures] timescale_percent` used); `Primary Issue`/`Secondary Issue`; whole-number ages in the
council's own bands (`[input] age_bands`; nobody is 18-24 in 2023/24); a `Subtotal: AREA` row after
each service area and a `TEST-0001` record (`skip_rows`); a `Grand total` line at the end; `Stage`
and `Outcome` columns mapped by whole cells; `10-Jan-2022` dates; every file Windows-1252 (`£`,
`é`, `’`) with CRLF, also inside quoted notes. No expected-figures file: its 2023/24 key facts give
2021/22's timescale from the records today, from `timescale_percent` once point 7 is built.
""",
    "held-out": """\
# held-out: a third shape, for trying `ascreport init` as a new officer would

No report.toml: run `ascreport init --data tests/fixtures/exports/held-out`. The complaints and
compliments exports hold Children's Services rows too (not in the true figures); dates of birth;
`Issue 1`..`Issue 3`; a packed status, `Closed - Upheld - Stage 2`, `Open - Stage 1`, `Withdrawn -
Stage 1`; a `Working Days` column of whole numbers that is not an age; a last row of numbers and
empty cells; ONS ethnicity wording with commas. The true figures (`contract/`) count `U` and `Not
recorded` as not known. `--check` reads it with `HO_ANSWER_TOML` in the script: read that after.
""" + SNAPSHOT,
}
TOP_README = """\
# Council-shaped exports (issue 19)

One council's Adult Social Care records, April 2021 to March 2024, written by
`scripts/make-export-fixtures.py` in three shapes that case systems export, each beside a
`contract/` copy holding exactly the records the shape means, in the shape of
docs/input-format.md (titles, totals, subtotals and the test record left out, one complaint per
reference with its concerns, ages banded). Each shape's `README.md` says what it exercises.

- `caseworks/`: title lines, totals, one row per complaint and issue, a packed status column,
  whole-number ages, file names with spaces; its `report.toml` maps it in issue 19's syntax.
- `partial-start/`: records from 10 January 2022, issue columns, the council's own age bands,
  subtotal rows and a test record, Windows-1252 and CRLF; mapped by its `report.toml`.
- `held-out/`: no `report.toml`, for trying `ascreport init` as a new user would.

How tests use them: `ascreport figures --data SHAPE --format json --year Y` must equal the same
command on `SHAPE/contract` for each year (2021/22, 2022/23, 2023/24), and `validate --data
SHAPE` must say valid with the notes the design names (lines above the header, summary lines,
rows skipped, partial years). `expected-figures-2023-24.json` (caseworks, held-out) is the
contract copy's own output, a snapshot for comparison (`--write-expected`), not hand-written.
Tests copy a shape to a temporary folder before changing anything; no CSV here is edited.

    python3 scripts/make-export-fixtures.py            # rewrite this folder
    python3 scripts/make-export-fixtures.py --check    # same bytes? each shape read as the
                                                       # design says equals its contract copy?
    python3 scripts/make-export-fixtures.py --write-expected --tool build/ascreport

## What the readers must find (from --check)
"""


def readme_facts(folder: Path) -> str:
    text = ""
    for shape in SHAPES:
        problems, facts = self_check(folder / shape, shape)
        if problems:
            raise SystemExit("\n".join(problems))
        text += f"\n{shape}:\n" + "".join(
            textwrap.fill(f, 100, initial_indent="- ", subsequent_indent="  ",
                          break_on_hyphens=False) + "\n" for f in facts)
    return text


# ---------------------------------------------------------------------------------------------

def generate(dest: Path) -> list[Path]:
    rec = Records(make_complaints(), make_compliments(), make_lgsco())
    written = []
    for shape, writer in SHAPES.items():
        for name, data in writer(rec).items():
            path = dest / shape / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            written.append(path)
        readme = dest / shape / "README.md"
        readme.write_text(SHAPE_READMES[shape], encoding="utf-8", newline="\n")
        written.append(readme)
    top = dest / "README.md"
    top.write_text(TOP_README + readme_facts(dest), encoding="utf-8", newline="\n")
    return written + [top]


def expected_name(shape: str) -> str:
    return f"{shape}/expected-figures-{EXPECTED_YEAR.replace('/', '-')}.json"


def run_tool(tool: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(tool), *args], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})


def tool_figures(tool: Path, folder: Path) -> tuple[list[str], dict[str, str]]:
    """Checks the contract copies with the built tool: valid, figures runs for each year, the
    same bytes twice. Returns (problems, {shape: 2023/24 figures JSON})."""
    problems, out = [], {}
    for shape in SHAPES:
        contract = folder / shape / "contract"
        v = run_tool(tool, "validate", "--data", str(contract))
        if v.returncode != 0 or f"{contract}: valid" not in v.stdout:
            problems.append(f"{shape}: validate --data contract: exit {v.returncode}\n{v.stderr}")
        for year in ("2021/22", "2022/23", "2023/24"):
            runs = [run_tool(tool, "figures", "--data", str(contract), "--format", "json",
                             "--year", year) for _ in range(2)]
            if runs[0].returncode != 0 or runs[0].stdout != runs[1].stdout:
                problems.append(f"{shape}: figures --year {year}: exit {runs[0].returncode}, "
                                f"stable {runs[0].stdout == runs[1].stdout}\n{runs[0].stderr}")
            if year == EXPECTED_YEAR and shape in EXPECTED_SHAPES:
                out[shape] = runs[0].stdout
    return problems, out


def check(tool: Path | None) -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        generate(fresh)
        want = {p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file()}
        have = {p.relative_to(OUT).as_posix() for p in OUT.rglob("*") if p.is_file()}
        expected = {expected_name(s) for s in EXPECTED_SHAPES}
        for name in sorted(want - have):
            problems.append(f"missing: {name}")
        for name in sorted(have - want - expected):
            problems.append(f"not written by the script: {name}")
        for name in sorted(expected - have):
            problems.append(f"missing: {name} (write it with --write-expected)")
        for name in sorted(want & have):
            if not filecmp.cmp(fresh / name, OUT / name, shallow=False):
                problems.append(f"differs from what the script writes: {name}")
    for shape in SHAPES:
        problems += self_check(OUT / shape, shape)[0]
    if tool:
        tool_problems, figures = tool_figures(tool, OUT)
        problems += tool_problems
        for shape, text in figures.items():
            path = OUT / expected_name(shape)
            if path.exists() and path.read_text(encoding="utf-8") != text:
                problems.append(f"{expected_name(shape)}: not what {tool} prints now")
    for p in problems:
        print(f"FAIL: {p}")
    if not problems:
        print(f"{OUT.relative_to(ROOT)}: the same bytes as the script writes; each shape read "
              "as issue 19's design says gives its contract copy's records"
              + ("; the contract copies are valid and their figures stable" if tool else ""))
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Write tests/fixtures/exports/ (issue 19's council-shaped exports), or "
                    "--check it.")
    parser.add_argument("--check", action="store_true",
                        help="regenerate into a temporary folder and compare byte for byte, "
                             "and read each shape as the design says; exit 1 on a difference")
    parser.add_argument("--write-expected", action="store_true",
                        help="write SHAPE/expected-figures-2023-24.json with the built tool")
    parser.add_argument("--tool", type=Path,
                        help="the built ascreport (for --write-expected; with --check, also "
                             "check the contract copies and the snapshots with it)")
    args = parser.parse_args()
    if args.check:
        return check(args.tool)
    if args.write_expected:
        tool = args.tool or ROOT / "build" / "ascreport"
        problems, figures = tool_figures(tool, OUT)
        for p in problems:
            print(f"FAIL: {p}")
        if problems:
            return 1
        for shape, text in figures.items():
            (OUT / expected_name(shape)).write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {OUT / expected_name(shape)}")
        return 0
    generate(OUT)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
