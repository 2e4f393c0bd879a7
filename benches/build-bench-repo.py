#!/usr/bin/env python3
"""Builds the history benchmark repository from real crate sources.

    benches/build-bench-repo.py                # build (or reuse) the cached repository
    benches/build-bench-repo.py --print-path   # where it is (builds it first if needed)
    benches/build-bench-repo.py --print-pins   # maintainers: a fresh PINS table

The repository is a bare git repository, by default
`${XDG_CACHE_HOME:-~/.cache}/pushguard-bench/repo.git` (`--cache DIR` moves
the whole cache, `--repo PATH` only the repository). It is built from the
`.crate` archives of every published version of a fixed list of large,
long-lived crates from crates.io:

1. Each crate's versions come from its file in the sparse index
   (https://index.crates.io/). The selection is pinned in PINS below: the
   first N lines of the crate's index file (the index is append-only, in
   publication order), minus the versions that were yanked when the table
   was made. A yank or a new release later does not change the selection,
   and the SHA-256 of every archive comes from the index (`cksum`) and is
   checked. PIN_DIGEST covers the whole selection (name, version, cksum).
2. Archives are downloaded once from https://static.crates.io/ into
   `CACHE/crates/NAME/` and kept.
3. Each crate lives in its own directory `crates/NAME/`. Its versions are
   replayed in semver order; the crates' timelines are interleaved by
   their relative position (version i of n), so the history reads like a
   monorepo where everything moves at once. Every version-to-version change
   becomes several commits: the changed paths (added, modified, deleted)
   grouped by directory, at most FILES_PER_COMMIT paths per commit. Author,
   committer and dates are derived from the commit's position, so the same
   script always gives the same commit ids. Each version gets a lightweight
   tag `NAME-vVERSION`; the branch is `main`.
4. SECRETS fake, well-formed credentials (generated from a fixed seed: no
   real credential) are added in a commit each, at fixed points of the
   history, and removed again a few commits later, so every scanner has
   something to find in the history only.
5. The stream goes through `git fast-import`, then `git repack -a -d -f`
   (a served repository is packed with deltas) and `git pack-refs`.

The repository is rebuilt only when it is missing or was built from other
inputs: a digest of FORMAT, the pins and the constants is recorded in the
repository as `pushguard-bench-version` (bump FORMAT when the code that
writes the stream changes). Only the Python standard library is used.
At the end the script prints the repository's statistics: commits, refs,
blobs, blob bytes (unique blobs, from `git cat-file --batch-all-objects
--batch-check`), and the pack size.
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.request
import zlib

# Crates, in the order their timelines are interleaved. Large, long-lived,
# mostly hand-written Rust code bases with many releases.
CRATES = [
    "syn", "serde", "serde_json", "tokio", "regex", "regex-syntax", "clap",
    "hyper", "rustix", "libc", "nix", "rand", "chrono", "cargo", "rustls",
    "openssl", "gix", "proc-macro2", "cc", "bindgen", "object", "gimli",
    "wasmparser", "cranelift-codegen", "wasmtime", "diesel", "reqwest",
    "polars-core", "bevy_ecs", "sqlx-core", "tonic", "tracing", "futures",
]

# name -> (index lines taken, versions among them that were yanked when the
# table was made). Regenerate with --print-pins (and update PIN_DIGEST).
PINS = {
    'syn': (363, ['0.8.3', '0.10.0-rc1', '0.10.0', '0.10.1', '0.10.2', '0.10.3', '0.10.4',
        '0.10.5', '0.10.6', '0.10.7', '0.11.2', '0.11.3', '0.10.8', '0.12.8', '0.13.8', '0.15.2',
        '2.0.19']),
    'serde': (316, ['0.7.6', '1.0.31', '1.0.95']),
    'serde_json': (186, ['0.9.7', '1.0.23']),
    'tokio': (201, ['0.1.12', '1.0.0', '1.6.0', '1.16.0', '1.39.0', '1.54.0']),
    'regex': (170, ['0.1.31', '0.1.57', '0.1.66', '1.12.0']),
    'regex-syntax': (80, ['0.5.4']),
    'clap': (463, ['0.4.5', '0.4.8', '0.4.11', '0.4.12', '0.5.13', '0.6.0', '0.7.0', '0.7.1',
        '0.10.4', '1.4.0', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7', '1.5.0',
        '1.5.1', '1.5.2', '1.5.3', '1.5.4', '1.5.5', '2.0.0', '2.0.1', '2.0.2', '2.0.3', '2.0.4',
        '2.0.5', '2.0.6', '2.1.0', '2.1.1', '2.1.2', '2.2.0', '2.2.1', '2.2.2', '2.2.3', '2.2.4',
        '2.2.5', '2.2.6', '2.3.0', '2.4.0', '2.4.1', '2.4.2', '2.4.3', '2.5.0', '2.5.1', '2.5.2',
        '2.6.0', '2.7.0', '2.7.1', '2.8.0', '2.9.0', '2.9.1', '2.9.2', '2.9.3', '2.10.0', '2.10.1',
        '2.10.2', '2.10.3', '2.10.4', '2.11.0', '2.11.1', '2.11.2', '2.11.3', '2.12.0', '2.12.1',
        '2.13.0', '2.14.0', '2.14.1', '2.15.0', '2.16.0', '2.16.1', '2.16.2', '2.16.3', '2.16.4',
        '2.17.0', '2.17.1', '2.18.0', '2.19.0', '2.19.1', '2.19.2', '2.19.3', '2.20.0', '2.20.1',
        '2.20.2', '2.20.3', '2.20.4', '2.20.5', '1.5.6', '2.21.0', '3.0.0-beta.3']),
    'hyper': (253, ['0.9.15', '0.10.1', '0.14.6']),
    'rustix': (171, ['0.35.5', '0.35.8', '0.37.14', '0.38.5', '0.38.16', '0.38.22', '0.38.29',
        '0.38.33', '1.1.0']),
    'libc': (209, ['0.1.9', '0.1.11', '0.2.63', '0.2.110', '0.2.128', '0.2.130', '0.2.145',
        '0.2.154', '0.2.165']),
    'nix': (81, ['0.5.1-pre', '0.26.3']),
    'rand': (95, ['0.4.4', '0.7.1']),
    'chrono': (95, ['0.1.0', '0.1.1', '0.1.2', '0.1.3', '0.1.4', '0.1.5', '0.1.6', '0.1.7',
        '0.1.8', '0.1.9', '0.1.10', '0.1.11', '0.1.12', '0.1.13', '0.1.14', '0.1.15', '0.1.16',
        '0.1.17', '0.1.18', '0.3.1', '0.4.14', '0.4.36']),
    'cargo': (118, ['0.0.1', '0.63.0', '0.72.0', '0.75.0', '0.87.0']),
    'rustls': (118, ['0.20.0-beta1', '0.20.5', '0.21.4', '0.23.30']),
    'openssl': (175, ['0.0.1', '0.10.17', '0.10.44']),
    'gix': (75, ['0.36.1', '0.37.0', '0.37.1', '0.43.0', '0.44.0', '0.55.0', '0.55.1', '0.59.0',
        '0.61.1', '0.65.0', '0.72.0', '0.82.0']),
    'proc-macro2': (163, ['1.0.11', '1.0.62']),
    'cc': (234, ['1.0.84', '1.0.85']),
    'bindgen': (129, ['0.24.1', '0.49.3', '0.54.1', '0.65.0', '0.68.0']),
    'object': (73, []),
    'gimli': (46, ['0.33.1']),
    'wasmparser': (293, ['0.98.0']),
    'cranelift-codegen': (280, ['0.73.0']),
    'wasmtime': (238, ['0.39.0', '0.38.2']),
    'diesel': (99, []),
    'reqwest': (126, []),
    'polars-core': (110, ['0.24.4']),
    'bevy_ecs': (66, ['0.9.0']),
    'sqlx-core': (58, ['0.5.0', '0.5.2', '0.5.8', '0.5.12', '0.8.4']),
    'tonic': (55, ['0.0.0', '0.2.2']),
    'tracing': (46, ['0.1.20', '0.1.38', '0.1.39', '0.1.42']),
    'futures': (75, ['0.1.0', '0.2.0-alpha', '0.1.19', '0.2.0-beta', '0.2.0', '0.2.1',
        '0.2.3-docs-yank', '0.2.3-docs-yank.2', '0.2.3-docs-yank.3', '0.2.3-docs-yank.4', '0.3.0',
        '0.3.1', '0.3.2', '0.3.3', '0.3.4', '0.3.5', '0.3.6', '0.3.7', '0.3.8', '0.3.9', '0.3.10',
        '0.3.18', '0.3.20']),
}

PIN_DIGEST = 'd2804282c01b38e12230cba1c2dee2a35d6697f585032d6247f55c26d913ea1b'

# Bump when the stream this script writes changes (the cached repository is
# rebuilt when this, the pins or the constants below change).
FORMAT = 1
FILES_PER_COMMIT = 3
EPOCH = 1_420_070_400  # 2015-01-01T00:00:00Z; commits 20 to 40 minutes apart
SECRETS = 20
SEED = 0x5EC2E75
AUTHORS = [
    ("Ada Lindqvist", "ada@example.org"), ("Bram Okafor", "bram@example.com"),
    ("Chen Wei", "chen.wei@example.net"), ("Dana Kowalski", "dana@example.org"),
    ("Emeka Hart", "emeka@example.com"), ("Farah Haddad", "farah@example.net"),
    ("Goran Petrov", "goran@example.org"), ("Hana Sato", "hana@example.com"),
    ("Ines Duarte", "ines@example.net"), ("Jonas Berg", "jonas@example.org"),
    ("Kemal Aydin", "kemal@example.com"), ("Lea Moreau", "lea@example.net"),
    ("Mateo Ruiz", "mateo@example.org"), ("Nora Schmidt", "nora@example.com"),
    ("Omar Farouk", "omar@example.net"), ("Priya Nair", "priya@example.org"),
]

INDEX_URL = "https://index.crates.io/"
DL_URL = "https://static.crates.io/crates/{name}/{name}-{version}.crate"


def log(msg):
    print(f"==> {msg}", file=sys.stderr, flush=True)


def index_path(name):
    n = name.lower()
    if len(n) <= 2:
        return f"{len(n)}/{n}"
    if len(n) == 3:
        return f"3/{n[0]}/{n}"
    return f"{n[:2]}/{n[2:4]}/{n}"


def http_get(url, tries=4):
    for attempt in range(tries):
        try:
            with urllib.request.urlopen(url, timeout=120) as r:
                return r.read()
        except Exception as e:  # noqa: BLE001 - retried, then raised
            if attempt == tries - 1:
                raise RuntimeError(f"GET {url}: {e}") from e
            time.sleep(2 * (attempt + 1))
    raise AssertionError("unreachable")


def index_entries(cache, name, refresh=False):
    """The crate's sparse-index lines (cached in CACHE/index/NAME.json)."""
    path = os.path.join(cache, "index", name + ".json")
    if refresh or not os.path.exists(path):
        data = http_get(INDEX_URL + index_path(name))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path + ".tmp", "wb") as f:
            f.write(data)
        os.replace(path + ".tmp", path)
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def selection(cache):
    """[(name, [(version, cksum)...])] as pinned, and their digest."""
    out = []
    h = hashlib.sha256()
    for name in CRATES:
        lines, yanked = PINS[name]
        entries = index_entries(cache, name)
        if len(entries) < lines:
            entries = index_entries(cache, name, refresh=True)
        if len(entries) < lines:
            raise SystemExit(f"index of {name} has {len(entries)} lines, the pin needs {lines}")
        picked = [(e["vers"], e["cksum"]) for e in entries[:lines] if e["vers"] not in yanked]
        for v, c in picked:
            h.update(f"{name} {v} {c}\n".encode())
        out.append((name, picked))
    return out, h.hexdigest()


def download(cache, name, version, cksum):
    path = os.path.join(cache, "crates", name, f"{name}-{version}.crate")
    if os.path.exists(path):
        return path
    data = http_get(DL_URL.format(name=name, version=version))
    got = hashlib.sha256(data).hexdigest()
    if got != cksum:
        raise RuntimeError(f"{name} {version}: sha256 {got}, the index says {cksum}")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.replace(path + ".tmp", path)
    return path


def verify(path, cksum):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    if h.hexdigest() != cksum:
        raise RuntimeError(f"{path}: sha256 {h.hexdigest()}, the index says {cksum}")


def semver_key(v):
    core, _, _build = v.partition("+")
    core, dash, pre = core.partition("-")
    nums = []
    for p in core.split("."):
        nums.append(int(p) if p.isdigit() else 0)
    pre_key = []
    if dash:
        for p in pre.split("."):
            pre_key.append((0, int(p), "") if p.isdigit() else (1, 0, p))
    return (tuple(nums), 0 if dash else 1, tuple(pre_key))


def read_crate(path):
    """{relative path: (mode, bytes)} of the regular files in a .crate."""
    files = {}
    with tarfile.open(path, "r:gz") as t:
        for m in t:
            if not m.isfile():
                continue
            parts = m.name.split("/", 1)
            if len(parts) != 2 or not parts[1]:
                continue
            rel = parts[1]
            if rel.startswith("/") or ".." in rel.split("/"):
                continue
            data = t.extractfile(m).read()
            mode = "100755" if m.mode & 0o111 else "100644"
            files[rel] = (mode, data)
    return files


# ---------------------------------------------------------------- fake secrets

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BASE62 = ALNUM
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"


def base62(n, width):
    digits = []
    while n > 0:
        digits.append(BASE62[n % 62])
        n //= 62
    while len(digits) < width:
        digits.append("0")
    return "".join(reversed(digits))


def rand_str(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def crc_token(rng, prefix):
    body = rand_str(rng, ALNUM, 30)
    return f"{prefix}_{body}{base62(zlib.crc32(body.encode()), 6)}"


def pem_key(rng):
    import base64

    der = bytes([0x30, 0x82, 0x04, 0xA4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
    der += bytes(rng.randrange(256) for _ in range(1180))
    b = base64.b64encode(der).decode()
    lines = [b[i : i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----\n"


def fake_secrets():
    """SECRETS (path, content, label): fixed fake credentials in context."""
    rng = random.Random(SEED)
    akia = lambda: "AKIA" + rand_str(rng, B32, 16)  # noqa: E731
    aws_secret = lambda: rand_str(rng, ALNUM + "/+", 40)  # noqa: E731
    digits = lambda n: str(rng.randrange(1, 9)) + rand_str(rng, "0123456789", n - 1)  # noqa: E731
    items = [
        ("deploy/aws-credentials", lambda: f"[default]\naws_access_key_id = {akia()}\naws_secret_access_key = {aws_secret()}\nregion = eu-west-1\n", "aws"),
        ("config/.env.production", lambda: f"APP_ENV=production\nGITHUB_TOKEN={crc_token(rng, 'ghp')}\n", "github-pat"),
        ("scripts/notify.sh", lambda: f"#!/bin/sh\nSLACK_BOT_TOKEN=xoxb-{digits(12)}-{digits(13)}-{rand_str(rng, ALNUM, 24)}\ncurl -H \"Authorization: Bearer $SLACK_BOT_TOKEN\" https://slack.com/api/chat.postMessage\n", "slack-bot"),
        ("billing/settings.py", lambda: f"STRIPE_API_KEY = \"sk_live_{rand_str(rng, ALNUM, 24)}\"\nCURRENCY = \"eur\"\n", "stripe"),
        ("keys/deploy_rsa", lambda: pem_key(rng), "pem"),
        ("ci/gitlab.env", lambda: f"GITLAB_TOKEN=glpat-{rand_str(rng, ALNUM + '_-', 20)}\n", "gitlab"),
        ("mail/config.toml", lambda: f"[sendgrid]\napi_key = \"SG.{rand_str(rng, ALNUM + '_-', 22)}.{rand_str(rng, ALNUM + '_-', 43)}\"\n", "sendgrid"),
        (".npmrc", lambda: f"//registry.npmjs.org/:_authToken={crc_token(rng, 'npm')}\n", "npm"),
        ("web/maps.js", lambda: f"const MAPS_API_KEY = \"AIza{rand_str(rng, ALNUM + '_-', 35)}\";\n", "google-api-key"),
        ("sms/twilio.yml", lambda: f"twilio:\n  account_sid: AC{rand_str(rng, HEX, 32)}\n  api_key: SK{rand_str(rng, HEX, 32)}\n", "twilio"),
        ("db/database.yml", lambda: f"production:\n  url: postgres://app:{rand_str(rng, ALNUM, 18)}@db.internal:5432/app\n", "db-url"),
        ("deploy/aws-ci.env", lambda: f"AWS_ACCESS_KEY_ID={akia()}\nAWS_SECRET_ACCESS_KEY={aws_secret()}\n", "aws"),
        ("config/github.json", lambda: json.dumps({"token": crc_token(rng, "ghp"), "org": "example"}) + "\n", "github-pat"),
        ("keys/server.key", lambda: pem_key(rng), "pem"),
        ("shop/.env", lambda: f"SHOPIFY_ACCESS_TOKEN=shpat_{rand_str(rng, HEX, 32)}\n", "shopify"),
        ("infra/do.tfvars", lambda: f"do_token = \"dop_v1_{rand_str(rng, HEX, 64)}\"\n", "digitalocean"),
        ("ml/hf.env", lambda: f"HF_TOKEN=hf_{rand_str(rng, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 34)}\n", "huggingface"),
        ("bots/slack.env", lambda: f"SLACK_BOT_TOKEN=xoxb-{digits(11)}-{digits(13)}-{rand_str(rng, ALNUM, 24)}\n", "slack-bot"),
        ("billing/stripe.env", lambda: f"STRIPE_SECRET_KEY=sk_live_{rand_str(rng, ALNUM, 32)}\n", "stripe"),
        ("config/ci.env", lambda: f"GH_TOKEN={crc_token(rng, 'ghp')}\n", "github-pat"),
    ]
    assert len(items) == SECRETS
    return [(p, make().encode(), label) for p, make, label in items]


# ---------------------------------------------------------------- the stream


def quote_path(p):
    """A path for fast-import: C-style quoted when it needs it."""
    b = p.encode("utf-8", "surrogateescape")
    if all(0x20 < c < 0x7F and c not in (0x22, 0x5C) for c in b) and b[:1] != b'"':
        return b
    out = bytearray(b'"')
    for c in b:
        if c in (0x22, 0x5C):
            out += b"\\" + bytes([c])
        elif c == 0x0A:
            out += b"\\n"
        elif 0x20 <= c < 0x7F:
            out.append(c)
        else:
            out += b"\\%03o" % c
    out += b'"'
    return bytes(out)


class Stream:
    def __init__(self, out):
        self.out = out
        self.mark = 0
        self.blobs = {}  # sha1 of content -> mark
        self.commits = 0
        self.blob_bytes = 0

    def blob(self, data):
        key = hashlib.sha1(data).digest()
        m = self.blobs.get(key)
        if m is None:
            self.mark += 1
            m = self.blobs[key] = self.mark
            self.out.write(b"blob\nmark :%d\ndata %d\n" % (m, len(data)))
            self.out.write(data)
            self.out.write(b"\n")
            self.blob_bytes += len(data)
        return m

    def commit(self, message, changes):
        """changes: [(path, mode, mark)] or [(path, None, None)] to delete."""
        n = self.commits
        self.commits += 1
        name, email = AUTHORS[(n * 7 + n // 13) % len(AUTHORS)]
        when = EPOCH + n * 1200 + (n * 7919) % 1200
        self.mark += 1
        mark = self.mark
        msg = message.encode("utf-8", "surrogateescape")
        w = self.out.write
        w(b"commit refs/heads/main\nmark :%d\n" % mark)
        w(b"author %s <%s> %d +0000\n" % (name.encode(), email.encode(), when))
        w(b"committer %s <%s> %d +0000\n" % (name.encode(), email.encode(), when + 60))
        w(b"data %d\n%s\n" % (len(msg), msg))
        for path, mode, m in changes:
            if mode is None:
                w(b"D %s\n" % quote_path(path))
            else:
                w(b"M %s :%d %s\n" % (mode.encode(), m, quote_path(path)))
        w(b"\n")
        return mark

    def tag(self, ref, mark):
        self.out.write(b"reset refs/tags/%s\nfrom :%d\n\n" % (ref.encode(), mark))


def group_changes(changes):
    """Changed paths grouped by directory, at most FILES_PER_COMMIT each."""
    by_dir = {}
    for c in sorted(changes, key=lambda c: c[0]):
        by_dir.setdefault(os.path.dirname(c[0]), []).append(c)
    groups = []
    for d in sorted(by_dir):
        items = by_dir[d]
        for i in range(0, len(items), FILES_PER_COMMIT):
            groups.append((d, items[i : i + FILES_PER_COMMIT]))
    return groups


def describe(version, prev, d, items):
    verbs = {"A": "add", "M": "update", "D": "remove"}
    kinds = sorted({k for _, k in items})
    names = ", ".join(os.path.basename(p) for p, _ in items)
    what = "/".join(verbs[k] for k in kinds)
    since = f" (since {prev})" if prev else ""
    return f"{what} {names} in {d or '.'}\n\nPart of the {version} release{since}.\n"


def write_stream(cache, sel, out):
    s = Stream(out)
    # (position in the crate's timeline, crate order) interleaves the crates.
    events = []
    for ci, (name, versions) in enumerate(sel):
        vs = sorted(versions, key=lambda v: semver_key(v[0]))
        for vi, (v, ck) in enumerate(vs):
            events.append(((vi + 0.5) / len(vs), ci, name, v, ck))
    events.sort(key=lambda e: (e[0], e[1]))
    secrets = fake_secrets()
    plant_at = {int((j + 0.5) * len(events) / len(secrets)): j for j in range(len(secrets))}
    state = {name: {} for name, _ in sel}
    last = {name: None for name, _ in sel}
    t0 = time.time()
    for ei, (_, _, name, version, ck) in enumerate(events):
        base = f"crates/{name}/"
        planted = None
        if ei in plant_at:
            path, content, label = secrets[plant_at[ei]]
            planted = base + path
            s.commit(
                f"{name}: local settings for {path}\n\nTemporary, for testing the {version} release.\n",
                [(planted, "100644", s.blob(content))],
            )
        crate_path = os.path.join(cache, "crates", name, f"{name}-{version}.crate")
        files = read_crate(crate_path)
        old = state[name]
        changes = []
        new = {}
        for rel, (mode, data) in files.items():
            m = s.blob(data)
            new[rel] = (mode, m)
            if old.get(rel) != (mode, m):
                changes.append((rel, "A" if rel not in old else "M", mode, m))
        for rel in old:
            if rel not in new:
                changes.append((rel, "D", None, None))
        state[name] = new
        mark = None
        for d, items in group_changes([(c[0], c) for c in changes]):
            msg = f"{name}: " + describe(version, last[name], d, [(p, c[1]) for p, c in items])
            mark = s.commit(msg, [(base + p, c[2], c[3]) for p, c in items])
        if planted:
            mark = s.commit(f"{name}: remove local settings\n\nThey must not be committed.\n", [(planted, None, None)])
        if mark is None:  # a release that changed nothing
            mark = s.commit(f"{name}: release {version}\n", [])
        s.tag(f"{name}-v{version}", mark)
        last[name] = version
        if ei % 250 == 0:
            log(f"{ei}/{len(events)} releases, {s.commits} commits, {s.blob_bytes / 1e9:.2f} GB of blobs, {time.time() - t0:.0f} s")
    out.flush()
    return s


# ---------------------------------------------------------------- main


def script_version():
    """What the repository depends on: bump FORMAT when the stream changes."""
    parts = [FORMAT, CRATES, PIN_DIGEST, FILES_PER_COMMIT, EPOCH, SEED, AUTHORS]
    parts.append([(p, c.decode(), label) for p, c, label in fake_secrets()])
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def git(repo, *args, **kw):
    return subprocess.run(["git", "-C", repo, *args], check=True, **kw)


def git_out(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True).stdout


def stats(repo):
    commits = int(git_out(repo, "rev-list", "--all", "--count").strip())
    refs = len(git_out(repo, "for-each-ref", "--format=x").splitlines())
    blobs = blob_bytes = objects = 0
    p = subprocess.Popen(
        ["git", "-C", repo, "cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectsize)"],
        stdout=subprocess.PIPE,
        text=True,
    )
    for line in p.stdout:
        t, size = line.split()
        objects += 1
        if t == "blob":
            blobs += 1
            blob_bytes += int(size)
    p.wait()
    pack = sum(
        os.path.getsize(os.path.join(repo, "objects", "pack", f))
        for f in os.listdir(os.path.join(repo, "objects", "pack"))
        if f.endswith(".pack")
    )
    return dict(commits=commits, refs=refs, objects=objects, blobs=blobs, blob_bytes=blob_bytes, pack_bytes=pack)


def print_stats(repo, st, extra=""):
    print(f"bench repository: {repo}{extra}")
    print(f"  commits:    {st['commits']:,}")
    print(f"  refs:       {st['refs']:,} (main + one tag per release)")
    print(f"  objects:    {st['objects']:,}")
    print(f"  blobs:      {st['blobs']:,}")
    print(f"  blob bytes: {st['blob_bytes']:,} ({st['blob_bytes'] / 1e9:.2f} GB, unique blobs)")
    print(f"  pack size:  {st['pack_bytes']:,} ({st['pack_bytes'] / 1e6:.0f} MB)")


def print_pins(cache):
    print("PINS = {")
    h = hashlib.sha256()
    for name in CRATES:
        entries = index_entries(cache, name, refresh=True)
        yanked = [e["vers"] for e in entries if e.get("yanked")]
        print(f"    {name!r}: ({len(entries)}, {yanked!r}),")
        for e in entries:
            if not e.get("yanked"):
                h.update(f"{name} {e['vers']} {e['cksum']}\n".encode())
    print("}")
    print(f"PIN_DIGEST = {h.hexdigest()!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cache_home = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    ap.add_argument("--cache", default=os.path.join(cache_home, "pushguard-bench"), help="cache directory (archives, index files, the repository)")
    ap.add_argument("--repo", help="the repository to build (default CACHE/repo.git)")
    ap.add_argument("--jobs", type=int, default=8, help="parallel downloads")
    ap.add_argument("--force", action="store_true", help="rebuild even when the cached repository is current")
    ap.add_argument("--print-path", action="store_true", help="print only the repository path on stdout")
    ap.add_argument("--print-pins", action="store_true", help="print a PINS table from the current index and exit")
    args = ap.parse_args()
    cache = os.path.abspath(args.cache)
    repo = os.path.abspath(args.repo or os.path.join(cache, "repo.git"))
    if args.print_pins:
        print_pins(cache)
        return
    version = script_version()
    stamp = os.path.join(repo, "pushguard-bench-version")
    if not args.force and os.path.exists(stamp) and open(stamp).read().strip() == version:
        if args.print_path:
            print(repo)
        else:
            print_stats(repo, stats(repo), " (cached, built by this script version)")
        return
    if args.print_path:
        sys.stdout = sys.stderr  # the statistics go to stderr; the path alone to stdout

    t_start = time.time()
    sel, digest = selection(cache)
    if digest != PIN_DIGEST:
        raise SystemExit(f"the pinned selection's digest is {digest}, expected {PIN_DIGEST}: the index changed under a pin")
    todo = [(n, v, c) for n, vs in sel for v, c in vs]
    log(f"{len(todo)} releases of {len(sel)} crates; downloading what is not cached in {cache}/crates")
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        paths = list(ex.map(lambda t: download(cache, *t), todo))
    log("verifying the archives' SHA-256")
    for path, (_, _, c) in zip(paths, todo):
        verify(path, c)
    t_dl = time.time()

    tmp = repo + ".build"
    shutil.rmtree(tmp, ignore_errors=True)
    subprocess.run(["git", "init", "-q", "--bare", tmp], check=True)
    git(tmp, "symbolic-ref", "HEAD", "refs/heads/main")
    log(f"writing the history through git fast-import into {tmp}")
    fi = subprocess.Popen(
        ["git", "-C", tmp, "fast-import", "--quiet", "--done"],
        stdin=subprocess.PIPE,
    )
    s = write_stream(cache, sel, fi.stdin)
    fi.stdin.write(b"done\n")
    fi.stdin.close()
    if fi.wait() != 0:
        raise SystemExit("git fast-import failed")
    t_fi = time.time()
    log(f"fast-import done: {s.commits} commits, {len(s.blobs)} blobs, {s.blob_bytes / 1e9:.2f} GB; repacking")
    git(tmp, "repack", "-a", "-d", "-f", "-q", "--window=10", "--depth=50")
    git(tmp, "pack-refs", "--all")
    t_pack = time.time()
    with open(os.path.join(tmp, "pushguard-bench-version"), "w") as f:
        f.write(version + "\n")
    shutil.rmtree(repo, ignore_errors=True)
    os.rename(tmp, repo)
    print_stats(repo, stats(repo))
    print(
        f"  build time: {t_pack - t_start:.0f} s (download {t_dl - t_start:.0f} s, fast-import {t_fi - t_dl:.0f} s, repack {t_pack - t_fi:.0f} s)"
    )
    if args.print_path:
        print(repo, file=sys.__stdout__)


if __name__ == "__main__":
    main()
