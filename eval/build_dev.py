#!/usr/bin/env python3
"""Rebuild evaluation records from the raw corpora in /work/shared/data.

Writes JSON Lines in the format of /work/shared/dev/dev.jsonl:
  id, source, title, provider, level, hours, mode, [credits], description
where description is the record's free-text fields, each introduced by its
field label (or, for edX / Udemy / Udacity, the bare text as dev.jsonl has it).

Usage:
  python3 eval/build_dev.py --ids eval/own_labels_en.csv [--ids other.csv ...] \
      --out out/eval/own_dev.jsonl
  python3 eval/build_dev.py --all glasgow --out out/eval/glasgow.jsonl
  python3 eval/build_dev.py --check        # compare with /work/shared/dev/dev.jsonl

Id scheme (worked out from dev.jsonl):
  coursera:<0-based data row of Coursera_Data_Cleaned1.csv, as Python's csv reads it>
  edx:<0-based data row of EdX.csv>   udemy:<row of UdemyCourses.csv>
  udacity:<row of Udacity.csv>        glasgow:<index in glasgow.json>
  deakin:<index in deakin.json>       unibs:<id column>
  fub:<0-based data row of fub_modules_de.csv>   usp:<sigla>
  thomasmore:<z_code>

Python 3 standard library only. The corpora are never copied into the
repository; this script reads them at run time and exits 0 with a message
when they are absent.
"""
import argparse
import csv
import json
import os
import re
import sys

_SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
DATA = os.environ.get("MCAUDIT_DATA", os.path.join(_SHARED, "data"))
DEV = os.environ.get("MCAUDIT_DEV", os.path.join(_SHARED, "dev", "dev.jsonl"))
SOURCES = ["coursera", "edx", "udemy", "udacity", "glasgow", "deakin",
           "unibs", "fub", "usp", "thomasmore"]

csv.field_size_limit(sys.maxsize)


def read_csv(path):
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        return list(csv.reader(f))


def rec(id_, source, title="", provider="", level="", hours="", mode="",
        description="", credits=None):
    r = {"id": id_, "source": source, "title": title, "provider": provider,
         "level": level, "hours": hours, "mode": mode}
    if credits is not None:
        r["credits"] = credits
    r["description"] = description
    return r


def labelled(parts, sep="\n\n"):
    """parts: (label, text); empty texts are left out."""
    return sep.join("%s\n%s" % (lab, txt) for lab, txt in parts if txt.strip())


# --------------------------------------------------------------- coursera
C_HEAD = ['Course Title', 'Rating', 'Level', 'Schedule', 'What you will learn',
          'Skill gain', 'Modules', 'Instructor', 'Offered By', 'Keyword',
          'Course Url', 'Duration to complete (Approx.)', 'Number of Review']


_QEND = re.compile(r'"(?=,(?:[^\s,]|,|$)|\s*$)')


def _split_raw_record(raw):
    """Split one raw CSV record whose quoted fields contain unescaped quotes.

    A quoted field ends at a quote followed by a comma and then a non-blank
    character (next field) or by the end of the record; inner quotes such as
    `"Checklist", Consultative` (comma + space) or `"Dr. T" Chamillard` stay
    in the text.  Doubled quotes are unescaped.  Returns the list of fields
    or None."""
    raw = raw.rstrip("\r\n")
    out, p, n = [], 0, len(raw)
    while True:
        if p < n and raw[p] == '"':
            m = _QEND.search(raw, p + 1)
            while m and m.start() + 1 < n and raw[m.start() + 1] == '"':
                m = _QEND.search(raw, m.start() + 2)
            if not m:
                return None
            out.append(raw[p + 1:m.start()].replace('""', '"'))
            p = m.start() + 1
        else:
            q = raw.find(",", p)
            q = n if q < 0 else q
            out.append(raw[p:q])
            p = q
        if p >= n:
            return out
        if raw[p] != ",":
            return None
        p += 1
        if p == n:
            out.append("")
            return out


def coursera_rows():
    """Data rows as Python's csv module numbers them (ids are 0-based indices).

    Rows the csv module reads as 13 fields are used as read (this is what
    dev.jsonl does, including quote artefacts inside a field).  The 249 rows
    that come out with more than 13 fields (unescaped quotes inside a field)
    are re-split from their raw text; a row that still does not give 13
    fields with the URL in place is None (not identifiable, skipped)."""
    path = os.path.join(DATA, "coursera2023", "Coursera_Data_Cleaned1.csv")
    with open(path, encoding="utf-8", newline="") as f:
        lines = list(f)  # same line splitting as the csv reader sees
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        next(rd)
        prev = rd.line_num
        for row in rd:
            start, prev = prev, rd.line_num
            if len(row) == len(C_HEAD):
                out.append(row)
                continue
            fixed = _split_raw_record("".join(lines[start:prev]))
            if fixed is None or len(fixed) != len(C_HEAD) or not fixed[10].startswith("http"):
                fixed = None
            out.append(fixed)
    return out


def build_coursera():
    for i, x in enumerate(coursera_rows()):
        if x is None:
            yield "coursera:%d" % i, None
            continue
        desc = "What you will learn: %s\nSkills you will gain: %s\nModules: %s" % (
            x[4], x[5], x[6])
        yield "coursera:%d" % i, rec("coursera:%d" % i, "coursera", x[0], x[8],
                                     x[2], x[11], x[3], desc)


# --------------------------------------------------------- edx/udemy/udacity
def _clean_mooc(s):
    return s  # kept verbatim (dev.jsonl keeps no-break spaces etc.)


def build_edx():
    rows = read_csv(os.path.join(DATA, "mooc_edx_udacity_udemy", "EdX.csv"))[1:]
    for i, x in enumerate(rows):
        # header is shifted: 'Course Description' = short blurb, 'Skills' = long text
        desc = "\n\n".join(_clean_mooc(t) for t in (x[4], x[5]) if t.strip())
        yield "edx:%d" % i, rec("edx:%d" % i, "edx", x[0], x[1], x[2], "", "", desc)


def build_udemy():
    rows = read_csv(os.path.join(DATA, "mooc_edx_udacity_udemy", "UdemyCourses.csv"))[1:]
    for i, x in enumerate(rows):
        desc = _clean_mooc(x[5])
        yield "udemy:%d" % i, rec("udemy:%d" % i, "udemy", x[0], x[1], x[2], "", "", desc)


def build_udacity():
    rows = read_csv(os.path.join(DATA, "mooc_edx_udacity_udemy", "Udacity.csv"))[1:]
    for i, x in enumerate(rows):
        desc = _clean_mooc(x[5]) if len(x) > 5 else ""
        yield "udacity:%d" % i, rec("udacity:%d" % i, "udacity", x[0], x[1], x[2], "", "", desc)


# --------------------------------------------------------- glasgow / deakin
def _build_ilos(source, fname, provider):
    with open(os.path.join(DATA, "glasgow_deakin_ilos", fname), encoding="utf-8") as f:
        items = json.load(f)
    for i, x in enumerate(items):
        desc = labelled([("Aims", x.get("aims") or ""),
                         ("Intended learning outcomes", x.get("ilos") or "")])
        yield "%s:%d" % (source, i), rec("%s:%d" % (source, i), source,
                                         x.get("name") or "", provider, "", "",
                                         x.get("semester") or "", desc)


def build_glasgow():
    return _build_ilos("glasgow", "glasgow.json", "University of Glasgow")


def build_deakin():
    return _build_ilos("deakin", "deakin.json", "Deakin University")


# ------------------------------------------------------------------- unibs
def build_unibs():
    r = read_csv(os.path.join(DATA, "unibs_syllabi_it", "unibs_syllabi_it.csv"))
    h = r[0]
    for row in r[1:]:
        x = dict(zip(h, row))
        desc = labelled([("Obiettivi formativi", x["goals_obiettivi_formativi"]),
                         ("Modalità di verifica dell'apprendimento",
                          x["exam_mode_verifica_apprendimento"]),
                         ("Prerequisiti", x["requirements_prerequisiti"])])
        i = "unibs:" + x["id"]
        yield i, rec(i, "unibs", x["name"], "Università degli Studi di Brescia",
                     "", "", "", desc, credits=x["cfu"])


# --------------------------------------------------------------------- fub
def build_fub():
    r = read_csv(os.path.join(DATA, "fub_modules_de", "fub_modules_de.csv"))
    h = r[0]
    for n, row in enumerate(r[1:]):
        x = dict(zip(h, row))
        desc = labelled([("Qualifikationsziele", x["goals"]),
                         ("Inhalte", x["content"]),
                         ("Prüfungsform", x["exam"])])
        i = "fub:%d" % n
        yield i, rec(i, "fub", x["name"], "Freie Universität Berlin", "",
                     x["total_work"], "", desc, credits=x["credit_points"])


# --------------------------------------------------------------------- usp
def build_usp():
    r = read_csv(os.path.join(DATA, "usp_eel_pyjupiter_pt", "usp_eel_disciplinas_pt.csv"))
    h = r[0]
    for row in r[1:]:
        x = dict(zip(h, row))
        desc = labelled([("Objetivos", x["objetivos"]),
                         ("Programa resumido", x["programa_resumido"]),
                         ("Método de avaliação", x["avaliacao_metodo"])])
        i = "usp:" + x["sigla"]
        yield i, rec(i, "usp", x["nome"], "Universidade de São Paulo", "",
                     x["carga_horaria"], "", desc, credits=x["creditos_aula"])


# -------------------------------------------------------------- thomasmore
def build_thomasmore():
    r = read_csv(os.path.join(DATA, "thomasmore_ects_nl", "thomasmore_courses_nl.csv"))
    h = r[0]
    for row in r[1:]:
        x = dict(zip(h, row))
        desc = labelled([("Doelstellingen", x["objectives_joined"]),
                         ("Leerinhoud", x["learning_contents_text"])])
        i = "thomasmore:" + x["z_code"]
        yield i, rec(i, "thomasmore", x["course_name"], "Thomas More", "", "", "",
                     desc, credits="")


BUILDERS = {s: globals()["build_" + s] for s in SOURCES}


def load_source(source, cache={}):
    if source not in cache:
        cache[source] = dict(BUILDERS[source]())
    return cache[source]


def get_record(id_):
    source = id_.split(":", 1)[0]
    if source not in BUILDERS:
        return None
    return load_source(source).get(id_)


def dumps(r):
    return json.dumps(r, ensure_ascii=False)


def check():
    if not os.path.exists(DEV):
        print("dev set %s absent: nothing to check" % DEV)
        return 0
    stats = {}
    with open(DEV, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            s = stats.setdefault(d["source"], [0, 0, 0, []])
            s[0] += 1
            r = get_record(d["id"])
            if r is None:
                s[3].append(d["id"] + " (not rebuilt)")
                continue
            if r["description"] == d["description"]:
                s[1] += 1
            else:
                s[3].append(d["id"])
            r2 = dict(r)
            if "credits" in d and "credits" not in r2:
                r2["credits"] = d["credits"]
                r2["description"] = r2.pop("description")
            if dumps(r2) + "\n" == line:
                s[2] += 1
    tot = [0, 0, 0]
    print("%-11s %5s %12s %12s" % ("source", "n", "description", "whole line"))
    for src in SOURCES:
        if src not in stats:
            continue
        n, m, w, bad = stats[src]
        tot[0] += n; tot[1] += m; tot[2] += w
        print("%-11s %5d %6d %4.0f%% %6d %4.0f%%" % (src, n, m, 100.0 * m / n, w, 100.0 * w / n))
        if bad:
            print("    differing:", " ".join(bad[:10]))
    n, m, w = tot
    print("%-11s %5d %6d %4.1f%% %6d %4.1f%%" % ("all", n, m, 100.0 * m / n, w, 100.0 * w / n))
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ids", action="append", default=[],
                    help="CSV file with an 'id' column (repeatable)")
    ap.add_argument("--all", action="append", default=[], metavar="SOURCE",
                    choices=SOURCES, help="write every record of SOURCE (repeatable)")
    ap.add_argument("--out", help="output JSON Lines file")
    ap.add_argument("--check", action="store_true",
                    help="compare rebuilt records with %s" % DEV)
    a = ap.parse_args(argv)
    if not os.path.isdir(DATA):
        print("build_dev.py: corpora directory %s is absent; skipping." % DATA)
        return 0
    if a.check:
        return check()
    if not a.out or not (a.ids or a.all):
        ap.error("give --out and at least one --ids or --all (or --check)")
    ids = []
    for path in a.ids:
        if not os.path.exists(path):
            print("build_dev.py: id file %s not found; skipping it." % path)
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("id"):
                    ids.append(row["id"].strip())
    for src in a.all:
        ids.extend(i for i, r in load_source(src).items() if r is not None)
    seen, out, missing = set(), [], []
    for i in ids:
        if i in seen:
            continue
        seen.add(i)
        r = get_record(i)
        if r is None:
            missing.append(i)
        else:
            out.append(r)
    d = os.path.dirname(a.out)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(dumps(r) + "\n")
    print("wrote %d records to %s" % (len(out), a.out))
    if missing:
        print("skipped %d ids not found or not identifiable: %s" % (
            len(missing), " ".join(missing[:20]) + (" ..." if len(missing) > 20 else "")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
