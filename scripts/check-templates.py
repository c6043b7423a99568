#!/usr/bin/env python3
"""Lint the annual-report template against docs/templates.md, without building the engine.

    python3 scripts/check-templates.py [TEMPLATE_DIR] [NARRATIVE_DIR ...]

Defaults: the repository's report-templates/annual-report and data-samples/narrative. Checks, per file and line:

- every {{...}} is one of the forms docs/templates.md lists, and uses only its names;
- block directives ({{table}}, {{chart}}, {{list}}, {{cases}}, {{quotes}}, {{contacts}},
  {{key-facts}}, {{text}}) stand alone in their paragraph, and every {{text NAME}} has a
  default text/NAME.md; conditions ({{if NAME}}, {{if known NAME}}, {{if any NAME ...}},
  {{else}}, {{end}}) may stand alone or sit inside a sentence, nest, and are balanced;
- no digit is typed in prose, except the fixed kinds (20 working days, the years of
  legislation, age-band labels, link addresses);
- no direction word ("increased", "fewer", ...) is typed outside {{change}}/{{compare}};
- the sections of template.toml carry the reference report's sections, in its order.

Exit status 0 when clean, 1 with one line per problem on standard output.
"""
import re
import sys
import tomllib
from pathlib import Path

# --- the names of docs/templates.md --------------------------------------------------------
TEXT_NAMES = {"year", "previous_year", "year_before", "next_year", "year_start", "year_end",
              "council", "service", "published", "phone", "email", "web", "complaints_web"}
NUMBER_NAMES = {"complaints", "statutory", "informal", "corporate", "upheld_or_partly",
                "over_20_extended", "timescale_percent", "timescale_left_out", "concerns", "compliments",
                "long_term_support", "lgsco.new", "lgsco.decided", "lgsco.upheld",
                "lgsco.still_open", "lgsco.financial_remedies",
                "lgsco.financial_remedy_amount", "regional.total", "suppress_below"}
TABLES = {"route", "outcome", "method", "service_area", "timescale", "gender", "age_band",
          "ethnicity", "disability", "month", "provider", "category", "compliments_month",
          "lgsco_decided", "regional"}
FILE_CONDITIONS = {"concerns", "compliments", "lgsco", "regional", "own_age_bands", "contacts"}
BLOCK_TABLES = TABLES | {"complaints_vs_compliments"}

NAME_RE = re.compile(r"^(?:(?P<table>[a-z_]+)(?:\[(?P<value>[^\[\]\"]+)\]|\.total)|(?P<plain>[a-z0-9_.]+))$")


def number_name(name):
    """None when NAME is a number figure (with .previous etc.), else why not."""
    base, suffix = name, None
    for s in (".previous", ".before"):
        if name.endswith(s):
            base, suffix = name[: -len(s)], s
    m = NAME_RE.match(base)
    if not m:
        return f'"{name}" is not a figure name'
    if m["table"]:
        if m["table"] not in TABLES:
            return f'"{m["table"]}" is not a table'
    elif m["plain"] not in NUMBER_NAMES:
        return f'"{m["plain"]}" is not a number figure'
    if suffix == ".before" and m["plain"] != "timescale_percent":
        return ".before exists only for timescale_percent"
    return None


def tokens_of(body):
    """Split a placeholder into words: "quoted words" and names with [bracketed values] whole."""
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c.isspace():
            i += 1
        elif c == '"':
            j = body.index('"', i + 1) if '"' in body[i + 1:] else len(body)
            out.append(body[i:j + 1])
            i = j + 1
        else:
            j, depth = i, 0
            while j < len(body) and (depth or not body[j].isspace()):
                depth += {"[": 1, "]": -1}.get(body[j], 0)
                j += 1
            out.append(body[i:j])
            i = j
    return out


def check_inline(body):
    """Check one {{...}} that sits inside prose; returns a problem or None."""
    if body in TEXT_NAMES:
        return None
    tokens = tokens_of(body)
    head = tokens[0] if tokens else ""
    words = [t for t in tokens[1:] if t.startswith('"')]
    names = [t for t in tokens[1:] if not t.startswith('"')]
    if len(tokens) == 1:
        return number_name(body)
    if head == "percent":
        if words or len(names) not in (1, 3) or (len(names) == 3 and names[1] != "of"):
            return "write {{percent NAME}} or {{percent NAME of NAME}}"
        if len(names) == 1 and "[" not in names[0]:
            return "{{percent NAME}} needs a table row (TABLE[VALUE]); use 'percent A of B'"
        return next((p for p in map(number_name, names[::2]) if p), None)
    if head == "or":
        pairs = tokens[1:]
        if not pairs or len(pairs) % 2 or any(not pairs[i].startswith('"') or pairs[i + 1].startswith('"')
                                              or pairs[i + 1] not in TEXT_NAMES for i in range(0, len(pairs), 2)):
            return '{{or}} takes "WORDS" NAME pairs, each NAME a text figure such as phone'
        return None
    arity = {"plural": (1, 2), "word": (1, 2), "change": (1, 3), "compare": (2, 3),
             "difference": (1, 0), "money": (1, 0)}
    if head not in arity:
        return f'"{head}" is not a figure form'
    want_names, want_words = arity[head]
    if len(names) != want_names or len(words) != want_words:
        return f"{{{{{head}}}}} takes {want_names} name(s) and {want_words} quoted word(s)"
    if head in ("change", "difference") and (names[0].endswith(".previous") or names[0] in TEXT_NAMES):
        return f"{{{{{head}}}}} needs a figure with a previous year"
    if any(re.search(r"\d", w) for w in words):
        return "a digit inside quoted words"
    return next((p for p in map(number_name, names) if p), None)


def check_block(body):
    """Check a block directive; returns (kind, problem)."""
    parts = body.split()
    head = parts[0]
    if head in ("table", "chart", "list"):
        ok = len(parts) == 2 and (parts[1] in (BLOCK_TABLES if head != "list" else TABLES))
        return head, None if ok else f'"{body}": not a table name'
    if head == "cases":
        return head, None if parts[1:] in (["decided"], ["pending"]) else f'"{body}"'
    if head in ("quotes", "contacts", "key-facts", "else", "end"):
        return head, None if len(parts) == 1 else f'"{body}" takes no argument'
    if head == "text":
        ok = len(parts) == 2 and re.fullmatch(r"[a-z0-9-]+", parts[1])
        return head, None if ok else f'"{body}": text NAME'
    if head == "if":
        names = tokens_of(body)[1:]
        if names and names[0] in ("known", "any"):
            kind, names = names[0], names[1:]
            if not names or (kind == "known" and len(names) != 1):
                return head, f"{{{{if {kind}}}}} needs {'a name' if kind == 'known' else 'names'}"
        elif len(names) != 1:
            return head, "{{if}} needs one name (or known NAME, any NAME NAME ...)"
        for name in names:
            if name in FILE_CONDITIONS or name in TEXT_NAMES:
                continue
            problem = number_name(name)
            if problem:
                return head, problem
        return head, None
    return None, None


BLOCK_HEADS = {"table", "chart", "list", "cases", "quotes", "contacts", "key-facts", "text",
               "if", "else", "end"}
CONDITION_HEADS = {"if", "else", "end"}

# --- prose checks --------------------------------------------------------------------------
ALLOWED_DIGITS = [
    r"\b20(?:-| )working(?:-| )days?\b",                   # the fixed benchmark
    r"\b(?:Regulations|Act) \d{4}\b",                      # legislation years
    r"(?<![\w-])(?:Under 16|16-24|25-34|35-49|50-64|65\+)(?![\w-])",  # age-band labels
]
DIRECTION = re.compile(
    r"\b(increase[sd]?|decrease[sd]?|reduction|reduced|higher|lower|fewer|rose|fell|"
    r"improvement in|marginal|slight(?:ly)?|declined?|up by|down by)\b", re.I)


def prose_problems(text):
    """Digits and direction words left once placeholders, links and comments are removed."""
    text = re.sub(r"\{\{.*?\}\}", " ", text)
    text = re.sub(r"<https?://[^>]*>|\]\(https?://[^)]*\)|<!--.*?-->", " ", text)
    for pattern in ALLOWED_DIGITS:
        text = re.sub(pattern, " ", text, flags=re.I)
    out = []
    for m in re.finditer(r"\S*\d\S*", text):
        out.append(f'a number typed in prose: "{m.group(0)}"')
    for m in DIRECTION.finditer(text):
        out.append(f'a direction word typed in prose: "{m.group(0)}" (use {{{{change}}}} or {{{{compare}}}})')
    return out


def paragraphs(lines):
    """(first line number, [lines]) per blank-line separated block."""
    block, start = [], 0
    for i, line in enumerate(lines + [""], 1):
        if line.strip():
            if not block:
                start = i
            block.append(line)
        elif block:
            yield start, block
            block = []


def check_file(path, text_defaults, problems):
    lines = path.read_text(encoding="utf-8").split("\n")
    depth = 0
    for i, line in enumerate(lines, 1):
        if "<!-- page -->" in line and i != 1:
            problems.append(f"{path}:{i}: <!-- page --> counts only on the first line")
        if line.count("{{") != line.count("}}"):
            problems.append(f"{path}:{i}: unbalanced {{{{ }}}}")
        for p in prose_problems(line):
            problems.append(f"{path}:{i}: {p}")
    for start, block in paragraphs(lines):
        joined = " ".join(l.strip() for l in block)
        whole = re.fullmatch(r"\{\{([^{}]*)\}\}", joined)
        for k, line in enumerate(block):
            for m in re.finditer(r"\{\{(.*?)\}\}", line):
                body = m.group(1).strip()
                if "{{" in body:
                    problems.append(f"{path}:{start + k}: nested {{{{ }}}}")
                    continue
                head = body.split()[0] if body else ""
                if head in BLOCK_HEADS:
                    kind, problem = check_block(body)
                    if not whole and head not in CONDITION_HEADS:
                        problems.append(f"{path}:{start + k}: {{{{{body}}}}} must be alone in its paragraph")
                    if problem:
                        problems.append(f"{path}:{start + k}: {problem}")
                    if kind == "if":
                        depth += 1
                    elif kind == "end":
                        depth -= 1
                        if depth < 0:
                            problems.append(f"{path}:{start + k}: {{{{end}}}} without {{{{if}}}}")
                    elif kind == "else" and depth < 1:
                        problems.append(f"{path}:{start + k}: {{{{else}}}} without {{{{if}}}}")
                    elif kind == "text" and text_defaults is not None:
                        name = body.split()[1]
                        if name not in text_defaults:
                            problems.append(f"{path}:{start + k}: no default text/{name}.md")
                else:
                    problem = check_inline(body)
                    if problem:
                        problems.append(f"{path}:{start + k}: {{{{{body}}}}}: {problem}")
        if block[0].startswith("#") and len(block) > 1:
            problems.append(f"{path}:{start}: a heading runs on into the next line")
    if depth != 0:
        problems.append(f"{path}: {{{{if}}}} without {{{{end}}}}")


# The reference report's sections, in order: (what it is, a pattern for our "# " heading).
REFERENCE_SECTIONS = [
    ("key facts page (infographic)", r"at a glance|key facts"),
    ("contents", None),
    ("Welcome", r"^Welcome$"),
    ("Background", r"^Background$"),
    ("Summary", r"^Summary$"),
    ("Feedback", r"^Feedback$"),
    ("Complaints", r"^Complaints$"),
    ("Complaints regarding external providers", r"^Complaints regarding external providers$"),
    ("Timescales", r"^Timescales$"),
    ("Equality", r"^Equality$"),
    ("Ombudsman", r"^Ombudsman$"),
    ("Compliments", r"^Compliments$"),
    ("Service improvements and learning points", r"^Service improvements and learning points$"),
    ("closing key facts", r"^\{\{service\}\} \{\{year\}\} Complaints and representations key facts and figures$"),
    ("Further information", r"^Further information$"),
]
REFERENCE_SUBSECTIONS = {
    "summary.md": ["Description of complaint types", "Informal", "Statutory", "Corporate"],
    "feedback.md": ["Promoting feedback", "Providing feedback"],
    "complaints.md": ["outcomes", "How people complained", "Complaints by service area"],
    "equality.md": ["Gender", "Age", "Ethnicity", "Disability"],
    "ombudsman.md": ["Cases decided", "not decided", "regional comparison"],
    "service-improvements.md": ["Most common areas of feedback", "Communication", "Standard of service",
                                "compliments", "Responding to and learning from complaints",
                                "Service area improvements"],
}


def check_order(tdir, sections, problems):
    got = []
    for s in sections:
        if s == "contents":
            got.append((s, "contents"))
            continue
        lines = (tdir / s).read_text(encoding="utf-8").split("\n")
        heads = [l[2:].strip() for l in lines if l.startswith("# ")]
        if len(heads) != 1:
            problems.append(f"{tdir / s}: has {len(heads)} '# ' headings; a section file has one")
        got.append((s, heads[0] if heads else ""))
        subs = [l.lstrip("#").strip() for l in lines if l.startswith("##")]
        pos = 0
        for want in REFERENCE_SUBSECTIONS.get(s, []):
            idx = next((j for j in range(pos, len(subs)) if want.lower() in subs[j].lower()), None)
            if idx is None:
                problems.append(f"{tdir / s}: subsection '{want}' missing or out of order")
            else:
                pos = idx + 1
    if len(got) != len(REFERENCE_SECTIONS):
        problems.append(f"{tdir}/template.toml: {len(got)} sections, the reference has {len(REFERENCE_SECTIONS)}")
    for (what, pattern), (file, head) in zip(REFERENCE_SECTIONS, got):
        ok = head == "contents" if pattern is None else re.search(pattern, head, re.I)
        if not ok:
            problems.append(f"{tdir}/template.toml: expected {what}, found {file} ('{head}')")


def main(argv):
    root = Path(__file__).resolve().parent.parent
    tdir = Path(argv[1]) if len(argv) > 1 else root / "report-templates/annual-report"
    ndirs = [Path(a) for a in argv[2:]] or [root / "data-samples/narrative"]
    problems = []
    toml = tomllib.loads((tdir / "template.toml").read_text(encoding="utf-8"))
    sections = toml.get("sections", [])
    for s in sections:
        if s != "contents" and not (tdir / s).is_file():
            problems.append(f"{tdir}/template.toml: no file {s}")
    defaults = {p.stem for p in (tdir / "text").glob("*.md")}
    for s in sections:
        if s != "contents" and (tdir / s).is_file():
            check_file(tdir / s, defaults, problems)
    for p in sorted((tdir / "text").glob("*.md")):
        check_file(p, defaults, problems)
    for d in ndirs:
        for p in sorted(d.glob("*.md")):
            if p.stem not in defaults:
                problems.append(f"{p}: no default text/{p.stem}.md in the template")
            check_file(p, defaults, problems)
    used = set()
    for s in sections:
        if s != "contents" and (tdir / s).is_file():
            used |= set(re.findall(r"\{\{text ([a-z0-9-]+)\}\}", (tdir / s).read_text(encoding="utf-8")))
    for name in sorted(defaults - used):
        problems.append(f"{tdir}/text/{name}.md: no section uses {{{{text {name}}}}}")
    if not problems:
        check_order(tdir, sections, problems)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
