#!/usr/bin/env python3
"""Proves the published files work without JavaScript: Python's standard library and the
jsonschema package only.

Usage: verify-python.py --package DIR [--data DIR]

DIR for --package holds the package as published (dist/ and schema/, e.g. an unpacked npm
tarball); --data is a data directory of the repository, whose files are checked against the
shipped JSON Schemas too. Prints one line per check and exits 1 if any failed.
"""
import argparse
import csv
import datetime
import hashlib
import importlib.metadata
import json
import os
import sys

from jsonschema import Draft202012Validator, FormatChecker

failures = []
passes = 0


def check(ok, what):
    global passes
    if ok:
        passes += 1
    else:
        failures.append(what)
        print(f"FAIL {what}")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validate(instance, schema_path, label):
    validator = Draft202012Validator(load_json(schema_path), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(f"  {label}: /{'/'.join(map(str, e.path))}: {e.message}")
    check(not errors, f"{label} is valid against {os.path.basename(schema_path)}")


def cast(value, field):
    """A CSV cell as the Table Schema field says, or raises ValueError."""
    kind = field["type"]
    if value == "":
        return None
    if kind == "integer":
        return int(value)
    if kind == "boolean":
        if value not in ("true", "false"):
            raise ValueError(f"{value!r} is not a boolean")
        return value == "true"
    if kind == "date":
        datetime.date.fromisoformat(value)
        return value
    return value


def load_table(package_dir, resource):
    path = os.path.join(package_dir, "dist", resource["path"])
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    check("\ufeff" not in raw[:1], f"{resource['path']} has no byte order mark")
    check(raw.endswith("\r\n"), f"{resource['path']} ends its last record with CRLF")
    reader = csv.reader(raw.splitlines(keepends=True), strict=True)
    header = next(reader)
    fields = resource["schema"]["fields"]
    check(header == [f["name"] for f in fields], f"{resource['path']} header matches its schema")
    rows = []
    for number, record in enumerate(reader, start=2):
        if len(record) != len(fields):
            check(False, f"{resource['path']} line {number} has {len(record)} fields")
            continue
        row = {}
        for value, field in zip(record, fields):
            constraints = field.get("constraints", {})
            try:
                typed = cast(value, field)
            except ValueError as e:
                check(False, f"{resource['path']} line {number} {field['name']}: {e}")
                continue
            if constraints.get("required") and typed is None:
                check(False, f"{resource['path']} line {number} {field['name']} is required")
            if "enum" in constraints and typed is not None and typed not in constraints["enum"]:
                check(False, f"{resource['path']} line {number} {field['name']}: {typed!r} not allowed")
            row[field["name"]] = typed
        rows.append(row)
    key = resource["schema"]["primaryKey"]
    keys = [tuple(r[k] for k in key) for r in rows]
    check(len(keys) == len(set(keys)), f"{resource['name']} primary key {key} is unique")
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--package", required=True)
    parser.add_argument("--data")
    args = parser.parse_args()
    pkg = args.package
    schema = lambda name: os.path.join(pkg, "schema", name)
    print(f"python {sys.version.split()[0]}, jsonschema {importlib.metadata.version('jsonschema')}")

    data = load_json(os.path.join(pkg, "dist", "data.json"))
    validate(data, schema("dataset.schema.json"), "dist/data.json")
    # Claims in force and withdrawn ones are kept apart; both are positions, and both are checked.
    every = data["positions"] + data["withdrawn"]
    check(all(p["status"] == "active" for p in data["positions"]), "data.json positions are the claims in force only")
    check(all(p["status"] == "withdrawn" for p in data["withdrawn"]), "data.json withdrawn holds the withdrawn claims only")
    for p in every:
        validate(p, schema("position.schema.json"), f"position {p['id']}")

    # The fingerprint is the SHA-256 of the data with sorted keys: recompute it here.
    body = {k: v for k, v in data.items() if k != "__meta"}
    digest = hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")).hexdigest()
    check(digest == data["__meta"]["fingerprint"], "the fingerprint recomputes from data.json")

    # Offsets are Unicode code points, which is how Python indexes str.
    paragraphs = {(d["id"], p["n"]): p for d in data["documents"] for p in d["paragraphs"]}
    for p in every:
        text = paragraphs[(p["document"], p["paragraph"])]["text"]
        check(text[p["quote"]["start"]:p["quote"]["end"]] == p["quote"]["text"], f"{p['id']} quote sits at its offsets")

    with open(os.path.join(pkg, "dist", "positions.jsonl"), encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    check(lines == data["positions"], "positions.jsonl holds the positions of data.json, in order")

    if args.data:
        files = {
            "actors.json": "actors.schema.json",
            "topics.json": "topics.schema.json",
            "instruments.json": "instruments.schema.json",
            "events.json": "events.schema.json",
            "vocabularies.json": "vocabularies.schema.json",
            "released-ids.json": "released-ids.schema.json",
            "folding/fa-fold-v1.json": "folding.schema.json",
        }
        for name in sorted(os.listdir(os.path.join(args.data, "documents"))):
            files[f"documents/{name}"] = "document.schema.json"
        for name, schema_name in files.items():
            validate(load_json(os.path.join(args.data, name)), schema(schema_name), f"data/{name}")

    package = load_json(os.path.join(pkg, "dist", "datapackage.json"))
    check(package.get("version") == data["__meta"]["version"], "datapackage.json has the version of data.json")
    check(package.get("licenses", [{}])[0].get("name") == "CC-BY-4.0", "datapackage.json states the licence")
    tables = {r["name"]: load_table(pkg, r) for r in package["resources"]}

    for resource in package["resources"]:
        for fk in resource["schema"].get("foreignKeys", []):
            target = fk["reference"]["resource"] or resource["name"]
            known = {tuple(r[k] for k in fk["reference"]["fields"]) for r in tables[target]}
            for row in tables[resource["name"]]:
                value = tuple(row[k] for k in fk["fields"])
                if all(v is None for v in value):
                    continue
                check(value in known, f"{resource['name']} {fk['fields']}={value} resolves in {target}")

    # The CSV tables and data.json agree row for row.
    def positions_rows(positions):
        return [
            {"id": p["id"], "document": p["document"], "status": p["status"], "actor": p["actor"], "paragraph": p["paragraph"],
             "quote_text": p["quote"]["text"], "quote_start": p["quote"]["start"], "quote_end": p["quote"]["end"],
             "translation_en": p["translation"]["en"], "primary_topic": p["topics"][0], "stance_value": p["stance"]["value"],
             "stance_target": p["stance"]["target"]["text"], "speech_act": p["speechAct"], "legal_form": p["legalForm"], "note": p.get("note")}
            for p in positions
        ]

    def topic_rows(positions):
        return [{"position": p["id"], "topic": t, "rank": i + 1} for p in positions for i, t in enumerate(p["topics"])]

    def article_rows(positions):
        return [{"position": p["id"], "instrument": a["instrument"], "article": a["article"], "relation": a["relation"], "explicit": a["explicit"]}
                for p in positions for a in p["articles"]]

    expected = {
        "positions": positions_rows(data["positions"]),
        "withdrawn_positions": positions_rows(data["withdrawn"]),
        "position_topics": topic_rows(data["positions"]),
        "withdrawn_position_topics": topic_rows(data["withdrawn"]),
        "position_articles": article_rows(data["positions"]),
        "withdrawn_position_articles": article_rows(data["withdrawn"]),
        "paragraphs": [{"document": d["id"], "n": p["n"], "role": p["role"], "text": p["text"], "translation_en": p["translation"]["en"]}
                       for d in data["documents"] for p in d["paragraphs"]],
        "documents": [{"id": d["id"], "actor": d["actor"], "event": d["event"], "source_sha256": d["source"]["sha256"], "delivered_confirmed": d["delivered"]["confirmed"]} for d in data["documents"]],
        "actors": [{"id": a["id"], "kind": a["kind"], "name_en": a["name"]["en"], "name_fa": a["name"]["fa"]} for a in data["actors"]],
        "topics": [{"id": t["id"], "parent": t.get("parent"), "label_fa": t["label"]["fa"]} for t in data["topics"]],
        "events": [{"id": e["id"], "start_date": e["startDate"], "end_date": e["endDate"]} for e in data["events"]],
        "instruments": [{"id": i["id"], "adopted": i["adopted"]["date"]} for i in data["instruments"]],
        "articles": [{"instrument": i["id"], "number": a["number"], "title": a["title"]} for i in data["instruments"] for a in i["articles"]],
        "position_successors": [{"position": p["id"], "successor": s, "rank": i + 1}
                                for p in data["withdrawn"] for i, s in enumerate(p.get("withdrawal", {}).get("supersededBy", []))],
        "vocabularies": [{"vocabulary": k, "id": t["id"], "label_en": t["label"]["en"], "label_fa": t["label"]["fa"], "definition": t["definition"]}
                         for k, terms in data["vocabularies"].items() if isinstance(terms, list) for t in terms],
    }
    for name, rows in expected.items():
        got = [{k: r[k] for k in row} for r, row in zip(tables[name], rows)]
        check(len(tables[name]) == len(rows) and got == rows, f"{name}.csv agrees with data.json row for row ({len(rows)} rows)")

    print(f"{passes} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
