#!/usr/bin/env bash
# Full-history scan: pushguard against gitleaks, Kingfisher and Betterleaks on the same
# repository, in one run (issue 5, item 6).
#
# usage: benches/compare-history.sh [--repo PATH] [--rounds N] [--keep DIR]
#
#   --repo PATH   the repository to scan (bare or not). Default: the bench
#                 repository of benches/build-bench-repo.py (built and cached
#                 under ${XDG_CACHE_HOME:-~/.cache}/pushguard-bench/ first).
#   --rounds N    scan N times with each tool (interleaved) and report the
#                 medians (default 1).
#   --keep DIR    keep the JSON reports in DIR.
#   PEERS_INSTALL the peers' installer (default ../shared/tools/install-peers.sh
#                 from the project root): gitleaks 8.30.1, Kingfisher 2.14.0,
#                 Betterleaks 2.0.0.
#   PUSHGUARD_BIN use this binary instead of `cargo build --release --locked`.
#
# Commands timed (each with its report written to a real temporary file):
#   pushguard scan --repo R --format json --output F          (empty config)
#   gitleaks git R --report-format json --report-path F        (git log -p --all)
#   betterleaks git R -o F                                     (its git history mode)
#   kingfisher scan R --git-history full --no-validate --format json --output F
#   git cat-file --batch-all-objects --unordered --batch       (the floor: read
#                                                               every object once)
# For each: wall time, peak memory (resident set of the whole process tree,
# sampled every 20 ms, and at least the largest ru_maxrss of any waited-for
# descendant), MB/s of blob bytes (unique blobs of R, from cat-file
# --batch-check), and the number of findings each tool reports. Kingfisher
# never writes to /dev/null: it renames over its output file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
repo=""
rounds=1
keep=""
while [ $# -gt 0 ]; do
    case "$1" in
    --repo) repo="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h | --help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare-history: unknown argument $1" >&2; exit 2 ;;
    esac
done

log() { printf '==> %s\n' "$*" >&2; }

if [ -z "$repo" ]; then
    log "bench repository (benches/build-bench-repo.py; cached after the first build)"
    repo="$(python3 "$here/build-bench-repo.py" --print-path)"
fi
repo="$(cd "$repo" && pwd)"
git -C "$repo" rev-parse --git-dir >/dev/null

install="${PEERS_INSTALL:-$root/../shared/tools/install-peers.sh}"
eval "$("$install")"
: "${GITLEAKS:?the installer did not report gitleaks}" "${KINGFISHER:?the installer did not report kingfisher}"
: "${BETTERLEAKS:?the installer did not report betterleaks}"

if [ -n "${PUSHGUARD_BIN:-}" ]; then
    bin="$PUSHGUARD_BIN"
else
    log "cargo build --release --locked"
    (cd "$root" && cargo build --release --locked --quiet)
    bin="${CARGO_TARGET_DIR:-$root/target}/release/pushguard"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/pushguard-compare-history.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# A private copy: a concurrent cargo build must not swap the binary mid-run.
cp "$bin" "$work/pushguard"
bin="$work/pushguard"
: >"$work/empty-config.toml"

log "checking that every object reachable from a ref is present"
missing="$(git -C "$repo" rev-list --objects --all --missing=print | grep -c '^?' || true)"
if [ "$missing" != 0 ]; then
    # gitleaks runs `git log -p`, which stops at the first missing object:
    # its numbers would cover part of the history only.
    echo "compare-history: $repo lacks $missing objects that refs reach; the tools would not scan the same history." >&2
    echo "  Clone the complete part, e.g. git clone --bare --single-branch --branch master file://$repo COPY" >&2
    exit 1
fi
log "counting blob bytes in $repo"
read -r commits <<<"$(git -C "$repo" rev-list --all --count)"
read -r blobs blob_bytes <<<"$(git -C "$repo" cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' |
    awk '$1 == "blob" { n++; s += $2 } END { printf "%d %.0f\n", n, s }')"

# The runner: wall time, peak RSS of the process tree, exit status.
cat >"$work/measure.py" <<'PY'
import os, resource, subprocess, sys, threading, time

out_path, cmd = sys.argv[1], sys.argv[2:]
stdout = open(out_path + ".stdout", "wb")
stderr = open(out_path + ".stderr", "wb")


def tree_rss(root):
    children, rss = {}, {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                parts = f.read().rsplit(")", 1)[1].split()
            ppid, pages = int(parts[1]), int(parts[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(pid))
        rss[int(pid)] = pages
    total, todo = 0, [root]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total * os.sysconf("SC_PAGE_SIZE")


t0 = time.monotonic()
p = subprocess.Popen(cmd, stdout=stdout, stderr=stderr)
peak = [0]
done = threading.Event()


def sample():
    while not done.is_set():
        peak[0] = max(peak[0], tree_rss(p.pid))
        done.wait(0.02)


th = threading.Thread(target=sample, daemon=True)
th.start()
rc = p.wait()
wall = time.monotonic() - t0
done.set()
th.join()
maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(f"{wall:.3f} {max(peak[0], maxrss)} {rc}")
PY

# run NAME CMD... -> appends "<wall s> <peak bytes> <rc>" to $work/NAME.runs
run() {
    local name="$1"
    shift
    rm -f "$work/$name.json"
    python3 "$work/measure.py" "$work/$name" "$@" >>"$work/$name.runs"
    local rc
    rc="$(tail -1 "$work/$name.runs" | cut -d' ' -f3)"
    case "$name:$rc" in
    pushguard:0 | pushguard:1 | gitleaks:0 | gitleaks:1 | betterleaks:0 | betterleaks:1 | floor:0 | kingfisher:0 | kingfisher:200 | kingfisher:205) ;;
    *)
        echo "$name exited with $rc:" >&2
        tail -20 "$work/$name.stderr" >&2
        exit 1
        ;;
    esac
    if [ -n "$keep" ] && [ -f "$work/$name.json" ]; then
        mkdir -p "$keep" && cp "$work/$name.json" "$keep/$name.json"
    fi
}

tools="pushguard gitleaks kingfisher betterleaks floor"
for ((r = 1; r <= rounds; r++)); do
    # Rotate the order from round to round.
    set -- $tools
    for ((k = 1; k < r % 5; k++)); do set -- "${@:2}" "$1"; done
    for t in "$@"; do
        log "round $r/$rounds: $t"
        case "$t" in
        pushguard)
            PUSHGUARD_CONFIG="$work/empty-config.toml" PUSHGUARD_LOG="$work/incidents.jsonl" \
                run pushguard "$bin" scan --repo "$repo" --format json --output "$work/pushguard.json"
            ;;
        gitleaks)
            run gitleaks "$GITLEAKS" git "$repo" --no-banner --log-level error --redact \
                --report-format json --report-path "$work/gitleaks.json"
            ;;
        betterleaks)
            run betterleaks "$BETTERLEAKS" git "$repo" --no-banner --no-color --log-level error --redact \
                -o "$work/betterleaks.json"
            ;;
        kingfisher)
            run kingfisher "$KINGFISHER" scan "$repo" --git-history full --no-validate \
                --git-repo-timeout 0 --format json --output "$work/kingfisher.json"
            ;;
        floor)
            run floor sh -c 'exec git -C "$1" cat-file --batch-all-objects --unordered --batch >/dev/null' sh "$repo"
            ;;
        esac
    done
done

python3 - "$work" "$repo" "$commits" "$blobs" "$blob_bytes" "$rounds" "$GITLEAKS" "$KINGFISHER" "$bin" "$BETTERLEAKS" <<'PY'
import json, os, statistics, subprocess, sys

work, repo, commits, blobs, blob_bytes, rounds = sys.argv[1:7]
gitleaks, kingfisher, pushguard, betterleaks = sys.argv[7:11]
commits, blobs, blob_bytes, rounds = int(commits), int(blobs), int(blob_bytes), int(rounds)


def findings(name):
    path = os.path.join(work, name + ".json")
    if name == "floor":
        return "-"
    with open(path) as f:
        doc = json.load(f)
    if isinstance(doc, dict):
        doc = doc.get("findings", [])
    return str(len(doc))


def version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except Exception:  # noqa: BLE001
        return "?"


rows = {}
for name in ("pushguard", "gitleaks", "kingfisher", "betterleaks", "floor"):
    runs = [line.split() for line in open(os.path.join(work, name + ".runs"))]
    wall = statistics.median(float(r[0]) for r in runs)
    peak = statistics.median(int(r[1]) for r in runs)
    rows[name] = dict(wall=wall, peak=peak, mbs=blob_bytes / 1e6 / wall, findings=findings(name))

labels = {
    "pushguard": f"pushguard ({version([pushguard, '--version'])})",
    "gitleaks": f"gitleaks {version([gitleaks, 'version'])}",
    "kingfisher": version([kingfisher, "--version"]),
    "betterleaks": f"betterleaks {version([betterleaks, '--version'])}",
    "floor": "git cat-file --batch (floor)",
}
print()
print(f"full-history scan: {repo}")
print(f"  {commits:,} commits, {blobs:,} blobs, {blob_bytes:,} blob bytes ({blob_bytes / 1e9:.2f} GB); "
      f"{os.cpu_count()} cores; {'median of ' + str(rounds) + ' rounds' if rounds > 1 else '1 round'}")
print()
print(f"  {'':34} {'wall s':>9} {'MB/s':>8} {'peak MB':>9} {'findings':>9}")
for name, r in rows.items():
    print(f"  {labels[name]:34} {r['wall']:9.2f} {r['mbs']:8.1f} {r['peak'] / 1e6:9.0f} {r['findings']:>9}")
p = rows["pushguard"]
faster = min(("gitleaks", "kingfisher", "betterleaks"), key=lambda n: rows[n]["wall"])
speedup = rows[faster]["wall"] / p["wall"]
print()
print(f"  pushguard vs the faster peer ({faster}): {speedup:.2f}x as fast (target >= 3x: {'PASS' if speedup >= 3 else 'FAIL'})")
print(f"  pushguard vs gitleaks: {rows['gitleaks']['wall'] / p['wall']:.2f}x; vs kingfisher: {rows['kingfisher']['wall'] / p['wall']:.2f}x; vs betterleaks: {rows['betterleaks']['wall'] / p['wall']:.2f}x")
print(f"  pushguard vs the floor: {p['wall'] / rows['floor']['wall']:.2f}x the time of reading every object once")
print(f"  pushguard peak memory: {p['peak'] / 1e6:.0f} MB (target <= 512 MB: {'PASS' if p['peak'] <= 512 * 2**20 else 'FAIL'})")
PY
