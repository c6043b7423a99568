#!/usr/bin/env python3
"""Writes tests/fixtures/stage-rows/: a case system's export with a row per stage of each
complaint, and its contract/ copy with a row per complaint, holding the same records.

The records are data-samples/complaints.csv's children's social care complaints (all of them)
and corporate complaints (every one escalated to stage 2, and every fourth of the others), with
the Ombudsman cases of data-samples/lgsco.csv about them. The export is shaped as a case system
writes it: a title line above the header, its own headers, a row for each stage with that
stage's dates and outcome and the complaint's own fields repeated, the stages spelt as its
procedures name them ("Stage 2 - Investigation"), its own spellings of outcomes, methods and
regimes, and the rows in the order the stages were received (a stage 2 row far below its
stage 1 row). `ascreport init` must propose a report.toml that reads it as the contract copy
reads (tests/init/init_stage_rows_test.cpp).

    python3 scripts/make-stage-rows-fixture.py           # rewrite the folder
    python3 scripts/make-stage-rows-fixture.py --check   # same bytes?
"""
import csv
import io
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data-samples"
OUT = ROOT / "tests/fixtures/stage-rows"

# The contract copy's columns (docs/input-format.md), as data-samples names them.
CONTRACT = ["reference", "received", "route", "method", "service_area", "provider", "responded", "outcome",
            "extended", "gender", "age_band", "ethnicity", "disability", "regime", "acknowledged", "extended_to",
            "stage2_requested", "stage2_acknowledged", "stage2_extended", "stage2_extended_to", "stage2_responded",
            "stage2_outcome", "stage3_requested", "stage3_acknowledged", "stage3_extended", "stage3_extended_to",
            "stage3_panel", "stage3_responded", "stage3_outcome", "complainant", "advocate", "dispute_resolution",
            "remedy", "remedy_amount", "fault_reason", "refused", "refused_reason"]

# The export's headers, and the contract column (or the stage's own field) each holds.
EXPORT = [("Case Ref", "reference"), ("Complaint Stage", "stage"), ("Date Received", "received"),
          ("Date Acknowledged", "acknowledged"), ("Extension Agreed", "extended"),
          ("Extended Until", "extended_to"), ("Date Closed", "responded"), ("Decision", "outcome"),
          ("Review Panel Date", "panel"), ("Complaint Type", "route"), ("Contact Method", "method"),
          ("Team", "service_area"), ("Provider Name", "provider"), ("Sex", "gender"), ("Age Range", "age_band"),
          ("Ethnic Origin", "ethnicity"), ("Disability Status", "disability"), ("Complaints Procedure", "regime"),
          ("Complainant Type", "complainant"), ("Advocacy", "advocate"), ("Mediation", "dispute_resolution"),
          ("Remedies", "remedy"), ("Compensation", "remedy_amount"), ("Reason for Fault", "fault_reason"),
          ("Complaint Refused", "refused"), ("Reason Refused", "refused_reason")]
STAGE_FIELDS = ["received", "acknowledged", "extended", "extended_to", "responded", "outcome"]

# How the case system spells the stages of each procedure, and some contract values.
STAGE_NAMES = {"Children's social care": ["Stage 1 - Local Resolution", "Stage 2 - Investigation",
                                          "Stage 3 - Review Panel"],
               "Corporate": ["Stage 1", "Stage 2"]}
OUTCOME = {"Partly upheld": "Partially Upheld", "Partially upheld": "Partially Upheld"}
METHOD = {"Contact Center/Form": "Online Form", "Contact centre/form": "Online Form", "Phone": "Telephone"}
REGIME = {"Children's social care": "Children's Services", "Corporate": "Corporate"}
# data-samples' own spellings, which its report.toml maps, as the contract writes them.
CONTRACT_VALUE = {"Partially upheld": "Partly upheld", "Contact Center/Form": "Contact centre/form"}


def uk_to_iso(d):
    if not d:
        return ""
    day, month, year = d.split("/")
    return date(int(year), int(month), int(day)).isoformat()


def chosen(rows):
    """The children's complaints, the corporate ones with a stage 2, every fourth other."""
    out, others = [], 0
    for r in rows:
        if r["Regime"] == "Children's social care":
            out.append(r)
        elif r["Regime"] == "Corporate":
            if r["Stage2_Requested"]:
                out.append(r)
            else:
                others += 1
                if others % 4 == 1:
                    out.append(r)
    return out


def contract_row(r):
    row = {c: r[c.title()] for c in CONTRACT}  # data-samples writes "Stage2_Requested"
    for c in CONTRACT:
        if c in ("received", "responded", "acknowledged", "extended_to") or c.endswith(
                ("_requested", "_acknowledged", "_extended_to", "_responded", "_panel")):
            row[c] = uk_to_iso(row[c]) if "/" in row[c] else row[c]
        elif row[c] in CONTRACT_VALUE:
            row[c] = CONTRACT_VALUE[row[c]]
    return row


def stage_rows(c):
    """The complaint `c` (a contract row) as the export's rows, one per stage."""
    own = {k: c[k] for k in ["route", "method", "service_area", "provider", "gender", "age_band", "ethnicity",
                             "disability", "regime", "complainant", "advocate", "dispute_resolution", "remedy",
                             "remedy_amount", "fault_reason", "refused", "refused_reason"]}
    own["method"] = METHOD.get(own["method"], own["method"])
    own["regime"] = REGIME[c["regime"]]
    names = STAGE_NAMES[c["regime"]]
    rows = []
    for n in (1, 2, 3):
        if n == 1:
            s = {f: c[f] for f in STAGE_FIELDS}
            s["panel"] = ""
        else:
            p = f"stage{n}_"
            if not c[p + "requested"]:
                break
            s = {"received": c[p + "requested"], "acknowledged": c[p + "acknowledged"],
                 "extended": c[p + "extended"], "extended_to": c[p + "extended_to"],
                 "responded": c[p + "responded"], "outcome": c[p + "outcome"],
                 "panel": c[p + "panel"] if n == 3 else ""}
        s["outcome"] = OUTCOME.get(s["outcome"], s["outcome"])
        row = {"reference": c["reference"], "stage": names[n - 1], **s, **own}
        rows.append(row)
    return rows


def uk(d):
    if not d:
        return ""
    y, m, dd = d.split("-")
    return f"{dd}/{m}/{y}"


def write_csv(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def build():
    with open(SAMPLE / "complaints.csv", newline="", encoding="utf-8") as f:
        sample = list(csv.DictReader(f))
    complaints = [contract_row(r) for r in chosen(sample)]
    refs = {c["reference"] for c in complaints}
    files = {}
    files["contract/complaints.csv"] = write_csv(CONTRACT, [[c[k] for k in CONTRACT] for c in complaints])

    rows = [r for c in complaints for r in stage_rows(c)]
    rows.sort(key=lambda r: (r["received"], r["reference"]))  # the order the stages came in
    date_fields = {"received", "acknowledged", "extended_to", "responded", "panel"}
    export = [[uk(r[k]) if k in date_fields else r[k] for _, k in EXPORT] for r in rows]
    title = "Complaints by stage: Children's Services and Corporate, all stages (exported from CaseTrack)\n"
    files["Complaint Stages.csv"] = title + write_csv([h for h, _ in EXPORT], export)

    with open(SAMPLE / "lgsco.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        cases = [r for r in reader if r["complaint"] in refs]
    lgsco = write_csv(header, [[r[k] for k in header] for r in cases])
    files["lgsco.csv"] = lgsco
    files["contract/lgsco.csv"] = lgsco
    return files


def main():
    check = "--check" in sys.argv[1:]
    files = build()
    bad = False
    for name, text in files.items():
        path = OUT / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path}: differs from what the script writes", file=sys.stderr)
                bad = True
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
