#!/usr/bin/env python3
# Writes the sample data folder `data-samples/`: record-level, fictitious exports whose tables
# reproduce the figures of the reference report (Coventry's Adult Social Care complaints annual
# report 2023-24), with the reference's contradictions resolved as data-samples/README.md says,
# and the same council's children's social care and corporate complaints with their stages
# (issue 20) and the Ombudsman cases about some of them, which change no figure of the adult
# report.
#
# Run from anywhere (Python 3.11 or later, standard library only):
#     python3 scripts/make-sample-data.py           # (re)write data-samples/*.csv and report.toml
#     python3 scripts/make-sample-data.py --check   # recompute every table from the written
#                                                   # files and assert each figure
#     python3 scripts/make-sample-data.py --check --tool build/ascreport
#                                                   # and compare every figure of `regimes`
#                                                   # and of `ombudsman` (every_service too)
#                                                   # with that build's figures JSON
#
# The output is deterministic: the same script always writes the same bytes (its own random
# number generator, no clock). data-samples/README.md is written by hand, not by this script.
# Users never need this script; it is a developer tool for the committed sample data.

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data-samples"
ONE_DAY = dt.timedelta(days=1)

# England and Wales bank holidays over the sample's dates (the tool ships the full list).
BANK_HOLIDAYS = frozenset(dt.date.fromisoformat(d) for d in """
    2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19
    2022-12-26 2022-12-27
    2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25
    2023-12-26
    2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
    2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
""".split())


def is_working_day(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


# ---------------------------------------------------------------------------------------------
# Deterministic random numbers: splitmix64, so the output never depends on the Python version.

class Rng:
    MASK = (1 << 64) - 1

    def __init__(self, seed: int):
        self.state = seed & self.MASK

    def next(self) -> int:
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def below(self, n: int) -> int:
        return self.next() % n

    def between(self, lo: int, hi: int) -> int:  # inclusive
        return lo + self.below(hi - lo + 1)

    def uniform(self) -> float:
        return self.next() / 2**64

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def shuffle(self, items: list) -> list:
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items


def expand(counts: dict[str, int]) -> list[str]:
    return [value for value, n in counts.items() for _ in range(n)]


# ---------------------------------------------------------------------------------------------
# What the sample must reproduce (from the reference report; see README for the resolutions).

AREAS = [
    "All Age Disability (Assessment & Case Management)",
    "Adult Commissioning",
    "Assessment & Case Management OP",
    "Adult Safeguarding",
    "ASC Enablement & Therapy Services",
    "Mental Health",
    "Community Discharge Team",
    "Finance",
    "Hospital Team",
    "Telecare Service",
    "Internal Provider Services",
    "Promoting Independence/intake",
]
AAD, AC, OP, SAFE, ENABLE, MH, CDT, FIN, HOSP, TELE, IPS, PI = AREAS

OLDER_AREAS = {AC, OP, CDT, HOSP, TELE}
AGE_PREFERENCE = {  # service area -> age bands its complainants are likely to have
    AAD: ["16-24", "25-34", "35-49", "50-64"],
    MH: ["25-34", "35-49", "50-64"],
    IPS: ["35-49", "50-64"],
    **{area: ["65+"] for area in OLDER_AREAS},
}

# Months are April..March.
YEARS = {
    2023: {
        "monthly": [5, 4, 1, 9, 5, 5, 4, 5, 2, 8, 6, 5],  # September 5, not 6: README
        "areas": {AAD: 13, AC: 3, OP: 14, SAFE: 1, ENABLE: 4, MH: 7, CDT: 1, FIN: 1,
                  HOSP: 3, TELE: 3, IPS: 2, PI: 7},
        "outcomes": {"Upheld": 6, "Partly upheld": 23, "Not upheld": 12, "Withdrawn": 18},
        "open": 0,
        # Narratives: Mental Health had 1 not upheld and 3 partly upheld (plus 3 withdrawn, so
        # the table's 7 stands); Adult Commissioning had two upheld in part, one resolved.
        "area_outcomes": {MH: {"Partly upheld": 3, "Not upheld": 1, "Withdrawn": 3},
                          AC: {"Upheld": 1, "Partly upheld": 1, "Withdrawn": 1}},
        "methods": {"Email": 41, "Contact centre/form": 18},
        "within": 27, "over": 32, "extended": 5,
        "no_record": 11,  # complainants with no case record: every equality field N/A
        "gender": {"Male": 28, "Female": 20, "": 11},
        "age": {"Under 16": 1, "16-24": 2, "25-34": 4, "35-49": 5, "50-64": 17, "65+": 18, "": 12},
        "ethnicity": {"White British": 33, "Indian": 4, "Any other Asian background": 2,
                      "Caribbean": 2, "Any other ethnic group": 2, "White and Black Caribbean": 1,
                      "White and Asian": 1, "Any other Black/African/Caribbean background": 1,
                      "": 13},
        "disability": {"Yes": 16, "No": 28, "Prefer not to say": 3, "": 12},
        "concerns": {"Standard of service": 87, "Communication": 43, "Protection": 2,
                     "Environment/property": 1, "Financial issues": 8},
        "providers": {AC: ["Brookside Home Support Ltd", "Larkfield Homecare",
                           "Willowmere Care Home"],
                      OP: ["Greenhaven Nursing Home", "Brookside Home Support Ltd",
                           "Oakridge Lodge Care Home"],
                      CDT: ["Greenhaven Nursing Home"]},
        # (received, working days to the response): day-20 and day-21 edges, weekend receipts,
        # Christmas, Easter, the Coronation holiday, answers in the next financial year.
        "pinned": [("2023-04-03", 20), ("2023-05-05", 21), ("2023-07-15", 20),
                   ("2023-08-18", 21), ("2023-12-15", 20), ("2023-12-22", 21),
                   ("2024-01-07", 20), ("2024-03-16", 21), ("2024-03-27", 8)],
        "informal": 8, "corporate": 6,
    },
    2022: {
        "monthly": [6, 5, 7, 4, 6, 5, 7, 6, 3, 7, 5, 5],
        "areas": {AAD: 14, AC: 8, OP: 20, SAFE: 3, ENABLE: 5, MH: 3, CDT: 2, FIN: 3,
                  HOSP: 2, TELE: 1, PI: 5},
        "outcomes": {"Upheld": 10, "Partly upheld": 20, "Not upheld": 15, "Withdrawn": 19},
        "open": 2,
        "area_outcomes": {},
        "methods": {"Email": 42, "Contact centre/form": 22, "Letter": 2},
        "within": 43, "over": 21, "extended": 3,
        "no_record": 9,
        "gender": {"Male": 30, "Female": 27, "": 9},
        "age": {"16-24": 3, "25-34": 5, "35-49": 8, "50-64": 16, "65+": 24, "": 10},
        "ethnicity": {"White British": 40, "Indian": 5, "Pakistani": 2,
                      "Any other Asian background": 1, "Caribbean": 2, "African": 2,
                      "White Irish": 1, "Any other White background": 2,
                      "White and Black Caribbean": 1, "": 10},
        "disability": {"Yes": 20, "No": 33, "Prefer not to say": 2, "": 11},
        "concerns": {"Standard of service": 60, "Communication": 48, "Protection": 2,
                     "Environment/property": 1, "Financial issues": 4},
        "providers": {AC: ["Larkfield Homecare", "Brookside Home Support Ltd",
                           "Willowmere Care Home", "Greenhaven Nursing Home",
                           "Larkfield Homecare", "Oakridge Lodge Care Home"],
                      OP: ["Willowmere Care Home", "Brookside Home Support Ltd"]},
        "pinned": [("2022-05-27", 20), ("2022-08-26", 20), ("2022-09-10", 21),
                   ("2022-11-13", 20), ("2022-12-20", 20), ("2023-03-24", 21)],
        "informal": 14, "corporate": 0,
    },
}

# Spellings the council's export uses; report.toml maps them onto the contract's.
OUTCOME_EXPORT = {"Partly upheld": "Partially upheld"}
METHOD_EXPORT = {"Contact centre/form": "Contact Center/Form"}
# A few values keyed in another spelling, as hand-keyed exports do (grouping ignores case and
# extra spaces): (year, column, value, its variant); the year's first such complaint gets it.
SPELLING_VARIANTS = [(2022, "Service_Area", MH, "Mental health"),
                     (2022, "Ethnicity", "White British", "White british"),
                     (2023, "Service_Area", PI, "Promoting Independence/Intake"),
                     (2023, "Provider", "Brookside Home Support Ltd",
                      "Brookside Home Support  Ltd")]

SUBCATEGORIES = {
    "Standard of service": ["Delay in receiving service", "Service level/care plan dispute",
                            "Lack of/access to/eligibility for service",
                            "Quality of care from provider", "Delay in assessment",
                            "Missed or late care calls"],
    "Communication": ["Quality of information", "Method of communication",
                      "Timeliness of information", "Accuracy of information",
                      "Staff attitude/behaviour"],
    "Protection": ["Safeguarding process", "Risk not managed"],
    "Environment/property": ["Damage to property", "Equipment/adaptations"],
    "Financial issues": ["Charging for services", "Financial assessment", "Direct payments",
                         "Invoice dispute"],
}


# ---------------------------------------------------------------------------------------------
# Complaints and concerns

def add_working_days(start: dt.date, n: int) -> dt.date:
    d = start
    while n > 0:
        d += ONE_DAY
        if is_working_day(d):
            n -= 1
    return d


def month_dates(year: int, month_index: int) -> list[dt.date]:
    """The working days of the year's month_index-th month (0 = April)."""
    y, m = (year, month_index + 4) if month_index < 9 else (year + 1, month_index - 8)
    d = dt.date(y, m, 1)
    days = []
    while d.month == m:
        if is_working_day(d):
            days.append(d)
        d += ONE_DAY
    return days


def received_dates(rng: Rng, year: int, spec: dict) -> list[tuple[dt.date, int | None]]:
    pinned = [(dt.date.fromisoformat(d), n) for d, n in spec["pinned"]]
    slots: list[tuple[dt.date, int | None]] = []
    for month_index, count in enumerate(spec["monthly"]):
        days = month_dates(year, month_index)
        mine = [p for p in pinned if days[0].month == p[0].month and days[0].year == p[0].year]
        slots += mine
        slots += [(rng.choice(days), None) for _ in range(count - len(mine))]
    return sorted(slots, key=lambda s: s[0])


def assign_outcomes(rng: Rng, complaints: list[dict], spec: dict) -> None:
    remaining = Counter(spec["outcomes"])
    free = [c for c in complaints
            if c["outcome"] != "Open" and c["service_area"] not in spec["area_outcomes"]]
    for area, counts in spec["area_outcomes"].items():
        members = [c for c in complaints if c["service_area"] == area]
        for c, outcome in zip(members, rng.shuffle(expand(counts))):
            c["outcome"] = outcome
            remaining[outcome] -= 1
    for c, outcome in zip(free, rng.shuffle(expand(remaining))):
        c["outcome"] = outcome


def assign_timescales(rng: Rng, complaints: list[dict], spec: dict) -> None:
    """Sets each complaint's working days to its response (None while open)."""
    over_left = spec["over"] - sum(1 for c in complaints if (c["days"] or 0) > 20)
    loose = [c for c in complaints if c["days"] is None and c["outcome"] != "Open"]

    def lateness(c: dict) -> float:  # complaints that need other agencies run late
        bias = {"Upheld": 1.0, "Partly upheld": 1.2, "Not upheld": 0.6, "Withdrawn": -1.2}
        return bias[c["outcome"]] + (1.5 if c["service_area"] == MH else 0) + 2 * rng.uniform()

    ranked = sorted(loose, key=lateness, reverse=True)
    for i, c in enumerate(ranked):
        c["days"] = rng.between(22, 58) if i < over_left else rng.between(4, 20)
    over = sorted((c for c in complaints if (c["days"] or 0) > 20), key=lambda c: -c["days"])
    for c in over[:spec["extended"]]:
        c["extended"] = "Yes"
    for c in complaints:
        if c["days"] is not None and not c["extended"]:
            c["extended"] = rng.choice(["No", "No", ""])


def assign_equality(rng: Rng, complaints: list[dict], spec: dict) -> None:
    no_record = set(id(c) for c in rng.shuffle(list(complaints))[:spec["no_record"]])
    known = [c for c in complaints if id(c) not in no_record]
    for field in ("gender", "ethnicity", "disability"):
        values = Counter(spec[field])
        values[""] -= spec["no_record"]
        for c, v in zip(known, rng.shuffle(expand(values))):
            c[field] = v
    # Age bands follow the service: older people's teams, disability teams, and so on.
    ages = Counter(spec["age"])
    ages[""] -= spec["no_record"]
    if ages["Under 16"]:  # a parent's complaint about home adaptations for their child
        child = next(c for c in known if c["service_area"] == ENABLE)
        child["age_band"] = "Under 16"
        ages["Under 16"] -= 1
    order = sorted((c for c in known if "age_band" not in c),
                   key=lambda c: (c["service_area"] not in AGE_PREFERENCE, rng.uniform()))
    for c in order:
        liked = [a for a in AGE_PREFERENCE.get(c["service_area"], []) if ages[a] > 0]
        pool = expand({a: ages[a] for a in liked}) or expand(+ages)
        c["age_band"] = rng.choice(pool)
        ages[c["age_band"]] -= 1
    for c in complaints:
        c.setdefault("age_band", "")
        for field in ("gender", "ethnicity", "disability"):
            c.setdefault(field, "")


def statutory_complaints(rng: Rng, year: int, spec: dict) -> list[dict]:
    slots = received_dates(rng, year, spec)
    areas = rng.shuffle(expand(spec["areas"]))
    methods = rng.shuffle(expand(spec["methods"]))
    complaints = [{"received": d, "days": n, "route": "Statutory", "service_area": area,
                   "method": method, "outcome": None, "extended": "", "provider": ""}
                  for (d, n), area, method in zip(slots, areas, methods)]
    # The open complaints are the latest unpinned ones: still with the service at year end.
    latest: dict[dt.date, dict] = {}
    for c in complaints:
        if c["days"] is None:
            latest[c["received"]] = c
    for d in sorted(latest)[::-1][:spec["open"]]:
        latest[d]["outcome"] = "Open"
    assign_outcomes(rng, complaints, spec)
    assign_timescales(rng, complaints, spec)
    assign_equality(rng, complaints, spec)
    for area, names in spec["providers"].items():
        for c, name in zip([c for c in complaints if c["service_area"] == area], names):
            c["provider"] = name
    return complaints


def other_complaints(rng: Rng, year: int, route: str, count: int) -> list[dict]:
    start = dt.date(year, 4, 1)
    days = [start + i * ONE_DAY for i in range(365)]
    days = [d for d in days if is_working_day(d)]
    out = []
    for _ in range(count):
        out.append({"received": rng.choice(days), "days": rng.between(2, 15), "route": route,
                    "service_area": rng.choice(AREAS),
                    "method": rng.choice(["Email", "Email", "Contact centre/form", "Phone"]),
                    "outcome": rng.choice(["Upheld", "Partly upheld", "Not upheld", "Withdrawn"]),
                    "extended": "", "provider": "", "gender": "", "age_band": "",
                    "ethnicity": "", "disability": ""})
    return out


def number_complaints(year: int, complaints: list[dict]) -> None:
    route_order = {"Statutory": 0, "Informal": 1, "Corporate": 2}
    complaints.sort(key=lambda c: (c["received"], route_order[c["route"]]))
    for i, c in enumerate(complaints, 1):
        c["reference"] = f"ASC-{year % 100:02d}-{i:04d}"


def concerns_for(rng: Rng, complaints: list[dict], counts: dict[str, int]) -> list[dict]:
    per = [1] * len(complaints)
    for _ in range(sum(counts.values()) - len(complaints)):
        i = rng.below(len(complaints))
        while per[i] >= 5:
            i = rng.below(len(complaints))
        per[i] += 1
    # A finance complaint raises a financial issue, a safeguarding one protection, while the
    # category lasts; the rest of the categories fall where they may.
    left = Counter(counts)
    groups = []
    for c in complaints:
        wanted = {FIN: "Financial issues", SAFE: "Protection"}.get(c["service_area"])
        groups.append([wanted] if wanted and left[wanted] > 0 else [])
        left[wanted] -= bool(groups[-1])
    categories = rng.shuffle(expand(+left))
    for group, n in zip(groups, per):
        while len(group) < n:
            group.append(categories.pop())
    rows = []
    for c, group in zip(complaints, groups):
        used: set[str] = set()
        for category in sorted(group, key=list(counts).index):
            choices = [s for s in SUBCATEGORIES[category] if s not in used]
            sub = rng.choice(choices or SUBCATEGORIES[category])
            used.add(sub)
            if rng.below(25) == 0:
                sub = ""  # not every concern was given a subcategory
            rows.append({"reference": c["reference"], "category": category, "subcategory": sub})
    return rows


def uk_date(d: dt.date, short: bool) -> str:
    return f"{d.day}/{d.month}/{d.year}" if short else d.strftime("%d/%m/%Y")


def write_complaints(rng: Rng) -> tuple[list[dict], list[dict]]:
    """Writes complaints.csv and concerns.csv; returns the adult complaints and the children's
    and corporate ones (regime_rows' records)."""
    all_complaints, concerns = [], []
    for year in sorted(YEARS):
        spec = YEARS[year]
        statutory = statutory_complaints(rng, year, spec)
        year_complaints = (statutory + other_complaints(rng, year, "Informal", spec["informal"])
                           + other_complaints(rng, year, "Corporate", spec["corporate"]))
        number_complaints(year, year_complaints)
        statutory.sort(key=lambda c: c["reference"])
        concerns += concerns_for(rng, statutory, spec["concerns"])
        all_complaints += year_complaints

    header = ["Reference", "Received", "Route", "Stage", "Method", "Service_Area", "Provider",
              "Responded", "Outcome", "Extended", "Gender", "Age_Band", "Ethnicity", "Disability"]
    rows, pending = [], list(SPELLING_VARIANTS)
    for c in all_complaints:
        short = rng.below(5) == 0  # some exports drop the leading zeros
        responded = None if c["days"] is None else add_working_days(c["received"], c["days"])
        outcome = "" if c["outcome"] == "Open" else c["outcome"]
        row = {"Reference": c["reference"], "Received": uk_date(c["received"], short),
               "Route": c["route"], "Stage": "Stage 1" if c["route"] != "Informal" else "",
               "Method": METHOD_EXPORT.get(c["method"], c["method"]),
               "Service_Area": c["service_area"], "Provider": c["provider"],
               "Responded": uk_date(responded, short) if responded else "",
               "Outcome": OUTCOME_EXPORT.get(outcome, outcome), "Extended": c["extended"],
               "Gender": c["gender"], "Age_Band": c["age_band"], "Ethnicity": c["ethnicity"],
               "Disability": c["disability"]}
        for variant in pending:
            year, column, value, spelling = variant
            if c["received"] >= dt.date(year, 4, 1) and row[column] == value:
                row[column] = spelling
                pending.remove(variant)
                break
        rows.append(row)
    # Children's and corporate complaints after the adult ones, as an export grouped by
    # procedure has them: the adult rows keep their lines, and their new columns are empty.
    more_rows, regime_complaints = regime_rows(Rng(20230401))
    rows += more_rows
    write_csv("complaints.csv", header + REGIME_COLUMNS, rows)
    write_csv("concerns.csv", ["reference", "category", "subcategory"], concerns)
    return all_complaints, regime_complaints


# ---------------------------------------------------------------------------------------------
# Compliments

COMPLIMENT_MONTHLY = {2023: [16, 10, 14, 2, 15, 8, 22, 22, 17, 11, 20, 16],
                      2022: [22, 20, 24, 18, 21, 19, 23, 25, 26, 17, 19, 19]}
COMPLIMENT_AREAS = {
    2023: {AC: 64, OP: 22, ENABLE: 18, TELE: 15, AAD: 14, IPS: 12, HOSP: 10, PI: 8, CDT: 5,
           MH: 3, SAFE: 1, FIN: 1},
    2022: {AC: 70, OP: 45, ENABLE: 35, AAD: 30, TELE: 25, HOSP: 15, IPS: 14, PI: 10, CDT: 5,
           MH: 3, SAFE: 1},
}
# Quotes cleared for the report: the reference's examples reworded; people are "(Name)".
PUBLISHED = [
    ("2023-04-12", AAD, "Email",
     "Excellent feedback, (Name) – thank you for all your continued hard work, support and "
     "commitment.\nKind regards\n(Name)"),
    ("2023-05-23", ENABLE, "Form",
     "(Name) came in to the assessment centre to try the stair lift. She had been worried and "
     "nervous about the visit, and you gave her so much reassurance. You were patient and kind, "
     "worked at her pace and never made her feel rushed."),
    ("2023-06-09", ENABLE, "Email",
     "Good afternoon (Name),\nI just want to thank you for your part in getting my wet room. "
     "The fitters finished today and it is going to change my life.\nWith huge thanks and "
     "gratitude"),
    ("2023-08-04", ENABLE, "Phone",
     "(Name) rang to say a big thank you for the quick service: her commode request was sorted "
     "the same afternoon."),
    ("2023-09-14", AAD, "Card",
     "Thank you both for all the help and support you have given (Name). It is the people who "
     "come into someone's life who make the difference, and you understood that (Name) is a "
     "complex young man while always respecting our family's values. We really appreciate it."),
    ("2023-10-18", OP, "Email",
     "Thank you, (Name). I appreciate how you took the time to explain everything to my "
     "parents; they were very impressed by your kindness and consideration.\nThank you again "
     "for your help and support."),
    ("2023-11-07", HOSP, "Email",
     "He put my mind at rest. (Name) has been very professional and approachable.\n\n"
     "Many thanks\n\n(Name)"),
    ("2023-12-05", TELE, "Letter",
     "The staff who came out last night to help my wife were caring and so helpful. We are glad "
     "we have the system in place – it is worth every £ we pay.\n\nThank you\n\n(Name)"),
    ("2024-01-22", ENABLE, "Email",
     "Hi, the bathroom job is finished and has been inspected; it just needs the seat fitting. "
     "Thanks for all the work and help. The workmen were all good, on time and helpful. (Name)"),
    ("2024-02-13", IPS, "Letter",
     "The work was first class. The fitter could not be faulted for his attention to detail and "
     "left everything clean and tidy. He deserves a “pat on the back” for his professionalism "
     "– I hope this is passed on to him."),
    ("2024-03-06", AC, "Card",
     "To everyone at the care home: thank you for the care you gave (Name) in her final months. "
     "You treated her like family, and us too."),
]
SHORT_TEXTS = {
    AC: ["The family of a resident thanked the home for the excellent care.",
         "Family thanked the care home staff for looking after Dad so well.",
         "Praise for the care home for the level of care given to (Name).",
         "Thanks to the home's team for making Mum feel so settled."],
    "": ["Thank you for all your help and support.", "Thanking (Name) for her kindness.",
         "Thanks to the team for sorting things out so quickly.",
         "Thanks to the worker for going the extra mile.",
         "Thanks for the support with the move home from hospital."],
}


def write_compliments(rng: Rng) -> None:
    rows = []
    for year in sorted(COMPLIMENT_MONTHLY):
        published = PUBLISHED if year == 2023 else []
        areas = Counter(COMPLIMENT_AREAS[year])
        for _, area, _, _ in published:
            areas[area] -= 1
        area_pool = rng.shuffle(expand(areas))
        year_rows = []
        for when, area, source, text in published:
            year_rows.append({"received": dt.date.fromisoformat(when), "service_area": area,
                              "source": source, "text": text, "publish": "Yes"})
        for month_index, count in enumerate(COMPLIMENT_MONTHLY[year]):
            y, m = (year, month_index + 4) if month_index < 9 else (year + 1, month_index - 8)
            already = sum(1 for r in year_rows
                          if (r["received"].year, r["received"].month) == (y, m))
            last = (dt.date(y + (m == 12), m % 12 + 1, 1) - ONE_DAY).day
            for _ in range(count - already):
                area = area_pool.pop()
                texts = SHORT_TEXTS.get(area, SHORT_TEXTS[""])
                text = "" if rng.below(3) == 0 else rng.choice(texts)
                year_rows.append({"received": dt.date(y, m, rng.between(1, last)),
                                  "service_area": area,
                                  "source": rng.choice(["Form", "Card", "Card", "Letter",
                                                        "Email", "Email", "Phone"]),
                                  "text": text, "publish": rng.choice(["No", "No", ""])})
        rows += sorted(year_rows, key=lambda r: r["received"])
    for r in rows:
        r["received"] = r["received"].isoformat()
    write_csv("compliments.csv", ["received", "service_area", "source", "text", "publish"], rows)


# ---------------------------------------------------------------------------------------------
# Ombudsman cases: the reference's case summaries reworded, fictitious letters for people.

LGSCO = [
    # Received 2021/22, decided 2022/23.
    ("21 014 702", "2021-11-08", "2022-05-17", "Upheld", "Apology and payment for distress",
     "150",
     "Mrs P complained that home care visits to her husband were often missed or cut short. "
     "The Ombudsman found fault in how the Council monitored the commissioned provider."),
    ("21 016 355", "2022-01-19", "2022-06-28", "Not upheld", "", "",
     "Mr K complained about the outcome of a care needs assessment. The Ombudsman found no "
     "fault in how the Council reached its decision."),
    ("21 018 930", "2022-03-02", "2022-04-21", "Closed after initial enquiries", "", "",
     "Ms L complained about a care home's notice to end her aunt's placement. The Ombudsman "
     "closed the case after initial enquiries."),
    # Received and decided 2022/23.
    ("22 003 114", "2022-05-10", "2022-07-05", "Premature", "", "",
     "Mr H complained about delays in arranging respite care. The Council had not yet had the "
     "chance to respond, so the complaint was referred back for local resolution."),
    ("22 005 871", "2022-06-21", "2022-10-11", "Upheld", "Apology; review of charging letters",
     "",
     "Ms G complained that she was not told her mother's care would be chargeable. The "
     "Ombudsman found fault in the information given; the Council apologised and reviewed its "
     "letters."),
    ("22 007 260", "2022-08-15", "2023-02-14", "Upheld",
     "Apology; backdated Direct Payments; procedure review", "£1,250.00",
     "The Council did not give Mrs X information about the care process, or explain how an "
     "assessment would work, when she asked for care for her mother, Mrs Y. As a result Mrs Y "
     "paid for private care without knowing she could have had help with the cost.\n\n"
     "The Council agreed to apologise, to pay Mrs Y's Direct Payments backdated from "
     "1 November 2021 to 27 May 2022, and to make sure people are given information about the "
     "care system when they first ask for help. The remedy was completed in 2023/24."),
    ("22 009 488", "2022-09-27", "2022-11-29", "Closed after initial enquiries", "", "",
     "Mr N complained about the way a safeguarding enquiry was recorded. The Ombudsman closed "
     "the case after initial enquiries."),
    ("22 011 035", "2022-11-03", "2023-01-24", "Advice given", "", "",
     "Ms E asked about challenging a decision on her son's support. The Ombudsman gave advice "
     "on the routes open to her."),
    ("22 013 642", "2023-01-09", "2023-03-21", "Upheld", "Apology and payment for distress",
     "£300.00",
     "Mr J complained that his mother's financial assessment took many months and left her "
     "with a large backdated bill. The Ombudsman found fault in the delay."),
    # Received 2022/23, decided 2023/24.
    ("22 015 907", "2023-02-16", "2023-05-25", "Closed after initial enquiries", "", "",
     "Mr X complained that a care provider commissioned by the Council had given Ms Y "
     "medication to make her compliant, and had falsified records to obtain the prescription. "
     "He believed this contributed to her death.\n\n"
     "The Ombudsman did not investigate: a GP had prescribed the medication, and it could not "
     "say that any fault by the care provider caused the injustice Mr X described."),
    ("22 017 221", "2023-03-13", "2023-06-20", "Closed after initial enquiries", "", "",
     "Ms C complained that the Council had failed to provide suitable accommodation, care and "
     "support for Mr D, whom she found living in very poor conditions. Mr D was taken to "
     "hospital and died a few days later, and Ms C held the Council responsible.\n\n"
     "The Ombudsman decided there was no good reason to investigate the complaint."),
    # Received 2023/24.
    ("23 001 876", "2023-05-11", "2023-09-12", "Upheld",
     "Apology; service and communication improvements", "",
     "Mr B said the Council had ignored the family's concerns about the care and support "
     "arranged for Mrs C, and asked for a public apology and substantial compensation.\n\n"
     "The Ombudsman decided not to investigate further. The Council had already looked into "
     "Mr B's complaint thoroughly, accepted that its service had fallen short, apologised and "
     "improved its service and communication, so no further action was needed."),
    ("23 003 412", "2023-06-26", "2024-01-16", "Upheld",
     "Apology and payment for loss of service and distress", "750",
     "Ms B complained that the Council did not arrange her care, did not make sure the care "
     "met her needs, and did not look into her complaints about poor care, including a carer "
     "taking a video call while she was undressed. She also said the Council had not "
     "completed a financial assessment and had wrongly invoiced her for more than £1,000.\n\n"
     "The Ombudsman found fault because the Council took too long to assess Ms B's care needs "
     "and to arrange care.\n\n"
     "The Council agreed to pay Ms B £750 for the loss of service and for the distress and "
     "frustration caused."),
    ("23 004 950", "2023-07-20", "2023-08-22", "Premature", "", "",
     "Ms T complained that her father's home care visits were often late. The Council had not "
     "yet had the chance to respond, so the Ombudsman referred the complaint back for local "
     "resolution."),
    ("23 005 733", "2023-08-30", "2023-10-24", "Closed after initial enquiries", "", "",
     "Mr X complained that the Council had unfairly stopped him from seeing his mother, Ms Y, "
     "which had caused him great upset. The Ombudsman did not investigate the Council's "
     "decision to restrict contact because it was unlikely to find fault with it."),
    ("23 007 118", "2023-10-04", "2023-11-14", "Premature", "", "",
     "Ms X complained of neglect over about 18 months and said the Council had described her "
     "condition wrongly. She wanted the Council to provide care and to treat her with "
     "dignity.\n\n"
     "The Ombudsman did not pursue the complaint because the Council had not yet had a fair "
     "chance to investigate and reply."),
    ("23 008 564", "2023-11-15", "2023-12-12", "Incomplete/invalid", "", "",
     "Mr W contacted the Ombudsman about a care home charge but did not send the information "
     "needed to take the complaint forward, so the case was closed as incomplete."),
    ("23 010 291", "2023-12-11", "2024-07-09", "Upheld", "Apology and payment for distress",
     "£250",
     "Ms X, acting as a representative, complained that the Council twice failed to carry out "
     "a care assessment for Ms Y, the second time when Ms Y asked for help because she was "
     "struggling to look after herself and her child during medical treatment. Ms X said the "
     "Council completed only a contact assessment, not a full needs assessment, and did not "
     "consider Ms Y's caring responsibilities.\n\n"
     "The Ombudsman upheld the complaint: the Council did not act when Ms X asked for help with "
     "childcare and other support. The Council agreed to apologise and to pay £250 for the "
     "avoidable distress caused."),
    ("23 011 047", "2024-01-17", "2024-02-27", "Premature", "", "",
     "Mr R complained about the time taken to review his care and support plan. The Ombudsman "
     "found the complaint premature and referred it back to the Council's complaints "
     "procedure."),
    ("23 012 380", "2024-02-08", "2024-06-11", "Not upheld", "", "",
     "Ms X complained that the Council did not deal properly with safeguarding concerns about "
     "her adult son. The Ombudsman found no fault in how the Council handled them."),
    ("23 013 615", "2024-03-19", "", "", "", "",
     "Ms B complained about the care Ms C received in the months before her death. The "
     "Ombudsman is still investigating."),
]

# ---------------------------------------------------------------------------------------------
# Children's social care and corporate complaints (issue 20): the two other procedures a
# council reports on, in the same export, one row per complaint with the stage 2 and stage 3
# columns a case system's export has. Each regime draws from its own random number generator,
# so the adult records above come out byte for byte as they did. The export was taken on
# EXPORT_DATE: nothing later is recorded (a stage with no response by then is open).
#
# The targets are per financial year of the stage's request (stage 1: received), as the
# figures count them; each stage is timed against the tool's default limits (docs/settings.md,
# [time_limits]): children's 10 (20 extended), 25 (65), review panel 30 working days from the
# request; corporate, under the Ombudsman's Code, 10 (20) and 20 (40) working days from the
# acknowledgement, acknowledged within 5. data-samples/README.md says what they aim at and why.

EXPORT_DATE = dt.date(2024, 6, 28)
ON_TIME, EXTENSION, LATE = "On time", "Within extension", "Late"
OPEN_IN_TIME, OPEN_OVERDUE, WITHDRAWN_EARLY = ("Open, within time", "Open, overdue",
                                               "Withdrawn before a response")
ACK_ON_TIME, ACK_LATE, ACK_NONE = "On time", "Late", "Not recorded"


def year_end(year: int) -> dt.date:
    return dt.date(year + 1, 3, 31)


def working_days_after(start: dt.date, end: dt.date) -> int:
    n, d = 0, start
    while d < end:
        d += ONE_DAY
        n += is_working_day(d)
    return n


def weighted_order(rng: Rng, items: list, weight) -> list:
    """Items in a random order that puts heavier ones first more often (Efraimidis-Spirakis)."""
    keyed = [(rng.uniform() ** (1.0 / weight(item)), i) for i, item in enumerate(items)]
    return [items[i] for _, i in sorted(keyed, reverse=True)]


# Children's complaints carry the equality columns the case system records about the child
# (corporate complaints none: a corporate case system does not record them). The mix per year
# ("equality") is the sample's own, shaped on published figures, roughly: boys a little over
# half of children in need (DfE, Characteristics of children in need, 2023: about 52% boys, 46%
# girls, the rest unborn or not known); about half of Coventry's school children from an ethnic
# group other than White British (the council's school census figure, 48.7% to 52%), with
# Indian, African, Any other White (Polish, Romanian) and Mixed the largest other groups
# (Census 2021; Mixed and White British a little more, Indian less, among children in need than
# in the population); about one child in six with a disability, more than the 13% or so of
# children in need, as a children with disabilities team is complained about often. Nearly
# every child is under 16; care leavers (18 to 25) and 16- and 17-year-olds in care are 16-24.
# A complaint about no one child (a family's, a group's) records none of them ("no_child"), and
# each column has a few more gaps of its own: an unborn child's gender, an ethnicity not yet
# obtained.
CHILD_EQUALITY_SEED = 20071123
OLDER_CHILD_AREAS = ["Children in Care", "Residential Homes", "Fostering",
                     "Children with Disabilities"]

CHILDREN_SPEC = {
    "regime": "Children's social care", "prefix": "CSC", "route": "Statutory", "seed": 19890116,
    # (limit, extended limit, fewest days a response takes) per stage; stage 3: the panel.
    "limits": {1: (10, 20, 3), 2: (25, 65, 12), 3: (30, 30, 14)},
    "ack_limit": 0,
    "escalation_gap": (1, 20),  # working days from a response to the request for the next stage
    "escalate_weight": {"Not upheld": 3.0, "Partly upheld": 2.0, "Upheld": 0.6},
    "areas": {"Children in Care": 20, "Child Protection": 14, "Referral & Assessment": 12,
              "Early Help": 8, "Fostering": 9, "Care Leavers": 10,
              "Children with Disabilities": 9, "Family Support": 10, "Adoption": 3,
              "Residential Homes": 5},
    "providers": {"Fostering": ["Brightpath Fostering Ltd", "Northfield Family Placements"],
                  "Residential Homes": ["Hollybank Children's Home", "Meadowview House"]},
    "methods": {"Email": 50, "Contact centre/form": 25, "Phone": 12, "Letter": 8, "In person": 5},
    "fault_reasons": ["Delay in assessment", "Poor communication with the family",
                      "Plan not reviewed on time", "Information not shared with the family",
                      "Inaccurate case records", "Visits not made as planned",
                      "Delay in financial support", "Change of social worker not explained"],
    "years": {
        2022: {
            "received": 184,
            "refused": {"Subject to court proceedings": 3,
                        "Made more than 12 months after the events": 2,
                        "Not a qualifying person under the regulations": 2,
                        "Already considered under the procedure": 1},
            1: {"outcome": {"Upheld": 26, "Partly upheld": 50, "Not upheld": 82, "Withdrawn": 18},
                "timing": {ON_TIME: 92, EXTENSION: 44, LATE: 31, WITHDRAWN_EARLY: 9}},
            2: {"outcome": {"Upheld": 3, "Partly upheld": 7, "Not upheld": 7, "Withdrawn": 1},
                "timing": {ON_TIME: 5, EXTENSION: 8, LATE: 4, WITHDRAWN_EARLY: 1}},
            3: {"outcome": {"Upheld": 1, "Partly upheld": 1, "Not upheld": 1},
                "timing": {ON_TIME: 2, LATE: 1}},
            "complainant": {"Parent": 107, "The person": 25, "Carer": 17, "Advocate": 14,
                            "MP or councillor": 7, "Other": 10, "": 4},
            "advocate": {"Yes": 29, "No": 147, "": 8},
            "dispute_resolution": {"Yes": 14, "No": 158, "": 12},
            "remedies": {"Apology": 66, "Financial redress": 4, "Change to procedure": 12,
                         "Staff training": 9, "Reassessment": 9, "Other": 3},
            "redress": ["100", "£200.00", "350", "£750"],
            "fault_reasons": 68,
            "equality": {
                "no_child": 6,
                "gender": {"Male": 94, "Female": 82, "": 8},
                "age_band": {"Under 16": 150, "16-24": 26, "": 8},
                "ethnicity": {"White British": 88, "Any other White background": 14,
                              "White and Black Caribbean": 8, "White and Black African": 4,
                              "White and Asian": 4,
                              "Any other Mixed/Multiple ethnic background": 4, "Indian": 8,
                              "Pakistani": 6, "Bangladeshi": 2, "Any other Asian background": 5,
                              "African": 14, "Caribbean": 3,
                              "Any other Black/African/Caribbean background": 2,
                              "Any other ethnic group": 4, "Roma": 2, "": 16},
                "disability": {"Yes": 30, "No": 138, "": 16},
            },
        },
        2023: {
            "received": 201,
            "refused": {"Subject to court proceedings": 3,
                        "Made more than 12 months after the events": 3,
                        "Not a qualifying person under the regulations": 2,
                        "Already considered under the procedure": 1},
            1: {"outcome": {"Upheld": 30, "Partly upheld": 57, "Not upheld": 83, "Withdrawn": 19,
                            "Open": 3},
                "timing": {ON_TIME: 104, EXTENSION: 47, LATE: 28, OPEN_IN_TIME: 2,
                           OPEN_OVERDUE: 1, WITHDRAWN_EARLY: 10}},
            2: {"outcome": {"Upheld": 4, "Partly upheld": 9, "Not upheld": 7, "Withdrawn": 1,
                            "Open": 2},
                "timing": {ON_TIME: 7, EXTENSION: 10, LATE: 3, OPEN_IN_TIME: 1, OPEN_OVERDUE: 1,
                           WITHDRAWN_EARLY: 1}},
            3: {"outcome": {"Upheld": 1, "Partly upheld": 2, "Not upheld": 2, "Open": 1},
                "timing": {ON_TIME: 3, LATE: 2, OPEN_OVERDUE: 1}},
            "complainant": {"Parent": 116, "The person": 28, "Carer": 19, "Advocate": 16,
                            "MP or councillor": 8, "Other": 10, "": 4},
            "advocate": {"Yes": 33, "No": 160, "": 8},
            "dispute_resolution": {"Yes": 17, "No": 172, "": 12},
            "remedies": {"Apology": 74, "Financial redress": 5, "Change to procedure": 14,
                         "Staff training": 10, "Reassessment": 11, "Other": 4},
            "redress": ["150", "£250.00", "300", "£500", "£1,200.00"],
            "fault_reasons": 79,
            "equality": {
                "no_child": 7,
                "gender": {"Male": 101, "Female": 91, "": 9},
                "age_band": {"Under 16": 161, "16-24": 30, "": 10},
                "ethnicity": {"White British": 95, "Any other White background": 16,
                              "White and Black Caribbean": 9, "White and Black African": 5,
                              "White and Asian": 4,
                              "Any other Mixed/Multiple ethnic background": 5, "Indian": 9,
                              "Pakistani": 6, "Bangladeshi": 2, "Any other Asian background": 6,
                              "African": 17, "Caribbean": 3,
                              "Any other Black/African/Caribbean background": 2,
                              "Any other ethnic group": 5, "Roma": 2, "": 15},
                "disability": {"Yes": 33, "No": 150, "": 18},
            },
        },
        # Stages requested after 31 March 2024, before the export was taken.
        2024: {2: 2, 3: 1},
    },
}

CORPORATE_SPEC = {
    "regime": "Corporate", "prefix": "COR", "route": "Corporate", "seed": 20240208,
    "limits": {1: (10, 20, 1), 2: (20, 40, 4)},
    "ack_limit": 5,
    "escalation_gap": (1, 25),
    "escalate_weight": {"Not upheld": 3.0, "Partly upheld": 1.5, "Upheld": 0.5},
    "areas": {"Waste & Recycling": 24, "Highways": 13, "Council Tax": 12, "Parking": 7,
              "Housing & Homelessness": 10, "Benefits": 6, "Planning & Building Control": 5,
              "Street Cleansing & Grounds": 6, "SEND Services": 5, "School Admissions": 3,
              "Environmental Health & Licensing": 3, "Customer Services": 4,
              "Libraries & Culture": 1, "Bereavement Services": 1},
    "providers": {},
    "methods": {"Contact centre/form": 45, "Email": 35, "Phone": 12, "Letter": 5,
                "Social media": 2, "In person": 1},
    "fault_reasons": {
        "Waste & Recycling": ["Missed bin collection", "Assisted collection not made",
                              "Bin not returned after collection"],
        "Highways": ["Pothole repair delayed", "Street light not repaired",
                     "Poor communication about roadworks"],
        "Council Tax": ["Incorrect council tax bill", "Discount not applied",
                        "Delay in a refund"],
        "Parking": ["Permit delayed", "Poor communication"],
        "Housing & Homelessness": ["Delay in a homelessness assessment", "Poor communication",
                                   "Temporary accommodation not suitable"],
        "Benefits": ["Delay in processing a claim", "Benefit calculated wrongly"],
        "Planning & Building Control": ["Delay in a decision", "Poor communication"],
        "Street Cleansing & Grounds": ["Fly-tipping not cleared", "Grass cutting missed"],
        "SEND Services": ["Delay in an EHC plan", "Poor communication"],
        "School Admissions": ["Admissions information unclear"],
        "Environmental Health & Licensing": ["Delay in responding to a noise complaint"],
        "Customer Services": ["Call not returned", "Staff attitude"],
        "Libraries & Culture": ["Poor communication"],
        "Bereavement Services": ["Memorial not maintained"],
    },
    "years": {
        2022: {
            "received": 1268,
            "refused": {"Made more than 12 months after the events": 11,
                        "Has its own right of appeal": 17,
                        "A request for service, not a complaint": 13,
                        "Subject to legal proceedings": 5,
                        "Already considered under the procedure": 6},
            1: {"outcome": {"Upheld": 358, "Partly upheld": 292, "Not upheld": 490,
                            "Withdrawn": 76},
                "timing": {ON_TIME: 831, EXTENSION: 170, LATE: 185, WITHDRAWN_EARLY: 30},
                "ack": {ACK_ON_TIME: 1070, ACK_LATE: 97, ACK_NONE: 49}},
            2: {"outcome": {"Upheld": 16, "Partly upheld": 29, "Not upheld": 58, "Withdrawn": 5},
                "timing": {ON_TIME: 60, EXTENSION: 26, LATE: 19, WITHDRAWN_EARLY: 3},
                "ack": {ACK_ON_TIME: 98, ACK_LATE: 7, ACK_NONE: 3}},
            "complainant": {"The person": 1138, "MP or councillor": 74, "Parent": 12,
                            "Carer": 5, "Other": 27, "": 12},
            "advocate": {"": 1268},
            "dispute_resolution": {"": 1268},
            "remedies": {"Apology": 515, "Financial redress": 52, "Change to procedure": 59,
                         "Staff training": 33, "Reassessment": 20, "Other": 150},
            "redress_total": "8640.00",
            "fault_reasons": 590,
        },
        2023: {
            "received": 1342,
            "refused": {"Made more than 12 months after the events": 12,
                        "Has its own right of appeal": 19,
                        "A request for service, not a complaint": 14,
                        "Subject to legal proceedings": 5,
                        "Already considered under the procedure": 7},
            1: {"outcome": {"Upheld": 372, "Partly upheld": 311, "Not upheld": 518,
                            "Withdrawn": 78, "Open": 6},
                "timing": {ON_TIME: 887, EXTENSION: 176, LATE: 187, OPEN_IN_TIME: 4,
                           OPEN_OVERDUE: 2, WITHDRAWN_EARLY: 29},
                "ack": {ACK_ON_TIME: 1135, ACK_LATE: 98, ACK_NONE: 52}},
            2: {"outcome": {"Upheld": 19, "Partly upheld": 35, "Not upheld": 68, "Withdrawn": 6,
                            "Open": 3},
                "timing": {ON_TIME: 72, EXTENSION: 31, LATE: 22, OPEN_IN_TIME: 2,
                           OPEN_OVERDUE: 1, WITHDRAWN_EARLY: 3},
                "ack": {ACK_ON_TIME: 118, ACK_LATE: 9, ACK_NONE: 4}},
            "complainant": {"The person": 1201, "MP or councillor": 81, "Parent": 14,
                            "Carer": 6, "Other": 28, "": 12},
            "advocate": {"": 1342},
            "dispute_resolution": {"": 1342},
            "remedies": {"Apology": 540, "Financial redress": 58, "Change to procedure": 64,
                         "Staff training": 37, "Reassessment": 22, "Other": 161},
            "redress_total": "9875.50",
            "fault_reasons": 622,
        },
        2024: {2: 12},
    },
}
# Seasonal spread of complaints received, April..March (corporate complaints peak with the
# summer's bin collections and the council tax bills of March).
MONTH_WEIGHTS = {"Children's social care": [9, 8, 9, 8, 6, 9, 10, 9, 6, 9, 8, 9],
                 "Corporate": [9, 9, 10, 11, 10, 8, 8, 8, 6, 8, 7, 9]}
OUTCOMES = ["Upheld", "Partly upheld", "Not upheld", "Withdrawn"]


class Stage:
    def __init__(self, number: int, requested: dt.date):
        self.number = number
        self.requested = requested
        self.acknowledged: dt.date | None = None
        self.ack = ""  # the acknowledgement's category where the regime has a limit
        self.extended = ""
        self.extended_to: dt.date | None = None
        self.responded: dt.date | None = None
        self.panel: dt.date | None = None
        self.outcome = ""
        self.timing = ""


class RegimeGenerator:
    def __init__(self, spec: dict):
        self.spec = spec
        self.rng = Rng(spec["seed"])
        self.complaints: list[dict] = []

    # -- when things happen --
    def received_dates(self, year: int, n: int) -> list[dt.date]:
        weights = MONTH_WEIGHTS[self.spec["regime"]]
        counts = [n * w // sum(weights) for w in weights]
        for i in range(n - sum(counts)):
            counts[i % 12] += 1
        dates = []
        for month_index, count in enumerate(counts):
            days = month_dates(year, month_index)
            y, m = days[0].year, days[0].month
            weekend = [d for d in (dt.date(y, m, k) for k in range(1, 29)) if d.weekday() >= 5]
            for _ in range(count):  # a web form does not wait for Monday
                dates.append(self.rng.choice(weekend) if self.rng.below(12) == 0
                             else self.rng.choice(days))
        return sorted(dates)

    def clock_start(self, s: Stage) -> dt.date:
        if self.spec["ack_limit"]:
            return s.acknowledged or add_working_days(s.requested, self.spec["ack_limit"])
        return s.requested

    def eligible(self, s: Stage, timing: str, year: int) -> bool:
        """Whether a stage requested on s.requested can be given this timing. Conservative
        about the acknowledgement, which is drawn after (up to 10 working days)."""
        limit, extended, _ = self.spec["limits"][s.number]
        delay = 10 if self.spec["ack_limit"] else 0
        end = year_end(year)
        if timing == OPEN_IN_TIME:
            return working_days_after(s.requested, end) <= limit
        if timing == OPEN_OVERDUE:
            return (working_days_after(add_working_days(s.requested, delay), end) > limit
                    and (end - s.requested).days <= 120)
        if timing in (LATE, EXTENSION):
            after = 20 if s.number == 3 else 0  # a panel, then the council's response
            return add_working_days(s.requested, delay + limit + 1 + after) <= EXPORT_DATE
        return True

    def allocate(self, stages: list[Stage], quota: dict[str, int], year: int,
                 weight=lambda s: 1.0) -> list[Stage]:
        """Gives each timing in quota its number of stages, the most constrained first;
        returns the stages chosen (stages not chosen are left out)."""
        order = [OPEN_IN_TIME, OPEN_OVERDUE, LATE, EXTENSION, WITHDRAWN_EARLY, ON_TIME]
        pool = weighted_order(self.rng, stages, weight)
        chosen = []
        for timing in order:
            for _ in range(quota.get(timing, 0)):
                s = next((s for s in pool if not s.timing and self.eligible(s, timing, year)), None)
                if s is None:
                    raise SystemExit(f"{self.spec['regime']} {year} stage "
                                     f"{stages[0].number if stages else '?'}: no stage can be "
                                     f"{timing}; change the quota or the seed")
                s.timing = timing
                chosen.append(s)
        return chosen

    def acknowledge(self, stages: list[Stage], quota: dict[str, int] | None) -> None:
        if quota is None:  # children's: acknowledged in a few days, not always recorded
            for s in stages:
                if self.rng.below(20):
                    s.acknowledged = add_working_days(s.requested, self.rng.between(0, 3))
            return
        kinds = self.rng.shuffle(expand(quota))
        assert len(kinds) == len(stages), (len(kinds), len(stages))
        for s, kind in zip(stages, kinds):
            s.ack = kind
            if kind == ACK_ON_TIME:
                s.acknowledged = add_working_days(s.requested, self.rng.choice([0, 1, 1, 1, 2, 2, 3, 4, 5]))
            elif kind == ACK_LATE:
                s.acknowledged = add_working_days(s.requested, self.rng.between(6, 10))

    def time(self, s: Stage) -> None:
        """Dates the stage's response (or panel) to match its timing."""
        limit, extended, fewest = self.spec["limits"][s.number]
        start = self.clock_start(s)
        panel = self.spec["regime"] == "Children's social care" and s.number == 3
        room = working_days_after(start, EXPORT_DATE) - (20 if panel else 0)  # the most days the export allows
        rng = self.rng
        if s.timing in (OPEN_IN_TIME, OPEN_OVERDUE, WITHDRAWN_EARLY):
            return
        if s.timing == ON_TIME:
            days = rng.between(fewest, limit)
            s.extended = rng.choice(["", "", "No"])
        elif s.timing == EXTENSION:
            days = rng.between(limit + 1, extended)
            s.extended = "Yes"
            if rng.below(2):
                s.extended_to = add_working_days(start, extended)
        else:  # late: past the limit with no extension, or past the extension
            kind = rng.below(3) if room > extended + 1 and extended > limit else 0
            if kind == 0:
                days = rng.between(limit + 1, limit + 20)
            else:
                days = rng.between(extended + 1, extended + 15)
                s.extended = "Yes"
                if kind == 2:
                    s.extended_to = add_working_days(start, extended)
        days = min(days, room)
        assert days >= 1, (self.spec["regime"], s.number, s.requested, s.timing)
        end = add_working_days(start, days)
        if panel:
            s.panel = end
            s.responded = add_working_days(end, rng.between(8, 20))
        else:
            s.responded = end

    def outcomes(self, stages: list[Stage], quota: dict[str, int]) -> None:
        left = Counter(quota)
        for s in stages:
            if s.timing in (OPEN_IN_TIME, OPEN_OVERDUE):
                s.outcome = ""
                left["Open"] -= 1
            elif s.timing == WITHDRAWN_EARLY:
                s.outcome = "Withdrawn"
                left["Withdrawn"] -= 1
        assert all(v >= 0 for v in left.values()), (self.spec["regime"], quota, left)
        rest = [s for s in stages if s.timing not in (OPEN_IN_TIME, OPEN_OVERDUE, WITHDRAWN_EARLY)]
        # Longer stages find fault more often: the late ones get the upheld outcomes first.
        rest.sort(key=lambda s: (s.timing != LATE, self.rng.uniform()))
        pool = self.rng.shuffle(expand({k: v for k, v in left.items() if k != "Open"}))
        pool.sort(key=lambda o: (o not in ("Upheld", "Partly upheld"), self.rng.uniform() < 0.7))
        assert len(pool) == len(rest), (self.spec["regime"], len(pool), len(rest))
        for s, outcome in zip(rest, pool):
            s.outcome = outcome

    # -- the records --
    def generate(self) -> list[dict]:
        spec, rng = self.spec, self.rng
        years = [y for y in spec["years"] if "received" in spec["years"][y]]
        for year in years:
            ys = spec["years"][year]
            areas = list(spec["areas"])
            for received in self.received_dates(year, ys["received"]):
                area = areas[self.pick(spec["areas"])]
                self.complaints.append({
                    "year": year, "received": received, "service_area": area,
                    "method": list(spec["methods"])[self.pick(spec["methods"])],
                    "provider": "", "refused": "", "refused_reason": "", "stages": [],
                    "remedy": [], "remedy_amount": "", "fault_reason": ""})
            mine = [c for c in self.complaints if c["year"] == year]
            for c, reason in zip(rng.shuffle(list(mine)), expand(ys["refused"])):
                c["refused"], c["refused_reason"] = "Yes", reason
            for c in mine:
                if not c["refused"] and rng.below(4) == 0:
                    c["refused"] = "No"  # some case workers fill the box in
            accepted = [c for c in mine if c["refused"] != "Yes"]
            first = [Stage(1, c["received"]) for c in accepted]
            for c, s in zip(accepted, first):
                c["stages"].append(s)
            chosen = self.allocate(first, ys[1]["timing"], year)
            assert len(chosen) == len(first)
            self.acknowledge(first, ys[1].get("ack"))
            for s in first:
                self.time(s)
            self.outcomes(first, ys[1]["outcome"])
        for number in range(2, max(spec["limits"]) + 1):
            self.escalate(number)
        for year in years:
            self.describe(year)
        return self.complaints

    def pick(self, weights: dict[str, int]) -> int:
        r = self.rng.below(sum(weights.values()))
        for i, w in enumerate(weights.values()):
            if r < w:
                return i
            r -= w
        raise AssertionError

    def escalate(self, number: int) -> None:
        """Stage `number` for the complaints whose previous stage was answered and who asked."""
        spec, rng = self.spec, self.rng
        lo, hi = spec["escalation_gap"]
        candidates: dict[int, list[tuple[dict, Stage]]] = {}
        for c in self.complaints:
            if len(c["stages"]) != number - 1:
                continue
            prev = c["stages"][-1]
            if prev.responded is None or prev.outcome not in ("Upheld", "Partly upheld", "Not upheld"):
                continue
            requested = add_working_days(prev.responded, rng.between(lo, hi))
            if requested > EXPORT_DATE:
                continue
            fy = requested.year if requested.month >= 4 else requested.year - 1
            candidates.setdefault(fy, []).append((c, Stage(number, requested)))
        for fy in sorted(spec["years"]):
            ys = spec["years"][fy]
            pairs = candidates.get(fy, [])
            by_stage = {id(s): c for c, s in pairs}
            weight = lambda s: spec["escalate_weight"][by_stage[id(s)]["stages"][-1].outcome]
            if number in ys and isinstance(ys[number], dict):
                chosen = self.allocate([s for _, s in pairs], ys[number]["timing"], fy, weight)
                self.acknowledge(chosen, ys[number].get("ack"))
                for s in chosen:
                    self.time(s)
                self.outcomes(chosen, ys[number]["outcome"])
            else:  # after the years reported on: answered if in time for the export
                chosen = weighted_order(rng, [s for _, s in pairs], weight)[:ys.get(number, 0)]
                if len(chosen) < ys.get(number, 0):
                    raise SystemExit(f"{spec['regime']} {fy}: too few stage {number} candidates")
                self.acknowledge(chosen, None if not spec["ack_limit"] else
                                 {ACK_ON_TIME: len(chosen)})
                for s in chosen:
                    fewest = spec["limits"][number][2] + (20 if number == 3 else 0)
                    if add_working_days(self.clock_start(s), fewest) <= EXPORT_DATE:
                        s.timing = ON_TIME
                        self.time(s)
                    s.outcome = rng.choice(OUTCOMES[:3]) if s.responded else ""
            for s in chosen:
                by_stage[id(s)]["stages"].append(s)

    def describe(self, year: int) -> None:
        """Who complained, advocacy, dispute resolution, remedies, fault found."""
        spec, rng = self.spec, self.rng
        ys = spec["years"][year]
        mine = [c for c in self.complaints if c["year"] == year]
        for c, who in zip(rng.shuffle(list(mine)), rng.shuffle(expand(ys["complainant"]))):
            c["complainant"] = who
        advocates = Counter(ys["advocate"])
        for c in mine:
            if c["complainant"] == "Advocate":
                c["advocate"] = "Yes"
                advocates["Yes"] -= 1
        rest = [c for c in mine if c["complainant"] != "Advocate"]
        for c, v in zip(rng.shuffle(rest), rng.shuffle(expand(+advocates))):
            c["advocate"] = v
        for c, v in zip(rng.shuffle(list(mine)), rng.shuffle(expand(ys["dispute_resolution"]))):
            c["dispute_resolution"] = v
        found = [c for c in mine if any(s.outcome in ("Upheld", "Partly upheld") for s in c["stages"])]
        for kind, n in ys["remedies"].items():
            order = rng.shuffle(list(found))
            if kind == "Apology":  # every upheld complaint is apologised for, then some others
                order.sort(key=lambda c: not any(s.outcome == "Upheld" for s in c["stages"]))
            assert n <= len(found), (spec["regime"], year, kind, n, len(found))
            for c in order[:n]:
                c["remedy"].append(kind)
        paid = [c for c in found if "Financial redress" in c["remedy"]]
        for c, amount in zip(paid, self.amounts(ys, len(paid))):
            c["remedy_amount"] = amount
        reasons = spec["fault_reasons"]
        for c in rng.shuffle(list(found))[:ys["fault_reasons"]]:
            choices = reasons.get(c["service_area"], ["Poor communication"]) \
                if isinstance(reasons, dict) else reasons
            c["fault_reason"] = rng.choice(choices)
        for area, names in spec["providers"].items():
            for c in mine:
                if c["service_area"] == area and rng.below(3) == 0:
                    c["provider"] = rng.choice(names)

    def amounts(self, ys: dict, n: int) -> list[str]:
        if "redress" in ys:
            assert len(ys["redress"]) == n
            return ys["redress"]
        total = round(float(ys["redress_total"]) * 100)
        # Goodwill payments, refunds and the odd larger sum; the last makes up the year's total.
        menu = [2500, 5000, 7500, 10000, 10000, 15000, 15000, 20000, 25000, 30000, 35000,
                50000, 8745, 12460]
        while True:
            pence = [self.rng.choice(menu) for _ in range(n - 1)]
            pence.append(total - sum(pence))
            if 1000 <= pence[-1] <= 60000:
                break
        return [f"£{p // 100:,}.{p % 100:02d}" if self.rng.below(2) else
                (f"{p // 100}" if p % 100 == 0 else f"{p // 100}.{p % 100:02d}") for p in pence]


def child_equality(rng: Rng, complaints: list[dict], spec: dict) -> None:
    """Gender, age band, ethnicity and disability of the child each complaint is about, from the
    year's counts: care leavers are 16-24 and the other 16-24s older children in care; the
    children with disabilities team's children are disabled, where it is recorded."""
    for year, ys in spec["years"].items():
        if "equality" not in ys:
            continue
        eq = ys["equality"]
        mine = [c for c in complaints if c["year"] == year]
        for c in mine:
            c.update(gender="", age_band="", ethnicity="", disability="")
        known = rng.shuffle(list(mine))[eq["no_child"]:]
        for field in ("gender", "age_band", "ethnicity", "disability"):
            values = Counter(eq[field])
            assert sum(values.values()) == len(mine), (year, field, len(mine))
            gaps = values.pop("") - eq["no_child"]
            assert gaps >= 0, (year, field, "fewer gaps than complaints about no one child")
            recorded = rng.shuffle(list(known))[gaps:]
            if field == "age_band":
                assert set(values) == {"Under 16", "16-24"}, (year, values)
                first = [c for c in recorded if c["service_area"] == "Care Leavers"]
                pool = [c for c in recorded if c["service_area"] in OLDER_CHILD_AREAS]
                special, others = "16-24", "Under 16"
            elif field == "disability":
                assert set(values) == {"Yes", "No"}, (year, values)
                first = [c for c in recorded if c["service_area"] == "Children with Disabilities"]
                pool = [c for c in recorded if c["service_area"] != "Children with Disabilities"]
                special, others = "Yes", "No"
            else:
                for c, v in zip(recorded, rng.shuffle(expand(values))):
                    c[field] = v
                continue
            extra = values[special] - len(first)
            assert 0 <= extra <= len(pool), (year, field, "the counts do not fit the areas")
            chosen = {id(c) for c in first + rng.shuffle(pool)[:extra]}
            for c in recorded:
                c[field] = special if id(c) in chosen else others


def regime_rows(short_dates: Rng) -> tuple[list[dict], list[dict]]:
    """The rows of children's and corporate complaints, in the export's columns, and the
    complaints they were written from (with "reference" and "regime" added)."""
    rows, records = [], []
    for spec in (CHILDREN_SPEC, CORPORATE_SPEC):
        complaints = RegimeGenerator(spec).generate()
        complaints.sort(key=lambda c: c["received"])
        # Its own random numbers, so the rest of the rows keep their bytes.
        child_equality(Rng(CHILD_EQUALITY_SEED), complaints, spec)
        numbers: Counter = Counter()
        for c in complaints:
            numbers[c["year"]] += 1
            short = short_dates.below(5) == 0
            day = lambda d: uk_date(d, short) if d else ""
            c["reference"] = f"{spec['prefix']}-{c['year'] % 100:02d}-{numbers[c['year']]:04d}"
            c["regime"] = spec["regime"]
            records.append(c)
            row = {"Reference": c["reference"],
                   "Received": day(c["received"]), "Route": spec["route"],
                   "Method": METHOD_EXPORT.get(c["method"], c["method"]),
                   "Service_Area": c["service_area"], "Provider": c["provider"],
                   "Regime": spec["regime"], "Stage": f"Stage {max(1, len(c['stages']))}",
                   "Complainant": c["complainant"], "Advocate": c["advocate"],
                   "Dispute_Resolution": c["dispute_resolution"],
                   "Remedy": "; ".join(c["remedy"]), "Remedy_Amount": c["remedy_amount"],
                   "Fault_Reason": c["fault_reason"], "Refused": c["refused"],
                   "Refused_Reason": c["refused_reason"],
                   "Gender": c.get("gender", ""), "Age_Band": c.get("age_band", ""),
                   "Ethnicity": c.get("ethnicity", ""), "Disability": c.get("disability", "")}
            if c["refused"] == "Yes":  # a letter saying why, the same week
                responded = add_working_days(c["received"], short_dates.between(1, 5))
                row.update({"Responded": day(responded), "Outcome": "Not upheld"})
            for s in c["stages"]:
                prefix = "" if s.number == 1 else f"Stage{s.number}_"
                outcome = OUTCOME_EXPORT.get(s.outcome, s.outcome)
                row.update({prefix + ("Received" if s.number == 1 else "Requested"): day(s.requested),
                            prefix + "Acknowledged": day(s.acknowledged),
                            prefix + "Extended": s.extended,
                            prefix + "Extended_To": day(s.extended_to),
                            prefix + "Responded": day(s.responded), prefix + "Outcome": outcome})
                if s.panel:
                    row["Stage3_Panel"] = day(s.panel)
            rows.append(row)
    return rows, records


REGIME_COLUMNS = ["Regime", "Acknowledged", "Extended_To", "Stage2_Requested",
                  "Stage2_Acknowledged", "Stage2_Extended", "Stage2_Extended_To",
                  "Stage2_Responded", "Stage2_Outcome", "Stage3_Requested", "Stage3_Acknowledged",
                  "Stage3_Extended", "Stage3_Extended_To", "Stage3_Panel", "Stage3_Responded",
                  "Stage3_Outcome", "Complainant", "Advocate", "Dispute_Resolution", "Remedy",
                  "Remedy_Amount", "Fault_Reason", "Refused", "Refused_Reason"]


# The Ombudsman cases about adult complaints in complaints.csv, by the service areas their
# summaries are about: each names the latest such complaint the council answered (with a
# finding) in the 12 months before the case reached it. Premature cases (the council had not
# answered yet), incomplete ones and those about complaints from before the export's first
# year name none.
LGSCO_COMPLAINT_AREAS = {
    "22 005 871": [FIN, OP], "22 007 260": [AAD, OP, FIN], "22 009 488": [SAFE],
    "22 011 035": [AAD], "22 013 642": [FIN, OP], "22 015 907": [AC, OP],
    "22 017 221": [MH, OP, AAD], "23 001 876": [OP, AC], "23 003 412": [OP, AAD],
    "23 005 733": [SAFE, MH, OP], "23 010 291": [AAD, PI], "23 012 380": [SAFE, AAD],
    "23 013 615": [OP, AC],
}


def lgsco_complaints(complaints: list[dict]) -> dict[str, str]:
    linked: dict[str, str] = {}
    used: set[str] = set()
    for case, received, *_ in LGSCO:
        areas = LGSCO_COMPLAINT_AREAS.get(case)
        if not areas:
            continue
        when = dt.date.fromisoformat(received)
        found = [c for c in complaints if c["route"] == "Statutory" and c["reference"] not in used
                 and c["outcome"] in ("Upheld", "Partly upheld", "Not upheld")
                 and c["days"] is not None
                 and when - dt.timedelta(days=365) <= add_working_days(c["received"], c["days"]) < when]
        for area in areas + [None]:  # else the latest complaint of any area
            mine = [c for c in found if area is None or c["service_area"] == area]
            if mine:
                pick = max(mine, key=lambda c: (add_working_days(c["received"], c["days"]), c["reference"]))
                linked[case] = pick["reference"]
                used.add(pick["reference"])
                break
        else:
            raise SystemExit(f"no complaint for Ombudsman case {case}")
    return linked


# The Ombudsman cases about children's and corporate complaints, after the adult ones (an export
# grouped by procedure, like complaints.csv: the adult rows keep their lines), each procedure's
# in order of receipt. Each names the complaint it is about: one of the regime's complaints whose
# last stage ("stage") was answered with a finding, in the service area its summary is about
# (of several "areas", the first that has such a complaint), from which a complainant could have
# gone to the Ombudsman in the window given ("received", between 2 weeks and 6 months after that
# answer, well inside the Ombudsman's 12 months).
# Corporate cases mostly follow stage 2; a premature one follows stage 1 alone (the complainant
# did not ask for the council's stage 2 review). Children's cases follow stage 2 or the review
# panel. "decided" is the working days from receipt to the decision, None for a case still open
# when the export was taken. The mix is shaped on the Ombudsman's published figures: it
# investigates about one complaint in four it receives and upholds about 80% of those (2023/24:
# 4,003 investigated of 17,937, 80% upheld, as Buckinghamshire's 2023/24 annual report quotes
# it), the rest referred back as premature, closed after initial enquiries (another remedy, such
# as a tribunal or the courts, or nothing more to achieve) or incomplete. A council's own
# record holds the cases the Ombudsman took up with it, so more of them were investigated: here
# about half of the decided ones, most of those upheld. data-samples/README.md says more.
REGIME_LGSCO_SEED = 20240516
REGIME_LGSCO = [
    # Children's social care: received 2022/23 1, 2023/24 3, 2024/25 1 (open).
    {"regime": "Children's social care", "areas": ["Children in Care"], "stage": 2,
     "received": ("2023-01-16", "2023-03-24"), "decided": (100, 140), "decision": "Not upheld",
     "summary":
         "Mr and Ms Q complained about how the Council arranged their contact with their son, "
         "who is in foster care: they said the visits were too short and too often cancelled. "
         "The Ombudsman found no fault. The Council had reviewed contact at each of his reviews "
         "and explained its reasons, and it had rearranged every cancelled visit."},
    {"regime": "Children's social care", "areas": ["Care Leavers"], "stage": 3,
     "outcomes": ["Upheld", "Partly upheld"],
     "received": ("2023-09-15", "2023-11-30"), "decided": (60, 100), "decision": "Upheld",
     "remedy": "Apology and payment for distress; review of pathway plans", "amount": "500",
     "summary":
         "Mr J, a care leaver, complained that the Council did not give him the help with "
         "housing that his pathway plan promised when he turned 18, so that he spent several "
         "weeks staying with friends. The review panel agreed with him, but he said the "
         "Council had not put things right.\n\n"
         "The Ombudsman found fault. The Council agreed to apologise, to pay Mr J £500 for the "
         "distress and uncertainty caused, and to check that the pathway plan of every care "
         "leaver about to turn 18 says where they will live."},
    {"regime": "Children's social care", "areas": ["Child Protection"], "stage": 2,
     "received": ("2023-07-17", "2023-10-31"), "decided": (15, 30),
     "decision": "Closed after initial enquiries",
     "summary":
         "Ms U complained about the Council's child protection enquiries and about what a "
         "social worker wrote in a report to the family court. The Ombudsman did not "
         "investigate: it cannot look at matters that have been before a court, and the report "
         "was part of the court proceedings."},
    {"regime": "Children's social care", "areas": ["Children with Disabilities"], "stage": 2,
     "received": ("2023-12-15", "2024-03-15"), "decided": (50, 80), "decision": "Upheld",
     "remedy": "Apology; reassessment of short breaks",
     "summary":
         "Mrs N complained that the Council took many months to reassess the short breaks her "
         "disabled daughter needed, and that the family had no respite care while they waited. "
         "The Ombudsman found fault in the delay. The Council agreed to apologise and to finish "
         "the reassessment within a month."},
    {"regime": "Children's social care",
     "areas": ["Residential Homes", "Children in Care", "Care Leavers"], "stage": 3,
     "received": ("2024-04-15", "2024-06-14"), "decided": None,
     "summary":
         "Ms Z complained about the support the Council gave her son while he was in its care, "
         "and about how it acted on the review panel's findings. The Ombudsman is still "
         "considering the complaint."},
    # Corporate: received 2022/23 6, 2023/24 8, 2024/25 2.
    {"regime": "Corporate", "areas": ["Waste & Recycling"], "stage": 2,
     "received": ("2022-08-15", "2022-11-30"), "decided": (60, 110), "decision": "Upheld",
     "remedy": "Apology and payment for time and trouble; review of assisted collections",
     "amount": "£150.00",
     "summary":
         "Mr A, who has an assisted bin collection, complained that his bins were missed again "
         "and again over several months, and that the Council did not put things right when "
         "he reported it.\n\n"
         "The Ombudsman found fault: the Council did not make sure its crews followed the "
         "assisted collection list, and did not act on Mr A's reports. The Council agreed to "
         "apologise, to pay Mr A £150 for his time and trouble, and to go through the assisted "
         "collection list with each crew."},
    {"regime": "Corporate", "areas": ["Council Tax"], "stage": 2, "outcomes": ["Not upheld"],
     "received": ("2022-09-01", "2022-12-16"), "decided": (50, 75), "decision": "Not upheld",
     "summary":
         "Ms D complained that the Council took recovery action for council tax on a flat she "
         "said she had moved out of. The Ombudsman found no fault: the Council had no record "
         "that she had told it of the move, and it followed the law in recovering the debt."},
    {"regime": "Corporate", "areas": ["Highways"], "stage": 2,
     "received": ("2022-10-03", "2023-01-31"), "decided": (15, 35),
     "decision": "Closed after initial enquiries",
     "summary":
         "Mr F complained that the Council refused his claim for the damage a pothole did to "
         "his car. The Ombudsman did not investigate: a claim for damages of this kind is for "
         "the Council's insurers and, if need be, the courts."},
    {"regime": "Corporate", "areas": ["Housing & Homelessness"], "stage": 2,
     "outcomes": ["Upheld", "Partly upheld"],
     "received": ("2022-09-01", "2022-12-16"), "decided": (120, 170), "decision": "Upheld",
     "remedy": "Apology and payment for distress; weekly review of bed and breakfast placements",
     "amount": "400",
     "summary":
         "Ms H complained that the Council took too long to decide her homelessness "
         "application, and kept her and her two children in bed and breakfast accommodation for "
         "more than six weeks, longer than the law allows for a family.\n\n"
         "The Ombudsman found fault. The Council agreed to apologise, to pay Ms H £400 for the "
         "distress caused, and to review each week every family it has placed in bed and "
         "breakfast accommodation."},
    {"regime": "Corporate", "areas": ["Street Cleansing & Grounds"], "stage": 1,
     "received": ("2022-11-01", "2023-02-28"), "decided": (10, 25), "decision": "Premature",
     "summary":
         "Mr M complained that the Council had not cut back overgrown trees on its land behind "
         "his garden. He had not asked for the Council's stage 2 review, so the Ombudsman found "
         "the complaint premature and referred it back to the Council."},
    {"regime": "Corporate", "areas": ["Customer Services"], "stage": 2,
     "received": ("2022-11-01", "2023-02-28"), "decided": (15, 30),
     "decision": "Incomplete/invalid",
     "summary":
         "Mrs R contacted the Ombudsman about how the Council's contact centre handled her "
         "calls, but did not send the information needed to take the complaint forward, so the "
         "case was closed as incomplete."},
    {"regime": "Corporate", "areas": ["SEND Services"], "stage": 2,
     "received": ("2023-06-15", "2023-09-29"), "decided": (90, 140), "decision": "Upheld",
     "remedy": "Apology; payment for lost provision and distress; report on EHC plan timescales",
     "amount": "£1,200.00",
     "summary":
         "Mrs S complained that the Council took too long to issue an education, health and "
         "care plan for her son, so that he went without the specialist support he needed for "
         "a school term.\n\n"
         "The Ombudsman found fault: the plan was issued more than three months after the 20 "
         "weeks the law allows. The Council agreed to apologise, to pay Mrs S £1,200 for her "
         "son's lost provision and for her distress, and to report to its scrutiny committee "
         "on how it will meet the time limit."},
    {"regime": "Corporate", "areas": ["Parking"], "stage": 2,
     "received": ("2023-07-03", "2023-09-29"), "decided": (10, 25),
     "decision": "Closed after initial enquiries",
     "summary":
         "Ms N complained about a penalty charge notice she was given while loading outside "
         "her home, and about how the Council dealt with her challenge. The Ombudsman did not "
         "investigate: she could have appealed to the independent Traffic Penalty Tribunal, "
         "and it was reasonable to expect her to do so."},
    {"regime": "Corporate", "areas": ["Waste & Recycling"], "stage": 2,
     "received": ("2023-10-02", "2023-12-22"), "decided": (15, 30),
     "decision": "Closed after initial enquiries",
     "summary":
         "Mr E complained that the Council missed his garden waste collection for several weeks "
         "in the summer. The Ombudsman did not investigate: the Council had already apologised, "
         "refunded part of his garden waste subscription and put the collections right, so an "
         "investigation could achieve nothing more."},
    {"regime": "Corporate", "areas": ["Planning & Building Control"], "stage": 2,
     "outcomes": ["Not upheld"],
     "received": ("2023-10-02", "2023-12-22"), "decided": (40, 65), "decision": "Not upheld",
     "summary":
         "Mr and Mrs W complained that the Council gave planning permission for a two-storey "
         "extension next door without properly considering the loss of light to their home and "
         "garden. The Ombudsman found no fault in how the Council made its decision: the "
         "planning officer's report assessed the effect on their home, and the decision itself "
         "was for the Council to make."},
    {"regime": "Corporate", "areas": ["Council Tax"], "stage": 2,
     "received": ("2023-11-15", "2024-01-31"), "decided": (25, 40), "decision": "Upheld",
     "remedy": "Apology; liability order withdrawn; court costs refunded and payment for time "
               "and trouble",
     "amount": "£175.50",
     "summary":
         "Mr V complained that the Council took him to the magistrates' court for unpaid council "
         "tax while it was still considering his application for a single person discount. The "
         "Ombudsman found fault. The Council agreed to apologise, to ask the court to withdraw "
         "the liability order, and to refund the £75.50 court costs with £100 for his time and "
         "trouble."},
    {"regime": "Corporate", "areas": ["Housing & Homelessness"], "stage": 2,
     "received": ("2023-11-01", "2024-01-31"), "decided": (60, 95), "decision": "Upheld",
     "remedy": "Apology; temporary accommodation letters changed",
     "summary":
         "Mr O complained that the Council moved him and his partner to temporary accommodation "
         "in another town at two days' notice, without explaining why it was suitable or how to "
         "ask for a review.\n\n"
         "The Ombudsman found fault in the Council's letters, which did not explain the right to "
         "a review, but not in the move itself. The Council agreed to apologise and to change "
         "its letters."},
    {"regime": "Corporate", "areas": ["Highways"], "stage": 1,
     "received": ("2024-01-08", "2024-02-29"), "decided": (10, 25), "decision": "Premature",
     "summary":
         "Ms G complained that the street light outside her home had not worked for months. She "
         "had not asked for the Council's stage 2 review, so the Ombudsman found the complaint "
         "premature and referred it back to the Council."},
    {"regime": "Corporate", "areas": ["Benefits"], "stage": 2,
     "received": ("2024-02-15", "2024-03-28"), "decided": None,
     "summary":
         "Ms K complained that the Council took more than five months to decide her claim for "
         "housing benefit, and that she fell into rent arrears as a result. The Ombudsman is "
         "still investigating."},
    {"regime": "Corporate", "areas": ["Waste & Recycling"], "stage": 2,
     "received": ("2024-04-08", "2024-05-31"), "decided": None,
     "summary":
         "Mr L complained that the Council's crew damaged his garden wall while collecting his "
         "bins, and that the Council refused to pay for the repair. The Ombudsman is still "
         "considering the complaint."},
    {"regime": "Corporate", "areas": ["Environmental Health & Licensing"], "stage": 2,
     "received": ("2024-04-15", "2024-05-31"), "decided": (10, 20),
     "decision": "Closed after initial enquiries",
     "summary":
         "Mrs T complained that the Council had not stopped the noise from a neighbour's dog. "
         "The Ombudsman did not investigate: the Council had visited, reviewed her noise "
         "diaries and explained why the noise was not a statutory nuisance, so it was unlikely "
         "to find fault."},
]
# About how far into its year (from 1 April) the Ombudsman's numbering had got, a day: a
# reference is YY NNN NNN, YY the Ombudsman's year (April to March) the case arrived in, as the
# adult cases' references above run.
LGSCO_NUMBERS_A_DAY = {2022: 50, 2023: 39, 2024: 40}


def ombudsman_reference(rng: Rng, received: dt.date, taken: set[str]) -> str:
    start = received.year if received.month >= 4 else received.year - 1
    number = max(101, (received - dt.date(start, 4, 1)).days * LGSCO_NUMBERS_A_DAY[start]
                 + rng.between(-250, 250))
    while True:
        reference = f"{start % 100:02d} {number // 1000:03d} {number % 1000:03d}"
        if reference not in taken:
            taken.add(reference)
            return reference
        number += 1


def regime_lgsco_cases(complaints: list[dict], taken: set[str]) -> list[dict]:
    """REGIME_LGSCO's cases as lgsco.csv rows, each naming one of the complaints (regime_rows'
    records); taken holds the references already used, and gets the new ones."""
    rng = Rng(REGIME_LGSCO_SEED)
    used: set[str] = set()
    cases = []
    for spec in REGIME_LGSCO:
        first, last = (dt.date.fromisoformat(d) for d in spec["received"])
        outcomes = spec.get("outcomes", ["Upheld", "Partly upheld", "Not upheld"])
        found = []
        for c in complaints:
            if c["regime"] != spec["regime"] or c["service_area"] not in spec["areas"] \
                    or c["reference"] in used or c["refused"] == "Yes" \
                    or len(c["stages"]) != spec["stage"]:
                continue
            s = c["stages"][-1]
            if s.responded is None or s.outcome not in outcomes:
                continue
            earliest = max(first, s.responded + dt.timedelta(days=14))
            latest = min(last, s.responded + dt.timedelta(days=183), EXPORT_DATE)
            days = [earliest + k * ONE_DAY for k in range((latest - earliest).days + 1)]
            days = [d for d in days if is_working_day(d)]
            if days:
                found.append((c, days))
        if not found:
            raise SystemExit(f"no complaint for the Ombudsman case {spec['summary'][:40]!r}...")
        found.sort(key=lambda f: (spec["areas"].index(f[0]["service_area"]), f[0]["reference"]))
        best = [f for f in found if f[0]["service_area"] == found[0][0]["service_area"]]
        c, days = rng.choice(best)
        used.add(c["reference"])
        received = rng.choice(days)
        decided = None
        if spec["decided"]:
            decided = add_working_days(received, rng.between(*spec["decided"]))
            if decided > EXPORT_DATE:
                raise SystemExit(f"the Ombudsman case about {c['reference']} would be decided "
                                 f"after the export ({decided}); change its window")
        row = {"reference": ombudsman_reference(rng, received, taken),
               "received": received.isoformat(), "decided": decided.isoformat() if decided else "",
               "decision": spec.get("decision", "") if decided else "",
               "remedy": spec.get("remedy", ""), "remedy_amount": spec.get("amount", ""),
               "summary": spec["summary"], "complaint": c["reference"]}
        cases.append(((spec["regime"] != "Children's social care", received), row))
    return [row for _, row in sorted(cases, key=lambda case: case[0])]


REGIONAL = [
    ("Birmingham City Council", 38), ("City of Wolverhampton Council", 10),
    ("Coventry City Council", 10), ("Dudley Metropolitan Borough Council", 10),
    ("Herefordshire Council", 6), ("Sandwell Metropolitan Borough Council", 18),
    ("Shropshire Council", 17), ("Solihull Metropolitan Borough Council", 7),
    ("Staffordshire County Council", 46), ("Stoke-on-Trent City Council", 8),
    ("Telford & Wrekin Council", 5), ("Walsall Metropolitan Borough Council", 9),
    ("Warwickshire County Council", 19), ("Worcestershire County Council", 20),
]

REPORT_TOML = """\
# Settings for the sample data folder. The council is the reference report's; every person,
# phone number, address and web page below is fictitious (01632 960xxx is an Ofcom drama
# number range, example.gov.uk is not a real council).

[council]
name = "Coventry City Council"
service = "Adult Social Care"
published = "September 2024"

[contact]
phone = "01632 960 000"
email = "complaints@example.gov.uk"
web = "https://www.example.gov.uk/speakup"
complaints_web = "https://www.example.gov.uk/complaints"

[[contact.people]]
name = "Jordan Ellis"
role = "Service Recovery Officer"
team = "Customer Services – Improvement & Development"

[[contact.people]]
name = "Priya Marsh"
role = "Service Recovery Officer"
team = "Customer Services – Improvement & Development"

[[contact.people]]
name = "Tom Okafor"
role = "Service Recovery Officer"
team = "Customer Services – Improvement & Development"

[[contact.people]]
name = "Rachel Dunmore"
role = "Ombudsman Liaison Officer"
team = "Customer Services – Improvement & Development"

[figures]
# People in long-term support on 31 March of each year.
long_term_support = { "2022/23" = 3595, "2023/24" = 3650 }
# Share of complaints answered within 20 working days, for years before record-level exports.
timescale_percent = { "2021/22" = 64 }

# The export spells two values its own way.
[values.outcome]
"Partially upheld" = "Partly upheld"

[values.method]
"Contact Center/Form" = "Contact centre/form"
"""


def write_csv(name: str, header: list[str], rows: list[dict]) -> None:
    with open(OUT / name, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def generate() -> None:
    OUT.mkdir(exist_ok=True)
    rng = Rng(20240930)
    adult, regime_complaints = write_complaints(rng)
    write_compliments(rng)
    columns = ["reference", "received", "decided", "decision", "remedy", "remedy_amount",
               "summary", "complaint"]
    linked = lgsco_complaints(adult)
    cases = [dict(zip(columns, case + (linked.get(case[0], ""),))) for case in LGSCO]
    cases += regime_lgsco_cases(regime_complaints, {case[0] for case in LGSCO})
    write_csv("lgsco.csv", columns, cases)
    write_csv("regional.csv", ["year", "authority", "cases"],
              [{"year": "2023/24", "authority": a, "cases": n} for a, n in REGIONAL])
    (OUT / "report.toml").write_text(REPORT_TOML, encoding="utf-8", newline="\n")
    print(f"wrote {OUT}")


# ---------------------------------------------------------------------------------------------
# --check: an independent reading of the written files, the way the contract describes it.
# It does not use the generator's tables above: the expected figures are restated here.

EXPECTED = {
    "routes": {"2023/24": {"Statutory": 59, "Informal": 8, "Corporate": 6},
               "2022/23": {"Statutory": 66, "Informal": 14}},
    "outcome": {"2023/24": {"Upheld": 6, "Partly upheld": 23, "Not upheld": 12, "Withdrawn": 18},
                "2022/23": {"Upheld": 10, "Partly upheld": 20, "Not upheld": 15, "Withdrawn": 19,
                            "Open": 2}},
    "method": {"2023/24": {"Email": 41, "Contact centre/form": 18},
               "2022/23": {"Email": 42, "Contact centre/form": 22, "Letter": 2}},
    "service_area": {
        "2023/24": {"All Age Disability (Assessment & Case Management)": 13,
                    "Adult Commissioning": 3, "Assessment & Case Management OP": 14,
                    "Adult Safeguarding": 1, "ASC Enablement & Therapy Services": 4,
                    "Mental Health": 7, "Community Discharge Team": 1, "Finance": 1,
                    "Hospital Team": 3, "Telecare Service": 3, "Internal Provider Services": 2,
                    "Promoting Independence/intake": 7},
        "2022/23": {"All Age Disability (Assessment & Case Management)": 14,
                    "Adult Commissioning": 8, "Assessment & Case Management OP": 20,
                    "Adult Safeguarding": 3, "ASC Enablement & Therapy Services": 5,
                    "Mental Health": 3, "Community Discharge Team": 2, "Finance": 3,
                    "Hospital Team": 2, "Telecare Service": 1, "Promoting Independence/intake": 5}},
    "timescale": {"2023/24": {"Within 20 working days": 27, "Over 20 working days": 32},
                  "2022/23": {"Within 20 working days": 43, "Over 20 working days": 21,
                              "Still open": 2}},
    "mental_health_outcome": {"2023/24": {"Partly upheld": 3, "Not upheld": 1, "Withdrawn": 3}},
    "gender": {"2023/24": {"Male": 28, "Female": 20, "N/A": 11}},
    "age_band": {"2023/24": {"Under 16": 1, "16-24": 2, "25-34": 4, "35-49": 5, "50-64": 17,
                             "65+": 18, "N/A": 12}},
    "ethnicity": {"2023/24": {"White British": 33, "Indian": 4, "Any other Asian background": 2,
                              "Caribbean": 2, "Any other ethnic group": 2,
                              "White and Black Caribbean": 1, "White and Asian": 1,
                              "Any other Black/African/Caribbean background": 1, "N/A": 13}},
    "disability": {"2023/24": {"Yes": 16, "No": 28, "Prefer not to say": 3, "N/A": 12}},
    "month": {"2023/24": {"2023-04": 5, "2023-05": 4, "2023-06": 1, "2023-07": 9, "2023-08": 5,
                          "2023-09": 5, "2023-10": 4, "2023-11": 5, "2023-12": 2, "2024-01": 8,
                          "2024-02": 6, "2024-03": 5}},
    "category": {"2023/24": {"Standard of service": 87, "Communication": 43, "Protection": 2,
                             "Environment/property": 1, "Financial issues": 8},
                 "2022/23": {"Standard of service": 60, "Communication": 48, "Protection": 2,
                             "Environment/property": 1, "Financial issues": 4}},
    "compliments": {"2023/24": 173, "2022/23": 253},
    "compliment_month": {"2023/24": {"2023-04": 16, "2023-05": 10, "2023-06": 14, "2023-07": 2,
                                     "2023-08": 15, "2023-09": 8, "2023-10": 22, "2023-11": 22,
                                     "2023-12": 17, "2024-01": 11, "2024-02": 20,
                                     "2024-03": 16}},
    # Ombudsman cases: lgsco.csv's, by the regime of the complaint each names (adult: naming
    # an adult complaint, none, or one not in complaints.csv).
    "lgsco_by_regime": {"adult": 21, "children": 5, "corporate": 16},
    # The adult report's (the reference's) Ombudsman figures, of the adult cases.
    "lgsco_new": {"2023/24": 10, "2022/23": 8},
    "lgsco_decided": {"2023/24": {"Upheld": 2, "Incomplete/invalid": 1,
                                  "Closed after initial enquiries": 3, "Premature": 3},
                      "2022/23": {"Upheld": 4, "Not upheld": 1,
                                  "Closed after initial enquiries": 2, "Advice given": 1,
                                  "Premature": 1}},
    "lgsco_new_fate": {"2023/24": {"decided 2023/24": 7, "decided 2024/25": 2, "open": 1}},
    "lgsco_remedies": {"2023/24": [750.0]},
    # figures JSON ombudsman.every_service: every case, whichever complaint it names.
    "lgsco_every_service": {
        "2022/23": {"received": 15, "previous_received": None, "decided": 14,
                    "previous_decided": None, "upheld": 5, "previous_upheld": None,
                    "financial_remedies": 4, "financial_remedy_pence": 185000},
        "2023/24": {"received": 21, "previous_received": 15, "decided": 19,
                    "previous_decided": 14, "upheld": 6, "previous_upheld": 5,
                    "financial_remedies": 5, "financial_remedy_pence": 302550}},
    "regional": {"2023/24": {"Birmingham City Council": 38, "City of Wolverhampton Council": 10,
                             "Coventry City Council": 10,
                             "Dudley Metropolitan Borough Council": 10,
                             "Herefordshire Council": 6,
                             "Sandwell Metropolitan Borough Council": 18,
                             "Shropshire Council": 17,
                             "Solihull Metropolitan Borough Council": 7,
                             "Staffordshire County Council": 46,
                             "Stoke-on-Trent City Council": 8, "Telford & Wrekin Council": 5,
                             "Walsall Metropolitan Borough Council": 9,
                             "Warwickshire County Council": 19,
                             "Worcestershire County Council": 20}},
}

VOCAB = {
    "route": ["Statutory", "Informal", "Corporate"],
    "outcome": ["Upheld", "Partly upheld", "Not upheld", "Withdrawn"],
    "method": ["Email", "Contact centre/form", "Letter", "Phone", "In person", "Social media",
               "Other"],
    "gender": ["Male", "Female", "Other"],
    "age_band": ["Under 16", "16-24", "25-34", "35-49", "50-64", "65+"],
    "disability": ["Yes", "No", "Prefer not to say"],
    "extended": ["Yes", "No"],
    "source": ["Form", "Card", "Letter", "Email", "Phone", "Other"],
    "decision": ["Upheld", "Not upheld", "Closed after initial enquiries", "Premature",
                 "Incomplete/invalid", "Advice given"],
}


def group_key(text: str) -> str:
    return " ".join(text.strip().lower().split())


class Checker:
    def __init__(self, folder: Path, tool: str | None = None):
        self.folder = folder
        self.tool = tool
        settings = tomllib.loads((folder / "report.toml").read_text(encoding="utf-8"))
        self.settings = settings
        self.values = {col: {group_key(k): v for k, v in m.items()}
                       for col, m in settings.get("values", {}).items()}
        self.failures: list[str] = []
        self.lines: list[str] = []
        self.ombudsman: dict[str, dict] = {}  # per year, for compare_with

    # -- reading --
    def read(self, name: str) -> list[dict]:
        raw = (self.folder / name).read_bytes()
        raw.decode("utf-8")
        assert b"\r" not in raw, f"{name}: CR found, expected LF line ends"
        with open(self.folder / name, encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = [h.strip().lower() for h in next(reader)]
            assert len(set(header)) == len(header), f"{name}: duplicate header"
            return [dict(zip(header, (v.strip() for v in row))) for row in reader if row]

    def canon(self, column: str, raw: str) -> str:
        """A categorical value: mapped through [values.COLUMN], then matched to the vocabulary."""
        if raw == "":
            return ""
        mapped = self.values.get(column, {}).get(group_key(raw), raw)
        for label in VOCAB[column]:
            if group_key(label) == group_key(mapped):
                return label
        raise AssertionError(f"{column}: {raw!r} is not in the vocabulary")

    @staticmethod
    def date(text: str) -> dt.date | None:
        if not text:
            return None
        if "/" in text:
            d, m, y = text.split("/")
            assert len(y) == 4 and 1 <= len(d) <= 2 and 1 <= len(m) <= 2, text
            return dt.date(int(y), int(m), int(d))
        assert len(text) == 10 and text[4] == "-" and text[7] == "-", text
        return dt.date.fromisoformat(text)

    @staticmethod
    def year_of(d: dt.date) -> str:
        start = d.year if d.month >= 4 else d.year - 1
        return f"{start}/{(start + 1) % 100:02d}"

    @staticmethod
    def working_days_after(received: dt.date, responded: dt.date) -> int:
        count = 0
        for offset in range(1, (responded - received).days + 1):
            d = received + dt.timedelta(days=offset)
            if d.weekday() < 5 and d not in BANK_HOLIDAYS:
                count += 1
        return count

    # -- asserting --
    def expect(self, what: str, year: str, got, want) -> None:
        ok = got == want
        self.lines.append(f"{'ok  ' if ok else 'FAIL'} {what:<22} {year}: {got}")
        if not ok:
            self.failures.append(f"{what} {year}: got {got}, want {want}")

    def expect_table(self, what: str, year: str, counts: Counter) -> None:
        got = {k: v for k, v in counts.items() if v}
        want = EXPECTED[what][year]
        ok = got == want
        total = sum(got.values())
        shown = ", ".join(f"{k} {v} ({percent(v, total)}%)" for k, v in
                          sorted(got.items(), key=lambda kv: list(want).index(kv[0])
                                 if kv[0] in want else 99))
        self.lines.append(f"{'ok  ' if ok else 'FAIL'} {what:<22} {year}: {shown}; total {total}")
        if not ok:
            self.failures.append(f"{what} {year}: got {got}, want {want}")

    def whole_year(self, cases: list[dict], first: dt.date) -> bool:
        """Whether the Ombudsman cases cover the financial year starting on `first`
        (docs/settings.md, "Years the data covers"): a case received in each of its quarters,
        or [input] records_start on or before its first day."""
        start = self.settings.get("input", {}).get("records_start")
        if start is not None:
            start = start if isinstance(start, dt.date) else self.date(str(start))
            if start <= first:
                return True
        quarters = {(c["received"].year * 12 + c["received"].month - 4) // 3 for c in cases}
        first_quarter = (first.year * 12 + first.month - 4) // 3
        return all(first_quarter + q in quarters for q in range(4))

    def ombudsman_figures(self, lgsco: list[dict], adult_lgsco: list[dict], year: str) -> dict:
        """The figures JSON's `ombudsman.every_service` (every case of lgsco.csv) and the adult
        report's `ombudsman` counts (its cases only) for a financial year, each with the
        previous year's where the cases cover it whole (else None, the JSON's null)."""
        first = dt.date(int(year[:4]), 4, 1)
        before = dt.date(first.year - 1, 4, 1)

        def counts(cases: list[dict], start: dt.date) -> dict:
            end = dt.date(start.year + 1, 3, 31)
            inside = lambda d: d is not None and start <= d <= end
            decided = [c for c in cases if inside(c["decided"]) and c["decision"]]
            upheld = [c for c in decided if c["decision"] == "Upheld"]
            paid = [c for c in upheld if money(c["remedy_amount"]) > 0]
            return {"received": sum(inside(c["received"]) for c in cases),
                    "decided": len(decided), "upheld": len(upheld),
                    "decisions": Counter(c["decision"] for c in decided),
                    "financial_remedies": len(paid),
                    "financial_remedy_pence": sum(round(money(c["remedy_amount"]) * 100)
                                                  for c in paid),
                    "still_open": sum(1 for c in cases if c["decided"] is None
                                      and c["received"] <= end)}

        def previous(cases: list[dict], key: str):
            # Whole or not by the file's cases, whichever complaints they name.
            return counts(cases, before)[key] if self.whole_year(lgsco, before) else None

        now = counts(lgsco, first)
        every = {"received": now["received"], "previous_received": previous(lgsco, "received"),
                 "decided": now["decided"], "previous_decided": previous(lgsco, "decided"),
                 "upheld": now["upheld"], "previous_upheld": previous(lgsco, "upheld"),
                 "financial_remedies": now["financial_remedies"],
                 "financial_remedy_pence": now["financial_remedy_pence"]}
        adult = counts(adult_lgsco, first)
        adult["previous_received"] = previous(adult_lgsco, "received")
        return {"every_service": every, "adult": adult}

    @staticmethod
    def display(groups: dict[str, Counter]) -> dict[str, str]:
        """Most frequent spelling of each group, the first seen on a tie."""
        return {k: max(c.items(), key=lambda kv: kv[1])[0] for k, c in groups.items()}

    def run(self) -> bool:
        complaints = self.read("complaints.csv")
        concerns = self.read("concerns.csv")
        compliments = self.read("compliments.csv")
        lgsco = self.read("lgsco.csv")
        regional = self.read("regional.csv")

        # Contract cross-checks.
        refs = [c["reference"] for c in complaints]
        assert all(refs) and len(set(refs)) == len(refs), "complaint references not unique"
        spelling: dict[str, dict[str, Counter]] = {"service_area": {}, "ethnicity": {},
                                                   "category": {}}
        for c in complaints:
            c["received"], c["responded"] = self.date(c["received"]), self.date(c["responded"])
            for col in ("route", "outcome", "method", "gender", "age_band", "disability",
                        "extended"):
                c[col] = self.canon(col, c[col])
            ref = c["reference"]
            assert c["responded"] is None or c["responded"] >= c["received"], \
                f"{ref}: responded before received"
            assert (c["outcome"] in ("", "Withdrawn")) or c["responded"], \
                f"{ref}: an outcome other than Withdrawn needs a responded date"
            assert c["outcome"] or not c["responded"], f"{ref}: a responded date needs an outcome"
            assert c["service_area"] and c["method"] and c["route"], \
                f"{ref}: route, method or service_area is empty"
            c["year"] = self.year_of(c["received"])
            for col in ("service_area", "ethnicity"):
                if c[col]:
                    spelling[col].setdefault(group_key(c[col]), Counter())[c[col]] += 1
        by_ref = {c["reference"]: c for c in complaints}
        for k in concerns:
            assert k["reference"] in by_ref, f"concern for unknown complaint {k['reference']}"
            assert k["category"], k
            spelling["category"].setdefault(group_key(k["category"]), Counter())[k["category"]] += 1
        shown = {col: self.display(groups) for col, groups in spelling.items()}
        lg_refs = [c["reference"] for c in lgsco]
        assert all(lg_refs) and len(set(lg_refs)) == len(lg_refs), "lgsco references not unique"
        for c in lgsco:
            c["received"], c["decided"] = self.date(c["received"]), self.date(c["decided"])
            c["decision"] = self.canon("decision", c["decision"])
            assert (c["decision"] == "") == (c["decided"] is None), \
                f"{c['reference']}: a decision needs a decided date and a decided date a decision"
            assert c["decided"] is None or c["decided"] >= c["received"], \
                f"{c['reference']}: decided before received"
        seen = set()
        for r in regional:
            key = (r["year"].replace("-", "/"), group_key(r["authority"]))
            assert key not in seen, f"regional: {key} twice"
            seen.add(key)
        self.lines.append("ok   contract cross-checks (unique references, dates, outcome iff "
                          "responded, decision iff decided, concerns reference complaints, "
                          "one authority per year)")

        # The report's figures are adult social care's (an empty regime is adult social care),
        # its Ombudsman figures too: the cases that name an adult complaint, none, or one the
        # export does not hold (docs/input-format.md, lgsco.csv's complaint column).
        adult = [c for c in complaints if group_key(c["regime"]) in ("", "adult social care")]
        regime_of = {c["reference"]: REGIME_KEYS[group_key(c["regime"])] for c in complaints}
        lgsco_regimes = Counter(regime_of.get(o["complaint"], "adult") for o in lgsco)
        self.expect("lgsco cases by regime", "all", dict(lgsco_regimes),
                    EXPECTED["lgsco_by_regime"])
        adult_lgsco = [o for o in lgsco if regime_of.get(o["complaint"], "adult") == "adult"]
        for year in ("2023/24", "2022/23"):
            self.expect_table("routes", year, Counter(c["route"] for c in adult
                                                      if c["year"] == year))
            stat = [c for c in adult if c["year"] == year and c["route"] == "Statutory"]
            self.expect_table("outcome", year, Counter(c["outcome"] or "Open" for c in stat))
            self.expect_table("method", year, Counter(c["method"] for c in stat))
            self.expect_table("service_area", year, Counter(
                shown["service_area"][group_key(c["service_area"])] for c in stat))
            days = {c["reference"]: self.working_days_after(c["received"], c["responded"])
                    for c in stat if c["responded"]}
            timescale = Counter("Still open" if c["reference"] not in days else
                                "Within 20 working days" if days[c["reference"]] <= 20 else
                                "Over 20 working days" for c in stat)
            self.expect_table("timescale", year, timescale)
            over_ext = sum(1 for c in stat if days.get(c["reference"], 0) > 20
                           and c["extended"] == "Yes")
            edge = Counter(n for n in days.values() if n in (20, 21))
            weekend = sum(1 for c in stat if c["received"].weekday() >= 5)
            next_year = sum(1 for c in stat if c["responded"]
                            and self.year_of(c["responded"]) != year)
            edges = {"over with extension": over_ext, "exactly day 20": edge[20],
                     "exactly day 21": edge[21], "received at a weekend": weekend,
                     "answered in a later year": next_year}
            self.expect("timescale edges", year, edges,
                        edges if min(edges.values()) > 0 else "each above 0")
            upheld = sum(1 for c in stat if c["outcome"] in ("Upheld", "Partly upheld"))
            self.lines.append(f"     headline               {year}: within 20 days "
                              f"{percent(timescale['Within 20 working days'], len(stat))}%, "
                              f"fully or partly upheld {percent(upheld, len(stat))}%, "
                              f"with a provider {sum(1 for c in stat if c['provider'])}")
            for what in ("gender", "age_band", "ethnicity", "disability"):
                counts = Counter((shown["ethnicity"][group_key(c[what])] if what == "ethnicity"
                                  else c[what]) if c[what] else "N/A" for c in stat)
                if year in EXPECTED[what]:
                    self.expect_table(what, year, counts)
                else:
                    self.lines.append(f"     {what:<22} {year}: " + ", ".join(
                        f"{k} {v}" for k, v in counts.most_common()) + " (no reference figure)")
            if year in EXPECTED["mental_health_outcome"]:  # the narrative's 1 + 3, and 3 withdrawn
                self.expect_table("mental_health_outcome", year, Counter(
                    c["outcome"] for c in stat if group_key(c["service_area"]) == "mental health"))
            months = Counter(c["received"].strftime("%Y-%m") for c in stat)
            if year in EXPECTED["month"]:
                self.expect_table("month", year, months)
            stat_refs = {c["reference"] for c in stat}
            year_concerns = [k for k in concerns if by_ref[k["reference"]]["year"] == year]
            assert all(k["reference"] in stat_refs for k in year_concerns), \
                "a concern references a non-statutory complaint"
            self.expect_table("category", year, Counter(
                shown["category"][group_key(k["category"])] for k in year_concerns))
            self.expect("complaints w/ concern", year,
                        len({k["reference"] for k in year_concerns}), len(stat))

            comp = [c for c in compliments if self.year_of(self.date(c["received"])) == year]
            self.expect("compliments", year, len(comp), EXPECTED["compliments"][year])
            if year == "2023/24":
                self.expect("compliments change", year, len(comp) - EXPECTED["compliments"]
                            ["2022/23"], -80)
            if year in EXPECTED["compliment_month"]:
                self.expect_table("compliment_month", year,
                                  Counter(c["received"][:7] for c in comp))
            areas = Counter(c["service_area"] for c in comp)
            top = areas.most_common(1)[0]
            published = [c for c in comp if c["publish"].lower() == "yes"]
            self.lines.append(f"     compliments            {year}: most about {top[0]} "
                              f"({top[1]}); published {len(published)}")
            for c in comp:
                if c["source"]:
                    self.canon("source", c["source"])
            if year == "2023/24":
                self.expect("top compliment area", year, top[0], "Adult Commissioning")
                self.expect("published quotes", year, 10 <= len(published) <= 12, True)
                texts = [c["text"] for c in published]
                features = {"line breaks": any("\n" in t for t in texts),
                            "£": any("£" in t for t in texts),
                            "curly quotes": any(q in t for t in texts for q in "“”‘’"),
                            "(Name)": sum("(Name)" in t for t in texts) >= len(texts) - 2}
                self.expect("quote features", year, features, dict.fromkeys(features, True))

            new = [c for c in adult_lgsco if self.year_of(c["received"]) == year]
            decided = [c for c in adult_lgsco if c["decided"]
                       and self.year_of(c["decided"]) == year]
            self.expect("lgsco_new", year, len(new), EXPECTED["lgsco_new"][year])
            self.expect_table("lgsco_decided", year, Counter(c["decision"] for c in decided))
            remedies = [money(c["remedy_amount"]) for c in decided
                        if c["decision"] == "Upheld" and money(c["remedy_amount"]) > 0]
            if year in EXPECTED["lgsco_remedies"]:
                self.expect("lgsco_remedies", year, remedies, EXPECTED["lgsco_remedies"][year])
                fate = Counter(f"decided {self.year_of(c['decided'])}" if c["decided"]
                               else "open" for c in new)
                self.expect_table("lgsco_new_fate", year, fate)
            else:
                self.lines.append(f"     lgsco_remedies         {year}: {remedies} "
                                  "(no reference figure)")
            figures = self.ombudsman_figures(lgsco, adult_lgsco, year)
            self.ombudsman[year] = figures
            self.expect("lgsco every service", year, figures["every_service"],
                        EXPECTED["lgsco_every_service"][year])
            if year in EXPECTED["regional"]:
                rows = [r for r in regional if r["year"].replace("-", "/") == year]
                self.expect_table("regional", year, Counter({r["authority"]: int(r["cases"])
                                                             for r in rows}))
        for c in lgsco:
            assert MONEY.fullmatch(c["remedy_amount"]), f"bad money {c['remedy_amount']!r}"
        lgsco_text = [c["summary"] for c in lgsco]
        self.expect("lgsco summaries", "all", (any("\n\n" in s for s in lgsco_text),
                                               any("£" in s for s in lgsco_text),
                                               all(s for s in lgsco_text)), (True, True, True))

        figures = self.settings.get("figures", {})
        self.expect("long_term_support", "toml", figures.get("long_term_support"),
                    {"2022/23": 3595, "2023/24": 3650})
        self.expect("timescale history", "toml", figures.get("timescale_percent"),
                    {"2021/22": 64})
        self.expect("council", "toml", self.settings["council"]["name"], "Coventry City Council")
        regimes = RegimeChecker(self)
        regimes.run(complaints, lgsco)
        if self.tool:
            regimes.compare_with(self.tool, self.folder)
        print("\n".join(self.lines))
        if self.failures:
            print(f"\n{len(self.failures)} check(s) FAILED:\n  " + "\n  ".join(self.failures))
            return False
        print("\nall checks passed")
        return True


# ---------------------------------------------------------------------------------------------
# --check, regimes and stages (issue 20): the children's and corporate complaints, and the
# Ombudsman cases linked to complaints of every regime, recomputed from the written files as
# docs/figures-json.md ("Regimes and stages") defines the figures, with the time limits of
# docs/settings.md restated here, and compared with the targets the generator aimed at
# (restated here too). With --tool, every figure of `regimes` is also compared with what
# that ascreport build's `figures --format json` prints, and so are the Ombudsman figures
# Checker.ombudsman_figures recomputes (`ombudsman.every_service`, and the adult report's
# `ombudsman` counts).

# (acknowledge, respond, extended, counted from the acknowledgement) per regime and stage:
# the shipped defaults, each from the law or the Code (docs/settings.md, [time_limits]).
LIMITS = {"adult": {1: (3, 20, 0, False)},
          "children": {1: (0, 10, 20, False), 2: (0, 25, 65, False), 3: (0, 30, 30, False)},
          "corporate": {1: (5, 10, 20, True), 2: (5, 20, 40, True)}}
REGIME_KEYS = {"": "adult", "adult social care": "adult", "children's social care": "children",
               "corporate": "corporate"}
TIMINGS = ["On time", "Within extension", "Late", "Open, within time", "Open, overdue",
           "Withdrawn before a response"]
# The equality columns: the children's complaints record the child's, the corporate ones none
# (each counted N/A, the tool's label for an empty one).
EQUALITY = ("gender", "age_band", "ethnicity", "disability")

EXPECTED_REGIMES = {
    "children": {
        "2022/23": {
            "received": 184,
            "refused": {"Subject to court proceedings": 3,
                        "Made more than 12 months after the events": 2,
                        "Not a qualifying person under the regulations": 2,
                        "Already considered under the procedure": 1},
            "stage_1.outcome": {"Upheld": 26, "Partly upheld": 50, "Not upheld": 82,
                                "Withdrawn": 18},
            "stage_1.timing": {"On time": 92, "Within extension": 44, "Late": 31,
                               "Withdrawn before a response": 9},
            "stage_2.outcome": {"Upheld": 3, "Partly upheld": 7, "Not upheld": 7, "Withdrawn": 1},
            "stage_2.timing": {"On time": 5, "Within extension": 8, "Late": 4,
                               "Withdrawn before a response": 1},
            "stage_3.outcome": {"Upheld": 1, "Partly upheld": 1, "Not upheld": 1},
            "stage_3.timing": {"On time": 2, "Late": 1},
            "complainant": {"Parent": 107, "The person": 25, "Carer": 17, "Advocate": 14,
                            "MP or councillor": 7, "Other": 10, "Not recorded": 4},
            "advocate": {"Yes": 29, "No": 147, "Not recorded": 8},
            "dispute_resolution": {"Yes": 14, "No": 158, "Not recorded": 12},
            "remedies": {"Apology": 66, "Financial redress": 4, "Change to procedure": 12,
                         "Staff training": 9, "Reassessment": 9, "Other": 3},
            "financial_redress_pence": 140000,
            "fault_reasons.total": 68,
            "equality.gender": {"Male": 94, "Female": 82, "N/A": 8},
            "equality.age_band": {"Under 16": 150, "16-24": 26, "N/A": 8},
            "equality.ethnicity": {"White British": 88, "Any other White background": 14,
                                   "White and Black Caribbean": 8, "White and Black African": 4,
                                   "White and Asian": 4,
                                   "Any other Mixed/Multiple ethnic background": 4,
                                   "Indian": 8, "Pakistani": 6, "Bangladeshi": 2,
                                   "Any other Asian background": 5, "African": 14,
                                   "Caribbean": 3,
                                   "Any other Black/African/Caribbean background": 2,
                                   "Any other ethnic group": 4, "Roma": 2, "N/A": 16},
            "equality.disability": {"Yes": 30, "No": 138, "N/A": 16},
            "equality.none recorded": 6,
        },
        "2023/24": {
            "received": 201,
            "refused": {"Subject to court proceedings": 3,
                        "Made more than 12 months after the events": 3,
                        "Not a qualifying person under the regulations": 2,
                        "Already considered under the procedure": 1},
            "stage_1.outcome": {"Upheld": 30, "Partly upheld": 57, "Not upheld": 83,
                                "Withdrawn": 19, "Open": 3},
            "stage_1.timing": {"On time": 104, "Within extension": 47, "Late": 28,
                               "Open, within time": 2, "Open, overdue": 1,
                               "Withdrawn before a response": 10},
            "stage_2.outcome": {"Upheld": 4, "Partly upheld": 9, "Not upheld": 7, "Withdrawn": 1,
                                "Open": 2},
            "stage_2.timing": {"On time": 7, "Within extension": 10, "Late": 3,
                               "Open, within time": 1, "Open, overdue": 1,
                               "Withdrawn before a response": 1},
            "stage_3.outcome": {"Upheld": 1, "Partly upheld": 2, "Not upheld": 2, "Open": 1},
            "stage_3.timing": {"On time": 3, "Late": 2, "Open, overdue": 1},
            "complainant": {"Parent": 116, "The person": 28, "Carer": 19, "Advocate": 16,
                            "MP or councillor": 8, "Other": 10, "Not recorded": 4},
            "advocate": {"Yes": 33, "No": 160, "Not recorded": 8},
            "dispute_resolution": {"Yes": 17, "No": 172, "Not recorded": 12},
            "remedies": {"Apology": 74, "Financial redress": 5, "Change to procedure": 14,
                         "Staff training": 10, "Reassessment": 11, "Other": 4},
            "financial_redress_pence": 240000,
            "fault_reasons.total": 79,
            "equality.gender": {"Male": 101, "Female": 91, "N/A": 9},
            "equality.age_band": {"Under 16": 161, "16-24": 30, "N/A": 10},
            "equality.ethnicity": {"White British": 95, "Any other White background": 16,
                                   "White and Black Caribbean": 9, "White and Black African": 5,
                                   "White and Asian": 4,
                                   "Any other Mixed/Multiple ethnic background": 5,
                                   "Indian": 9, "Pakistani": 6, "Bangladeshi": 2,
                                   "Any other Asian background": 6, "African": 17,
                                   "Caribbean": 3,
                                   "Any other Black/African/Caribbean background": 2,
                                   "Any other ethnic group": 5, "Roma": 2, "N/A": 15},
            "equality.disability": {"Yes": 33, "No": 150, "N/A": 18},
            "equality.none recorded": 7,
        },
    },
    "corporate": {
        "2022/23": {
            "received": 1268,
            "refused": {"Made more than 12 months after the events": 11,
                        "Has its own right of appeal": 17,
                        "A request for service, not a complaint": 13,
                        "Subject to legal proceedings": 5,
                        "Already considered under the procedure": 6},
            "stage_1.outcome": {"Upheld": 358, "Partly upheld": 292, "Not upheld": 490,
                                "Withdrawn": 76},
            "stage_1.timing": {"On time": 831, "Within extension": 170, "Late": 185,
                               "Withdrawn before a response": 30},
            "stage_1.acknowledgement": {"On time": 1070, "Late": 97, "Not recorded": 49},
            "stage_2.outcome": {"Upheld": 16, "Partly upheld": 29, "Not upheld": 58,
                                "Withdrawn": 5},
            "stage_2.timing": {"On time": 60, "Within extension": 26, "Late": 19,
                               "Withdrawn before a response": 3},
            "stage_2.acknowledgement": {"On time": 98, "Late": 7, "Not recorded": 3},
            "complainant": {"The person": 1138, "MP or councillor": 74, "Parent": 12,
                            "Carer": 5, "Other": 27, "Not recorded": 12},
            "advocate": {"Not recorded": 1268},
            "dispute_resolution": {"Not recorded": 1268},
            "remedies": {"Apology": 515, "Financial redress": 52, "Change to procedure": 59,
                         "Staff training": 33, "Reassessment": 20, "Other": 150},
            "financial_redress_pence": 864000,
            **{f"equality.{what}": {"N/A": 1268} for what in EQUALITY},
            "equality.none recorded": 1268,
            "fault_reasons.total": 590,
        },
        "2023/24": {
            "received": 1342,
            "refused": {"Made more than 12 months after the events": 12,
                        "Has its own right of appeal": 19,
                        "A request for service, not a complaint": 14,
                        "Subject to legal proceedings": 5,
                        "Already considered under the procedure": 7},
            "stage_1.outcome": {"Upheld": 372, "Partly upheld": 311, "Not upheld": 518,
                                "Withdrawn": 78, "Open": 6},
            "stage_1.timing": {"On time": 887, "Within extension": 176, "Late": 187,
                               "Open, within time": 4, "Open, overdue": 2,
                               "Withdrawn before a response": 29},
            "stage_1.acknowledgement": {"On time": 1135, "Late": 98, "Not recorded": 52},
            "stage_2.outcome": {"Upheld": 19, "Partly upheld": 35, "Not upheld": 68,
                                "Withdrawn": 6, "Open": 3},
            "stage_2.timing": {"On time": 72, "Within extension": 31, "Late": 22,
                               "Open, within time": 2, "Open, overdue": 1,
                               "Withdrawn before a response": 3},
            "stage_2.acknowledgement": {"On time": 118, "Late": 9, "Not recorded": 4},
            "complainant": {"The person": 1201, "MP or councillor": 81, "Parent": 14,
                            "Carer": 6, "Other": 28, "Not recorded": 12},
            "advocate": {"Not recorded": 1342},
            "dispute_resolution": {"Not recorded": 1342},
            "remedies": {"Apology": 540, "Financial redress": 58, "Change to procedure": 64,
                         "Staff training": 37, "Reassessment": 22, "Other": 161},
            "financial_redress_pence": 987550,
            **{f"equality.{what}": {"N/A": 1342} for what in EQUALITY},
            "equality.none recorded": 1342,
            "fault_reasons.total": 622,
        },
    },
}
# Escalation rates aimed at (percent of the stage's complaints answered in the year, asked for
# the next stage by the year's end): data-samples/README.md gives the published rates behind them.
ESCALATION_AIMS = {("children", 1): (9, 15), ("children", 2): (15, 40), ("corporate", 1): (8, 13)}
# regimes.R.ombudsman: of the complaints whose last stage was answered in the year, those an
# Ombudsman case received by the year's end names (the adult ones as before the children's and
# corporate cases were added).
TAKEN, NOT_TAKEN = "Taken to the Ombudsman", "Not taken to the Ombudsman"
EXPECTED_TAKEN = {
    "adult": {"2022/23": {TAKEN: 7, NOT_TAKEN: 53}, "2023/24": {TAKEN: 4, NOT_TAKEN: 51}},
    "children": {"2022/23": {TAKEN: 1, NOT_TAKEN: 153}, "2023/24": {TAKEN: 3, NOT_TAKEN: 168}},
    "corporate": {"2022/23": {TAKEN: 6, NOT_TAKEN: 1112},
                  "2023/24": {TAKEN: 7, NOT_TAKEN: 1219}},
}
# The Ombudsman cases that name a complaint (lgsco.csv complaint), by its regime.
LINKED_OMBUDSMAN_CASES = {"adult": 13, "children": 5, "corporate": 16}
# The stage after which a complaint may go to the Ombudsman: a case about a complaint that
# stopped before it is Premature (corporate: the Code's stage 2; children's: stage 2, as the
# Ombudsman takes a complaint on after stage 2 when the complainant does not want a panel).
FINISHED_AFTER_STAGE = {"adult": 1, "children": 2, "corporate": 2}


class StageRecord:
    def __init__(self, number, requested, acknowledged, extended, extended_to, responded,
                 outcome, panel=None):
        self.number, self.requested, self.acknowledged = number, requested, acknowledged
        self.extended, self.extended_to, self.responded = extended, extended_to, responded
        self.outcome, self.panel = outcome, panel


class RegimeChecker:
    def __init__(self, checker: "Checker"):
        self.c = checker

    @staticmethod
    def wd(start: dt.date, end: dt.date) -> int:
        return Checker.working_days_after(start, end) if end > start else 0

    @staticmethod
    def add_wd(start: dt.date, n: int) -> dt.date:
        d = start
        while n > 0:
            d += ONE_DAY
            n -= d.weekday() < 5 and d not in BANK_HOLIDAYS
        return d

    def stages(self, c: dict) -> list[StageRecord]:
        c_ = self.c
        out = [StageRecord(1, c["received"], c_.date(c["acknowledged"]), c["extended"],
                           c_.date(c["extended_to"]), c["responded"], c["outcome"])]
        for k in (2, 3):
            p = f"stage{k}_"
            if not c[p + "requested"]:
                assert not any(c[p + col] for col in ("acknowledged", "extended", "extended_to",
                                                      "responded", "outcome")), \
                    f"{c['reference']}: stage {k} columns with no requested date"
                continue
            out.append(StageRecord(k, c_.date(c[p + "requested"]), c_.date(c[p + "acknowledged"]),
                                   c_.canon("extended", c[p + "extended"]),
                                   c_.date(c[p + "extended_to"]), c_.date(c[p + "responded"]),
                                   c_.canon("outcome", c[p + "outcome"]),
                                   c_.date(c["stage3_panel"]) if k == 3 else None))
        return out

    def timing(self, regime: str, s: StageRecord, as_of: dt.date):
        """(timing, working days to the end or None, acknowledgement or None)."""
        ack, respond, extended_limit, from_ack = LIMITS[regime][s.number]
        start = s.requested
        if from_ack:  # the Code: from the acknowledgement, or the day it was due
            start = s.acknowledged or self.add_wd(s.requested, ack)
        end = s.panel if regime == "children" and s.number == 3 and s.panel else s.responded
        acknowledgement = None
        if ack:
            acknowledgement = ("Not recorded" if not s.acknowledged else
                               "On time" if self.wd(s.requested, s.acknowledged) <= ack else "Late")
        extended = s.extended == "Yes" or s.extended_to is not None
        # An agreed date decides where it is recorded; otherwise the extended limit, where the
        # regime has one (adult social care's "period agreed" has no length).
        by_length = extended and s.extended_to is None and extended_limit > 0
        if end:
            days = self.wd(start, end)
            if days <= respond:
                return "On time", days, acknowledgement
            if (s.extended_to and end <= s.extended_to) or (by_length and days <= extended_limit):
                return "Within extension", days, acknowledgement
            return "Late", days, acknowledgement
        if s.outcome == "Withdrawn":
            return "Withdrawn before a response", None, acknowledgement
        elapsed = self.wd(start, as_of)
        overdue = (as_of > s.extended_to if s.extended_to else
                   elapsed > (extended_limit if by_length else respond))
        return ("Open, overdue" if overdue else "Open, within time"), None, acknowledgement

    def figures(self, complaints: list[dict], lgsco: list[dict], year: str) -> dict:
        """Every figure of `regimes` for a financial year, judged on its last day."""
        first = dt.date(int(year[:4]), 4, 1)
        last = dt.date(int(year[:4]) + 1, 3, 31)
        inside = lambda d: d is not None and first <= d <= last
        taken = {o["complaint"] for o in lgsco if o["complaint"] and o["received"] <= last}
        f: dict = {}

        def add(regime, key, label):
            f.setdefault(regime, {}).setdefault(key, Counter())[label] += 1
        for c in complaints:
            regime = REGIME_KEYS[group_key(c["regime"])]
            if c["route"] == "Informal" or (regime == "adult" and c["route"] != "Statutory"):
                continue
            refused = c["refused"].lower() == "yes"
            if inside(c["received"]):
                add(regime, "received", "all")
                add(regime, "complainant", c["complainant"] or "Not recorded")
                add(regime, "advocate", c["advocate"] or "Not recorded")
                add(regime, "dispute_resolution", c["dispute_resolution"] or "Not recorded")
                for remedy in filter(None, (r.strip() for r in c["remedy"].split(";"))):
                    add(regime, "remedies", remedy)
                    if remedy == "Financial redress":
                        f[regime]["financial_redress_pence"] = (
                            f[regime].get("financial_redress_pence", 0)
                            + round(money(c["remedy_amount"]) * 100))
                if refused:
                    add(regime, "refused", c["refused_reason"] or "No reason given")
                if c["fault_reason"]:
                    add(regime, "fault_reasons", c["fault_reason"])
                for what in EQUALITY:
                    add(regime, f"equality.{what}", c[what] or "N/A")
                    add(regime, what, c[what] or "N/A")  # regimes.children.gender, ...
                add(regime, "service_area", c["service_area"])  # regimes.R.service_area
                if not any(c[what] for what in EQUALITY):
                    f[regime]["equality.none recorded"] = f[regime].get("equality.none recorded", 0) + 1
            if refused:
                continue
            stages = self.stages(c)
            for s in stages:
                timing, days, ack = self.timing(regime, s, last)
                if inside(s.requested):
                    add(regime, f"stage_{s.number}.outcome", s.outcome or "Open")
                    add(regime, f"stage_{s.number}.timing", timing)
                    if ack:
                        add(regime, f"stage_{s.number}.acknowledgement", ack)
                    if days is not None:
                        f[regime].setdefault(f"stage_{s.number}.days", []).append(days)
                    if regime == "corporate":  # the Code's report: by service area, and outside its limits
                        add(regime, f"stage_{s.number}.service_area", c["service_area"])
                        if timing in ("Late", "Open, overdue") or ack == "Late":
                            add(regime, f"stage_{s.number}.outside_limits", c["service_area"])
                if s.number < len(LIMITS[regime]) and inside(s.responded):
                    nxt = next((n for n in stages if n.number == s.number + 1), None)
                    add(regime, f"stage_{s.number}.escalated",
                        f"Escalated to stage {s.number + 1}" if nxt and nxt.requested <= last
                        else "Not escalated")
            if inside(stages[-1].responded):
                add(regime, "ombudsman", "Taken to the Ombudsman" if c["reference"] in taken
                    else "Not taken to the Ombudsman")
        return f

    @staticmethod
    def measures(days: list[int]):
        if not days:
            return None, None
        days = sorted(days)
        n = len(days)
        median = days[n // 2] * 10 if n % 2 else (days[n // 2 - 1] + days[n // 2]) * 5
        return median / 10, ((20 * sum(days) + n) // (2 * n)) / 10

    def check_rules(self, complaints: list[dict], lgsco: list[dict]) -> None:
        """The contract's rules of regimes and stages (docs/input-format.md)."""
        by_ref = {c["reference"]: c for c in complaints}
        for c in complaints:
            ref, regime = c["reference"], REGIME_KEYS[group_key(c["regime"])]
            stages = self.stages(c)
            assert len(stages) <= len(LIMITS[regime]), f"{ref}: too many stages for {regime}"
            for prev, s in zip(stages, stages[1:]):
                assert s.number == prev.number + 1, f"{ref}: stage {s.number} without the one before"
                assert prev.responded and s.requested >= prev.responded, \
                    f"{ref}: stage {s.number} requested before stage {prev.number} was answered"
            for s in stages:
                for when in (s.acknowledged, s.extended_to, s.responded, s.panel):
                    assert when is None or when >= s.requested, f"{ref}: a stage {s.number} date before its start"
                    assert when is None or s.extended_to == when or when <= EXPORT_DATE, \
                        f"{ref}: a date after the export was taken"
                assert not (s.extended == "No" and s.extended_to), f"{ref}: extended No with a date"
                assert s.outcome in ("", "Withdrawn") or s.responded, f"{ref}: outcome, no response"
                assert s.outcome or not s.responded, f"{ref}: a response with no outcome"
                assert s.panel is None or (regime == "children" and s.number == 3), f"{ref}: panel"
            refused = c["refused"].lower() == "yes"
            assert not (refused and len(stages) > 1), f"{ref}: a refused complaint with a later stage"
            assert refused or not c["refused_reason"], f"{ref}: a reason with refused not Yes"
            remedies = [r.strip() for r in c["remedy"].split(";") if r.strip()]
            assert len(set(remedies)) == len(remedies), f"{ref}: a remedy twice"
            assert all(r in ("Apology", "Financial redress", "Change to procedure",
                             "Staff training", "Reassessment", "Other") for r in remedies), ref
            assert not c["remedy_amount"] or "Financial redress" in remedies, f"{ref}: amount"
            assert MONEY.fullmatch(c["remedy_amount"]), f"{ref}: bad money"
            if regime == "corporate":
                assert not any(c[what] for what in EQUALITY), f"{ref}: equality data, corporate"
            if regime == "children":  # about a child or young person: their age, their needs
                assert c["age_band"] in ("", "Under 16", "16-24"), f"{ref}: age {c['age_band']}"
                assert c["age_band"] != "Under 16" or group_key(c["service_area"]) != \
                    "care leavers", f"{ref}: a care leaver under 16"
                assert c["disability"] != "No" or group_key(c["service_area"]) != \
                    "children with disabilities", f"{ref}: the disability team, not disabled"
            for col, words in (("complainant", ("The person", "Parent", "Carer", "Advocate",
                                                "MP or councillor", "Other")),
                               ("advocate", ("Yes", "No")), ("dispute_resolution", ("Yes", "No")),
                               ("refused", ("Yes", "No"))):
                assert c[col] in ("",) + words, f"{ref}: {col} {c[col]!r}"
        named = Counter(o["complaint"] for o in lgsco if o["complaint"])
        assert max(named.values()) == 1, "a complaint named by two Ombudsman cases"
        for o in lgsco:
            if not o["complaint"]:
                continue
            ref = o["reference"]
            c = by_ref.get(o["complaint"])
            assert c is not None, f"lgsco {ref}: no complaint {o['complaint']}"
            regime = REGIME_KEYS[group_key(c["regime"])]
            assert regime != "adult" or c["route"] == "Statutory", \
                f"lgsco {ref}: names an adult complaint that is not statutory"
            assert c["refused"].lower() != "yes", f"lgsco {ref}: names a refused complaint"
            # After the procedure's last stage (or, premature, after an earlier one: the
            # complainant went to the Ombudsman before asking for the council's next stage).
            stages = self.stages(c)
            last = stages[-1]
            assert last.outcome in ("Upheld", "Partly upheld", "Not upheld"), \
                f"lgsco {ref}: names a complaint whose last stage has no finding"
            finished = len(stages) >= FINISHED_AFTER_STAGE[regime]
            assert finished != (o["decision"] == "Premature"), \
                f"lgsco {ref}: {o['decision'] or 'open'} after stage {len(stages)} of {regime}"
            assert last.responded < o["received"] <= last.responded + dt.timedelta(days=365), \
                f"lgsco {ref}: not within 12 months after the council's last response"
            assert o["received"] <= EXPORT_DATE and (o["decided"] is None or o["decided"]
                                                     <= EXPORT_DATE or regime == "adult"), \
                f"lgsco {ref}: a date after the export was taken"

    def run(self, complaints: list[dict], lgsco: list[dict]) -> None:
        c_ = self.c
        self.check_rules(complaints, lgsco)
        c_.lines.append("ok   regimes: the contract's stage rules (stages in order, requested "
                        "after the response before, dates after each start and by the export, "
                        "panels, refused, remedies; children's ages Under 16 or 16-24, care "
                        "leavers 16-24, the disability team's children disabled; no corporate "
                        "equality data); each Ombudsman case names a complaint once, not refused, "
                        "whose last stage was answered with a finding in the 12 months before the "
                        "case, and is premature exactly when that stage was not the one after "
                        "which the regime's complaints go to the Ombudsman")
        self.computed = {}
        for year in ("2022/23", "2023/24"):
            f = self.figures(complaints, lgsco, year)
            self.computed[year] = f
            for regime in ("children", "corporate"):
                want = EXPECTED_REGIMES[regime][year]
                got = f[regime]
                for key, expected in want.items():
                    if key == "received":
                        value = got["received"]["all"]
                    elif key in ("financial_redress_pence", "equality.none recorded"):
                        value = got.get(key, 0)
                    elif key == "fault_reasons.total":
                        value = sum(got["fault_reasons"].values())
                    else:
                        value = {k: v for k, v in got.get(key, Counter()).items() if v}
                    c_.expect(f"{regime} {key}", year, value, expected)
                for stage in range(1, len(LIMITS[regime]) + 1):
                    median, mean = self.measures(got.get(f"stage_{stage}.days", []))
                    c_.lines.append(f"     {regime} stage_{stage} working days {year}: "
                                    f"median {median}, mean {mean}")
                    esc = got.get(f"stage_{stage}.escalated")
                    if esc:
                        rate = percent(esc[f"Escalated to stage {stage + 1}"], sum(esc.values()))
                        lo, hi = ESCALATION_AIMS[(regime, stage)]
                        c_.expect(f"{regime} escalation {stage}->{stage + 1}", year,
                                  f"{rate}% ({esc[f'Escalated to stage {stage + 1}']} of "
                                  f"{sum(esc.values())})",
                                  f"{rate}% ({esc[f'Escalated to stage {stage + 1}']} of "
                                  f"{sum(esc.values())})" if lo <= rate <= hi
                                  else f"between {lo}% and {hi}%")
            for regime in ("adult", "children", "corporate"):
                got = {k: v for k, v in f[regime].get("ombudsman", Counter()).items() if v}
                c_.expect(f"{regime} ombudsman", year, got, EXPECTED_TAKEN[regime][year])
        regime_of = {c["reference"]: REGIME_KEYS[group_key(c["regime"])] for c in complaints}
        c_.expect("lgsco cases naming a complaint", "all",
                  dict(Counter(regime_of[o["complaint"]] for o in lgsco if o["complaint"])),
                  LINKED_OMBUDSMAN_CASES)
        self.edges(complaints)

    def edges(self, complaints: list[dict]) -> None:
        """The working-day cases the sample must exercise, as the adult timescale edges."""
        days, seen = Counter(), Counter()
        for c in complaints:
            regime = REGIME_KEYS[group_key(c["regime"])]
            if regime == "adult" or c["refused"].lower() == "yes":
                continue
            stages = self.stages(c)
            s = stages[0]
            if regime == "children" and s.responded:
                days[self.wd(s.requested, s.responded)] += 1
            seen["received at a weekend"] += s.requested.weekday() >= 5
            seen["escalated twice"] += len(stages) == 3
            seen["stage 3 panel"] += any(x.panel for x in stages)
            seen["extended_to recorded"] += any(x.extended_to for x in stages)
            for x in stages:
                end = x.panel or x.responded
                if end and any(x.requested < dt.date(y, 12, 25) < end for y in (2022, 2023)):
                    seen["across Christmas"] += 1
                if end and any(x.requested < h < end for h in (dt.date(2023, 4, 7), dt.date(2024, 3, 29))):
                    seen["across Good Friday"] += 1
                if x.acknowledged and x.acknowledged.weekday() == 4 and \
                        x.acknowledged + 3 * ONE_DAY in BANK_HOLIDAYS and regime == "corporate":
                    seen["acknowledged on a Friday before a bank holiday"] += 1
        edges = {"children stage 1 on day 10": days[10], "on day 11": days[11],
                 "on day 20": days[20], "on day 21": days[21], **seen}
        self.c.expect("regimes edges", "all", edges,
                      edges if min(edges.values()) > 0 else "each above 0")

    def compare_with(self, tool: str, folder: Path) -> None:
        """Every figure of `regimes` against what `tool figures --format json` prints."""
        import json
        import subprocess
        for year, f in self.computed.items():
            last = f"{int(year[:4]) + 1}-03-31"
            out = subprocess.run([tool, "figures", "--data", str(folder), "--year", year,
                                  "--as-of", last, "--format", "json"],
                                 capture_output=True, text=True, check=True).stdout
            figures = json.loads(out)
            regimes = figures["regimes"]
            differ = self.compare_ombudsman(figures["ombudsman"], self.c.ombudsman[year])
            for regime, tables in regimes.items():
                mine = f.get(regime, {})
                for key, value in tables.items():
                    parts = [(key, value)] if not key.startswith("stage_") else \
                        [(f"{key}.{k}", v) for k, v in value.items()]
                    for name, v in parts:
                        if name.startswith("previous_") or ".previous_" in name:
                            continue
                        if isinstance(v, dict):  # a breakdown: its rows' counts
                            column = v["rows"][0] if v["rows"] else {}
                            label = next((k for k in column if k not in ("count", "percent",
                                          "previous_count", "previous_percent")), None)
                            theirs = {r[label]: r["count"] for r in v["rows"] if r["count"]}
                            ours = {k: n for k, n in mine.get(name, Counter()).items() if n}
                            if name in ("refused", "fault_reasons"):
                                ours = {k: n for k, n in ours.items()}
                        elif name.endswith(".received"):
                            theirs = v
                            ours = sum(mine.get(name.replace(".received", ".outcome"),
                                                Counter()).values())
                        elif name.endswith("working_days"):
                            median, mean = self.measures(mine.get(name.split(".")[0] + ".days", []))
                            theirs, ours = v, median if "median" in name else mean
                        else:
                            theirs, ours = v, mine.get(name, 0)
                        if theirs != ours:
                            differ.append(f"{regime}.{name}: tool {theirs}, check {ours}")
            self.c.expect(f"tool agrees ({Path(tool).name})", year, differ, [])

    @staticmethod
    def compare_ombudsman(theirs: dict, mine: dict) -> list[str]:
        """The tool's `ombudsman` (the adult report's cases) and `ombudsman.every_service`
        against the check's; what differs, worded as compare_with words it."""
        differ = []
        for key, value in theirs["every_service"].items():
            if value != mine["every_service"].get(key, "missing"):
                differ.append(f"ombudsman.every_service.{key}: tool {value}, "
                              f"check {mine['every_service'].get(key, 'missing')}")
        adult = mine["adult"]
        pairs = [(key, theirs[key], adult[key]) for key in
                 ("received", "previous_received", "still_open", "financial_remedies",
                  "financial_remedy_pence")]
        pairs.append(("decided", {r["decision"]: r["count"] for r in theirs["decided"]["rows"]
                                  if r["count"]}, dict(adult["decisions"])))
        for key, tool, check in pairs:
            if tool != check:
                differ.append(f"ombudsman.{key}: tool {tool}, check {check}")
        return differ


def percent(part: int, whole: int) -> int:
    return (200 * part + whole) // (2 * whole) if whole else 0  # half up


MONEY = re.compile(r"(£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)?")


def money(text: str) -> float:
    text = text.replace("£", "").replace(",", "")
    return float(text) if text else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Write the sample data folder data-samples/, or --check it.")
    parser.add_argument("--check", action="store_true",
                        help="recompute the tables from data-samples/ and assert each figure")
    parser.add_argument("--data", type=Path, default=OUT,
                        help="folder to check (default: data-samples/)")
    parser.add_argument("--tool", metavar="ASCREPORT",
                        help="with --check: also compare every figure of `regimes` and the "
                             "Ombudsman figures (`ombudsman`, `ombudsman.every_service`) with what "
                             "this ascreport build's `figures --format json` prints")
    args = parser.parse_args()
    if args.tool and not args.check:
        parser.error("--tool goes with --check")
    if args.check:
        try:
            return 0 if Checker(args.data, args.tool).run() else 1
        except AssertionError as e:
            print(f"FAIL: contract check: {e}")
            return 1
    generate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
