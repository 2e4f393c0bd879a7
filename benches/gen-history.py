#!/usr/bin/env python3
"""Writes a reproducible synthetic git history as a `git fast-import` stream.

Used by benches/hook-latency.sh when no real repository is available:

    git init --bare synth.git
    python3 benches/gen-history.py | git -C synth.git fast-import --quiet

The history looks like a small, long-lived code base: a few hundred text
files (C-like sources, Markdown, config), a main line of commits that each
make a small edit (change, insert or delete a few lines) to one or two
files, and every MERGE_EVERY commits a short topic branch merged back with a
merge commit. Lightweight tags and branch refs are spread over the history
so the repository has REFS refs in total.

Everything is derived from a fixed seed and fixed timestamps, so the same
script always produces the same commit ids. Only the standard library is
used.
"""

import argparse
import random
import sys

FILES = 300
MERGE_EVERY = 40
TOPIC_LEN = 3
EPOCH = 1_500_000_000  # 2017-07-14, then one commit every 10 minutes

WORDS = (
    "buf len ret err ctx node list item key value count index offset size "
    "flags mode state next prev head tail data name path line start end "
    "result status opts config entry table hash cache lock queue"
).split()
TYPES = ["int", "size_t", "const char *", "struct entry *", "unsigned", "void *", "bool"]
FUNCS = ["parse", "lookup", "insert", "remove", "flush", "read", "write", "update", "reset", "check"]
AUTHORS = [
    ("Alice Example", "alice@example.com"),
    ("Bob Builder", "bob@example.org"),
    ("Carol Coder", "carol@example.net"),
    ("Dan Dev", "dan@example.com"),
    ("Erin Engineer", "erin@example.org"),
]


def code_line(rng):
    k = rng.randrange(8)
    a, b = rng.choice(WORDS), rng.choice(WORDS)
    if k == 0:
        return f"\t{rng.choice(TYPES)} {a}_{b} = {rng.randrange(1000)};"
    if k == 1:
        return f"\tif ({a} < {b})"
    if k == 2:
        return f"\t\t{a} = {rng.choice(FUNCS)}_{b}({a}, {rng.randrange(64)});"
    if k == 3:
        return f"\t/* {a} {b}: {' '.join(rng.choice(WORDS) for _ in range(rng.randrange(2, 8)))} */"
    if k == 4:
        return f"\treturn {a};"
    if k == 5:
        return f"static {rng.choice(TYPES)} {rng.choice(FUNCS)}_{a}(struct {b} *{a})"
    if k == 6:
        return f"\tfor ({a} = 0; {a} < {b}; {a}++)"
    return ""


def doc_line(rng):
    n = rng.randrange(4, 14)
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def conf_line(rng):
    return f"{rng.choice(WORDS)}.{rng.choice(WORDS)} = {rng.randrange(10000)}"


def make_files(rng):
    files = {}
    for i in range(FILES):
        kind = i % 10
        if kind < 7:
            path, gen = f"src/{rng.choice(WORDS)}/{rng.choice(FUNCS)}_{i:03}.c", code_line
        elif kind < 9:
            path, gen = f"Documentation/{rng.choice(WORDS)}_{i:03}.md", doc_line
        else:
            path, gen = f"etc/{rng.choice(WORDS)}_{i:03}.conf", conf_line
        files[path] = (gen, [gen(rng) for _ in range(rng.randrange(30, 90))])
    return files


def edit(rng, lines, gen):
    """A small realistic edit: change, insert or delete 1-4 lines."""
    n = rng.randrange(1, 5)
    at = rng.randrange(len(lines) + 1)
    op = rng.randrange(3)
    if len(lines) > 150:
        op = 2  # keep files from growing without bound
    elif len(lines) < 20:
        op = 1
    if op == 0 and at < len(lines):
        for j in range(at, min(at + n, len(lines))):
            lines[j] = gen(rng)
    elif op == 1:
        lines[at:at] = [gen(rng) for _ in range(n)]
    else:
        del lines[at : at + n]


class Stream:
    def __init__(self, out):
        self.out = out
        self.mark = 0
        self.time = EPOCH

    def w(self, s):
        self.out.write(s.encode() if isinstance(s, str) else s)

    def data(self, payload):
        b = payload.encode()
        self.w(f"data {len(b)}\n")
        self.w(b)
        self.w("\n")

    def commit(self, ref, rng, message, changes, parent=None, merge=None):
        """changes: list of (path, text). Returns the commit's mark."""
        self.mark += 1
        self.time += 600
        name, email = rng.choice(AUTHORS)
        self.w(f"commit {ref}\nmark :{self.mark}\n")
        self.w(f"author {name} <{email}> {self.time} +0000\n")
        self.w(f"committer {name} <{email}> {self.time} +0000\n")
        self.data(message)
        if parent is not None:
            self.w(f"from :{parent}\n")
        if merge is not None:
            self.w(f"merge :{merge}\n")
        for path, text in changes:
            self.w(f"M 100644 inline {path}\n")
            self.data(text)
        self.w("\n")
        return self.mark


def content(lines):
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--commits", type=int, default=60_000, help="total commits (default 60000)")
    ap.add_argument("--refs", type=int, default=1_000, help="total refs (default 1000)")
    ap.add_argument("--seed", type=int, default=20240601)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    files = make_files(rng)
    paths = sorted(files)
    out = Stream(sys.stdout.buffer)
    out.w("feature done\n")

    main_ref = "refs/heads/main"
    tip = out.commit(
        main_ref, rng, "Initial import\n",
        [(p, content(files[p][1])) for p in paths],
    )
    commits = [tip]  # marks of main-line commits, for refs
    made = 1
    while made < args.commits:
        if made % MERGE_EVERY == 0 and made + TOPIC_LEN + 1 <= args.commits:
            # A short topic branch off the current tip, edits disjoint from
            # the main line's next commit, then a merge commit.
            topic_ref = "refs/heads/topic-work"
            topic_files = rng.sample(paths, TOPIC_LEN)
            t = tip
            for j, p in enumerate(topic_files):
                gen, lines = files[p]
                edit(rng, lines, gen)
                t = out.commit(topic_ref, rng, f"{p.rsplit('/', 1)[-1]}: topic step {j + 1}\n",
                               [(p, content(lines))], parent=t)
                made += 1
            tip = out.commit(
                main_ref, rng, f"Merge branch 'topic-{made}'\n",
                [(p, content(files[p][1])) for p in topic_files],
                parent=tip, merge=t,
            )
            made += 1
            commits.append(tip)
            continue
        touched = rng.sample(paths, rng.choice((1, 1, 1, 2)))
        for p in touched:
            gen, lines = files[p]
            edit(rng, lines, gen)
        subject = f"{touched[0].rsplit('/', 1)[-1]}: {rng.choice(FUNCS)} {rng.choice(WORDS)} {rng.choice(WORDS)}"
        body = f"{doc_line(rng)}\n{doc_line(rng)}\n\nSigned-off-by: {rng.choice(AUTHORS)[0]}\n"
        tip = out.commit(main_ref, rng, f"{subject}\n\n{body}",
                         [(p, content(files[p][1])) for p in touched], parent=tip)
        made += 1
        commits.append(tip)

    # Refs: main plus (refs - 1) tags and branches spread over the main line.
    extra = max(args.refs - 1, 0)
    branches = extra // 5
    tags = extra - branches
    for i in range(tags):
        m = commits[(i + 1) * (len(commits) - 1) // (tags + 1)]
        out.w(f"reset refs/tags/v{i // 100}.{i % 100}.0\nfrom :{m}\n\n")
    for i in range(branches):
        m = commits[rng.randrange(len(commits))]
        out.w(f"reset refs/heads/feature/{rng.choice(WORDS)}-{i:04}\nfrom :{m}\n\n")
    # The topic ref is a scratch ref; drop it (0{40} deletes in fast-import).
    out.w("reset refs/heads/topic-work\nfrom 0000000000000000000000000000000000000000\n\n")
    out.w("done\n")


if __name__ == "__main__":
    main()
