#!/usr/bin/env bash
# A whole-history push into an empty repository, with and without the hook
# (issue 5, item 6: the hook should add at most half of what the push
# itself takes).
#
# usage: benches/history-push.sh [--repo PATH] [--ref REF] [--rounds N]
#
#   --repo PATH   the history to push (bare or not; only read). Default: the
#                 bench repository of benches/build-bench-repo.py.
#   --ref REF     what to push (default: the branch HEAD names); it lands
#                 as refs/heads/main in the empty server repository.
#   --rounds N    pushes with and without the hook each, interleaved
#                 (default 3); the report gives medians.
#   PUSHGUARD_BIN use this binary instead of `cargo build --release --locked`.
#
# Each push goes over file:// into a new, empty bare repository (removed
# after the push), so git does the whole work: pack-objects on the client,
# index-pack and connectivity check on the server. With the hook, the
# server's hooks/pre-receive is a symlink to (a copy of) the release binary,
# run with PUSHGUARD_TIMING=1 and this configuration:
#
#   [policy] mode = "warn", on_limit = "accept"
#   [limits] time_budget_ms = 86400000
#
# warn: a full history holds findings (the bench repository has planted
# fake secrets and real test keys), and an enforcing hook would reject the
# push, so git would skip moving the objects into place and the two pushes
# would not do the same work. In warn mode the hook scans everything, prints
# the findings as warnings and accepts. The huge time budget makes it check
# the whole push instead of giving up after 20 s (the default budget).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
repo=""
ref=""
rounds=3
while [ $# -gt 0 ]; do
    case "$1" in
    --repo) repo="$2"; shift 2 ;;
    --ref) ref="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    -h | --help) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "history-push: unknown argument $1" >&2; exit 2 ;;
    esac
done

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'history-push: %s\n' "$*" >&2; exit 1; }
now_us() { local t="$EPOCHREALTIME"; echo "${t//[.,]/}"; }
stats() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "n/a n/a n/a"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.2f %.2f %.2f\n", m, v[1], v[NR] }'
}
median() { stats | cut -d' ' -f1; }

if [ -z "$repo" ]; then
    log "bench repository (benches/build-bench-repo.py; cached after the first build)"
    repo="$(python3 "$here/build-bench-repo.py" --print-path)"
fi
repo="$(cd "$repo" && pwd)"
if [ -z "$ref" ]; then
    ref="$(git -C "$repo" symbolic-ref -q HEAD)" || die "HEAD of $repo is detached: name --ref"
fi
tip="$(git -C "$repo" rev-parse --verify "$ref^{commit}")"

if [ -n "${PUSHGUARD_BIN:-}" ]; then
    bin="$PUSHGUARD_BIN"
else
    log "cargo build --release --locked"
    (cd "$root" && cargo build --release --locked --quiet)
    bin="${CARGO_TARGET_DIR:-$root/target}/release/pushguard"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/pushguard-history-push.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp "$bin" "$work/pushguard"
bin="$work/pushguard"
cat >"$work/config.toml" <<'TOML'
[policy]
mode = "warn"
on_limit = "accept"

[limits]
time_budget_ms = 86400000
TOML
PUSHGUARD_CONFIG="$work/config.toml" "$bin" config check "$work/config.toml" >/dev/null

log "counting what the push carries ($ref = ${tip:0:12})"
commits="$(git -C "$repo" rev-list --count "$tip")"
read -r objects blob_bytes <<<"$(git -C "$repo" rev-list --objects "$tip" | cut -d' ' -f1 |
    git -C "$repo" cat-file --batch-check='%(objecttype) %(objectsize)' |
    awk '{ n++ } $1 == "blob" { s += $2 } END { printf "%d %.0f\n", n, s }')"

export PUSHGUARD_CONFIG="$work/config.toml" PUSHGUARD_LOG="$work/incidents.jsonl" PUSHGUARD_TIMING=1

# push_once with|without -> "<wall ms> <hook ms> <detectors ms> <open ms> <check ms>"
push_once() {
    local mode="$1" server="$work/server.git" t0 t1 hook_ms phases
    rm -rf "$server"
    git init -q --bare "$server"
    if [ "$mode" = with ]; then ln -s "$bin" "$server/hooks/pre-receive"; fi
    sync
    t0="$(now_us)"
    git -C "$repo" push -q "file://$server" "$tip:refs/heads/main" 2>"$work/push.err" ||
        { cat "$work/push.err" >&2; die "git push ($mode hook) failed"; }
    t1="$(now_us)"
    [ "$(git -C "$server" rev-parse refs/heads/main)" = "$tip" ] || die "the push did not land"
    hook_ms=- phases="- - -"
    if [ "$mode" = with ]; then
        hook_ms="$(sed -n 's/^remote: pushguard: hook took \([0-9.]*\) ms.*/\1/p' "$work/push.err")"
        [ -n "$hook_ms" ] || { cat "$work/push.err" >&2; die "no 'pushguard: hook took' line in the push output"; }
        phases="$(awk '
            function phase(name) {
                if (match(line, name " [0-9.]+ ms")) return substr(line, RSTART + length(name) + 1, RLENGTH - length(name) - 4)
                return "-"
            }
            /pushguard: timing:/ && !done { line = $0; done = 1 }
            END { print phase("detectors"), phase("open"), phase("check") }' "$work/push.err")"
        grep -m1 'pushguard: timing:' "$work/push.err" | sed 's/^remote: //; s/ *$//' >>"$work/timing-lines"
    fi
    rm -rf "$server"
    awk -v a="$t0" -v b="$t1" -v h="$hook_ms" -v p="$phases" 'BEGIN { printf "%.1f %s %s\n", (b - a) / 1000, h, p }'
}

: >"$work/with" && : >"$work/without" && : >"$work/timing-lines"
for ((i = 1; i <= rounds; i++)); do
    if ((i % 2)); then order="without with"; else order="with without"; fi
    for mode in $order; do
        log "round $i/$rounds: push $mode the hook"
        push_once "$mode" >>"$work/$mode"
    done
done

col() { cut -d' ' -f"$2" "$work/$1"; }
row() { printf '  %-40s %11s %11s %11s\n' "$1" $2; }
with_med="$(col with 1 | median)"
without_med="$(col without 1 | median)"
hook_med="$(col with 2 | median)"
added="$(awk -v a="$with_med" -v b="$without_med" 'BEGIN { printf "%.0f", 100 * (a - b) / b }')"
own="$(awk -v h="$hook_med" -v b="$without_med" 'BEGIN { printf "%.0f", 100 * h / b }')"
verdict="$(awk -v a="$with_med" -v b="$without_med" 'BEGIN { print (a - b <= b / 2) ? "PASS" : "FAIL" }')"

echo
echo "whole-history push into an empty repository: $(git --version), $(nproc) cores"
echo "  history:  $repo $ref (${tip:0:12})"
echo "  carries:  $commits commits, $objects objects, $blob_bytes blob bytes ($(awk -v b="$blob_bytes" 'BEGIN { printf "%.2f", b / 1e9 }') GB)"
echo "  rounds:   $rounds with and $rounds without the hook, interleaved; times in ms"
echo
printf '  %-40s %11s %11s %11s\n' "" median min max
row "git push without hook (wall)" "$(col without 1 | stats)"
row "git push with hook (wall)" "$(col with 1 | stats)"
row "hook, own timer" "$(col with 2 | stats)"
if [ "$(col with 3 | head -1)" != - ]; then
    row "  phase: build detectors" "$(col with 3 | stats)"
    row "  phase: open repository" "$(col with 4 | stats)"
    row "  phase: check push" "$(col with 5 | stats)"
fi
echo
echo "  last timing line: $(tail -1 "$work/timing-lines")"
echo "  the hook adds $added% to the push (medians: with - without, over without);"
echo "  its own timer is $own% of the push without it"
echo "  target: the hook adds at most 50%: $verdict"
