#!/usr/bin/env bash
# Runs pushguard, gitleaks 8.30, Kingfisher 2.14 and Betterleaks 2.0 on the
# same labelled corpora, in one run, and prints each tool's recall and
# false-positive rates side by side, with wall times.
#
#   corpus/compare-peers.sh [CORPUS_DIR...]
#       (default: corpus/generated corpus/tuned corpus/heldout)
#
# Labels (see each corpus's README): `positive` (a credential a reviewer
# would reject), `placeholder` (credential position, obvious placeholder
# value), `benign` and `near-miss` (no credential; near-misses are built to
# look like one). A positive counts as found when a tool reports a finding
# in its file whose lines touch the labelled span (line - 1 .. end_line + 1).
# A benign or near-miss file with any finding is flagged. Placeholders are
# reported apart: flagging one is neither a hit nor a false positive.
#
# pushguard reports what would block a push under its default policy (the
# `scan` command's default; publishable keys and documentation examples are
# listed only with --all). Peers are installed with
# ../shared/tools/install-peers.sh (released binaries from the Python
# registry). Kingfisher runs with --no-validate and Betterleaks without
# --validate; both write their reports to temporary files (never to
# /dev/null: Kingfisher replaces its output file by rename).
# KEEP_REPORTS=DIR keeps the raw reports; VERBOSE=1 lists every miss and
# every flagged file per tool.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
if [[ $# -eq 0 ]]; then
    set -- "$here/generated" "$here/tuned" "$here/heldout"
fi
corpora=()
for c in "$@"; do
    c=$(cd "$c" && pwd)
    [[ -f $c/manifest.json ]] || { echo "no manifest.json in $c" >&2; exit 2; }
    corpora+=("$c")
done

eval "$("$here/../../shared/tools/install-peers.sh")"
: "${GITLEAKS:?install-peers.sh did not report gitleaks}" "${KINGFISHER:?install-peers.sh did not report kingfisher}"
: "${BETTERLEAKS:?install-peers.sh did not report betterleaks}"

echo "building pushguard (release)..." >&2
cargo build --release --locked --quiet --manifest-path "$repo/Cargo.toml"
pushguard="$repo/target/release/pushguard"

work=$(mktemp -d "${TMPDIR:-/tmp}/pushguard-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "" >"$work/empty-config.toml"
tools=(pushguard gitleaks kingfisher betterleaks)

# Wall time of "$@" in seconds, into <out>.time; the exit status is
# recorded, not fatal (scanners exit non-zero when they find something).
timed() {
    local out=$1
    shift
    local start end rc=0
    start=$(date +%s.%N)
    "$@" >"$out.stdout" 2>"$out.stderr" || rc=$?
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.2f\n", $2 - $1}' >"$out.time"
    echo "$rc" >"$out.rc"
}

for c in "${corpora[@]}"; do
    name=$(basename "$c")
    out="$work/$name"
    mkdir -p "$out"
    echo "scanning $c ..." >&2
    (
        cd "$c"
        PUSHGUARD_CONFIG="$work/empty-config.toml" PUSHGUARD_LOG="$out/incidents.jsonl" \
            timed "$out/pushguard" "$pushguard" scan --format json -o "$out/pushguard.json" .
        timed "$out/gitleaks" "$GITLEAKS" dir . --no-banner --log-level error --redact \
            --report-format json --report-path "$out/gitleaks.json"
        timed "$out/kingfisher" "$KINGFISHER" scan . --no-validate --no-dedup --format json \
            --output "$out/kingfisher.json"
        timed "$out/betterleaks" "$BETTERLEAKS" . --no-banner --no-color --log-level error --redact \
            -o "$out/betterleaks.json"
    )
    for t in "${tools[@]}"; do
        rc=$(cat "$out/$t.rc")
        if [[ $rc != 0 && $rc != 1 && $rc != 200 && $rc != 205 ]] || [[ ! -s $out/$t.json ]]; then
            echo "$t failed on $c (exit $rc):" >&2
            tail -20 "$out/$t.stderr" >&2
            exit 1
        fi
    done
    if [[ -n ${KEEP_REPORTS:-} ]]; then
        mkdir -p "$KEEP_REPORTS/$name"
        cp "$out"/*.json "$KEEP_REPORTS/$name/"
    fi
done

python3 "$here/score.py" --work "$work" --verbose "${VERBOSE:-0}" "${corpora[@]}"
