#!/usr/bin/env python3
"""Generate pushguard's detection-quality corpus.

    python3 corpus/generate.py --out corpus/generated --seed 1

writes

    <out>/positive/<nnn>-<kind>.<ext>   one fake credential each, in realistic context
    <out>/benign/<nnn>-<kind>.<ext>     no credential, many look-alikes
    <out>/manifest.json                 label, provider, kind and line span per file

Every secret is fake: drawn from a seeded PRNG in the provider's documented
shape (prefix, length, alphabet, checksum where the format has one). The same
seed gives byte-identical output. Python 3.11 standard library only.

The manifest never holds a secret. For each positive it records the 1-based
`line` where the secret starts and `end_line` where it ends (pairs such as an
AWS key id + secret key span both lines), and for every secret part its byte
`offset` and `length` in the file, the `sha256` of those bytes and, for
base64-wrapped credentials (Kubernetes Secret data, Docker auths, HTTP Basic),
`encoding: "base64"`. Consumers read the secret from the file when they need it.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import shutil
import struct
import sys
import zlib
from pathlib import Path

# ---------------------------------------------------------------------------
# Deterministic randomness
# ---------------------------------------------------------------------------

M64 = (1 << 64) - 1

DIG = "0123456789"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
ALNUM = DIG + UP + LO  # base62 order, as in GitHub's checksum
ALNUM_U = UP + DIG
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
B32 = UP + "234567"

# Substrings that scanners (and humans) read as "placeholder"; random secret
# material containing one is drawn again, so a miss is never caused by luck.
PLACEHOLDER_HINTS = (
    "example", "test", "fake", "dummy", "sample", "xxx", "your", "change", "demo",
    "0000", "1234", "abcd", "secret", "token", "passw", "redact", "placeholder",
    "todo", "mock", "insert", "replace", "null", "none", "allow", "ignore", "skip",
    "pushguard", "gitleaks", "noqa", "nosec", "xyz", "qwerty", "lorem", "****",
)


class Rng:
    """splitmix64 seeded from sha256 of a label: independent streams per file."""

    def __init__(self, *label: object) -> None:
        h = hashlib.sha256("\x1f".join(map(str, label)).encode()).digest()
        self.state = int.from_bytes(h[:8], "little")

    def u64(self) -> int:
        self.state = (self.state + 0x9E3779B97F4A7C15) & M64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        return z ^ (z >> 31)

    def below(self, n: int) -> int:
        if n <= 0:
            raise ValueError("below(0)")
        words = 1
        while (1 << (64 * words)) < n:
            words += 1
        span = 1 << (64 * words)
        limit = span - (span % n)
        while True:
            x = 0
            for _ in range(words):
                x = (x << 64) | self.u64()
            if x < limit:
                return x % n

    def randint(self, a: int, b: int) -> int:
        return a + self.below(b - a + 1)

    def chance(self, p: float) -> bool:
        return self.below(1_000_000) < int(p * 1_000_000)

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def sample(self, seq, k: int) -> list:
        pool = list(seq)
        self.shuffle(pool)
        return pool[:k]

    def shuffle(self, xs: list) -> None:
        for i in range(len(xs) - 1, 0, -1):
            j = self.below(i + 1)
            xs[i], xs[j] = xs[j], xs[i]

    def bytes(self, n: int) -> bytes:
        out = bytearray()
        while len(out) < n:
            out += self.u64().to_bytes(8, "little")
        return bytes(out[:n])

    def s(self, alphabet: str, n: int) -> str:
        return "".join(alphabet[self.below(len(alphabet))] for _ in range(n))

    def tok(self, alphabet: str, n: int) -> str:
        """Random secret material: no placeholder-like substring, no long runs,
        does not start or end with a separator."""
        while True:
            t = self.s(alphabet, n)
            if looks_like_placeholder(t):
                continue
            if re.search(r"(.)\1\1\1", t):
                continue
            if n > 2 and (t[0] in "-_.~+/=" or t[-1] in "-_.~+/="):
                continue
            return t

    def digits(self, n: int) -> str:
        return str(self.randint(10 ** (n - 1), 10**n - 1))

    def hexs(self, n: int) -> str:
        return self.tok(HEX, n)

    def uuid(self) -> str:
        h = self.s(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def looks_like_placeholder(s: str) -> bool:
    low = s.lower()
    return any(h in low for h in PLACEHOLDER_HINTS)


# ---------------------------------------------------------------------------
# Encoders and checksums
# ---------------------------------------------------------------------------


def base62(n: int, width: int) -> str:
    out = ""
    while n > 0:
        out = ALNUM[n % 62] + out
        n //= 62
    return out.rjust(width, "0")


def crc32_token(prefix: str, r: Rng) -> str:
    """GitHub / npm token: prefix + 30 random base62 + base62(crc32(random), 6)."""
    rand = r.tok(ALNUM, 30)
    return prefix + rand + base62(zlib.crc32(rand.encode()), 6)


def bad_crc32_token(prefix: str, r: Rng) -> str:
    rand = r.tok(ALNUM, 30)
    good = base62(zlib.crc32(rand.encode()), 6)
    while True:
        bad = r.tok(ALNUM, 6)
        if bad != good:
            return prefix + rand + bad


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def wrap(s: str, width: int) -> list[str]:
    return [s[i : i + width] for i in range(0, len(s), width)]


def crc24(data: bytes) -> int:
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_encode(hrp: str, data: bytes) -> str:
    def polymod(values):
        gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
        chk = 1
        for v in values:
            b = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if ((b >> i) & 1) else 0
        return chk

    acc, bits, five = 0, 0, []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    hrp_l = hrp.lower()
    expanded = [ord(c) >> 5 for c in hrp_l] + [0] + [ord(c) & 31 for c in hrp_l]
    pm = polymod(expanded + five + [0] * 6) ^ 1
    check = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp_l + "1" + "".join(BECH32[d] for d in five + check)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------
# Secret markers: renderers wrap the secret bytes in \x01 ... \x02; the writer
# strips the markers and records offsets, so every container can escape and
# indent values freely.
# ---------------------------------------------------------------------------

OPEN, CLOSE = "\x01", "\x02"


def mark(s: str) -> str:
    return OPEN + s + CLOSE


class Secret:
    """A value placed in a file; `text[lo:hi]` is the secret part (a URL's
    password, say), the rest is context that is written unmarked."""

    def __init__(self, text: str, lo: int = 0, hi: int | None = None, encoding: str | None = None):
        self.text = text
        self.lo = lo
        self.hi = len(text) if hi is None else hi
        self.encoding = encoding

    def render(self, esc=lambda s: s) -> str:
        t = self.text
        return esc(t[: self.lo]) + mark(esc(t[self.lo : self.hi])) + esc(t[self.hi :])


def secret_in(prefix: str, secret: str, suffix: str = "", encoding: str | None = None) -> Secret:
    return Secret(prefix + secret + suffix, len(prefix), len(prefix) + len(secret), encoding)


class Ref:
    """A reference to a secret kept elsewhere (environment, vault, CI secret)."""

    def __init__(self, var: str):
        self.var = var


def plain(v) -> str:
    if isinstance(v, Secret):
        return v.text
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Ref):
        return "${%s}" % v.var
    return str(v)


def rv(v, esc=lambda s: s) -> str:
    """Render a string value (secret or not) with `esc` applied."""
    if isinstance(v, Secret):
        return v.render(esc)
    return esc(plain(v))


def jesc(s: str) -> str:
    return json.dumps(s)[1:-1]


def unmark_json(text: str) -> str:
    return text.replace("\\u0001", OPEN).replace("\\u0002", CLOSE)


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------


def words_of(name: str) -> list[str]:
    return [w for w in name.lower().split("_") if w]


def up(w) -> str:
    return "_".join(x.upper() for x in w)


def snake(w) -> str:
    return "_".join(w)


def camel(w) -> str:
    return w[0] + "".join(x.capitalize() for x in w[1:])


def pascal(w) -> str:
    return "".join(x.capitalize() for x in w)


def dotted(w) -> str:
    return ".".join(w)


def kebab(w) -> str:
    return "-".join(w)


# ---------------------------------------------------------------------------
# Per-file context and benign noise
# ---------------------------------------------------------------------------

APPS = [
    "billing-api", "checkout", "orders", "ledger", "inventory-sync", "notifier", "webhook-gateway",
    "analytics-worker", "search-indexer", "auth-proxy", "media-transcoder", "report-builder",
    "payments", "catalog", "shipping-rates", "crm-sync", "data-pipeline", "ml-scoring", "support-bot",
    "status-page", "invoicing", "user-profile", "feature-store", "geo-lookup", "pricing-engine",
]
ORGS = [
    "northwind", "globex", "initech", "umbrella", "hooli", "vandelay", "tyrell", "soylent",
    "cyberdyne", "wonka", "oscorp", "piedpiper", "massive-dynamic", "aperture", "blackmesa",
]
TLDS = [".io", ".net", ".com", ".cloud", ".co", ".app"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ca-central-1"]
ENVS = ["production", "staging", "prod", "preprod", "qa"]
TEAMS = ["platform", "payments", "growth", "data", "sre", "identity", "mobile", "integrations"]
PEOPLE = ["alice", "bob", "carol", "dmitri", "erin", "farah", "gustavo", "hana", "ivan", "jules", "kenji", "lena"]
USERS = ["app", "svc_orders", "billing", "deploy", "reporting", "etl", "api", "worker", "ci-bot", "backup"]


class Ctx:
    def __init__(self, r: Rng):
        self.app = r.choice(APPS)
        self.org = r.choice(ORGS)
        self.domain = self.org + r.choice(TLDS)
        self.internal = f"{r.choice(['internal', 'svc', 'corp', 'int'])}.{self.domain}"
        self.env = r.choice(ENVS)
        self.region = r.choice(REGIONS)
        self.team = r.choice(TEAMS)
        self.person = r.choice(PEOPLE)
        self.ns = r.choice([self.app, self.team, f"{self.team}-{self.env}"])
        self.year = r.randint(2022, 2025)
        self.date = f"{self.year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        self.version = f"{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 12)}"
        self.pkg = self.app.replace("-", "_")
        self.Pkg = pascal(self.app.split("-"))


def noise_items(r: Rng, ctx: Ctx, n: int) -> list:
    """Ordinary settings of a service: nothing secret, nothing random-looking."""
    c = ctx
    pool = [
        (["app", "name"], c.app),
        (["app", "env"], c.env),
        (["log", "level"], r.choice(["info", "warn", "debug", "error"])),
        (["port"], r.choice([3000, 8000, 8080, 8443, 9000, 5000])),
        (["aws", "region"], c.region),
        (["database", "pool", "size"], r.choice([5, 10, 20, 25])),
        (["database", "host"], f"{c.app}-db.{c.internal}"),
        (["database", "name"], c.pkg),
        (["redis", "url"], f"redis://cache.{c.internal}:6379/{r.randint(0, 3)}"),
        (["cache", "ttl", "seconds"], r.choice([60, 300, 900, 3600])),
        (["request", "timeout", "ms"], r.choice([2000, 5000, 10000, 30000])),
        (["max", "retries"], r.randint(2, 6)),
        (["feature", r.choice(["new", "beta", "async"]), r.choice(["checkout", "search", "exports", "billing"])], r.chance(0.5)),
        (["metrics", "port"], 9090),
        (["otel", "exporter", "otlp", "endpoint"], "http://otel-collector.observability:4317"),
        (["sentry", "environment"], c.env),
        (["smtp", "host"], f"smtp.{c.domain}"),
        (["smtp", "port"], r.choice([25, 465, 587])),
        (["s3", "bucket"], f"{c.org}-{c.app}-{c.env}"),
        (["public", "url"], f"https://{c.app}.{c.domain}"),
        (["api", "base", "url"], f"https://api.{c.domain}/v{r.randint(1, 3)}"),
        (["timezone"], r.choice(["UTC", "Europe/Berlin", "America/New_York"])),
        (["worker", "concurrency"], r.choice([2, 4, 8, 16])),
        (["queue", "name"], f"{c.app}-jobs"),
        (["allowed", "origins"], f"https://app.{c.domain}"),
        (["default", "locale"], r.choice(["en-US", "de-DE", "fr-FR"])),
        (["upload", "max", "mb"], r.choice([10, 25, 100])),
        (["health", "check", "path"], "/healthz"),
        (["kafka", "brokers"], f"kafka-0.{c.internal}:9092,kafka-1.{c.internal}:9092"),
        (["rate", "limit", "rpm"], r.choice([300, 600, 1200])),
        (["jwt", "issuer"], f"https://auth.{c.domain}/"),
        (["owner", "team"], c.team),
        (["service", "version"], c.version),
        (["http", "proxy"], f"http://proxy.{c.internal}:3128"),
        (["tls", "enabled"], True),
        (["pagination", "default", "limit"], 50),
        (["support", "email"], f"support@{c.domain}"),
        (["tracing", "sample", "rate"], r.choice(["0.1", "0.05", "1.0"])),
    ]
    r.shuffle(pool)
    seen, out = set(), []
    for w, v in pool:
        k = "_".join(w)
        if k not in seen:
            seen.add(k)
            out.append((w, v))
        if len(out) >= n:
            break
    return out


def place(r: Rng, noise: list, group: list, at: int | None = None) -> list:
    i = r.randint(0, len(noise)) if at is None else at
    return noise[:i] + group + noise[i:]


# ---------------------------------------------------------------------------
# Containers: realistic files around a list of (name words, value) settings.
# Values are str/int/bool (noise), Secret (marked) or Ref (a lookup).
# ---------------------------------------------------------------------------


class Style:
    """How a kind's values may be written: `ctx` kinds need their provider's
    name on the same line (a bare 32-hex string means nothing without it)."""

    def __init__(self, ctx=False, header=None):
        self.ctx = ctx
        self.header = header


NO_STYLE = Style()


def is_str(v) -> bool:
    return isinstance(v, (str, Secret, Ref))


def needs_single_quotes(s: str) -> bool:
    return "$" in s or "`" in s


def lit_c(r, v, quote='"'):
    """A C-family string literal (JS/TS/Go/Java/C#/PHP/Ruby/Python)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return quote + rv(v, lambda s: s.replace("\\", "\\\\").replace(quote, "\\" + quote)) + quote


def yaml_scalar(r, v, force_quote=False):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Ref):
        return r.choice(['"${%s}"' % v.var, "'{{ %s }}'" % v.var.lower()])
    s = plain(v)
    safe = re.fullmatch(r"[A-Za-z_/][A-Za-z0-9_./+=@-]*", s) and s.lower() not in ("true", "false", "yes", "no", "on", "off", "null")
    if safe and not force_quote and r.chance(0.5):
        return rv(v)
    if "'" not in s and r.chance(0.3):
        return "'" + rv(v) + "'"
    return '"' + rv(v, lambda x: x.replace("\\", "\\\\").replace('"', '\\"')) + '"'


def env_value(r, v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Ref):
        return r.choice(["${%s}" % v.var, "${%s:?}" % v.var])
    s = plain(v)
    if needs_single_quotes(s):
        return "'" + rv(v) + "'"
    if not re.fullmatch(r"[A-Za-z0-9_./:@+=,-]*", s) or r.chance(0.25):
        return '"' + rv(v) + '"'
    return rv(v)


def header_comment(r, ctx, lead):
    return r.choice([
        f"{lead} {ctx.app} ({ctx.env})",
        f"{lead} Configuration for {ctx.app}",
        f"{lead} {ctx.app}: {ctx.env} settings, owned by {ctx.team}",
        f"{lead} runtime configuration - {ctx.app} v{ctx.version}",
    ])


def c_env(r, ctx, items, st):
    out = [header_comment(r, ctx, "#")]
    if r.chance(0.5):
        out.append(f"# last reviewed {ctx.date} by {ctx.person}")
    out.append("")
    export = r.chance(0.15)
    for w, v in items:
        if r.chance(0.1):
            out.append("")
        out.append(("export " if export else "") + f"{up(w)}={env_value(r, v)}")
    return "env", "\n".join(out) + "\n"


def c_yaml_app(r, ctx, items, st):
    out = [header_comment(r, ctx, "#"), ""]
    groups: dict[str, list] = {}
    nest: dict[str, bool] = {}
    section = r.choice(["integrations", "services", "clients", "external", "vendors"])
    for w, v in items:
        secretish = isinstance(v, Secret)
        head = w[0]
        if head not in nest:
            nest[head] = len(w) > 1 and r.chance(0.6)
        if secretish and st.ctx:
            groups.setdefault(section, []).append((snake(w), v))
        elif nest[head] and len(w) > 1:
            groups.setdefault(head, []).append((snake(w[1:]), v))
        else:
            groups.setdefault(section if secretish else "app", []).append((snake(w), v))
    for g, kvs in groups.items():
        out.append(f"{g}:")
        for k, v in kvs:
            out.append(f"  {k}: {yaml_scalar(r, v)}")
        out.append("")
    return r.choice(["yaml", "yml"]), "\n".join(out).rstrip("\n") + "\n"


def c_k8s_env(r, ctx, items, st):
    image = f"registry.{ctx.domain}/{ctx.team}/{ctx.app}:{ctx.version}"
    out = [
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        f"  name: {ctx.app}",
        f"  namespace: {ctx.ns}",
        "  labels:",
        f"    app.kubernetes.io/name: {ctx.app}",
        f"    app.kubernetes.io/part-of: {ctx.team}",
        "spec:",
        f"  replicas: {r.randint(1, 6)}",
        "  selector:",
        "    matchLabels:",
        f"      app.kubernetes.io/name: {ctx.app}",
        "  template:",
        "    metadata:",
        "      labels:",
        f"        app.kubernetes.io/name: {ctx.app}",
        "    spec:",
        f"      serviceAccountName: {ctx.app}",
        "      containers:",
        f"        - name: {ctx.app}",
        f"          image: {image}",
        "          imagePullPolicy: IfNotPresent",
        "          ports:",
        f"            - containerPort: {r.choice([8080, 8000, 3000])}",
        "              name: http",
        "          env:",
    ]
    for w, v in items:
        if isinstance(v, (bool, int)):
            v = plain(v)  # Kubernetes env values are strings
        val = yaml_scalar(r, v, force_quote=not isinstance(v, Secret))
        if isinstance(v, Ref):
            out += [
                f"            - name: {up(w)}",
                "              valueFrom:",
                "                secretKeyRef:",
                f"                  name: {ctx.app}-secrets",
                f"                  key: {kebab(w)}",
            ]
        elif isinstance(v, Secret) and st.ctx:
            out.append(f"            - {{ name: {up(w)}, value: {val} }}")
        else:
            out += [f"            - name: {up(w)}", f"              value: {val}"]
    out += [
        "          resources:",
        "            requests:",
        f"              cpu: {r.choice(['100m', '250m', '500m'])}",
        f"              memory: {r.choice(['128Mi', '256Mi', '512Mi'])}",
        "            limits:",
        f"              memory: {r.choice(['512Mi', '1Gi'])}",
        "          readinessProbe:",
        "            httpGet:",
        "              path: /healthz",
        "              port: http",
    ]
    return "yaml", "\n".join(out) + "\n"


def c_compose(r, ctx, items, st):
    out = [
        'version: "3.9"' if r.chance(0.4) else "# docker compose file",
        "services:",
        f"  {ctx.app}:",
        f"    image: ghcr.io/{ctx.org}/{ctx.app}:{ctx.version}",
        "    restart: unless-stopped",
        "    ports:",
        f'      - "{r.choice([8080, 8000, 3000])}:8080"',
        "    environment:",
    ]
    as_list = r.chance(0.5)
    for w, v in items:
        if as_list:
            s = env_value(r, v)
            out.append(f"      - {up(w)}={s}")
        else:
            out.append(f"      {up(w)}: {yaml_scalar(r, v)}")
    out += [
        "    depends_on:",
        "      - cache",
        "  cache:",
        "    image: redis:7-alpine",
        "    volumes:",
        "      - cache-data:/data",
        "volumes:",
        "  cache-data: {}",
    ]
    return "yml", "\n".join(out) + "\n"


def c_gha(r, ctx, items, st):
    out = [
        f"name: {r.choice(['deploy', 'release', 'nightly', 'ci'])}",
        "",
        "on:",
        "  push:",
        "    branches: [main]",
        "  workflow_dispatch: {}",
        "",
        "permissions:",
        "  contents: read",
        "",
        "jobs:",
        f"  {r.choice(['deploy', 'build', 'publish'])}:",
        "    runs-on: ubuntu-latest",
        "    env:",
    ]
    for w, v in items:
        if isinstance(v, Ref):
            out.append(f"      {up(w)}: ${{{{ secrets.{v.var} }}}}")
        else:
            out.append(f"      {up(w)}: {yaml_scalar(r, v)}")
    out += [
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-node@v4",
        "        with:",
        f"          node-version: {r.choice([18, 20, 22])}",
        "      - run: npm ci",
        "      - run: npm run build",
        f"      - name: Deploy {ctx.app}",
        f"        run: ./scripts/deploy.sh {ctx.env}",
    ]
    return "yml", "\n".join(out) + "\n"


def c_ansible(r, ctx, items, st):
    out = ["---", f"# group_vars/{r.choice(['all', ctx.env, ctx.team])}.yml", f"app_user: {r.choice(['deploy', 'www-data', ctx.pkg])}", f"app_root: /opt/{ctx.app}"]
    for w, v in items:
        if isinstance(v, Ref):
            out.append(f'{snake(w)}: "{{{{ vault_{snake(w)} }}}}"')
        else:
            out.append(f"{snake(w)}: {yaml_scalar(r, v)}")
    out += ["", "app_packages:", "  - python3-venv", "  - nginx", "  - logrotate"]
    return "yml", "\n".join(out) + "\n"


def c_json(r, ctx, items, st):
    keyf = r.choice([camel, snake, pascal])
    doc: dict = {"name": ctx.app, "environment": ctx.env}
    section = r.choice(["integrations", "services", "clients", "providers"])
    nest: dict[str, bool] = {}
    for w, v in items:
        if w[0] not in nest:
            nest[w[0]] = r.chance(0.5)
        if isinstance(v, Secret):
            val = v.render()
        elif isinstance(v, Ref):
            val = r.choice(["${%s}" % v.var, "env:%s" % v.var, "vault:secret/data/%s/%s#%s" % (ctx.team, ctx.app, snake(w))])
        else:
            val = v
        if len(w) > 1 and not (isinstance(v, Secret) and st.ctx) and nest[w[0]]:
            doc.setdefault(keyf([w[0]]), {})
            if isinstance(doc[keyf([w[0]])], dict):
                doc[keyf([w[0]])][keyf(w[1:])] = val
                continue
        if isinstance(v, (Secret, Ref)):
            doc.setdefault(section, {})[keyf(w)] = val
        else:
            doc[keyf(w)] = val
    text = json.dumps(doc, indent=r.choice([2, 4]))
    return "json", unmark_json(text) + "\n"


def py_value(r, v):
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Ref):
        return r.choice([f'os.environ["{v.var}"]', f'os.getenv("{v.var}")', f'os.environ.get("{v.var}", "")'])
    return lit_c(r, v, r.choice(['"', "'"]))


def c_py(r, ctx, items, st):
    out = [f'"""Settings for {ctx.app} ({ctx.env})."""', "", "import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", f"DEBUG = {r.choice(['False', 'False', 'True'])}", ""]
    for w, v in items:
        out.append(f"{up(w)} = {py_value(r, v)}")
    out += [
        "",
        "LOGGING = {",
        '    "version": 1,',
        '    "handlers": {"console": {"class": "logging.StreamHandler"}},',
        '    "root": {"handlers": ["console"], "level": "INFO"},',
        "}",
    ]
    if r.chance(0.5):
        out += ["", "", "def database_url() -> str:", '    return os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))']
    return "py", "\n".join(out) + "\n"


def js_value(r, v):
    if isinstance(v, Ref):
        return r.choice([f"process.env.{v.var}", f"process.env['{v.var}']", f"process.env.{v.var} ?? ''"])
    return lit_c(r, v, r.choice(["'", '"']))


def c_js(r, ctx, items, st):
    if r.chance(0.5):
        out = ["'use strict';", "", f"// {ctx.app} configuration", "module.exports = {"]
        for w, v in items:
            out.append(f"  {camel(w)}: {js_value(r, v)},")
        out.append("};")
    else:
        out = [f"import {{ createClient }} from './client.js';", ""]
        for w, v in items:
            out.append(f"const {up(w)} = {js_value(r, v)};")
        out += ["", "export const client = createClient({", "  baseUrl: 'http://localhost:8080',", "  timeoutMs: 5000,", "});"]
    return "js", "\n".join(out) + "\n"


def c_ts(r, ctx, items, st):
    out = ["export interface AppConfig {", "  [key: string]: string | number | boolean | undefined;", "}", "", "export const config: AppConfig = {"]
    for w, v in items:
        out.append(f"  {camel(w)}: {js_value(r, v)},")
    out += ["};", "", "export default config;"]
    return "ts", "\n".join(out) + "\n"


def go_value(r, v):
    if isinstance(v, Ref):
        return f'os.Getenv("{v.var}")'
    if isinstance(v, str) or isinstance(v, Secret):
        s = plain(v)
        if "`" not in s and r.chance(0.2):
            return "`" + rv(v) + "`"
    return lit_c(r, v, '"')


def c_go(r, ctx, items, st):
    out = ["package config", "", "import (", '\t"os"', '\t"time"', ")", "", "var ("]
    for w, v in items:
        out.append(f"\t{camel(w)} = {go_value(r, v)}")
    out += [")", "", "// DefaultTimeout bounds every outgoing request.", "const DefaultTimeout = 30 * time.Second", "", "func Env() string {", '\tif e := os.Getenv("APP_ENV"); e != "" {', "\t\treturn e", "\t}", f'\treturn "{ctx.env}"', "}"]
    return "go", "\n".join(out) + "\n"


def c_java(r, ctx, items, st):
    out = [f"package com.{ctx.org.replace('-', '')}.{ctx.pkg};", "", "public final class AppConfig {", "", "    private AppConfig() {", "    }", ""]
    for w, v in items:
        if isinstance(v, Ref):
            out.append(f'    public static final String {up(w)} = System.getenv("{v.var}");')
        else:
            t = "boolean" if isinstance(v, bool) else "int" if isinstance(v, int) else "String"
            out.append(f"    public static final {t} {up(w)} = {lit_c(r, v)};")
    out += ["}"]
    return "java", "\n".join(out) + "\n"


def c_rb(r, ctx, items, st):
    if r.chance(0.5):
        out = ["# frozen_string_literal: true", "", "Rails.application.configure do"]
        for w, v in items:
            val = f'ENV.fetch("{v.var}")' if isinstance(v, Ref) else lit_c(r, v, r.choice(["'", '"']) if not needs_single_quotes(plain(v)) else "'")
            out.append(f"  config.x.{snake(w)} = {val}")
        out.append("end")
    else:
        out = ["# frozen_string_literal: true", "", f"module {ctx.Pkg}", "  module Settings"]
        for w, v in items:
            val = f"ENV['{v.var}']" if isinstance(v, Ref) else lit_c(r, v, "'")
            out.append(f"    {up(w)} = {val}")
        out += ["  end", "end"]
    return "rb", "\n".join(out) + "\n"


def c_php(r, ctx, items, st):
    if r.chance(0.6):
        out = ["<?php", "", "return ["]
        for w, v in items:
            val = f"env('{v.var}')" if isinstance(v, Ref) else lit_c(r, v, "'")
            out.append(f"    '{snake(w)}' => {val},")
        out.append("];")
    else:
        out = ["<?php", f"// {ctx.app} constants", ""]
        for w, v in items:
            val = f"getenv('{v.var}')" if isinstance(v, Ref) else lit_c(r, v, "'")
            out.append(f"define('{up(w)}', {val});")
    return "php", "\n".join(out) + "\n"


def c_cs(r, ctx, items, st):
    out = ["using System;", "", f"namespace {pascal(ctx.org.split('-'))}.{ctx.Pkg}.Configuration;", "", "public static class Settings", "{"]
    for w, v in items:
        if isinstance(v, Ref):
            out.append(f'    public static readonly string {pascal(w)} = Environment.GetEnvironmentVariable("{v.var}") ?? string.Empty;')
        else:
            t = "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else "string"
            out.append(f"    public const {t} {pascal(w)} = {lit_c(r, v)};")
    out.append("}")
    return "cs", "\n".join(out) + "\n"


def tf_value(r, v):
    if isinstance(v, Ref):
        return f"var.{v.var.lower()}"
    return lit_c(r, v, '"')


def c_tf(r, ctx, items, st):
    out = ["terraform {", '  required_version = ">= 1.5.0"', "}", "", 'provider "aws" {', f'  region = "{ctx.region}"', "}", ""]
    # A `variable` block names the value two lines above it; context-only
    # kinds (a bare 24-char string means nothing alone) use `locals`.
    if r.chance(0.5) or st.ctx:
        out.append("locals {")
        for w, v in items:
            out.append(f"  {snake(w)} = {tf_value(r, v)}")
        out += ["}", ""]
    else:
        for w, v in items:
            if isinstance(v, Ref):
                out += [f'variable "{snake(w)}" {{', "  type      = string", "  sensitive = true", "}", ""]
            else:
                t = "bool" if isinstance(v, bool) else "number" if isinstance(v, int) else "string"
                out += [f'variable "{snake(w)}" {{', f"  type    = {t}", f"  default = {tf_value(r, v)}", "}", ""]
    out += [f'resource "aws_s3_bucket" "artifacts" {{', f'  bucket = "{ctx.org}-{ctx.app}-artifacts"', "  tags = {", f'    Team = "{ctx.team}"', "  }", "}"]
    return "tf", "\n".join(out) + "\n"


def c_sh(r, ctx, items, st):
    out = ["#!/usr/bin/env bash", "set -euo pipefail", "", f"# deploy {ctx.app} to {ctx.env}", ""]
    for w, v in items:
        if isinstance(v, Ref):
            out.append(f'export {up(w)}="${{{v.var}:?{v.var} must be set}}"')
        else:
            s = plain(v)
            q = "'" if needs_single_quotes(s) else r.choice(['"', "'", ""])
            if q == "" and not re.fullmatch(r"[A-Za-z0-9_./:@+=,-]+", s):
                q = '"'
            out.append(f"export {up(w)}={q}{rv(v)}{q}")
    out += ["", 'cd "$(dirname "$0")/.."', f'echo "deploying {ctx.app} ({ctx.env})"', "./bin/migrate --yes", f"systemctl restart {ctx.app}.service"]
    return "sh", "\n".join(out) + "\n"


def nb_cell(kind, lines, outputs=None, count=None):
    src = [l + "\n" for l in lines[:-1]] + [lines[-1]] if lines else []
    cell = {"cell_type": kind, "metadata": {}, "source": src}
    if kind == "code":
        cell["execution_count"] = count
        cell["outputs"] = outputs or []
    return cell


def notebook(cells):
    doc = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": "3.11.6"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return unmark_json(json.dumps(doc, indent=1)) + "\n"


def c_ipynb(r, ctx, items, st):
    code = ["import os", "import pandas as pd", ""]
    env_style = r.chance(0.5)
    for w, v in items:
        val = py_value(r, v)
        code.append(f'os.environ["{up(w)}"] = {val}' if env_style and is_str(v) and not isinstance(v, Ref) else f"{snake(w)} = {val}")
    cells = [
        nb_cell("markdown", [f"# {ctx.app}: {r.choice(['weekly metrics', 'churn analysis', 'backfill check', 'latency report'])}", "", f"Owner: {ctx.person} ({ctx.team})"]),
        nb_cell("code", code, count=1),
        nb_cell("code", [f'df = pd.read_parquet("s3://{ctx.org}-analytics/{ctx.app}/daily.parquet")', "df.head()"], count=2),
        nb_cell("markdown", ["Rows per day, last 30 days:"]),
        nb_cell("code", ['df.groupby("day").size().tail(30)'], count=3,
                outputs=[{"output_type": "stream", "name": "stdout", "text": [f"day\n{ctx.year}-03-0{i} {r.randint(1000, 9999)}\n" for i in range(1, 4)]}]),
    ]
    return "ipynb", notebook(cells)


def c_md(r, ctx, items, st):
    out = [f"# {ctx.app}", "", f"Service owned by the {ctx.team} team. Runbook: `docs/runbook.md`.", "", "## Configuration", ""]
    if r.chance(0.5):
        out += ["Export these before `make run`:", "", "```bash"]
        for w, v in items:
            out.append(f"export {up(w)}={env_value(r, v)}")
        out.append("```")
    else:
        out += [f"`config/{ctx.env}.yaml`:", "", "```yaml"]
        for w, v in items:
            out.append(f"{snake(w)}: {yaml_scalar(r, v)}")
        out.append("```")
    out += ["", "## Running locally", "", "```bash", "make deps", "make run", "```", "", f"Questions: #{ctx.team}-oncall"]
    return "md", "\n".join(out) + "\n"


def c_ini(r, ctx, items, st):
    out = [f"; {ctx.app} settings", "", "[main]"]
    sec = r.choice(["credentials", "integrations", "api", "service"])
    switched = False
    for w, v in items:
        if isinstance(v, (Secret, Ref)) and not switched:
            out += ["", f"[{sec}]"]
            switched = True
        val = f"%({snake(w)}_env)s" if isinstance(v, Ref) and r.chance(0.3) else ("${%s}" % v.var if isinstance(v, Ref) else plain(v) if not isinstance(v, Secret) else rv(v))
        out.append(f"{snake(w)} = {val}")
    return r.choice(["ini", "cfg"]), "\n".join(out) + "\n"


def c_properties(r, ctx, items, st):
    out = [f"# {ctx.app} - {ctx.env}", f"spring.application.name={ctx.app}", "server.port=8080"]
    for w, v in items:
        val = "${%s}" % v.var if isinstance(v, Ref) else rv(v)
        out.append(f"{ctx.pkg.replace('_', '')}.{dotted(w)}={val}")
    out += ["management.endpoints.web.exposure.include=health,info,prometheus", "logging.level.root=INFO"]
    return "properties", "\n".join(out) + "\n"


def log_ts(r, ctx, i):
    return f"{ctx.date}T{8 + i // 60 % 12:02d}:{i % 60:02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"


def c_log(r, ctx, items, st):
    out = []
    i = r.randint(0, 200)
    out.append(f"{log_ts(r, ctx, i)} INFO  [main] starting {ctx.app} version={ctx.version} env={ctx.env} pid={r.randint(100, 99999)}")
    for w, v in items:
        i += 1
        if isinstance(v, Secret) and st.header and r.chance(0.5):
            name, pre = st.header
            out.append(f"{log_ts(r, ctx, i)} DEBUG [http] -> POST https://api.{ctx.domain}/v1/events headers={{'{name}': '{pre}{rv(v)}', 'Content-Type': 'application/json'}}")
        else:
            out.append(f"{log_ts(r, ctx, i)} DEBUG [config] loaded {up(w)}={plain(v) if not isinstance(v, Secret) else rv(v)}")
    for _ in range(r.randint(4, 10)):
        i += 1
        out.append(f"{log_ts(r, ctx, i)} INFO  [http] {r.choice(['GET', 'POST', 'GET', 'PUT'])} /api/v1/{r.choice(['orders', 'users', 'invoices', 'items'])} {r.choice([200, 200, 201, 404])} {r.randint(2, 400)}ms request_id={r.uuid()}")
    out.append(f"{log_ts(r, ctx, i + 1)} INFO  [main] ready on :8080")
    return "log", "\n".join(out) + "\n"


def c_dockerfile(r, ctx, items, st):
    out = [f"FROM {r.choice(['python:3.12-slim', 'node:20-alpine', 'eclipse-temurin:21-jre', 'golang:1.22 AS build'])}", "WORKDIR /app"]
    kw = r.choice(["ENV", "ENV", "ARG"])
    for w, v in items:
        if isinstance(v, Ref):
            out.append(f"ARG {up(w)}")
        else:
            s = plain(v)
            val = f'"{rv(v)}"' if not re.fullmatch(r"[A-Za-z0-9_./:@+=,-]+", s) else rv(v)
            out.append(f"{kw} {up(w)}={val}")
    out += ["COPY . .", r.choice(["RUN pip install --no-cache-dir -r requirements.txt", "RUN npm ci --omit=dev", "RUN ./gradlew bootJar"]), "EXPOSE 8080", 'CMD ["./entrypoint.sh"]']
    return "Dockerfile", "\n".join(out) + "\n"


def c_toml(r, ctx, items, st):
    out = [f"# {ctx.app}", "[server]", 'bind = "0.0.0.0:8080"', "", f"[{r.choice(['integrations', 'credentials', 'clients'])}]"]
    for w, v in items:
        if isinstance(v, bool):
            out.append(f"{snake(w)} = {'true' if v else 'false'}")
        elif isinstance(v, int):
            out.append(f"{snake(w)} = {v}")
        else:
            out.append(f'{snake(w)} = "{rv(v) if not isinstance(v, Ref) else "${%s}" % v.var}"')
    return "toml", "\n".join(out) + "\n"


def c_xml(r, ctx, items, st):
    def xesc(s):
        return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")

    out = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"]
    for w, v in items:
        val = "$(%s)" % v.var if isinstance(v, Ref) else rv(v, xesc)
        out.append(f'    <add key="{pascal(w)}" value="{val}" />')
    out += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', "  </system.web>", "</configuration>"]
    return "config", "\n".join(out) + "\n"


def c_http(r, ctx, items, st):
    name, pre = st.header or ("Authorization", "Bearer ")
    out = []
    sec = [(w, v) for w, v in items if isinstance(v, (Secret, Ref))]
    for w, v in sec:
        out += [f"### {r.choice(['List', 'Create', 'Fetch'])} {r.choice(['events', 'invoices', 'users', 'webhooks'])}",
                f"GET https://api.{ctx.domain}/v1/{r.choice(['events', 'invoices', 'users'])}?limit={r.choice([10, 50, 100])}",
                "Accept: application/json",
                f"{name}: {pre}{rv(v) if not isinstance(v, Ref) else '{{%s}}' % v.var.lower()}", ""]
    out += ["### Health", f"GET https://{ctx.app}.{ctx.domain}/healthz", ""]
    return "http", "\n".join(out)


CONTAINERS = {
    "env": c_env, "yaml": c_yaml_app, "k8s": c_k8s_env, "compose": c_compose, "gha": c_gha,
    "ansible": c_ansible, "json": c_json, "py": c_py, "js": c_js, "ts": c_ts, "go": c_go,
    "java": c_java, "rb": c_rb, "php": c_php, "cs": c_cs, "tf": c_tf, "sh": c_sh, "ipynb": c_ipynb,
    "md": c_md, "ini": c_ini, "properties": c_properties, "log": c_log, "dockerfile": c_dockerfile,
    "toml": c_toml, "xml": c_xml, "http": c_http,
}
ALL_CONTAINERS = [c for c in CONTAINERS if c != "http"]


# ---------------------------------------------------------------------------
# Secret material, from each provider's documented token format
# ---------------------------------------------------------------------------

PW_ALPHABET = ALNUM + "!#*+-.=?@^_~"
URL_PW_ALPHABET = ALNUM + "-_.~"


def strong(r: Rng, alphabet: str, lo: int, hi: int) -> str:
    """A password-like value with letters, digits (and a symbol if the alphabet has one)."""
    while True:
        s = r.tok(alphabet, r.randint(lo, hi))
        if re.search(r"[a-z]", s) and re.search(r"[A-Z]", s) and re.search(r"[0-9]", s):
            if alphabet == ALNUM or re.search(r"[^A-Za-z0-9]", s):
                return s


def g_jwt(r: Rng) -> str:
    org = r.choice(ORGS)
    alg = r.choice(["HS256", "RS256", "ES256", "HS512"])
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" or r.chance(0.3):
        header["kid"] = r.tok(ALNUM, 16)
    now = r.randint(1_700_000_000, 1_760_000_000)
    payload = {
        "iss": f"https://auth.{org}{r.choice(TLDS)}/",
        "sub": r.choice([r.uuid(), f"user_{r.tok(ALNUM, 12)}", str(r.randint(10_000, 9_999_999))]),
        "aud": r.choice([f"{r.choice(APPS)}", "api", f"https://api.{org}.io"]),
        "iat": now,
        "exp": now + r.choice([3600, 86400, 31_536_000, 315_360_000]),
    }
    if r.chance(0.5):
        payload["scope"] = r.choice(["read:orders write:orders", "admin", "openid profile email", "ci:deploy"])
    if r.chance(0.4):
        payload["email"] = f"{r.choice(PEOPLE)}@{org}.com"
    if r.chance(0.3):
        payload["role"] = r.choice(["service_role", "admin", "deployer"])
    siglen = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64}[alg]
    enc = lambda o: b64url(json.dumps(o, separators=(",", ":")).encode())
    return f"{enc(header)}.{enc(payload)}.{b64url(r.bytes(siglen))}"


def der_rsa_pkcs1(r: Rng) -> bytes:
    return bytes.fromhex("308204a40201000282010100") + bytes([0xC0 | r.below(64)]) + r.bytes(1179)


def pem_block(label: str, der: bytes, width: int = 64) -> str:
    return f"-----BEGIN {label}-----\n" + "\n".join(wrap(b64(der), width)) + f"\n-----END {label}-----"


def g_pem_rsa(r):
    return pem_block("RSA PRIVATE KEY", der_rsa_pkcs1(r))


def g_pem_ec(r):
    der = bytes.fromhex("30770201010420") + r.bytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + r.bytes(64)
    return pem_block("EC PRIVATE KEY", der)


def g_pem_pkcs8(r):
    return pem_block("PRIVATE KEY", bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8") + der_rsa_pkcs1(r))


def g_pem_pkcs8_ed25519(r):
    return pem_block("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + r.bytes(32))


def sshstr(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def g_openssh(r):
    comment = f"{r.choice(PEOPLE)}@{r.choice(['laptop', 'build-01', 'bastion', 'ci-runner', 'deploy'])}".encode()
    check = r.bytes(4)
    if r.chance(0.6):
        pub = r.bytes(32)
        pubblob = sshstr(b"ssh-ed25519") + sshstr(pub)
        priv = check + check + sshstr(b"ssh-ed25519") + sshstr(pub) + sshstr(r.bytes(32) + pub) + sshstr(comment)
    else:
        q = b"\x04" + r.bytes(64)
        pubblob = sshstr(b"ecdsa-sha2-nistp256") + sshstr(b"nistp256") + sshstr(q)
        priv = check + check + sshstr(b"ecdsa-sha2-nistp256") + sshstr(b"nistp256") + sshstr(q) + sshstr(b"\x00" + bytes([0x80 | r.below(128)]) + r.bytes(31)) + sshstr(comment)
    priv += bytes(range(1, 1 + (8 - len(priv) % 8) % 8))
    blob = b"openssh-key-v1\0" + sshstr(b"none") + sshstr(b"none") + sshstr(b"") + struct.pack(">I", 1) + sshstr(pubblob) + sshstr(priv)
    return pem_block("OPENSSH PRIVATE KEY", blob, 70)


def g_pgp(r):
    body = b"\x94\x58\x04" + struct.pack(">I", r.randint(1_500_000_000, 1_750_000_000)) + bytes.fromhex("16092b06010401da470f01010740") + r.bytes(32) + b"\x00" + r.bytes(34)
    body += b"\xb4" + bytes([24]) + f"{r.choice(PEOPLE).title()} <{r.choice(PEOPLE)}@{r.choice(ORGS)}.com>".encode()[:24].ljust(24, b" ")
    body += r.bytes(r.randint(300, 520))
    lines = wrap(b64(body), 64)
    head = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n"
    if r.chance(0.4):
        head += f"Comment: {r.choice(['GPGTools - https://gpgtools.org', 'User-ID: release signing key', 'Exported for CI'])}\n"
    return head + "\n" + "\n".join(lines) + "\n=" + b64(crc24(body).to_bytes(3, "big")) + "\n-----END PGP PRIVATE KEY BLOCK-----"


def g_pypi(r):
    ident = r.uuid().encode()
    caveat = json.dumps({"version": 1, "permissions": r.choice(["user", {"projects": [r.choice(APPS)]}])}).encode()
    mac = b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(caveat)]) + caveat + b"\x00\x00\x06\x20" + r.bytes(32)
    return "pypi-" + b64url(mac)


def g_vault(r):
    inner = "hvs." + r.tok(ALNUM, 24)
    blob = b"\x08\x01\x12\x20" + r.bytes(32) + b"\x1a\x1e\x0a\x1c" + inner.encode()
    return "hvs." + b64url(blob)


def g_sentry_org(r):
    org = r.choice(ORGS)
    payload = {"iat": round(r.randint(1_700_000_000, 1_760_000_000) + r.below(10**6) / 10**6, 6), "url": "https://sentry.io", "region_url": f"https://{r.choice(['us', 'de'])}.sentry.io", "org": org}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + r.tok(ALNUM + "+/", 43)


def g_grafana_cloud(r):
    payload = {"o": str(r.randint(100000, 999999)), "n": f"stack-{r.randint(100000, 999999)}-{r.choice(['hm-read', 'integration', 'logs-write'])}-{r.choice(APPS)}", "k": r.tok(ALNUM, 24), "m": {"r": r.choice(["us", "eu", "prod-us-central-0"])}}
    return "glc_" + b64(json.dumps(payload, separators=(",", ":")).encode())


def g_onepassword(r):
    org = r.choice(ORGS)
    payload = {
        "signInAddress": "my.1password.com",
        "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64url(r.bytes(16))},
        "email": f"{r.tok(LO + DIG, 13)}@1passwordserviceaccounts.com",
        "srpX": r.s(HEX, 64),
        "muk": {"alg": "A256GCM", "ext": False, "k": b64url(r.bytes(32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
        "secretKey": "A3-" + "-".join(r.tok(ALNUM_U, n) for n in (6, 6, 5, 5, 5, 6)),
        "throttleSecret": {"seed": r.s(HEX, 64), "uuid": r.tok(ALNUM_U, 26)},
        "deviceUuid": r.tok(LO + DIG, 26),
    }
    return "ops_" + b64url(json.dumps(payload, separators=(",", ":")).encode())


def g_mapbox(r):
    p = {"u": r.choice(PEOPLE) + r.choice(["", "-gis", "maps"]), "a": "cl" + r.tok(LO + DIG, 23)}
    return "sk." + b64url(json.dumps(p, separators=(",", ":")).encode()) + "." + r.tok(B64URL, 22)


def g_age(r):
    return bech32_encode("age-secret-key-", r.bytes(32)).upper()


def g_discord_bot(r):
    uid = str(r.randint(10**17, 10**19 - 1)).encode()
    return b64url(uid) + "." + r.tok(B64URL, 6) + "." + r.tok(B64URL, r.choice([27, 38]))


def g_azure_conn(r):
    acct = r.choice(ORGS).replace("-", "") + r.choice(["prod", "data", "logs", "backup"]) + r.s(LO + DIG, 3)
    key = b64(r.bytes(64))
    pre = f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey="
    return secret_in(pre, key, ";EndpointSuffix=core.windows.net")


def url_secret(r, scheme_host_fmt: str) -> Secret:
    user = r.choice(USERS)
    pw = strong(r, URL_PW_ALPHABET, 16, 30)
    pre, post = scheme_host_fmt.split("{PW}")
    return secret_in(pre.replace("{USER}", user), pw, post)


def g_pg(r):
    org = r.choice(ORGS)
    host = r.choice([f"{r.choice(APPS)}-db.c{r.tok(LO + DIG, 10)}.{r.choice(REGIONS)}.rds.amazonaws.com", f"pg-{r.choice(['prod', 'main', 'primary'])}-0{r.randint(1, 4)}.internal.{org}.io", f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}"])
    scheme = r.choice(["postgres", "postgresql", "postgresql+psycopg2"])
    return url_secret(r, f"{scheme}://{{USER}}:{{PW}}@{host}:5432/{r.choice(APPS).replace('-', '_')}" + r.choice(["", "?sslmode=require"]))


def g_mysql(r):
    host = r.choice([f"mysql-{r.randint(1, 3)}.{r.choice(ORGS)}.net", f"{r.choice(APPS)}.cluster-c{r.tok(LO + DIG, 10)}.{r.choice(REGIONS)}.rds.amazonaws.com"])
    return url_secret(r, f"{r.choice(['mysql', 'mysql2', 'mysql+pymysql'])}://{{USER}}:{{PW}}@{host}:3306/{r.choice(APPS).replace('-', '_')}")


def g_mongo(r):
    return url_secret(r, f"mongodb+srv://{{USER}}:{{PW}}@{r.choice(['cluster0', 'prod-cluster', 'analytics'])}.{r.tok(LO + DIG, 5)}.mongodb.net/{r.choice(APPS).replace('-', '_')}?retryWrites=true&w=majority")


def g_redis(r):
    host = r.choice([f"{r.choice(APPS)}-cache.{r.tok(LO + DIG, 6)}.ng.0001.euw1.cache.amazonaws.com:6379", f"redis-{r.randint(10000, 19999)}.c{r.randint(1, 300)}.us-east-1-2.ec2.cloud.redislabs.com:{r.randint(10000, 19999)}"])
    user = r.choice(["", "default"])
    pw = strong(r, URL_PW_ALPHABET, 20, 32)
    pre = f"{r.choice(['redis', 'rediss'])}://{user}:"
    return secret_in(pre, pw, f"@{host}/{r.randint(0, 3)}")


def g_amqp(r):
    host = r.choice([f"b-{r.uuid()}.mq.{r.choice(REGIONS)}.amazonaws.com:5671", f"rabbitmq.internal.{r.choice(ORGS)}.io:5672"])
    return url_secret(r, f"{r.choice(['amqp', 'amqps'])}://{{USER}}:{{PW}}@{host}/{r.choice(['%2f', 'prod', 'orders'])}")


def g_basic_url(r):
    org = r.choice(ORGS)
    path = r.choice([f"https://{{USER}}:{{PW}}@artifacts.{org}.io/repository/maven-releases/", f"https://{{USER}}:{{PW}}@pypi.{org}.net/simple/", f"https://{{USER}}:{{PW}}@es.{org}.cloud:9243", f"https://{{USER}}:{{PW}}@charts.{org}.io/stable", f"https://{{USER}}:{{PW}}@hooks.{org}.app/ingest/v1"])
    return url_secret(r, path)


def g_jdbc(r):
    org = r.choice(ORGS)
    pw = strong(r, URL_PW_ALPHABET, 16, 28)
    pre = f"jdbc:{r.choice(['postgresql', 'mysql'])}://db.{org}.internal:{r.choice([5432, 3306])}/{r.choice(APPS).replace('-', '_')}?user={r.choice(USERS)}&password="
    return secret_in(pre, pw, r.choice(["", "&ssl=true", "&useSSL=true"]))


def g_mssql(r):
    org = r.choice(ORGS)
    pw = strong(r, ALNUM + "!#*+-.?@^_~", 16, 28)
    pre = f"Server=tcp:{org}-sql.database.windows.net,1433;Initial Catalog={r.choice(APPS).replace('-', '')};Persist Security Info=False;User ID={r.choice(USERS)};Password="
    return secret_in(pre, pw, ";MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;")


def g_azure_sas(r):
    sig = b64(r.bytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    pre = f"https://{r.choice(ORGS).replace('-', '')}{r.choice(['data', 'exports', 'media'])}.blob.core.windows.net/{r.choice(['exports', 'backups', 'uploads'])}?sv=2022-11-02&ss=b&srt=sco&sp={r.choice(['rl', 'rwdlac', 'racwdl'])}&se=202{r.randint(6, 9)}-0{r.randint(1, 9)}-{r.randint(10, 28)}T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig="
    return secret_in(pre, sig)


def g_teams(r):
    return f"https://{r.choice(ORGS).replace('-', '')}.webhook.office.com/webhookb2/{r.uuid()}@{r.uuid()}/IncomingWebhook/{r.s(HEX, 32)}/{r.uuid()}"


def g_azure_ad(r):
    return r.tok(ALNUM, 3) + r.choice(DIG) + "Q~" + r.tok(ALNUM + "_~.-", 34)


class Kind:
    def __init__(self, kind, provider, gen, names, n=5, ctx=False, header=("Authorization", "Bearer "), containers=None, prefix=None):
        self.kind = kind
        self.provider = provider
        self.gen = gen
        self.names = names
        self.n = n
        self.style = Style(ctx=ctx, header=header)
        self.containers = containers
        self.prefix = prefix


def pair(*names_and_gens):
    def gen(r):
        return [(name, g(r)) for name, g in names_and_gens]
    return gen


T = lambda alphabet, n: (lambda r: r.tok(alphabet, n))
P = lambda prefix, alphabet, n: (lambda r: prefix + r.tok(alphabet, n))

NO_HDR = None
KINDS = [
    Kind("aws-access-key", "AWS", pair(("AWS_ACCESS_KEY_ID", P("AKIA", B32, 16)), ("AWS_SECRET_ACCESS_KEY", T(ALNUM + "+/", 40))), [], n=10, header=NO_HDR, prefix="AKIA"),
    Kind("aws-session-credentials", "AWS", pair(("AWS_ACCESS_KEY_ID", P("ASIA", B32, 16)), ("AWS_SECRET_ACCESS_KEY", T(ALNUM + "+/", 40)), ("AWS_SESSION_TOKEN", lambda r: "IQoJb3JpZ2luX2Vj" + r.tok(ALNUM + "+/", r.randint(380, 560)))), [], n=4, header=NO_HDR),
    Kind("google-api-key", "Google Cloud", P("AIza", ALNUM + "-_", 35), ["GOOGLE_API_KEY", "GOOGLE_MAPS_API_KEY", "YOUTUBE_API_KEY", "GEMINI_API_KEY", "PLACES_API_KEY"], n=7, header=("X-Goog-Api-Key", ""), prefix="AIza"),
    Kind("google-oauth-client-secret", "Google Cloud", P("GOCSPX-", ALNUM + "-_", 28), ["GOOGLE_CLIENT_SECRET", "OAUTH_CLIENT_SECRET"], header=NO_HDR, prefix="GOCSPX-"),
    Kind("azure-storage-connection-string", "Azure", g_azure_conn, ["AZURE_STORAGE_CONNECTION_STRING", "STORAGE_CONNECTION", "BLOB_CONNECTION_STRING"], n=6, header=NO_HDR),
    Kind("azure-storage-account-key", "Azure", lambda r: b64(r.bytes(64)), ["AZURE_STORAGE_ACCOUNT_KEY", "AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCESS_KEY"], ctx=True, header=NO_HDR),
    Kind("azure-ad-client-secret", "Azure", g_azure_ad, ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET", "AAD_CLIENT_SECRET"], header=NO_HDR),
    Kind("azure-sas-url", "Azure", g_azure_sas, ["AZURE_BLOB_SAS_URL", "EXPORT_CONTAINER_URL", "BACKUP_SAS_URL"], header=NO_HDR),
    Kind("digitalocean-pat", "DigitalOcean", P("dop_v1_", HEX, 64), ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN"], prefix="dop_v1_"),
    Kind("heroku-api-key", "Heroku", lambda r: r.uuid(), ["HEROKU_API_KEY", "HEROKU_API_TOKEN"], ctx=True, header=NO_HDR),
    Kind("vault-service-token", "HashiCorp Vault", g_vault, ["VAULT_TOKEN", "VAULT_ROOT_TOKEN"], n=6, header=("X-Vault-Token", ""), prefix="hvs."),
    Kind("terraform-cloud-token", "HashiCorp Terraform Cloud", lambda r: r.tok(ALNUM, 14) + ".atlasv1." + r.tok(ALNUM, 67), ["TFE_TOKEN", "TF_API_TOKEN", "TF_TOKEN_app_terraform_io"], prefix=".atlasv1."),
    Kind("github-pat-classic", "GitHub", lambda r: crc32_token("ghp_", r), ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GH_PAT", "RELEASE_TOKEN"], n=9, prefix="ghp_"),
    Kind("github-oauth-token", "GitHub", lambda r: crc32_token("gho_", r), ["GITHUB_OAUTH_TOKEN", "GH_OAUTH_TOKEN"], prefix="gho_"),
    Kind("github-user-to-server-token", "GitHub", lambda r: crc32_token("ghu_", r), ["GITHUB_USER_TOKEN", "GH_APP_USER_TOKEN"], prefix="ghu_"),
    Kind("github-app-installation-token", "GitHub", lambda r: crc32_token("ghs_", r), ["GITHUB_APP_TOKEN", "GH_INSTALLATION_TOKEN"], prefix="ghs_"),
    Kind("github-refresh-token", "GitHub", lambda r: crc32_token("ghr_", r), ["GITHUB_REFRESH_TOKEN"], prefix="ghr_"),
    Kind("github-fine-grained-pat", "GitHub", lambda r: "github_pat_11" + r.tok(ALNUM_U, 20) + "_" + r.tok(ALNUM, 59), ["GITHUB_TOKEN", "GH_FINE_GRAINED_TOKEN", "GITHUB_PAT"], n=7, prefix="github_pat_"),
    Kind("gitlab-pat", "GitLab", P("glpat-", ALNUM + "-_", 20), ["GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN", "GL_TOKEN", "CI_API_TOKEN"], n=7, header=("PRIVATE-TOKEN", ""), prefix="glpat-"),
    Kind("gitlab-runner-token", "GitLab", P("glrt-", ALNUM + "-_", 20), ["RUNNER_TOKEN", "CI_SERVER_TOKEN", "GITLAB_RUNNER_TOKEN"], header=NO_HDR, prefix="glrt-"),
    Kind("npm-token", "npm", lambda r: crc32_token("npm_", r), ["NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_PUBLISH_TOKEN"], n=7, containers=ALL_CONTAINERS + ["npmrc", "npmrc"], prefix="npm_"),
    Kind("pypi-token", "PyPI", g_pypi, ["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN", "UV_PUBLISH_TOKEN"], n=7, header=NO_HDR, containers=["pypirc", "pypirc", "env", "gha", "sh", "toml", "yaml", "md", "dockerfile", "py"], prefix="pypi-"),
    Kind("dockerhub-pat", "Docker Hub", P("dckr_pat_", ALNUM + "-_", 27), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD", "DOCKERHUB_PAT"], header=NO_HDR, prefix="dckr_pat_"),
    Kind("stripe-secret-key", "Stripe", lambda r: "sk_live_" + (("51" + r.tok(ALNUM, 97)) if r.chance(0.6) else r.tok(ALNUM, 24)), ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY"], n=8, prefix="sk_live_"),
    Kind("stripe-restricted-key", "Stripe", lambda r: "rk_live_" + (("51" + r.tok(ALNUM, 97)) if r.chance(0.6) else r.tok(ALNUM, 24)), ["STRIPE_RESTRICTED_KEY", "STRIPE_REPORTING_KEY"], prefix="rk_live_"),
    Kind("slack-bot-token", "Slack", lambda r: f"xoxb-{r.digits(r.randint(10, 13))}-{r.digits(r.randint(10, 13))}-{r.tok(ALNUM, 24)}", ["SLACK_BOT_TOKEN", "SLACK_TOKEN"], n=7, prefix="xoxb-"),
    Kind("slack-user-token", "Slack", lambda r: f"xoxp-{r.digits(r.randint(10, 13))}-{r.digits(r.randint(10, 13))}-{r.digits(13)}-{r.hexs(32)}", ["SLACK_USER_TOKEN", "SLACK_ADMIN_TOKEN"], prefix="xoxp-"),
    Kind("slack-app-token", "Slack", lambda r: f"xapp-1-A{r.tok(ALNUM_U, 10)}-{r.digits(13)}-{r.hexs(64)}", ["SLACK_APP_TOKEN"], prefix="xapp-"),
    Kind("slack-webhook-url", "Slack", lambda r: f"https://hooks.slack.com/services/T{r.tok(ALNUM_U, 8)}/B{r.tok(ALNUM_U, 10)}/{r.tok(ALNUM, 24)}", ["SLACK_WEBHOOK_URL", "ALERTS_WEBHOOK", "SLACK_HOOK"], n=6, header=NO_HDR),
    Kind("sendgrid-api-key", "SendGrid", lambda r: "SG." + r.tok(B64URL, 22) + "." + r.tok(B64URL, 43), ["SENDGRID_API_KEY", "SMTP_PASSWORD", "MAIL_API_KEY"], prefix="SG."),
    Kind("twilio-auth-token", "Twilio", pair(("TWILIO_ACCOUNT_SID", lambda r: "AC" + r.hexs(32)), ("TWILIO_AUTH_TOKEN", lambda r: r.hexs(32))), [], ctx=True, header=NO_HDR),
    Kind("twilio-api-key", "Twilio", pair(("TWILIO_API_KEY", lambda r: "SK" + r.hexs(32)), ("TWILIO_API_SECRET", T(ALNUM, 32))), [], ctx=True, header=NO_HDR),
    Kind("mailgun-api-key", "Mailgun", lambda r: ("key-" + r.hexs(32)) if r.chance(0.6) else f"{r.hexs(32)}-{r.hexs(8)}-{r.hexs(8)}", ["MAILGUN_API_KEY", "MAILGUN_KEY"], ctx=True, header=NO_HDR),
    Kind("shopify-access-token", "Shopify", P("shpat_", HEX, 32), ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"], header=("X-Shopify-Access-Token", ""), prefix="shpat_"),
    Kind("shopify-shared-secret", "Shopify", P("shpss_", HEX, 32), ["SHOPIFY_API_SECRET", "SHOPIFY_SHARED_SECRET"], header=NO_HDR, prefix="shpss_"),
    Kind("atlassian-api-token", "Atlassian", lambda r: "ATATT3xFfGF0" + r.tok(ALNUM + "-_", 170) + "=" + r.tok(HEXU, 8), ["JIRA_API_TOKEN", "CONFLUENCE_API_TOKEN", "ATLASSIAN_TOKEN"], header=NO_HDR, prefix="ATATT3"),
    Kind("bitbucket-app-password", "Bitbucket", lambda r: "ATBB" + r.tok(ALNUM, 28) + r.tok(HEXU, 8), ["BITBUCKET_APP_PASSWORD", "BB_APP_PASSWORD"], header=NO_HDR, prefix="ATBB"),
    Kind("postman-api-key", "Postman", lambda r: f"PMAK-{r.hexs(24)}-{r.hexs(34)}", ["POSTMAN_API_KEY"], header=("X-Api-Key", ""), prefix="PMAK-"),
    Kind("linear-api-key", "Linear", P("lin_api_", ALNUM, 40), ["LINEAR_API_KEY"], header=("Authorization", ""), prefix="lin_api_"),
    Kind("discord-bot-token", "Discord", g_discord_bot, ["DISCORD_BOT_TOKEN", "DISCORD_TOKEN"], ctx=True, header=("Authorization", "Bot ")),
    Kind("discord-webhook-url", "Discord", lambda r: f"https://discord.com/api/webhooks/{r.randint(10**17, 10**19 - 1)}/{r.tok(B64URL, 68)}", ["DISCORD_WEBHOOK_URL", "RELEASE_WEBHOOK"], header=NO_HDR),
    Kind("telegram-bot-token", "Telegram", lambda r: f"{r.randint(10**8, 8 * 10**9)}:AA{r.tok(B64URL, 33)}", ["TELEGRAM_BOT_TOKEN", "TG_BOT_TOKEN"], header=NO_HDR),
    Kind("datadog-api-key", "Datadog", lambda r: r.hexs(32), ["DD_API_KEY", "DATADOG_API_KEY"], n=6, ctx=True, header=("DD-API-KEY", "")),
    Kind("datadog-app-key", "Datadog", lambda r: r.hexs(40), ["DD_APP_KEY", "DATADOG_APP_KEY", "DD_APPLICATION_KEY"], ctx=True, header=("DD-APPLICATION-KEY", "")),
    Kind("newrelic-user-key", "New Relic", P("NRAK-", ALNUM_U, 27), ["NEW_RELIC_API_KEY", "NEWRELIC_USER_KEY"], header=("Api-Key", ""), prefix="NRAK-"),
    Kind("newrelic-license-key", "New Relic", lambda r: r.hexs(36) + "NRAL", ["NEW_RELIC_LICENSE_KEY", "NRIA_LICENSE_KEY"], header=NO_HDR),
    Kind("sentry-org-token", "Sentry", g_sentry_org, ["SENTRY_AUTH_TOKEN", "SENTRY_ORG_TOKEN"], prefix="sntrys_"),
    Kind("sentry-user-token", "Sentry", P("sntryu_", HEX, 64), ["SENTRY_AUTH_TOKEN", "SENTRY_TOKEN"], prefix="sntryu_"),
    Kind("databricks-token", "Databricks", lambda r: "dapi" + r.hexs(32) + r.choice(["", "", "-2", "-3"]), ["DATABRICKS_TOKEN", "DATABRICKS_ACCESS_TOKEN"], prefix="dapi"),
    Kind("openai-api-key", "OpenAI", lambda r: r.choice([
        lambda: "sk-proj-" + r.tok(ALNUM + "-_", 74) + "T3BlbkFJ" + r.tok(ALNUM + "-_", 74),
        lambda: "sk-" + r.tok(ALNUM, 20) + "T3BlbkFJ" + r.tok(ALNUM, 20),
        lambda: "sk-svcacct-" + r.tok(ALNUM + "-_", 74) + "T3BlbkFJ" + r.tok(ALNUM + "-_", 74),
    ])(), ["OPENAI_API_KEY", "OPENAI_KEY", "LLM_API_KEY"], n=8, prefix="sk-proj-"),
    Kind("anthropic-api-key", "Anthropic", lambda r: "sk-ant-api03-" + r.tok(B64URL, 93) + "AA", ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], n=7, header=("x-api-key", ""), prefix="sk-ant-api03-"),
    Kind("huggingface-token", "Hugging Face", P("hf_", UP + LO, 34), ["HF_TOKEN", "HUGGINGFACE_TOKEN", "HUGGING_FACE_HUB_TOKEN"], n=6, prefix="hf_"),
    Kind("jwt", "JWT", g_jwt, ["ACCESS_TOKEN", "API_JWT", "SERVICE_JWT", "AUTH_TOKEN", "SUPABASE_SERVICE_ROLE_KEY"], n=7),
    Kind("alibaba-access-key", "Alibaba Cloud", pair(("ALIBABA_CLOUD_ACCESS_KEY_ID", P("LTAI", ALNUM, 20)), ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", T(ALNUM, 30))), [], header=NO_HDR, prefix="LTAI"),
    Kind("cloudflare-api-token", "Cloudflare", T(ALNUM + "-_", 40), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], ctx=True, header=NO_HDR),
    Kind("netlify-token", "Netlify", P("nfp_", ALNUM, 40), ["NETLIFY_AUTH_TOKEN"], prefix="nfp_"),
    Kind("vercel-token", "Vercel", T(ALNUM, 24), ["VERCEL_TOKEN"], ctx=True, header=NO_HDR),
    Kind("flyio-token", "Fly.io", lambda r: "FlyV1 fm2_" + b64(r.bytes(r.randint(150, 220))), ["FLY_API_TOKEN"], header=("Authorization", ""), prefix="FlyV1 fm2_"),
    Kind("circleci-token", "CircleCI", lambda r: "CCIPAT_" + r.tok(ALNUM, 22) + "_" + r.hexs(40), ["CIRCLECI_TOKEN", "CIRCLE_TOKEN"], header=("Circle-Token", ""), prefix="CCIPAT_"),
    Kind("rubygems-api-key", "RubyGems", P("rubygems_", HEX, 48), ["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY"], header=NO_HDR, prefix="rubygems_"),
    Kind("cratesio-token", "crates.io", P("cio", ALNUM, 32), ["CARGO_REGISTRY_TOKEN", "CRATES_IO_TOKEN"], header=NO_HDR, prefix="cio"),
    Kind("square-access-token", "Square", P("EAAA", ALNUM + "-_", 60), ["SQUARE_ACCESS_TOKEN"], prefix="EAAA"),
    Kind("square-oauth-secret", "Square", P("sq0csp-", ALNUM + "-_", 43), ["SQUARE_OAUTH_SECRET", "SQUARE_APPLICATION_SECRET"], header=NO_HDR, prefix="sq0csp-"),
    Kind("braintree-access-token", "Braintree", lambda r: f"access_token$production${r.tok(LO + DIG, 16)}${r.hexs(32)}", ["BRAINTREE_ACCESS_TOKEN"], header=NO_HDR, containers=[c for c in ALL_CONTAINERS if c not in ("compose", "dockerfile")], prefix="access_token$production$"),
    Kind("razorpay-key", "Razorpay", pair(("RAZORPAY_KEY_ID", P("rzp_live_", ALNUM, 14)), ("RAZORPAY_KEY_SECRET", T(ALNUM, 24))), [], header=NO_HDR, prefix="rzp_live_"),
    Kind("mailchimp-api-key", "Mailchimp", lambda r: f"{r.hexs(32)}-us{r.randint(1, 21)}", ["MAILCHIMP_API_KEY"], header=NO_HDR),
    Kind("postmark-server-token", "Postmark", lambda r: r.uuid(), ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN"], ctx=True, header=("X-Postmark-Server-Token", "")),
    Kind("teams-webhook-url", "Microsoft Teams", g_teams, ["TEAMS_WEBHOOK_URL", "MSTEAMS_WEBHOOK"], header=NO_HDR),
    Kind("cohere-api-key", "Cohere", T(ALNUM, 40), ["COHERE_API_KEY", "CO_API_KEY"], ctx=True, header=NO_HDR),
    Kind("groq-api-key", "Groq", P("gsk_", ALNUM, 52), ["GROQ_API_KEY"], prefix="gsk_"),
    Kind("replicate-api-token", "Replicate", P("r8_", ALNUM, 37), ["REPLICATE_API_TOKEN"], prefix="r8_"),
    Kind("grafana-service-account-token", "Grafana", lambda r: "glsa_" + r.tok(ALNUM, 32) + "_" + r.hexs(8), ["GRAFANA_TOKEN", "GRAFANA_SA_TOKEN"], prefix="glsa_"),
    Kind("grafana-cloud-token", "Grafana", g_grafana_cloud, ["GRAFANA_CLOUD_TOKEN", "GRAFANA_CLOUD_API_KEY"], prefix="glc_"),
    Kind("pagerduty-api-key", "PagerDuty", lambda r: r.choice(["u+", ""]) + r.tok(ALNUM + "-_", 20), ["PAGERDUTY_API_KEY", "PAGERDUTY_TOKEN", "PD_API_KEY"], ctx=True, header=NO_HDR),
    Kind("dynatrace-token", "Dynatrace", lambda r: f"dt0c01.{r.tok(ALNUM_U, 24)}.{r.tok(ALNUM_U, 64)}", ["DT_API_TOKEN", "DYNATRACE_API_TOKEN"], header=("Authorization", "Api-Token "), prefix="dt0c01."),
    Kind("planetscale-token", "PlanetScale", lambda r: r.choice(["pscale_tkn_", "pscale_pw_"]) + r.tok(ALNUM + "-_", 43), ["PLANETSCALE_SERVICE_TOKEN", "PLANETSCALE_PASSWORD"], header=NO_HDR, prefix="pscale_tkn_"),
    Kind("supabase-access-token", "Supabase", P("sbp_", HEX, 40), ["SUPABASE_ACCESS_TOKEN"], prefix="sbp_"),
    Kind("doppler-token", "Doppler", P("dp.pt.", ALNUM, 43), ["DOPPLER_TOKEN"], prefix="dp.pt."),
    Kind("1password-service-account-token", "1Password", g_onepassword, ["OP_SERVICE_ACCOUNT_TOKEN"], header=NO_HDR, prefix="ops_"),
    Kind("tailscale-key", "Tailscale", lambda r: f"tskey-{r.choice(['auth', 'api', 'auth'])}-k{r.tok(ALNUM, 7)}CNTRL-{r.tok(ALNUM, 33)}", ["TS_AUTHKEY", "TAILSCALE_AUTHKEY", "TAILSCALE_API_KEY"], header=NO_HDR, prefix="tskey-"),
    Kind("pulumi-access-token", "Pulumi", P("pul-", HEX, 40), ["PULUMI_ACCESS_TOKEN"], prefix="pul-"),
    Kind("notion-token", "Notion", P("ntn_", ALNUM, 46), ["NOTION_TOKEN", "NOTION_API_KEY"], prefix="ntn_"),
    Kind("figma-token", "Figma", P("figd_", ALNUM + "-_", 40), ["FIGMA_TOKEN", "FIGMA_ACCESS_TOKEN"], header=("X-Figma-Token", ""), prefix="figd_"),
    Kind("age-secret-key", "age", g_age, ["SOPS_AGE_KEY", "AGE_SECRET_KEY"], header=NO_HDR, prefix="AGE-SECRET-KEY-1"),
    Kind("okta-api-token", "Okta", lambda r: "00" + r.tok(ALNUM + "-_", 40), ["OKTA_API_TOKEN", "OKTA_TOKEN"], ctx=True, header=("Authorization", "SSWS ")),
    Kind("algolia-admin-key", "Algolia", lambda r: r.hexs(32), ["ALGOLIA_ADMIN_API_KEY", "ALGOLIA_ADMIN_KEY"], ctx=True, header=("X-Algolia-API-Key", "")),
    Kind("mapbox-secret-token", "Mapbox", g_mapbox, ["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"], header=NO_HDR, prefix="sk.eyJ"),
    Kind("airtable-pat", "Airtable", lambda r: "pat" + r.tok(ALNUM, 14) + "." + r.hexs(64), ["AIRTABLE_TOKEN", "AIRTABLE_API_KEY"], header=("Authorization", "Bearer ")),
    Kind("brevo-api-key", "Brevo", lambda r: f"xkeysib-{r.hexs(64)}-{r.tok(ALNUM, 16)}", ["BREVO_API_KEY", "SENDINBLUE_API_KEY"], header=("api-key", ""), prefix="xkeysib-"),
    Kind("jfrog-api-key", "JFrog", P("AKCp", ALNUM, 69), ["ARTIFACTORY_API_KEY", "JFROG_API_KEY"], header=("X-JFrog-Art-Api", ""), prefix="AKCp"),
    Kind("buildkite-token", "Buildkite", P("bkua_", HEX, 40), ["BUILDKITE_API_TOKEN"], prefix="bkua_"),
    Kind("prefect-api-key", "Prefect", P("pnu_", ALNUM, 36), ["PREFECT_API_KEY"], prefix="pnu_"),
    Kind("xai-api-key", "xAI", P("xai-", ALNUM, 80), ["XAI_API_KEY", "GROK_API_KEY"], prefix="xai-"),
    Kind("perplexity-api-key", "Perplexity", P("pplx-", ALNUM, 48), ["PERPLEXITY_API_KEY", "PPLX_API_KEY"], prefix="pplx-"),
    Kind("langsmith-api-key", "LangChain", lambda r: f"lsv2_{r.choice(['pt', 'sk'])}_{r.hexs(32)}_{r.hexs(10)}", ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"], header=("x-api-key", ""), prefix="lsv2_"),
    Kind("shippo-api-token", "Shippo", P("shippo_live_", HEX, 40), ["SHIPPO_API_TOKEN", "SHIPPO_KEY"], header=("Authorization", "ShippoToken "), prefix="shippo_live_"),
    Kind("postgres-url", "PostgreSQL", g_pg, ["DATABASE_URL", "POSTGRES_URL", "SQLALCHEMY_DATABASE_URI", "DB_DSN"], n=8, header=NO_HDR),
    Kind("mysql-url", "MySQL", g_mysql, ["DATABASE_URL", "MYSQL_URL", "DB_URL"], n=6, header=NO_HDR),
    Kind("mongodb-url", "MongoDB", g_mongo, ["MONGODB_URI", "MONGO_URL", "MONGO_URI"], n=6, header=NO_HDR),
    Kind("redis-url", "Redis", g_redis, ["REDIS_URL", "CACHE_URL", "CELERY_BROKER_URL"], n=6, header=NO_HDR),
    Kind("amqp-url", "RabbitMQ", g_amqp, ["AMQP_URL", "RABBITMQ_URL", "BROKER_URL"], n=5, header=NO_HDR),
    Kind("basic-auth-url", "HTTP", g_basic_url, ["MAVEN_REPO_URL", "PIP_INDEX_URL", "ELASTICSEARCH_URL", "HELM_REPO_URL", "INGEST_ENDPOINT"], n=6, header=NO_HDR),
    Kind("jdbc-url-password", "JDBC", g_jdbc, ["JDBC_URL", "SPRING_DATASOURCE_URL", "DB_JDBC_URL"], header=NO_HDR),
    Kind("mssql-connection-string", "SQL Server", g_mssql, ["SQL_CONNECTION_STRING", "ConnectionStrings__Default", "DB_CONNECTION"], header=NO_HDR),
    Kind("generic-password", "generic", lambda r: strong(r, PW_ALPHABET, 14, 30), ["DB_PASSWORD", "ADMIN_PASSWORD", "SMTP_PASSWORD", "LDAP_BIND_PASSWORD", "KEYSTORE_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "REDIS_PASSWORD"], n=14, ctx=True, header=NO_HDR),
    Kind("generic-api-secret", "generic", lambda r: r.choice([lambda: r.hexs(r.choice([32, 40, 64])), lambda: b64(r.bytes(r.choice([24, 32, 48]))), lambda: strong(r, ALNUM, 32, 48)])(), ["API_SECRET", "CLIENT_SECRET", "APP_SECRET", "WEBHOOK_SIGNING_SECRET", "JWT_SECRET", "SECRET_KEY_BASE", "ENCRYPTION_KEY", "HMAC_SECRET"], n=12, ctx=True, header=NO_HDR),
    Kind("generic-api-key", "generic", lambda r: strong(r, ALNUM, 32, 48), ["PARTNER_API_KEY", "ACME_API_KEY", "GEOCODER_API_KEY", "SMS_GATEWAY_API_KEY", "WEATHER_API_KEY"], n=8, ctx=True, header=("X-Api-Key", "")),
]


# ---------------------------------------------------------------------------
# Special files for a single secret item
# ---------------------------------------------------------------------------


def the_secret(items):
    return next(v for _, v in items if isinstance(v, Secret))


def c_npmrc(r, ctx, items, st):
    v = the_secret(items)
    out = ["registry=https://registry.npmjs.org/"]
    if r.chance(0.5):
        out.append(f"@{ctx.org}:registry=https://npm.pkg.github.com/")
    out.append(f"//registry.npmjs.org/:_authToken={rv(v)}")
    out += r.sample(["save-exact=true", "fund=false", "audit-level=high", "engine-strict=true", "progress=false"], r.randint(1, 3))
    return "npmrc", "\n".join(out) + "\n"


def c_pypirc(r, ctx, items, st):
    v = the_secret(items)
    pypi_secret = plain(v).startswith("pypi-")
    out = ["[distutils]", "index-servers =", "    pypi", "    internal", ""]
    if pypi_secret:
        out += ["[pypi]", "username = __token__", f"password = {rv(v)}", "", "[internal]", f"repository = https://pypi.{ctx.internal}/simple/", "username = deploy", "# password comes from the keyring"]
    else:
        out += ["[pypi]", "username = __token__", "# token comes from the keyring", "", "[internal]", f"repository = https://pypi.{ctx.internal}/simple/", f"username = {r.choice(USERS)}", f"password = {rv(v)}"]
    return "pypirc", "\n".join(out) + "\n"


def c_netrc(r, ctx, items, st):
    v = the_secret(items)
    host = r.choice([f"api.{ctx.domain}", f"git.{ctx.internal}", f"artifacts.{ctx.domain}", "api.heroku.com", "urs.earthdata.nasa.gov"])
    out = []
    if r.chance(0.5):
        out.append(f"machine {host} login {r.choice(USERS)} password {rv(v)}")
    else:
        out += [f"machine {host}", f"  login {r.choice(USERS)}", f"  password {rv(v)}"]
    if r.chance(0.5):
        out.append(f"machine ftp.{ctx.domain} login anonymous")
    return "netrc", "\n".join(out) + "\n"


def c_gitcred(r, ctx, items, st):
    v = the_secret(items)
    host = r.choice(["github.com", "gitlab.com", "bitbucket.org", f"git.{ctx.internal}", f"dev.azure.com"])
    return "git-credentials", f"https://{r.choice(USERS + PEOPLE)}:{rv(v)}@{host}\n"


CONTAINERS.update({"npmrc": c_npmrc, "pypirc": c_pypirc, "netrc": c_netrc, "gitcred": c_gitcred})


# ---------------------------------------------------------------------------
# Multi-line private keys in their usual homes
# ---------------------------------------------------------------------------


def g_cert(r: Rng) -> str:
    der = bytes.fromhex("308203") + bytes([r.randint(0x40, 0xFF)]) + bytes.fromhex("308202") + r.bytes(r.randint(700, 900))
    return pem_block("CERTIFICATE", der)


def indent_block(text: str, ind: str) -> str:
    return ind + ("\n" + ind).join(text.split("\n"))


def pem_variants(label):
    return ["raw", "yaml", "json", "py", "tf", "sh", "env", "go", "js", "java", "md", "k8s"]


def render_pem(r: Rng, ctx: Ctx, key: str, variant: str, what: str):
    m = mark(key)
    if variant == "raw":
        ext = {"openssh": "key", "pgp": "asc"}.get(what, r.choice(["pem", "key"]))
        text = m + "\n"
        if what == "pem" and r.chance(0.4):
            text += g_cert(r) + "\n"
        return ext, text
    if variant == "yaml":
        keyname = r.choice({"openssh": ["deploy_key", "ssh_private_key", "git_ssh_key"], "pgp": ["gpg_private_key", "signing_key"]}.get(what, ["private_key", "tls_key", "signing_key", "jwt_private_key"]))
        out = [f"# values for {ctx.app} ({ctx.env})", f"replicaCount: {r.randint(1, 5)}", "image:", f"  repository: ghcr.io/{ctx.org}/{ctx.app}", f"  tag: \"{ctx.version}\"", "", f"{r.choice(['auth', 'tls', 'signing', 'git'])}:", f"  {keyname}: |"]
        out.append("    " + OPEN + key.replace("\n", "\n    ") + CLOSE)
        out += ["", "service:", "  type: ClusterIP", "  port: 80"]
        return "yaml", "\n".join(out) + "\n"
    if variant == "json":
        doc_key = r.choice(["privateKey", "private_key", "signingKey", "sshKey"])
        body = mark(key.replace("\n", "\\n") + "\\n")
        out = ["{", f'  "name": "{ctx.app}",', f'  "issuer": "https://auth.{ctx.domain}",', f'  "keyId": "{ctx.app}-{ctx.year}",', f'  "{doc_key}": "{body}",', f'  "algorithm": "{r.choice(["RS256", "ES256", "EdDSA"])}"', "}"]
        return "json", "\n".join(out) + "\n"
    if variant == "py":
        out = [f'"""Signing helpers for {ctx.app}."""', "", "import jwt", "", f"{r.choice(['PRIVATE_KEY', 'SIGNING_KEY', 'DEPLOY_KEY'])} = \"\"\"{m}", '"""', "", "", "def sign(claims: dict) -> str:", '    return jwt.encode(claims, PRIVATE_KEY, algorithm="RS256")']
        return "py", "\n".join(out) + "\n"
    if variant == "tf":
        out = [f'resource "kubernetes_secret" "{ctx.pkg}_tls" {{', "  metadata {", f'    name      = "{ctx.app}-tls"', f'    namespace = "{ctx.ns}"', "  }", "", "  data = {", '    "tls.key" = <<-EOT', "      " + OPEN + key.replace("\n", "\n      ") + CLOSE, "    EOT", "  }", "}"]
        return "tf", "\n".join(out) + "\n"
    if variant == "sh":
        path = {"openssh": "~/.ssh/id_deploy", "pgp": "/tmp/signing.asc"}.get(what, "/etc/ssl/private/app.key")
        out = ["#!/bin/sh", "set -eu", f"# provision {ctx.app} host", f"install -d -m 700 {path.rsplit('/', 1)[0]}", f"cat > {path} <<'EOF'", m, "EOF", f"chmod 600 {path}"]
        if what == "pgp":
            out.append(f"gpg --batch --import {path}")
        return "sh", "\n".join(out) + "\n"
    if variant == "env":
        name = {"openssh": "SSH_PRIVATE_KEY", "pgp": "GPG_PRIVATE_KEY"}.get(what, r.choice(["JWT_PRIVATE_KEY", "APP_PRIVATE_KEY", "GITHUB_APP_PRIVATE_KEY"]))
        out = [f"# {ctx.app}", f"APP_ENV={ctx.env}", f"PORT={r.choice([3000, 8080])}", f'{name}="{mark(key.replace(chr(10), chr(92) + "n"))}"', f"LOG_LEVEL=info"]
        return "env", "\n".join(out) + "\n"
    if variant == "go":
        out = ["package keys", "", "// signingKey is used by the token service.", "const signingKey = `" + m + "`", "", "func SigningKey() []byte { return []byte(signingKey) }"]
        return "go", "\n".join(out) + "\n"
    if variant == "js":
        out = ["'use strict';", "", "const jwt = require('jsonwebtoken');", "", "const PRIVATE_KEY = `" + m + "`;", "", "module.exports.sign = (claims) => jwt.sign(claims, PRIVATE_KEY, { algorithm: 'RS256' });"]
        return "js", "\n".join(out) + "\n"
    if variant == "java":
        lines = key.split("\n")
        body = [f'        "{l}\\n"' + (" +" if i < len(lines) - 1 else ";") for i, l in enumerate(lines)]
        body[0] = body[0].replace('"', '"' + OPEN, 1)
        body[-1] = body[-1][: -len('\\n";')] + CLOSE + '\\n";'
        out = [f"package com.{ctx.org.replace('-', '')}.{ctx.pkg}.auth;", "", "final class Keys {", "    static final String PRIVATE_KEY =", *body, "}"]
        return "java", "\n".join(out) + "\n"
    if variant == "md":
        out = [f"# Recovering {ctx.app} on a new host", "", "1. Install the package.", "2. Put the key below in place:", "", "```", m, "```", "", "3. Restart the service."]
        return "md", "\n".join(out) + "\n"
    if variant == "k8s":
        fname = {"openssh": "ssh-privatekey", "pgp": "signing.asc"}.get(what, "tls.key")
        out = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {ctx.app}-{r.choice(['tls', 'keys', 'signing'])}", f"  namespace: {ctx.ns}", "type: Opaque", "stringData:", f"  {fname}: |", "    " + OPEN + key.replace("\n", "\n    ") + CLOSE]
        return "yaml", "\n".join(out) + "\n"
    raise ValueError(variant)


PEM_KINDS = [
    # kind, provider, generator, what, variants, n
    ("pem-rsa-private-key", "PEM", g_pem_rsa, "pem", ["raw", "yaml", "json", "py", "tf", "sh", "env", "k8s"], 8),
    ("pem-ec-private-key", "PEM", g_pem_ec, "pem", ["raw", "go", "js", "md", "yaml", "env"], 6),
    ("pem-pkcs8-private-key", "PEM", g_pem_pkcs8, "pem", ["raw", "java", "json", "tf", "py", "k8s", "sh"], 7),
    ("pem-pkcs8-ed25519-private-key", "PEM", g_pem_pkcs8_ed25519, "pem", ["raw", "yaml", "go"], 3),
    ("openssh-private-key", "OpenSSH", g_openssh, "openssh", ["raw", "yaml", "sh", "md", "env", "json", "k8s"], 7),
    ("pgp-private-key", "PGP", g_pgp, "pgp", ["raw", "md", "yaml", "sh", "env"], 5),
]


# ---------------------------------------------------------------------------
# GCP service account keys, encoded credentials
# ---------------------------------------------------------------------------


def gcp_sa_doc(r: Rng, ctx: Ctx):
    project = f"{ctx.org}-{r.choice(['prod', 'data', 'platform', 'ml'])}-{r.randint(100000, 999999)}"
    sa = f"{r.choice(['terraform', 'ci-deployer', 'bq-loader', ctx.app])}@{project}.iam.gserviceaccount.com"
    key = pem_block("PRIVATE KEY", bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8") + der_rsa_pkcs1(r)) + "\n"
    return project, sa, key, [
        ("type", "service_account"),
        ("project_id", project),
        ("private_key_id", r.s(HEX, 40)),
        ("private_key", None),
        ("client_email", sa),
        ("client_id", r.digits(21)),
        ("auth_uri", "https://accounts.google.com/o/oauth2/auth"),
        ("token_uri", "https://oauth2.googleapis.com/token"),
        ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
        ("client_x509_cert_url", f"https://www.googleapis.com/robot/v1/metadata/x509/{sa.replace('@', '%40')}"),
        ("universe_domain", "googleapis.com"),
    ]


def render_gcp(r: Rng, ctx: Ctx, variant: str):
    project, sa, key, fields = gcp_sa_doc(r, ctx)
    esc_key = mark(key.replace("\n", "\\n"))

    def json_lines(ind):
        out = []
        for i, (k, v) in enumerate(fields):
            comma = "," if i < len(fields) - 1 else ""
            val = esc_key if v is None else jesc(v)
            out.append(f'{ind}"{k}": "{val}"{comma}')
        return out

    if variant == "json":
        return "json", "\n".join(["{", *json_lines("  "), "}"]) + "\n"
    if variant == "k8s":
        out = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {ctx.app}-gcp", f"  namespace: {ctx.ns}", "type: Opaque", "stringData:", "  credentials.json: |", "    {", *json_lines("      "), "    }"]
        return "yaml", "\n".join(out) + "\n"
    if variant == "tf":
        out = ['provider "google" {', f'  project     = "{project}"', f'  region      = "{r.choice(["us-central1", "europe-west1"])}"', "  credentials = <<-EOT", "    {", *json_lines("      "), "    }", "  EOT", "}"]
        return "tf", "\n".join(out) + "\n"
    if variant == "py":
        out = ["from google.oauth2 import service_account", "", "SERVICE_ACCOUNT_INFO = {"]
        for k, v in fields:
            out.append(f'    "{k}": "{esc_key if v is None else v}",')
        out += ["}", "", "credentials = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO)"]
        return "py", "\n".join(out) + "\n"
    if variant == "env":
        one = "{" + ", ".join(f'"{k}": "{esc_key if v is None else jesc(v)}"' for k, v in fields) + "}"
        out = [f"# {ctx.app}", f"GCP_PROJECT={project}", f"GOOGLE_CREDENTIALS='{one}'", "GCS_BUCKET=" + f"{ctx.org}-{ctx.app}-exports"]
        return "env", "\n".join(out) + "\n"
    raise ValueError(variant)


def basic_cred(r: Rng) -> str:
    user = r.choice(USERS + PEOPLE)
    pw = r.choice([lambda: strong(r, ALNUM + "!#*+-.=?@^_~", 14, 28), lambda: crc32_token("ghp_", r), lambda: "glpat-" + r.tok(ALNUM, 20), lambda: "dckr_pat_" + r.tok(ALNUM + "-_", 27)])()
    return f"{user}:{pw}"


def render_k8s_secret(r: Rng, ctx: Ctx, variant: str):
    value = r.choice([
        lambda: ("password", strong(r, PW_ALPHABET, 16, 28)),
        lambda: ("db-password", strong(r, PW_ALPHABET, 16, 28)),
        lambda: ("GITHUB_TOKEN", crc32_token("ghp_", r)),
        lambda: ("stripe-secret-key", "sk_live_" + r.tok(ALNUM, 24)),
        lambda: ("SLACK_BOT_TOKEN", f"xoxb-{r.digits(12)}-{r.digits(13)}-{r.tok(ALNUM, 24)}"),
        lambda: ("DATABASE_URL", plain(g_pg(r))),
        lambda: ("api-key", "sk-ant-api03-" + r.tok(B64URL, 93) + "AA"),
        lambda: ("SENDGRID_API_KEY", "SG." + r.tok(B64URL, 22) + "." + r.tok(B64URL, 43)),
    ])()
    key, raw = value
    enc = b64(raw.encode())
    noise = [("username", b64(r.choice(USERS).encode())), ("host", b64(f"{ctx.app}-db.{ctx.internal}".encode())), ("port", b64(b"5432")), ("region", b64(ctx.region.encode()))]
    noise = r.sample(noise, r.randint(1, 3))
    data = place(r, noise, [(key, None)])
    if variant == "yaml":
        out = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {ctx.app}-credentials", f"  namespace: {ctx.ns}", "  labels:", f"    app: {ctx.app}", "type: Opaque", "data:"]
        for k, v in data:
            out.append(f"  {k}: {mark(enc) if v is None else v}")
        return "yaml", "\n".join(out) + "\n"
    out = ["{", '    "apiVersion": "v1",', '    "kind": "Secret",', '    "metadata": {', f'        "name": "{ctx.app}-credentials",', f'        "namespace": "{ctx.ns}"', "    },", '    "type": "Opaque",', '    "data": {']
    for i, (k, v) in enumerate(data):
        out.append(f'        "{k}": "{mark(enc) if v is None else v}"' + ("," if i < len(data) - 1 else ""))
    out += ["    }", "}"]
    return "json", "\n".join(out) + "\n"


def render_docker_config(r: Rng, ctx: Ctx, variant: str):
    enc = b64(basic_cred(r).encode())
    reg = r.choice([f"registry.{ctx.domain}", "ghcr.io", "https://index.docker.io/v1/", f"{ctx.org}.jfrog.io", "registry.gitlab.com", f"{r.digits(12)}.dkr.ecr.{ctx.region}.amazonaws.com"])
    out = ["{", '\t"auths": {']
    if r.chance(0.4):
        out += ['\t\t"https://index.docker.io/v1/": {},' if reg != "https://index.docker.io/v1/" else '\t\t"quay.io": {},']
    out += [f'\t\t"{reg}": {{', f'\t\t\t"auth": "{mark(enc)}"', "\t\t}", "\t}"]
    if r.chance(0.5):
        out[-1] += ","
        out += ['\t"HttpHeaders": {', f'\t\t"User-Agent": "Docker-Client/24.0.{r.randint(1, 9)} (linux)"', "\t}"]
    out.append("}")
    return "json", "\n".join(out) + "\n"


def render_basic_header(r: Rng, ctx: Ctx, variant: str):
    enc = b64(basic_cred(r).encode())
    hv = "Basic " + mark(enc)
    url = f"https://{r.choice(['api', 'hooks', 'jenkins', 'registry', 'search'])}.{ctx.domain}/{r.choice(['v1/events', 'api/json', 'v2/_catalog', '_cluster/health'])}"
    if variant == "sh":
        return "sh", "\n".join(["#!/usr/bin/env bash", "set -euo pipefail", "", f"curl -fsS -X {r.choice(['GET', 'POST'])} \\", f"  -H 'Authorization: {hv}' \\", "  -H 'Accept: application/json' \\", f"  '{url}'"]) + "\n"
    if variant == "http":
        return "http", "\n".join([f"### {ctx.app}", f"GET {url}", f"Authorization: {hv}", "Accept: application/json", ""]) + "\n"
    if variant == "log":
        return "log", "\n".join([f"{log_ts(r, ctx, 1)} INFO  [client] calling {url}", f"{log_ts(r, ctx, 2)} DEBUG [client] request headers: Accept=application/json, Authorization={hv}, User-Agent={ctx.app}/{ctx.version}", f"{log_ts(r, ctx, 3)} INFO  [client] 200 OK in {r.randint(20, 900)}ms"]) + "\n"
    if variant == "py":
        return "py", "\n".join(["import requests", "", f'URL = "{url}"', f'HEADERS = {{"Authorization": "{hv}", "Accept": "application/json"}}', "", "", "def poll():", "    return requests.get(URL, headers=HEADERS, timeout=10).json()"]) + "\n"
    if variant == "js":
        return "js", "\n".join([f"const res = await fetch('{url}', {{", "  headers: {", f"    Authorization: '{hv}',", "    Accept: 'application/json',", "  },", "});", "console.log(res.status);"]) + "\n"
    if variant == "nginx":
        return "conf", "\n".join(["location /upstream/ {", f"    proxy_pass {url.rsplit('/', 2)[0]}/;", f'    proxy_set_header Authorization "{hv}";', "    proxy_set_header Host $host;", "}"]) + "\n"
    if variant == "md":
        return "md", "\n".join([f"## Calling {ctx.app}", "", "```http", f"GET {url}", f"Authorization: {hv}", "```"]) + "\n"
    if variant == "json":
        return "json", "\n".join(["{", f'  "name": "{ctx.app} health",', '  "request": {', '    "method": "GET",', f'    "url": "{url}",', '    "header": [', f'      {{"key": "Authorization", "value": "{hv}"}}', "    ]", "  }", "}"]) + "\n"
    raise ValueError(variant)


def render_npmrc_auth(r: Rng, ctx: Ctx, variant: str):
    host = r.choice([f"npm.{ctx.internal}/repository/npm-private/", f"{ctx.org}.jfrog.io/artifactory/api/npm/npm/", f"nexus.{ctx.domain}/repository/npm-group/"])
    out = [f"registry=https://{host}"]
    if variant == "token":
        tok = r.choice([lambda: "NpmToken." + r.uuid(), lambda: r.tok(B64URL, 64), lambda: strong(r, ALNUM, 40, 40)])()
        out.append(f"//{host}:_authToken={mark(tok)}")
    elif variant == "auth":
        out.append(f"//{host}:_auth={mark(b64(basic_cred(r).encode()))}")
    else:
        out += [f"//{host}:username={r.choice(USERS)}", f"//{host}:_password={mark(b64(strong(r, ALNUM + '!#*+-.=?@^_~', 16, 26).encode()))}", f"//{host}:email=ci@{ctx.domain}"]
    out += ["always-auth=true", "strict-ssl=true"]
    return "npmrc", "\n".join(out) + "\n"


SPECIAL_KINDS = [
    # kind, provider, renderer, variants, n, encoding of the marked text
    ("gcp-service-account-key", "Google Cloud", render_gcp, ["json", "json", "k8s", "tf", "py", "env"], 7, None),
    ("kubernetes-secret-data", "Kubernetes", render_k8s_secret, ["yaml", "yaml", "json"], 10, "base64"),
    ("docker-config-auth", "Docker", render_docker_config, ["json"], 7, "base64"),
    ("http-basic-auth-header", "HTTP", render_basic_header, ["sh", "http", "log", "py", "js", "nginx", "md", "json"], 9, "base64"),
    ("npmrc-registry-auth", "npm", render_npmrc_auth, ["token", "auth", "password", "token"], 5, None),
]
SPECIAL_ENCODING_BY_VARIANT = {("npmrc-registry-auth", "auth"): "base64", ("npmrc-registry-auth", "password"): "base64"}

# Credentials written in plain config files of their own tools.
FILE_KINDS = [
    Kind("netrc-password", "netrc", lambda r: strong(r, ALNUM + "!#*+-.=?@^_~", 14, 28), ["PASSWORD"], n=5, containers=["netrc"]),
    Kind("git-credentials", "git", lambda r: strong(r, URL_PW_ALPHABET, 16, 30), ["PASSWORD"], n=5, containers=["gitcred"]),
    Kind("pypirc-password", "PyPI", lambda r: strong(r, ALNUM + "!#*+-.=?@^_~", 14, 28), ["PASSWORD"], n=4, containers=["pypirc"]),
]


# ---------------------------------------------------------------------------
# Benign look-alikes
# ---------------------------------------------------------------------------

AWS_DOC_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
GENERIC_PLACEHOLDERS = [
    "<your-token>", "<YOUR_API_KEY>", "your-api-key-here", "changeme", "CHANGEME", "change-me", "example",
    "dummy", "dummy-value", "xxxxxxxxxxxxxxxx", "XXXXXXXXXXXXXXXXXXXXXXXX", "TODO", "replace-me", "REPLACE_ME",
    "", "<redacted>", "********", "<insert-key-here>", "placeholder", "not-a-real-key", "test", "secret",
    "your_secret_here", "<token>", "${TOKEN}", "sample-key", "none",
]


def all_names() -> list[str]:
    names = []
    for k in KINDS:
        names += k.names
    names += ["AWS_SECRET_ACCESS_KEY", "TWILIO_AUTH_TOKEN", "RAZORPAY_KEY_SECRET", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"]
    return sorted(set(names))


NAMES = all_names()
PREFIXED = [k for k in KINDS if k.prefix]


def lk_placeholder(r, ctx):
    if r.chance(0.5):
        k = r.choice(PREFIXED)
        name = r.choice(k.names) if k.names else "API_KEY"
        n = r.choice([8, 16, 20, 24, 32, 36, 40])
        v = r.choice([k.prefix + "x" * n, k.prefix + "X" * n, k.prefix + "<your-key>", k.prefix + "...", k.prefix + "*" * 10, k.prefix + "EXAMPLE", k.prefix + "0" * n, k.prefix + "your-token-here"])
    else:
        name, v = r.choice(NAMES), r.choice(GENERIC_PLACEHOLDERS)
    return [(words_of(name), v)]


def lk_ref(r, ctx):
    return [(words_of(n := r.choice(NAMES)), Ref(n))]


def lk_aws_example(r, ctx):
    return [(["aws", "access", "key", "id"], AWS_DOC_KEY_ID), (["aws", "secret", "access", "key"], AWS_DOC_SECRET)]


def lk_stripe_nonsecret(r, ctx):
    body = lambda: ("51" + r.tok(ALNUM, 97)) if r.chance(0.5) else r.tok(ALNUM, 24)
    return r.choice([
        lambda: [(["stripe", "publishable", "key"], "pk_live_" + body())],
        lambda: [(["stripe", "publishable", "key"], "pk_test_" + body())],
        lambda: [(["stripe", "publishable", "key"], "pk_test_" + body()), (["stripe", "account", "id"], "acct_1" + r.tok(ALNUM, 15))],
        lambda: [(["next", "public", "stripe", "key"], "pk_live_" + body())],
    ])()


def lk_bad_checksum(r, ctx):
    p = r.choice(["ghp_", "gho_", "ghs_", "npm_"])
    return [(words_of(r.choice(["INVALID_GITHUB_TOKEN", "BAD_CHECKSUM_TOKEN", "MALFORMED_PAT", "REVOKED_TOKEN_FIXTURE", "CORRUPT_TOKEN"])), bad_crc32_token(p, r))]


def lk_uuid(r, ctx):
    return [(words_of(r.choice(["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_SUBSCRIPTION_ID", "WORKSPACE_ID", "PROJECT_UUID", "ORG_ID", "DATADOG_SITE_ID", "SEGMENT_WRITE_KEY_ID", "INSTANCE_ID"])), r.uuid())]


def lk_sha(r, ctx):
    return [(words_of(r.choice(["GIT_COMMIT", "BUILD_SHA", "RELEASE_COMMIT", "BASE_SHA", "SOURCE_VERSION"])), r.s(HEX, 40))]


def lk_sha256(r, ctx):
    h = r.s(HEX, 64)
    return [(words_of(r.choice(["ARTIFACT_SHA256", "CHECKSUM", "IMAGE_DIGEST", "BUNDLE_HASH", "MODEL_SHA256"])), r.choice([h, "sha256:" + h]))]


def lk_color(r, ctx):
    return [(words_of(r.choice(["BRAND_COLOR", "PRIMARY_COLOR", "THEME_ACCENT", "BADGE_COLOR"])), "#" + r.s(HEX, 6))]


def lk_public_id(r, ctx):
    return r.choice([
        lambda: [(["twilio", "account", "sid"], "AC" + r.s(HEX, 32))],
        lambda: [(["ga", "measurement", "id"], "G-" + r.tok(ALNUM_U, 10))],
        lambda: [(["aws", "account", "id"], r.digits(12))],
        lambda: [(["google", "client", "id"], f"{r.digits(12)}-{r.tok(LO + DIG, 32)}.apps.googleusercontent.com")],
        lambda: [(["slack", "channel", "id"], "C0" + r.tok(ALNUM_U, 9))],
        lambda: [(["stripe", "price", "id"], "price_1" + r.tok(ALNUM, 23))],
        lambda: [(["mapbox", "public", "token"], "pk." + b64url(json.dumps({"u": r.choice(PEOPLE), "a": "cl" + r.tok(LO + DIG, 23)}, separators=(",", ":")).encode()) + "." + r.tok(B64URL, 22))],
        lambda: [(["algolia", "app", "id"], r.tok(ALNUM_U, 10))],
        lambda: [(["github", "app", "id"], r.randint(100000, 999999)), (["github", "app", "client", "id"], "Iv1." + r.s(HEX, 16))],
        lambda: [(["aws", "role", "arn"], f"arn:aws:iam::{r.digits(12)}:role/{ctx.app}-deployer")],
    ])()


def lk_password_settings(r, ctx):
    return r.sample([
        (["password", "min", "length"], r.choice([8, 12, 14, 16])),
        (["password", "reset", "ttl", "seconds"], 3600),
        (["db", "password", "file"], "/run/secrets/db_password"),
        (["secret", "key", "path"], f"/etc/{ctx.app}/secret.key"),
        (["token", "expiry"], r.choice(["15m", "1h", "24h"])),
        (["api", "key", "header"], "X-Api-Key"),
        (["auth", "token", "ttl"], 900),
        (["password", "hasher"], "argon2id"),
        (["secrets", "backend"], r.choice(["vault", "aws-secrets-manager", "sops"])),
        (["vault", "addr"], f"https://vault.{ctx.internal}:8200"),
        (["vault", "role"], ctx.app),
        (["secret", "name"], f"{ctx.app}/{ctx.env}/db"),
        (["api", "key", "required"], True),
    ], r.randint(2, 4))


def lk_redacted(r, ctx):
    return r.choice([
        lambda: [(["github", "token"], "ghp_" + "*" * 36)],
        lambda: [(["api", "key"], "[REDACTED]")],
        lambda: [(["stripe", "secret", "key"], "sk_live_...redacted")],
        lambda: [(["db", "password"], "***")],
        lambda: [(["openai", "api", "key"], "sk-proj-...")],
        lambda: [(["slack", "bot", "token"], "xoxb-****")],
    ])()


def lk_url_nopw(r, ctx):
    return r.choice([
        lambda: [(["database", "url"], f"postgres://{ctx.pkg}@db.{ctx.internal}:5432/{ctx.pkg}")],
        lambda: [(["database", "url"], f"postgres://{ctx.pkg}:${{DB_PASSWORD}}@db:5432/{ctx.pkg}")],
        lambda: [(["redis", "url"], "redis://localhost:6379/0")],
        lambda: [(["database", "url"], "postgresql://user:password@localhost:5432/dev")],
        lambda: [(["mongo", "url"], "mongodb://localhost:27017/" + ctx.pkg)],
        lambda: [(["amqp", "url"], "amqp://guest:guest@localhost:5672/")],
        lambda: [(["pip", "index", "url"], f"https://pypi.{ctx.internal}/simple/")],
        lambda: [(["repo", "url"], f"git@github.com:{ctx.org}/{ctx.app}.git")],
    ])()


def lk_vault_ref(r, ctx):
    return r.choice([
        lambda: [(["db", "password"], f"vault:secret/data/{ctx.app}/db#password")],
        lambda: [(["api", "key"], f"op://{ctx.team.title()}/{ctx.app}/credential")],
        lambda: [(["db", "secret", "arn"], f"arn:aws:secretsmanager:{ctx.region}:{r.digits(12)}:secret:{ctx.env}/{ctx.app}-{r.tok(ALNUM, 6)}")],
        lambda: [(["github", "token"], "ref+vault://secret/ci#/github_token")],
        lambda: [(["slack", "token"], "{{resolve:secretsmanager:slack:SecretString:token}}")],
        lambda: [(["db", "password"], f"sm://projects/{ctx.org}-prod/secrets/db-password/versions/latest")],
        lambda: [(["api", "key"], f"${{ssm:/{ctx.app}/{ctx.env}/api_key}}")],
        lambda: [(["client", "secret"], f"akv://{ctx.org}-kv/{ctx.app}-client-secret")],
    ])()


def lk_hex_misc(r, ctx):
    return r.choice([
        lambda: [(["cache", "buster"], r.s(HEX, 8))],
        lambda: [(["asset", "version"], r.s(HEX, 10))],
        lambda: [(["content", "hash"], r.s(HEX, 20))],
        lambda: [(["build", "id"], f"{ctx.year}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.s(HEX, 7)}")],
        lambda: [(["feature", "flags", "etag"], f'W/"{r.s(HEX, 32)}"')],
    ])()


LOOKALIKES = [lk_placeholder, lk_placeholder, lk_ref, lk_ref, lk_aws_example, lk_stripe_nonsecret, lk_bad_checksum, lk_uuid, lk_sha, lk_sha256, lk_color, lk_public_id, lk_password_settings, lk_redacted, lk_url_nopw, lk_vault_ref, lk_hex_misc]


def lookalike_items(r, ctx, n):
    out, seen = [], set()
    while len(out) < n:
        for w, v in r.choice(LOOKALIKES)(r, ctx):
            k = snake(w)
            if k not in seen:
                seen.add(k)
                out.append((w, v))
    return out


def benign_config(container):
    def gen(r, ctx):
        items = noise_items(r, ctx, r.randint(3, 8)) + lookalike_items(r, ctx, r.randint(3, 7))
        r.shuffle(items)
        return CONTAINERS[container](r, ctx, items, NO_STYLE)
    return gen


# ---------------------------------------------------------------------------
# Benign files of their own kind
# ---------------------------------------------------------------------------

NPM_PKGS = ["react", "react-dom", "lodash", "express", "axios", "chalk", "debug", "ms", "semver", "commander", "yargs", "uuid", "dotenv", "zod", "tslib", "ws", "cookie", "qs", "mime-types", "body-parser", "esbuild", "vite", "rollup", "postcss", "nanoid", "picocolors"]
PY_PKGS = ["requests", "urllib3", "certifi", "idna", "charset-normalizer", "django", "flask", "sqlalchemy", "pydantic", "numpy", "pandas", "boto3", "botocore", "click", "jinja2", "markupsafe", "packaging", "attrs"]
GO_MODS = ["github.com/spf13/cobra", "github.com/stretchr/testify", "golang.org/x/sys", "golang.org/x/net", "google.golang.org/grpc", "github.com/google/uuid", "go.uber.org/zap", "github.com/prometheus/client_golang", "gopkg.in/yaml.v3", "github.com/gorilla/mux"]
CRATES = ["serde", "serde_json", "tokio", "anyhow", "thiserror", "regex", "clap", "rand", "bytes", "tracing", "futures", "hyper", "libc", "memchr", "itoa", "ryu", "once_cell"]


def ver(r):
    return f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"


def b_npm_lock(r, ctx):
    pk = {}
    for name in r.sample(NPM_PKGS, r.randint(6, 12)):
        v = ver(r)
        pk[f"node_modules/{name}"] = {"version": v, "resolved": f"https://registry.npmjs.org/{name}/-/{name}-{v}.tgz", "integrity": "sha512-" + b64(r.bytes(64)), "license": r.choice(["MIT", "ISC", "Apache-2.0"])}
        if r.chance(0.3):
            pk[f"node_modules/{name}"]["dev"] = True
    doc = {"name": ctx.app, "version": ctx.version, "lockfileVersion": 3, "requires": True, "packages": {"": {"name": ctx.app, "version": ctx.version}, **pk}}
    return "json", json.dumps(doc, indent=2) + "\n"


def b_yarn_lock(r, ctx):
    out = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for name in r.sample(NPM_PKGS, r.randint(6, 12)):
        v = ver(r)
        out += [f'{name}@^{v}:', f'  version "{v}"', f'  resolved "https://registry.yarnpkg.com/{name}/-/{name}-{v}.tgz#{r.s(HEX, 40)}"', f'  integrity sha512-{b64(r.bytes(64))}', ""]
    return "lock", "\n".join(out)


def b_go_sum(r, ctx):
    out = []
    for m in r.sample(GO_MODS, r.randint(5, 9)):
        v = "v" + ver(r)
        out += [f"{m} {v} h1:{b64(r.bytes(32))}", f"{m} {v}/go.mod h1:{b64(r.bytes(32))}"]
    if r.chance(0.5):
        out.append(f"golang.org/x/crypto v0.0.0-{ctx.year}0{r.randint(1, 9)}{r.randint(10, 28)}{r.randint(100000, 235959)}-{r.s(HEX, 12)} h1:{b64(r.bytes(32))}")
    return "sum", "\n".join(out) + "\n"


def b_cargo_lock(r, ctx):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 4", ""]
    for c in r.sample(CRATES, r.randint(5, 10)):
        out += ["[[package]]", f'name = "{c}"', f'version = "{ver(r)}"', 'source = "registry+https://github.com/rust-lang/crates.io-index"', f'checksum = "{r.s(HEX, 64)}"', ""]
    return "lock", "\n".join(out)


def b_requirements(r, ctx):
    out = ["#", "# This file is autogenerated by pip-compile with Python 3.11", "#", "#    pip-compile --generate-hashes requirements.in", "#"]
    for p in r.sample(PY_PKGS, r.randint(4, 8)):
        out.append(f"{p}=={ver(r)} \\")
        hs = [f"    --hash=sha256:{r.s(HEX, 64)}" for _ in range(r.randint(1, 3))]
        out += [h + " \\" for h in hs[:-1]] + [hs[-1]]
    return "txt", "\n".join(out) + "\n"


def b_tf_lock(r, ctx):
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for prov in r.sample(["hashicorp/aws", "hashicorp/random", "hashicorp/google", "hashicorp/kubernetes", "cloudflare/cloudflare", "hashicorp/tls"], r.randint(2, 4)):
        out += [f'provider "registry.terraform.io/{prov}" {{', f'  version     = "{ver(r)}"', '  constraints = "~> 5.0"', "  hashes = [", f'    "h1:{b64(r.bytes(32))}",']
        out += [f'    "zh:{r.s(HEX, 64)}",' for _ in range(r.randint(3, 6))]
        out += ["  ]", "}", ""]
    return "hcl", "\n".join(out)


def b_sha256sums(r, ctx):
    out = [f"{r.s(HEX, 64)}  {ctx.app}_{ctx.version}_{os_}_{arch}.tar.gz" for os_ in ["linux", "darwin", "windows"] for arch in ["amd64", "arm64"]]
    if r.chance(0.5):
        out.append(f"{r.s(HEX, 64)}  {ctx.app}_{ctx.version}_checksums.txt.sig")
    return "txt", "\n".join(out) + "\n"


def b_changelog(r, ctx):
    out = ["# Changelog", ""]
    for _ in range(r.randint(2, 4)):
        out += [f"## [{ver(r)}](https://github.com/{ctx.org}/{ctx.app}/compare/v{ver(r)}...v{ver(r)}) ({ctx.year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d})", "", "### Bug Fixes", ""]
        for _ in range(r.randint(2, 5)):
            sha = r.s(HEX, 40)
            out.append(f"* {r.choice(['handle empty token list', 'rotate signing keys on schedule', 'retry on 429', 'redact passwords in logs', 'validate api key header'])} ([#{r.randint(100, 999)}](https://github.com/{ctx.org}/{ctx.app}/issues/{r.randint(100, 999)})) ([{sha[:7]}](https://github.com/{ctx.org}/{ctx.app}/commit/{sha}))")
        out.append("")
    return "md", "\n".join(out)


def b_gha_pinned(r, ctx):
    acts = [("actions/checkout", "v4.1.1"), ("actions/setup-node", "v4.0.2"), ("aws-actions/configure-aws-credentials", "v4.0.2"), ("docker/login-action", "v3.1.0"), ("docker/build-push-action", "v5.3.0"), ("actions/cache", "v4.0.2")]
    out = ["name: release", "on:", "  push:", "    tags: ['v*']", "permissions:", "  contents: read", "  id-token: write", "jobs:", "  release:", "    runs-on: ubuntu-latest", "    steps:"]
    for a, v in r.sample(acts, r.randint(3, 5)):
        out.append(f"      - uses: {a}@{r.s(HEX, 40)} # {v}")
        if "aws" in a:
            out += ["        with:", f"          role-to-assume: arn:aws:iam::{r.digits(12)}:role/{ctx.app}-release", f"          aws-region: {ctx.region}"]
        if "login" in a:
            out += ["        with:", "          registry: ghcr.io", "          username: ${{ github.actor }}", "          password: ${{ secrets.GITHUB_TOKEN }}"]
    out += ["      - run: npm publish", "        env:", "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}", "          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}", "          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}"]
    return "yml", "\n".join(out) + "\n"


def b_cert_chain(r, ctx):
    out = []
    for i in range(r.randint(1, 3)):
        subj = [f"CN={ctx.app}.{ctx.domain}", f"CN={ctx.org.title()} Issuing CA {i}", "CN=ISRG Root X1"][i]
        if r.chance(0.5):
            out += [f"subject={subj}", f"issuer=CN={ctx.org.title()} Root CA"]
        out.append(g_cert(r))
    return r.choice(["crt", "pem"]), "\n".join(out) + "\n"


def g_public_pem(r):
    return r.choice([
        lambda: pem_block("PUBLIC KEY", bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + r.bytes(256) + bytes.fromhex("0203010001")),
        lambda: pem_block("PUBLIC KEY", bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + r.bytes(64)),
        lambda: pem_block("RSA PUBLIC KEY", bytes.fromhex("3082010a0282010100") + r.bytes(256) + bytes.fromhex("0203010001")),
    ])()


def b_public_key(r, ctx):
    v = r.choice(["pem", "py", "yaml", "json"])
    key = g_public_pem(r)
    if v == "pem":
        return "pem", key + "\n"
    if v == "py":
        return "py", f'"""Verifies webhook signatures from {ctx.org}."""\n\n# Public key: safe to commit.\nWEBHOOK_PUBLIC_KEY = """{key}\n"""\n'
    if v == "yaml":
        return "yaml", f"jwt:\n  issuer: https://auth.{ctx.domain}/\n  audience: {ctx.app}\n  public_key: |\n    " + key.replace("\n", "\n    ") + "\n"
    return "json", json.dumps({"issuer": f"https://auth.{ctx.domain}/", "publicKey": key + "\n", "algorithms": ["RS256"]}, indent=2) + "\n"


def b_jwks(r, ctx):
    keys = []
    for _ in range(r.randint(1, 3)):
        if r.chance(0.6):
            keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": r.tok(ALNUM, 20), "n": b64url(r.bytes(256)), "e": "AQAB", "x5t": b64url(r.bytes(20)), "x5c": [b64(r.bytes(r.randint(600, 800)))]})
        else:
            keys.append({"kty": "EC", "use": "sig", "crv": "P-256", "kid": r.uuid(), "x": b64url(r.bytes(32)), "y": b64url(r.bytes(32)), "alg": "ES256"})
    return "json", json.dumps({"keys": keys}, indent=2) + "\n"


def ssh_pub(r, comment):
    if r.chance(0.5):
        return "ssh-ed25519 " + b64(sshstr(b"ssh-ed25519") + sshstr(r.bytes(32))) + " " + comment
    return "ssh-rsa " + b64(sshstr(b"ssh-rsa") + sshstr(b"\x01\x00\x01") + sshstr(b"\x00" + r.bytes(256))) + " " + comment


def b_ssh_public(r, ctx):
    if r.chance(0.5):
        out = [f"# authorized_keys for deploy@{ctx.app}"] + [ssh_pub(r, f"{p}@{ctx.org}") for p in r.sample(PEOPLE, r.randint(2, 4))]
        return "pub", "\n".join(out) + "\n"
    out = []
    for h in ["github.com", "gitlab.com", f"git.{ctx.internal}", f"bastion.{ctx.domain}"][: r.randint(2, 4)]:
        out.append(f"{h} " + ssh_pub(r, "").strip())
    return "known_hosts", "\n".join(out) + "\n"


def b_pgp_public(r, ctx):
    body = b"\x99\x01\x0d\x04" + r.bytes(r.randint(500, 900))
    text = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(wrap(b64(body), 64)) + "\n=" + b64(crc24(body).to_bytes(3, "big")) + "\n-----END PGP PUBLIC KEY BLOCK-----\n"
    if r.chance(0.5):
        text = f"Release signing key for {ctx.app}. Fingerprint: {' '.join(wrap(r.s(HEXU, 40), 4))}\n\n" + text
    return "asc", text


def fake_png(r, n):
    return bytes.fromhex("89504e470d0a1a0a0000000d49484452") + struct.pack(">II", r.randint(16, 64), r.randint(16, 64)) + b"\x08\x06\x00\x00\x00" + r.bytes(n)


def b_css_data_uri(r, ctx):
    out = [f"/* {ctx.app} theme */", ":root {"]
    for v in ["primary", "secondary", "accent", "muted", "danger"]:
        out.append(f"  --color-{v}: #{r.s(HEX, 6)};")
    out.append("}")
    for cls in r.sample(["icon-search", "icon-close", "logo", "spinner", "badge-ok", "avatar-placeholder"], r.randint(2, 4)):
        out += [f".{cls} {{", f"  background-image: url(\"data:image/png;base64,{b64(fake_png(r, r.randint(80, 300)))}\");", f"  border-color: #{r.s(HEX, 6)};", "}"]
    if r.chance(0.5):
        out += ["@font-face {", "  font-family: 'Inter';", f"  src: url(data:font/woff2;base64,d09GMgABAAAAA{b64(r.bytes(r.randint(200, 500)))}) format('woff2');", "}"]
    return "css", "\n".join(out) + "\n"


def js_ident(r):
    return r.choice(LO) + r.s(ALNUM, r.randint(0, 2))


def b_minified_js(r, ctx):
    parts = [f'/*! {ctx.app} v{ctx.version} | (c) {ctx.year} {ctx.org} | MIT */', '"use strict";(self.webpackChunk' + ctx.pkg + '=self.webpackChunk' + ctx.pkg + '||[]).push([[' + str(r.randint(100, 999)) + '],{']
    mods = []
    for _ in range(r.randint(4, 9)):
        a, b, c = js_ident(r), js_ident(r), js_ident(r)
        body = r.choice([
            f'{a}.exports={{apiKey:{b}.apiKey||"",authToken:null,baseURL:"https://api.{ctx.domain}"}}',
            f'var {b}={c}({r.randint(100, 9999)});{a}.exports=function({c}){{return {b}.createHash("sha256").update({c}).digest("hex")}}',
            f'{a}.exports="data:image/svg+xml;base64,{b64(r.bytes(r.randint(60, 200)))}"',
            f'const {b}="{r.s(HEX, 20)}",{c}=["{r.tok(ALNUM, 8)}","{r.tok(ALNUM, 8)}"];{a}.exports={{hash:{b},chunks:{c}}}',
            f'{a}.exports={{password:"",setPassword:function({b}){{this.password={b}}},token:void 0}}',
            f'function {b}({c}){{return{c}.headers.Authorization="Bearer "+{c}.token,{c}}}{a}.exports={b}',
        ])
        mods.append(f'{r.randint(1000, 99999)}:({a},{js_ident(r)},{js_ident(r)})=>{{{body}}}')
    parts.append(",".join(mods) + "}]);")
    parts.append(f"//# sourceMappingURL={ctx.app}.{r.s(HEX, 20)}.min.js.map")
    return "js", "".join(parts[:2]) + parts[2] + "\n" + parts[3] + "\n"


def b_source_map(r, ctx):
    segs = ",".join(r.tok(UP + LO + DIG + "+/", r.randint(4, 8)) for _ in range(r.randint(80, 200)))
    doc = {"version": 3, "file": f"{ctx.app}.min.js", "sources": [f"webpack://{ctx.pkg}/./src/{f}.ts" for f in r.sample(["index", "api", "auth", "store", "utils"], 3)], "names": ["apiKey", "token", "password", "fetch", "headers"], "mappings": segs + ";" + segs[: len(segs) // 2]}
    return "map", json.dumps(doc) + "\n"


def b_notebook(r, ctx):
    png = b64(fake_png(r, r.randint(800, 1800)))
    cells = [
        nb_cell("markdown", [f"# {ctx.app}: {r.choice(['latency', 'cohort', 'error budget'])} analysis"]),
        nb_cell("code", ["import os", "import matplotlib.pyplot as plt", "import pandas as pd", "", 'API_KEY = os.environ["ANALYTICS_API_KEY"]', 'DB_PASSWORD = os.getenv("DB_PASSWORD")'], count=1),
        nb_cell("code", ['df = pd.read_csv("events.csv")', 'df[["event_id", "user_id"]].head(3)'], count=2, outputs=[{"output_type": "execute_result", "execution_count": 2, "metadata": {}, "data": {"text/plain": ["   event_id                              user_id\n"] + [f"{i}  {r.s(HEX, 24)}  {r.uuid()}\n" for i in range(3)]}}]),
        nb_cell("code", ['df.plot(x="day", y="p95_ms")', "plt.show()"], count=3, outputs=[{"output_type": "display_data", "metadata": {}, "data": {"image/png": png + "\n", "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}]),
    ]
    return "ipynb", notebook(cells)


def b_k8s_secret_placeholders(r, ctx):
    v = r.choice(["data", "string", "external", "sealed"])
    head = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {ctx.app}-credentials", f"  namespace: {ctx.ns}", "type: Opaque"]
    if v == "data":
        vals = {"username": b64(r.choice(USERS).encode()), "password": b64(r.choice([b"changeme", b"password", b"${DB_PASSWORD}", b"<set-me>", b"example"])), "api-key": b64(r.choice([b"your-api-key", b"REPLACE_ME", b"xxxxxxxxxxxxxxxx"]))}
        return "yaml", "\n".join(head + ["data:"] + [f"  {k}: {x}" for k, x in vals.items()]) + "\n"
    if v == "string":
        return "yaml", "\n".join(head + ["stringData:", "  DB_PASSWORD: ${DB_PASSWORD}", "  GITHUB_TOKEN: '{{ .Values.github.token }}'", f"  STRIPE_SECRET_KEY: {{{{ required \"stripe key\" .Values.stripe.secretKey }}}}"]) + "\n"
    if v == "external":
        out = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", f"  name: {ctx.app}", "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    name: vault-backend", "    kind: ClusterSecretStore", "  target:", f"    name: {ctx.app}-credentials", "  data:"]
        for k in ["DB_PASSWORD", "STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN"]:
            out += [f"    - secretKey: {k}", "      remoteRef:", f"        key: secret/data/{ctx.app}", f"        property: {k.lower()}"]
        return "yaml", "\n".join(out) + "\n"
    out = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", f"  name: {ctx.app}-credentials", f"  namespace: {ctx.ns}", "spec:", "  encryptedData:"]
    for k in ["DB_PASSWORD", "API_KEY"]:
        out.append(f"    {k}: Ag{b64(r.bytes(r.randint(300, 400)))}")
    return "yaml", "\n".join(out) + "\n"


def b_docker_helpers(r, ctx):
    doc = r.choice([
        {"auths": {"ghcr.io": {}, "https://index.docker.io/v1/": {}}, "credsStore": r.choice(["desktop", "osxkeychain", "pass"])},
        {"credHelpers": {f"{r.digits(12)}.dkr.ecr.{ctx.region}.amazonaws.com": "ecr-login", "gcr.io": "gcloud", f"{ctx.region[:2]}-docker.pkg.dev": "gcloud"}},
        {"auths": {f"registry.{ctx.domain}": {"auth": ""}}, "credsStore": "desktop", "currentContext": "default"},
        {"auths": {"https://index.docker.io/v1/": {"auth": "", "identitytoken": ""}}, "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}},
    ])
    return "json", json.dumps(doc, indent="\t") + "\n"


def sops_enc(r, n):
    return f"ENC[AES256_GCM,data:{b64(r.bytes(n))},iv:{b64(r.bytes(32))},tag:{b64(r.bytes(16))},type:str]"


def b_sops(r, ctx):
    recipient = bech32_encode("age", r.bytes(32))
    out = [f"db_password: {sops_enc(r, 24)}", f"stripe_secret_key: {sops_enc(r, 32)}", f"github_token: {sops_enc(r, 40)}", "sops:", "    kms: []", "    age:", f"        - recipient: {recipient}", "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    out += ["            " + l for l in wrap(b64(r.bytes(190)), 64)]
    out += ["            -----END AGE ENCRYPTED FILE-----", f"    lastmodified: \"{ctx.date}T10:00:00Z\"", f"    mac: {sops_enc(r, 32)}", "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return "yaml", "\n".join(out) + "\n"


def b_ansible_vault(r, ctx):
    out = ["---", f"app_name: {ctx.app}"]
    for k in r.sample(["vault_db_password", "vault_api_secret", "vault_smtp_password", "vault_github_token"], 2):
        out += [f"{k}: !vault |", "  $ANSIBLE_VAULT;1.1;AES256"] + ["  " + l for l in wrap(r.s(HEX, r.randint(300, 500)), 80)]
    out.append('db_password: "{{ vault_db_password }}"')
    return "yml", "\n".join(out) + "\n"


def b_test_vectors(r, ctx):
    lang = r.choice(["py", "go", "js"])
    vecs = [(r.choice(["", "abc", "hello world", "The quick brown fox"]), r.s(HEX, 64)) for _ in range(3)]
    bad = [bad_crc32_token(r.choice(["ghp_", "gho_", "npm_"]), r) for _ in range(2)]
    if lang == "py":
        out = ["import hashlib", "import pytest", "", "from tokens import is_valid_github_token", "", "VECTORS = ["]
        out += [f'    ({m!r}, "{h}"),' for m, h in vecs]
        out += ["]", "", "# RFC 4231 test case 1", 'HMAC_KEY = bytes.fromhex("' + "0b" * 20 + '")', "", "", '@pytest.mark.parametrize("msg,digest", VECTORS)', "def test_digest(msg, digest):", '    assert len(digest) == 64', "", "", "def test_rejects_bad_checksum():"]
        out += [f'    assert not is_valid_github_token("{b}")' for b in bad]
        return "py", "\n".join(out) + "\n"
    if lang == "go":
        out = ["package token", "", 'import "testing"', "", "func TestChecksum(t *testing.T) {", "\tfor _, tc := range []struct{ in string; ok bool }{"]
        out += [f'\t\t{{"{b}", false}},' for b in bad]
        out += ["\t} {", "\t\tif Valid(tc.in) != tc.ok {", '\t\t\tt.Errorf("Valid(%q) = %v", tc.in, !tc.ok)', "\t\t}", "\t}", "}", "", "var sha256Vectors = map[string]string{"]
        out += [f'\t"{m}": "{h}",' for m, h in vecs]
        out.append("}")
        return "go", "\n".join(out) + "\n"
    out = ["import { strict as assert } from 'node:assert';", "import { isValidToken } from '../src/token.js';", "", "describe('token checksum', () => {"]
    out += [f"  it('rejects {b[:4]}... with a bad checksum', () => assert.equal(isValidToken('{b}'), false));" for b in bad]
    out += ["});", "", "export const SHA256_VECTORS = {"] + [f"  '{m}': '{h}'," for m, h in vecs] + ["};"]
    return "js", "\n".join(out) + "\n"


def b_docs_tokens(r, ctx):
    out = [f"# Authenticating to the {ctx.app} API", "", "Create a token in **Settings > API**. Tokens look like this:", "", "```", r.choice(["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "glpat-xxxxxxxxxxxxxxxxxxxx", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX"]), "```", "", "Send it in the `Authorization` header:", "", "```bash", f'curl -H "Authorization: Bearer $API_TOKEN" https://api.{ctx.domain}/v1/me', f"curl -u \"$USER:$PASSWORD\" https://api.{ctx.domain}/v1/me", "```", "", "For the AWS examples below we use the documented example credentials:", "", "```ini", "[default]", f"aws_access_key_id = {AWS_DOC_KEY_ID}", f"aws_secret_access_key = {AWS_DOC_SECRET}", "```", "", f"Slack notifications go to `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`; replace it with your own webhook.", "", "| variable | example |", "|---|---|", "| `OPENAI_API_KEY` | `sk-proj-...` |", "| `STRIPE_SECRET_KEY` | `sk_test_...` |", "| `DATABASE_URL` | `postgres://user:password@localhost:5432/app` |", "| `JWT_SECRET` | `<random 32 bytes>` |"]
    return "md", "\n".join(out) + "\n"


def b_stripe_frontend(r, ctx):
    pk = "pk_live_51" + r.tok(ALNUM, 97)
    pkt = "pk_test_51" + r.tok(ALNUM, 97)
    if r.chance(0.5):
        return "ts", "\n".join(["import { loadStripe } from '@stripe/stripe-js';", "", "// Publishable key: safe to ship to browsers.", f"export const stripePromise = loadStripe('{pk}');", "", f"export const PRICE_ID = 'price_1{r.tok(ALNUM, 23)}';"]) + "\n"
    return "js", "\n".join(["const Stripe = require('stripe');", "", "// Stripe.js in the test page takes the publishable test key.", f"const stripe = Stripe(process.env.STRIPE_PUBLISHABLE_KEY || '{pkt}');", "", "describe('checkout', () => {", "  it('creates a session', async () => {", f"    const s = await stripe.checkout.sessions.create({{ mode: 'payment', line_items: [{{ price: 'price_1{r.tok(ALNUM, 23)}', quantity: 1 }}] }});", "    expect(s.id).toMatch(/^cs_test_/);", "  });", "});"]) + "\n"


def b_firebase_web(r, ctx):
    key = "AIza" + r.tok(B64URL, 35)
    project = f"{ctx.pkg}-{r.randint(1000, 9999)}"
    sender = str(r.randint(10**11, 10**12 - 1))
    return "ts", "\n".join([
        "import { initializeApp } from 'firebase/app';",
        "",
        "// Firebase web config: identifies the project to Google; restricted by HTTP referrer.",
        "const firebaseConfig = {",
        f"  apiKey: '{key}',",
        f"  authDomain: '{project}.firebaseapp.com',",
        f"  projectId: '{project}',",
        f"  storageBucket: '{project}.appspot.com',",
        f"  messagingSenderId: '{sender}',",
        f"  appId: '1:{sender}:web:{r.tok(HEX, 22)}',",
        "};",
        "",
        "export const app = initializeApp(firebaseConfig);",
    ]) + "\n"


def b_maps_html(r, ctx):
    key = "AIza" + r.tok(B64URL, 35)
    return "html", "\n".join([
        "<!doctype html>",
        "<html>",
        f"  <head><title>{ctx.app} stores</title></head>",
        "  <body>",
        '    <div id="map" style="height: 480px"></div>',
        "    <script>",
        "      function initMap() {",
        f"        new google.maps.Map(document.getElementById('map'), {{ center: {{ lat: {r.randint(-80, 80)}.{r.randint(0, 9999)}, lng: {r.randint(-170, 170)}.{r.randint(0, 9999)} }}, zoom: 12 }});",
        "      }",
        "    </script>",
        f'    <script async src="https://maps.googleapis.com/maps/api/js?key={key}&callback=initMap"></script>',
        "  </body>",
        "</html>",
    ]) + "\n"


def b_supabase_anon(r, ctx):
    ref = r.tok(LO, 20)
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    iat = r.randint(1_650_000_000, 1_750_000_000)
    claims = {"iss": "supabase", "ref": ref, "role": "anon", "iat": iat, "exp": iat + 10 * 365 * 86400}
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    anon = f"{header}.{payload}.{r.tok(B64URL, 43)}"
    return "js", "\n".join([
        "import { createClient } from '@supabase/supabase-js';",
        "",
        "// The anon key is public: row-level security decides what it can read.",
        f"const supabaseUrl = 'https://{ref}.supabase.co';",
        f"const supabaseAnonKey = '{anon}';",
        "",
        "export const supabase = createClient(supabaseUrl, supabaseAnonKey);",
    ]) + "\n"


def b_openapi(r, ctx):
    out = ["openapi: 3.0.3", "info:", f"  title: {ctx.app} API", f"  version: {ctx.version}", "servers:", f"  - url: https://api.{ctx.domain}/v1", "components:", "  securitySchemes:", "    ApiKeyAuth:", "      type: apiKey", "      in: header", "      name: X-Api-Key", "    BearerAuth:", "      type: http", "      scheme: bearer", "      bearerFormat: JWT", "  schemas:", "    Token:", "      type: object", "      properties:", "        id:", "          type: string", "          format: uuid", f"          example: {r.uuid()}", "        token:", "          type: string", "          example: tok_xxxxxxxxxxxxxxxx", "        password:", "          type: string", "          format: password", "          writeOnly: true", "        sha:", "          type: string", f"          example: {r.s(HEX, 40)}", "security:", "  - ApiKeyAuth: []"]
    return "yaml", "\n".join(out) + "\n"


def b_nginx(r, ctx):
    out = ["server {", "    listen 443 ssl http2;", f"    server_name {ctx.app}.{ctx.domain};", f"    ssl_certificate     /etc/ssl/certs/{ctx.app}.crt;", f"    ssl_certificate_key /etc/ssl/private/{ctx.app}.key;", "    auth_basic           \"restricted\";", "    auth_basic_user_file /etc/nginx/.htpasswd;", "", "    location /api/ {", f"        proxy_pass http://{ctx.app}:8080/;", "        proxy_set_header Authorization \"Bearer $http_x_api_token\";", "        proxy_set_header X-Request-Id $request_id;", f"        add_header Content-Security-Policy \"script-src 'self' 'sha256-{b64(r.bytes(32))}'\";", "    }", "}"]
    return "conf", "\n".join(out) + "\n"


def b_jasypt(r, ctx):
    out = [f"spring.application.name={ctx.app}", f"spring.datasource.url=jdbc:postgresql://db.{ctx.internal}:5432/{ctx.pkg}", f"spring.datasource.username={ctx.pkg}", f"spring.datasource.password=ENC({b64(r.bytes(r.randint(24, 48)))})", f"app.api.secret=ENC({b64(r.bytes(32))})", "jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}", "jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256"]
    return "properties", "\n".join(out) + "\n"


def b_log_redacted(r, ctx):
    out = []
    for i in range(r.randint(8, 16)):
        ts = log_ts(r, ctx, i)
        out.append(r.choice([
            f"{ts} INFO  [http] GET /api/v1/orders 200 {r.randint(2, 300)}ms request_id={r.uuid()} traceparent=00-{r.s(HEX, 32)}-{r.s(HEX, 16)}-01",
            f"{ts} DEBUG [auth] verified token sub={r.uuid()} kid={r.tok(ALNUM, 16)} token=eyJ***redacted***",
            f"{ts} DEBUG [http] headers={{'Authorization': 'Bearer [REDACTED]', 'X-Request-Id': '{r.uuid()}'}}",
            f"{ts} INFO  [deploy] image={ctx.org}/{ctx.app}@sha256:{r.s(HEX, 64)} commit={r.s(HEX, 40)}",
            f"{ts} WARN  [config] GITHUB_TOKEN=ghp_************************************ (masked)",
            f"{ts} INFO  [db] connected to postgres://{ctx.pkg}:****@db.{ctx.internal}:5432/{ctx.pkg}",
            f"{ts} INFO  [cache] etag=\"{r.s(HEX, 32)}\" key=user:{r.randint(1000, 99999)}",
            f"{ts} ERROR [login] invalid password for user={r.choice(PEOPLE)}@{ctx.domain} attempts={r.randint(1, 5)}",
        ]))
    return "log", "\n".join(out) + "\n"


def b_npmrc_env(r, ctx):
    out = ["registry=https://registry.npmjs.org/", f"@{ctx.org}:registry=https://npm.pkg.github.com/", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}", "always-auth=true"]
    return "npmrc", "\n".join(out) + "\n"


def b_pypirc_keyring(r, ctx):
    out = ["[distutils]", "index-servers =", "    pypi", "    testpypi", "", "[pypi]", "username = __token__", "# password: stored with `keyring set https://upload.pypi.org/legacy/ __token__`", "", "[testpypi]", "repository = https://test.pypi.org/legacy/", "username = __token__", "password = <your-testpypi-token>"]
    return "pypirc", "\n".join(out) + "\n"


def b_uuid_fixtures(r, ctx):
    rows = [{"id": r.uuid(), "order_ref": r.s(HEX, 24), "customer_id": r.uuid(), "amount_cents": r.randint(100, 99999), "checksum": r.s(HEX, 64), "created_at": f"{ctx.date}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"} for _ in range(r.randint(3, 8))]
    return "json", json.dumps(rows, indent=2) + "\n"


def b_html_sri(r, ctx):
    out = ["<!doctype html>", "<html lang=\"en\">", "<head>", f"  <title>{ctx.app}</title>", f'  <meta name="csrf-param" content="authenticity_token">', f'  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-{b64(r.bytes(48))}" crossorigin="anonymous">', f'  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.13.5/dist/cdn.min.js" integrity="sha384-{b64(r.bytes(48))}" crossorigin="anonymous" defer></script>', f'  <script nonce="{b64(r.bytes(16))}">window.__CONFIG__ = {{ stripeKey: "pk_live_{r.tok(ALNUM, 24)}", sentryRelease: "{r.s(HEX, 40)}" }};</script>', "</head>", "<body>", f'  <img alt="logo" src="data:image/png;base64,{b64(fake_png(r, r.randint(100, 400)))}">', "</body>", "</html>"]
    return "html", "\n".join(out) + "\n"


def b_tf_refs(r, ctx):
    out = ['resource "random_password" "db" {', "  length  = 32", "  special = true", "}", "", 'resource "aws_secretsmanager_secret" "db" {', f'  name       = "{ctx.env}/{ctx.app}/db"', '  kms_key_id = "arn:aws:kms:' + ctx.region + ':' + r.digits(12) + ':key/' + r.uuid() + '"', "}", "", 'resource "aws_secretsmanager_secret_version" "db" {', "  secret_id     = aws_secretsmanager_secret.db.id", "  secret_string = random_password.db.result", "}", "", 'variable "github_token" {', "  type      = string", "  sensitive = true", "}", "", 'resource "aws_db_instance" "main" {', f'  identifier          = "{ctx.app}"', '  engine              = "postgres"', '  username            = "app"', "  password            = random_password.db.result", "  storage_encrypted   = true", "}"]
    return "tf", "\n".join(out) + "\n"


def b_gitlab_ci(r, ctx):
    out = ["stages: [build, deploy]", "", "variables:", f"  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA", "  DOCKER_TLS_CERTDIR: \"/certs\"", "", "build:", "  stage: build", "  image: docker:24", "  script:", '    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"', "    - docker build -t $IMAGE .", "    - docker push $IMAGE", "", "deploy:", "  stage: deploy", "  script:", '    - curl --header "PRIVATE-TOKEN: $DEPLOY_TOKEN" "https://gitlab.com/api/v4/projects/$CI_PROJECT_ID/deployments"', '    - curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file dist.tgz "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/app/1.0/dist.tgz"', "  only: [main]"]
    return "yml", "\n".join(out) + "\n"


def b_configmap_ca(r, ctx):
    cert = g_cert(r)
    out = ["apiVersion: v1", "kind: ConfigMap", "metadata:", f"  name: {ctx.app}-trust-bundle", f"  namespace: {ctx.ns}", "data:", "  ca.crt: |", "    " + cert.replace("\n", "\n    "), f"  ca.sha256: {r.s(HEX, 64)}", "binaryData:", f"  truststore.jks: {b64(r.bytes(r.randint(200, 400)))}"]
    return "yaml", "\n".join(out) + "\n"


def b_env_example(r, ctx):
    out = ["# Copy to .env and fill in real values. Never commit .env.", ""]
    for k in r.sample(KINDS, r.randint(6, 10)):
        name = r.choice(k.names) if k.names else "AWS_SECRET_ACCESS_KEY"
        v = r.choice(GENERIC_PLACEHOLDERS + ([k.prefix + "x" * 20, k.prefix + "..."] if k.prefix else []))
        out.append(f"{name}={v}")
    out += [f"APP_ENV=development", "PORT=3000"]
    return "env", "\n".join(out) + "\n"


def b_http_vars(r, ctx):
    out = ["@baseUrl = https://api." + ctx.domain, "@token = {{$dotenv API_TOKEN}}", "", "### me", "GET {{baseUrl}}/v1/me", "Authorization: Bearer {{token}}", "", "### basic", "GET {{baseUrl}}/v1/health", "Authorization: Basic {{username}}:{{password}}", "", "### create", "POST {{baseUrl}}/v1/items", "Content-Type: application/json", "X-Api-Key: {{apiKey}}", "", '{"name": "widget", "sku": "' + r.s(HEXU, 12) + '"}', ""]
    return "http", "\n".join(out)


BENIGN_KINDS = [
    # kind, generator, count
    *[(f"{c}-config-lookalikes", benign_config(c), 6) for c in ALL_CONTAINERS],
    ("http-requests-lookalikes", benign_config("http"), 4),
    ("npm-lockfile", b_npm_lock, 10),
    ("yarn-lockfile", b_yarn_lock, 7),
    ("go-sum", b_go_sum, 7),
    ("cargo-lockfile", b_cargo_lock, 7),
    ("pip-requirements-hashes", b_requirements, 7),
    ("terraform-lockfile", b_tf_lock, 7),
    ("sha256sums", b_sha256sums, 7),
    ("changelog-commit-shas", b_changelog, 9),
    ("gha-pinned-actions", b_gha_pinned, 10),
    ("certificate-chain", b_cert_chain, 10),
    ("public-key", b_public_key, 10),
    ("jwks", b_jwks, 8),
    ("ssh-public-keys", b_ssh_public, 9),
    ("pgp-public-key", b_pgp_public, 6),
    ("css-data-uri", b_css_data_uri, 9),
    ("minified-js", b_minified_js, 10),
    ("source-map", b_source_map, 5),
    ("notebook-outputs", b_notebook, 9),
    ("k8s-secret-placeholders", b_k8s_secret_placeholders, 12),
    ("docker-config-credhelpers", b_docker_helpers, 8),
    ("sops-encrypted", b_sops, 8),
    ("ansible-vault", b_ansible_vault, 8),
    ("test-vectors", b_test_vectors, 12),
    ("docs-token-formats", b_docs_tokens, 10),
    ("stripe-publishable-and-test", b_stripe_frontend, 8),
    ("firebase-web-config", b_firebase_web, 6),
    ("maps-javascript-html", b_maps_html, 6),
    ("supabase-anon-key", b_supabase_anon, 6),
    ("openapi-spec", b_openapi, 6),
    ("nginx-conf", b_nginx, 6),
    ("jasypt-encrypted-properties", b_jasypt, 6),
    ("app-log-redacted", b_log_redacted, 12),
    ("npmrc-env-refs", b_npmrc_env, 5),
    ("pypirc-keyring", b_pypirc_keyring, 4),
    ("uuid-fixtures", b_uuid_fixtures, 8),
    ("html-sri-integrity", b_html_sri, 8),
    ("terraform-secret-refs", b_tf_refs, 7),
    ("gitlab-ci-variables", b_gitlab_ci, 6),
    ("configmap-ca-bundle", b_configmap_ca, 6),
    ("env-example", b_env_example, 10),
    ("http-client-variables", b_http_vars, 5),
]


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------


def finalize(text: str):
    """Strip the markers; return the text and the (start, end) of each secret."""
    if not text.isascii():
        raise ValueError("corpus files are ASCII")
    out, spans, pos = [], [], 0
    i = 0
    while True:
        j = text.find(OPEN, i)
        if j < 0:
            out.append(text[i:])
            break
        k = text.find(CLOSE, j)
        if k < 0 or OPEN in text[j + 1 : k]:
            raise ValueError("unbalanced secret marker")
        out.append(text[i:j])
        pos = sum(map(len, out))
        out.append(text[j + 1 : k])
        spans.append((pos, pos + (k - j - 1)))
        i = k + 1
    clean = "".join(out)
    if CLOSE in clean or OPEN in clean:
        raise ValueError("stray secret marker")
    return clean, spans


def file_name(n: int, kind: str, ext: str) -> str:
    return f"{n:03d}-{kind}.{ext}"


def positive_jobs(seed: int):
    """(kind, provider, format, builder) for every positive file, in a fixed order."""
    jobs = []
    for k in KINDS + FILE_KINDS:
        conts = list(k.containers or ALL_CONTAINERS)
        if k.containers is None and k.style.header:
            conts.append("http")
        order = Rng(seed, "order", k.kind)
        order.shuffle(conts)
        for i in range(k.n):
            cont = conts[i % len(conts)]

            def build(k=k, i=i, cont=cont):
                r = Rng(seed, "positive", k.kind, i)
                ctx = Ctx(r)
                g = k.gen(r)
                if isinstance(g, list):
                    group = [(words_of(n), v if isinstance(v, Secret) else Secret(v)) for n, v in g]
                else:
                    group = [(words_of(r.choice(k.names)), g if isinstance(g, Secret) else Secret(g))]
                items = place(r, noise_items(r, ctx, r.randint(4, 11)), group)
                ext, text = CONTAINERS[cont](r, ctx, items, k.style)
                return ext, text, None

            jobs.append((k.kind, k.provider, cont, build))
    for kind, provider, gen, what, variants, n in PEM_KINDS:
        for i in range(n):
            variant = variants[i % len(variants)]

            def build(kind=kind, gen=gen, what=what, variant=variant, i=i):
                r = Rng(seed, "positive", kind, i)
                ctx = Ctx(r)
                ext, text = render_pem(r, ctx, gen(r), variant, what)
                return ext, text, None

            jobs.append((kind, provider, "pem-" + variant, build))
    for kind, provider, renderer, variants, n, enc in SPECIAL_KINDS:
        for i in range(n):
            variant = variants[i % len(variants)]

            def build(kind=kind, renderer=renderer, variant=variant, i=i, enc=enc):
                r = Rng(seed, "positive", kind, i)
                ctx = Ctx(r)
                ext, text = renderer(r, ctx, variant)
                return ext, text, SPECIAL_ENCODING_BY_VARIANT.get((kind, variant), enc)

            jobs.append((kind, provider, variant, build))
    return jobs


def benign_jobs(seed: int):
    jobs = []
    for kind, gen, n in BENIGN_KINDS:
        for i in range(n):

            def build(kind=kind, gen=gen, i=i):
                r = Rng(seed, "benign", kind, i)
                return gen(r, Ctx(r))

            jobs.append((kind, build))
    return jobs


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def generate(out: Path, seed: int) -> dict:
    for sub in ("positive", "benign"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)
    files = []
    for n, (kind, provider, fmt, build) in enumerate(positive_jobs(seed), 1):
        ext, text, enc = build()
        clean, spans = finalize(text)
        if not spans:
            raise ValueError(f"positive {kind} #{n} has no secret")
        rel = f"positive/{file_name(n, kind, ext)}"
        (out / rel).write_bytes(clean.encode())
        secrets = []
        for a, b in spans:
            s = {"offset": a, "length": b - a, "sha256": sha256_hex(clean[a:b].encode())}
            if enc:
                s["encoding"] = enc
            secrets.append(s)
        files.append({
            "path": rel,
            "label": "positive",
            "provider": provider,
            "kind": kind,
            "format": fmt,
            "line": line_of(clean, spans[0][0]),
            "end_line": line_of(clean, spans[-1][1] - 1),
            "secrets": secrets,
        })
    for n, (kind, build) in enumerate(benign_jobs(seed), 1):
        ext, text = build()
        clean, spans = finalize(text)
        if spans:
            raise ValueError(f"benign {kind} #{n} has a marked secret")
        rel = f"benign/{file_name(n, kind, ext)}"
        (out / rel).write_bytes(clean.encode())
        files.append({"path": rel, "label": "benign", "kind": kind})
    manifest = {
        "generator": "corpus/generate.py",
        "seed": seed,
        "positives": sum(f["label"] == "positive" for f in files),
        "benign": sum(f["label"] == "benign" for f in files),
        "kinds": len({f["kind"] for f in files if f["label"] == "positive"}),
        "files": files,
    }
    body = ",\n".join("  " + json.dumps(f, separators=(", ", ": ")) for f in files)
    head = {k: v for k, v in manifest.items() if k != "files"}
    text = "{\n" + "".join(f'  "{k}": {json.dumps(v)},\n' for k, v in head.items()) + '  "files": [\n' + body.replace("\n  ", "\n    ").replace("  {", "    {", 1) + "\n  ]\n}\n"
    json.loads(text)
    (out / "manifest.json").write_text(text)
    return manifest


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "generated", help="output directory (default: corpus/generated)")
    ap.add_argument("--seed", type=int, default=1, help="PRNG seed (default 1)")
    args = ap.parse_args(argv)
    m = generate(args.out, args.seed)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"wrote {m['positives']} positive files ({m['kinds']} kinds) and {m['benign']} benign files to {args.out} ({size / 1e6:.2f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
