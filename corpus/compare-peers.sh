#!/usr/bin/env bash
# Runs pushguard, gitleaks and Kingfisher on the same generated corpus and
# prints recall and false-positive rate side by side, with wall times.
#
#   corpus/compare-peers.sh [CORPUS_DIR]      (default: corpus/generated)
#
# A positive file counts as found when a tool reports a finding in that file
# within one line of the manifest's secret span (line - 1 .. end_line + 1).
# A benign file with any finding is a false positive. Peers are installed with
# ../shared/tools/install-peers.sh (released binaries from the Python registry).
# Kingfisher always runs with --no-validate, and writes its report to a
# temporary file (never to /dev/null: it replaces its output file by rename).
# Set KEEP_REPORTS=DIR to keep the three raw reports; VERBOSE=1 lists every
# miss and flagged file per tool.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
corpus=$(cd "${1:-$here/generated}" && pwd)
[[ -f $corpus/manifest.json ]] || { echo "no manifest.json in $corpus; run corpus/generate.py first" >&2; exit 2; }

eval "$("$here/../../shared/tools/install-peers.sh")"
: "${GITLEAKS:?install-peers.sh did not report gitleaks}" "${KINGFISHER:?install-peers.sh did not report kingfisher}"

echo "building pushguard (release)..." >&2
cargo build --release --locked --quiet --manifest-path "$repo/Cargo.toml"
pushguard="$repo/target/release/pushguard"

work=$(mktemp -d "${TMPDIR:-/tmp}/pushguard-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "" >"$work/empty-config.toml"

# Wall time of "$@" in seconds, into $work/<name>.time; the exit status is
# recorded, not fatal (scanners exit 1 when they find something).
timed() {
    local name=$1
    shift
    local start end rc=0
    start=$(date +%s.%N)
    "$@" >"$work/$name.stdout" 2>"$work/$name.stderr" || rc=$?
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.2f\n", $2 - $1}' >"$work/$name.time"
    echo "$rc" >"$work/$name.rc"
}

cd "$corpus"
echo "scanning $corpus with pushguard..." >&2
PUSHGUARD_CONFIG="$work/empty-config.toml" PUSHGUARD_LOG="$work/incidents.jsonl" \
    timed pushguard "$pushguard" scan --format json .
cp "$work/pushguard.stdout" "$work/pushguard.json"

echo "scanning with gitleaks..." >&2
timed gitleaks "$GITLEAKS" dir . --no-banner --log-level error --redact \
    --report-format json --report-path "$work/gitleaks.json"

echo "scanning with kingfisher..." >&2
timed kingfisher "$KINGFISHER" scan . --no-validate --no-dedup --format json \
    --output "$work/kingfisher.json"

for t in pushguard gitleaks kingfisher; do
    rc=$(cat "$work/$t.rc")
    if [[ $rc != 0 && $rc != 1 && $rc != 200 && $rc != 205 ]] || [[ ! -s $work/$t.json ]]; then
        echo "$t failed (exit $rc):" >&2
        tail -20 "$work/$t.stderr" >&2
        exit 1
    fi
done

if [[ -n ${KEEP_REPORTS:-} ]]; then
    mkdir -p "$KEEP_REPORTS"
    cp "$work"/{pushguard,gitleaks,kingfisher}.json "$KEEP_REPORTS/"
fi

python3 - "$corpus/manifest.json" "$work" "${VERBOSE:-0}" <<'PY'
import json
import os
import sys
from collections import defaultdict

manifest_path, work, verbose = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
manifest = json.load(open(manifest_path))
files = manifest["files"]
positives = [f for f in files if f["label"] == "positive"]
benign = [f for f in files if f["label"] == "benign"]


def norm(path):
    path = path.replace("\\", "/")
    for marker in ("positive/", "benign/"):
        i = path.find(marker)
        if i >= 0:
            return path[i:]
    return path


def pushguard(report):
    for f in report:
        yield norm(f["path"]), int(f["line"]), f["detector"]


def gitleaks(report):
    for f in report:
        yield norm(f["File"]), int(f["StartLine"]), f["RuleID"]


def kingfisher(report):
    # Compact JSON envelope: {"findings": [{"rule": {...}, "finding": {"path", "line", ...}}]}
    items = report.get("findings", []) if isinstance(report, dict) else report
    for item in items:
        fnd = item.get("finding", item)
        rule = item.get("rule", {})
        path = fnd.get("path") or fnd.get("file") or ""
        line = fnd.get("line") or fnd.get("start_line") or 0
        if isinstance(line, dict):
            line = line.get("start", 0)
        rid = rule.get("id") or rule.get("name") or fnd.get("rule_id") or "?"
        yield norm(path), int(line), rid


tools = [("pushguard", pushguard), ("gitleaks", gitleaks), ("kingfisher", kingfisher)]
results = {}
for name, parse in tools:
    report = json.load(open(os.path.join(work, f"{name}.json")))
    by_path = defaultdict(list)
    for path, line, rule in parse(report):
        by_path[path].append((line, rule))
    missed = [p for p in positives if not any(p["line"] - 1 <= l <= p["end_line"] + 1 for l, _ in by_path.get(p["path"], []))]
    flagged = [(b, sorted({r for _, r in by_path[b["path"]]})) for b in benign if by_path.get(b["path"])]
    wall = float(open(os.path.join(work, f"{name}.time")).read())
    nfind = sum(len(v) for v in by_path.values())
    results[name] = dict(missed=missed, flagged=flagged, wall=wall, findings=nfind)

P, B = len(positives), len(benign)
kinds = sorted({p["kind"] for p in positives})
print(f"\ncorpus: {P} positive files ({len(kinds)} kinds), {B} benign files\n")
hdr = f"{'':34}" + "".join(f"{n:>14}" for n, _ in tools)
print(hdr)
print("-" * len(hdr))
row = lambda label, fn: print(f"{label:34}" + "".join(f"{fn(results[n]):>14}" for n, _ in tools))
row("recall (positives found)", lambda r: f"{100 * (P - len(r['missed'])) / P:.1f}%")
row("  found / positives", lambda r: f"{P - len(r['missed'])}/{P}")
row("false-positive rate (benign)", lambda r: f"{100 * len(r['flagged']) / B:.1f}%")
row("  flagged / benign files", lambda r: f"{len(r['flagged'])}/{B}")
row("findings reported (all files)", lambda r: str(r["findings"]))
row("wall time (s)", lambda r: f"{r['wall']:.2f}")

# Per-kind recall where the tools differ or any tool misses.
print("\nper-kind recall (kinds where some tool misses):")
print(f"{'kind':40}" + "".join(f"{n:>12}" for n, _ in tools))
for k in kinds:
    tot = sum(p["kind"] == k for p in positives)
    got = {n: tot - sum(p["kind"] == k for p in results[n]["missed"]) for n, _ in tools}
    if any(v < tot for v in got.values()):
        print(f"{k:40}" + "".join(f"{f'{got[n]}/{tot}':>12}" for n, _ in tools))

print("\nbenign kinds flagged (files per tool):")
bkinds = sorted({b["kind"] for b in benign})
print(f"{'kind':40}" + "".join(f"{n:>12}" for n, _ in tools))
for k in bkinds:
    cnt = {n: sum(b["kind"] == k for b, _ in results[n]["flagged"]) for n, _ in tools}
    if any(cnt.values()):
        tot = sum(b["kind"] == k for b in benign)
        print(f"{k:40}" + "".join(f"{f'{cnt[n]}/{tot}':>12}" for n, _ in tools))

if verbose:
    for n, _ in tools:
        print(f"\n== {n}: missed positives")
        for p in results[n]["missed"]:
            print(f"  {p['path']} line {p['line']}")
        print(f"== {n}: flagged benign files")
        for b, rules in results[n]["flagged"]:
            print(f"  {b['path']}: {', '.join(rules)}")
PY
