#!/usr/bin/env python3
"""Scores the reports that compare-peers.sh collected, per corpus and tool.

    score.py --work DIR [--verbose 0|1] CORPUS_DIR...

DIR holds one directory per corpus (named after it) with each tool's JSON
report (`<tool>.json`) and wall time (`<tool>.time`). See compare-peers.sh
for what counts as found and as flagged.
"""

import argparse
import json
import os
from collections import defaultdict

TOOLS = ["pushguard", "gitleaks", "kingfisher", "betterleaks"]
LABELS = ("positive/", "placeholder/", "benign/", "near-miss/")


def norm(path):
    """A report's path, relative to the corpus root as the manifest has it."""
    path = path.replace("\\", "/")
    for marker in LABELS:
        i = path.find(marker)
        if i >= 0:
            return path[i:]
    return path.removeprefix("./")


def pushguard(report):
    for f in report.get("findings", report) if isinstance(report, dict) else report:
        line = int(f["line"])
        yield norm(f["path"]), line, int(f.get("end_line", line)), f["detector"]


def gitleaks(report):
    for f in report:
        yield norm(f["File"]), int(f["StartLine"]), int(f.get("EndLine", f["StartLine"])), f["RuleID"]


def kingfisher(report):
    items = report.get("findings", []) if isinstance(report, dict) else report
    for item in items:
        fnd = item.get("finding", item)
        rule = item.get("rule", {})
        path = fnd.get("path") or fnd.get("file") or ""
        line = fnd.get("line") or fnd.get("start_line") or 0
        if isinstance(line, dict):
            line = line.get("start", 0)
        rid = rule.get("id") or rule.get("name") or fnd.get("rule_id") or "?"
        yield norm(path), int(line), int(line), rid


def betterleaks(report):
    for f in report.get("findings", []):
        loc = f.get("location", {})
        start = int(loc.get("start_line", 0))
        yield norm(loc.get("path", "")), start, int(loc.get("end_line", start)), f.get("rule_id", "?")


PARSERS = {"pushguard": pushguard, "gitleaks": gitleaks, "kingfisher": kingfisher, "betterleaks": betterleaks}


def touches(item, found):
    lo, hi = item["line"] - 1, item["end_line"] + 1
    return any(start <= hi and end >= lo for start, end, _ in found)


def score(corpus, work):
    files = json.load(open(os.path.join(corpus, "manifest.json")))["files"]
    by_label = defaultdict(list)
    for f in files:
        by_label[f["label"]].append(f)
    out = {}
    for tool in TOOLS:
        path = os.path.join(work, os.path.basename(corpus), f"{tool}.json")
        report = json.load(open(path))
        by_path = defaultdict(list)
        for p, start, end, rule in PARSERS[tool](report):
            by_path[p].append((start, end, rule))
        r = {
            "missed": [p for p in by_label["positive"] if not touches(p, by_path.get(p["path"], []))],
            "placeholder_flagged": [p for p in by_label["placeholder"] if by_path.get(p["path"])],
            "flagged": [
                (b, sorted({rule for _, _, rule in by_path[b["path"]]}))
                for b in by_label["benign"] + by_label["near-miss"]
                if by_path.get(b["path"])
            ],
            "wall": float(open(os.path.join(work, os.path.basename(corpus), f"{tool}.time")).read()),
        }
        out[tool] = r
    return by_label, out


def pct(n, d):
    return f"{100 * n / d:.1f}%" if d else "-"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--verbose", default="0")
    ap.add_argument("corpora", nargs="+")
    args = ap.parse_args()
    for corpus in args.corpora:
        labels, res = score(corpus, args.work)
        P, PH = len(labels["positive"]), len(labels["placeholder"])
        B, NM = len(labels["benign"]), len(labels["near-miss"])
        name = os.path.basename(corpus)
        print(f"\n== {name}: {P} positive, {PH} placeholder, {B} benign, {NM} near-miss files")
        hdr = f"{'':38}" + "".join(f"{t:>13}" for t in TOOLS)
        print(hdr)
        print("-" * len(hdr))

        def row(label, fn):
            print(f"{label:38}" + "".join(f"{fn(res[t]):>13}" for t in TOOLS))

        row("recall (positives found)", lambda r: pct(P - len(r["missed"]), P))
        row("  found / positives", lambda r: f"{P - len(r['missed'])}/{P}")
        benign_only = lambda r: [b for b, _ in r["flagged"] if b["label"] == "benign"]
        if NM:
            row("flagged, benign + near-miss", lambda r: pct(len(r["flagged"]), B + NM))
            row("flagged, benign only", lambda r: pct(len(benign_only(r)), B))
            row("  flagged / benign", lambda r: f"{len(benign_only(r))}/{B}")
            row("  flagged / near-miss", lambda r: f"{len(r['flagged']) - len(benign_only(r))}/{NM}")
        else:
            row("flagged (benign)", lambda r: pct(len(r["flagged"]), B))
            row("  flagged / benign", lambda r: f"{len(r['flagged'])}/{B}")
        pub = [b for b in labels["benign"] if b.get("publishable")]
        if pub:
            row("  of them publishable keys", lambda r: f"{sum(1 for b, _ in r['flagged'] if b.get('publishable'))}/{len(pub)}")
        if PH:
            row("placeholders reported", lambda r: f"{len(r['placeholder_flagged'])}/{PH}")
        row("wall time (s)", lambda r: f"{r['wall']:.2f}")

        kinds = sorted({p["kind"] for p in labels["positive"]})
        lines = []
        for k in kinds:
            tot = sum(p["kind"] == k for p in labels["positive"])
            got = {t: tot - sum(p["kind"] == k for p in res[t]["missed"]) for t in TOOLS}
            if any(v < tot for v in got.values()):
                lines.append(f"  {k:36}" + "".join(f"{f'{got[t]}/{tot}':>13}" for t in TOOLS))
        if lines:
            print("per-kind recall where some tool misses:")
            print("\n".join(lines))
        if args.verbose == "1":
            for t in TOOLS:
                print(f"-- {t}: missed positives")
                for p in res[t]["missed"]:
                    print(f"     {p['path']} line {p['line']} ({p['kind']})")
                print(f"-- {t}: flagged benign / near-miss files")
                for b, rules in res[t]["flagged"]:
                    print(f"     [{b['label']}] {b['path']}: {', '.join(rules)}")


if __name__ == "__main__":
    main()
