#!/usr/bin/env python3
"""corpus.py - compares a report with the judged findings of a real tree.

usage: corpus.py VERDICTS REPORT.json [--list-unjudged]

VERDICTS holds one judged finding a line, judged by reading the code:
    FINGERPRINT  TP|FP  KEY  EVIDENCE...
where KEY is "atomic-function>callee-at-the-atomic-site>sleep-source"
(see key()) and EVIDENCE is one line naming file:line.
A finding matches a verdict by its fingerprint, else by its key (the same
call site and sleep source reached by another chain).  The findings listed
under a finding's "same_call" (other sleeps of the same atomic call) keep
their verdicts, and a true one among them makes the finding true.  Prints how many
verdicts are kept, false positives gone, true positives lost (each one
listed: losing a true positive is a regression, exit 1) and findings not
yet judged.  Exit 0 when no true positive is lost, 1 otherwise, 2 on bad
input.
"""
import json
import re
import sys


def key(f):
    """atomic function > callee at the atomic site > sleep source: the
    same bug when another chain links them"""
    chain = f.get("chain", [])
    first = chain[0].get("calls", "?") if chain else "?"
    return "%s>%s>%s" % (f["atomic"]["function"], first, f["sleep"].get("calls", "?"))


def outer(f):
    """atomic function and sleep source"""
    return (f["atomic"]["function"], f["sleep"].get("calls", "?"))


def site(f):
    c = f["atomic"]["call"]
    return "%s:%d" % (c["file"], c["line"])


def load_verdicts(path):
    byfp, bykey = {}, {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split(None, 3)
            if len(parts) < 4 or parts[1] not in ("TP", "FP"):
                sys.stderr.write("%s:%d: error: want 'FINGERPRINT TP|FP KEY EVIDENCE'\n"
                                 % (path, n))
                sys.exit(2)
            v = {"fp": parts[0], "verdict": parts[1], "key": parts[2],
                 "why": parts[3], "line": n, "seen": False}
            byfp[v["fp"]] = v
            bykey.setdefault(v["key"], v)
    return byfp, bykey


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    byfp, bykey = load_verdicts(argv[1])
    try:
        with open(argv[2], encoding="utf-8") as fh:
            report = json.load(fh)
    except (OSError, ValueError) as e:
        sys.stderr.write("%s: error: %s\n" % (argv[2], e))
        return 2
    counts = {"TP": 0, "FP": 0}
    unjudged = []
    merged_into = {}
    grouped = 0
    for f in report.get("findings", []):
        if f.get("also"):
            merged_into.setdefault(outer(f), f)
        v = byfp.get(f.get("fingerprint")) or bykey.get(key(f))
        # the other sleeps of the same atomic call, shown under this
        # one (report/group.c): their verdicts are kept, and a real one
        # among them makes the warning a true one
        real = False
        for m in f.get("same_call", []):
            mv = byfp.get(m.get("fingerprint")) or bykey.get(key(m))
            if mv is not None:
                if not mv["seen"]:
                    grouped += 1
                mv["seen"] = True
                real = real or mv["verdict"] == "TP"
        if v is None:
            unjudged.append(f)
            continue
        v["seen"] = True
        counts["TP" if real else v["verdict"]] += 1
    # a judged finding merged into another one (same atomic section and
    # sleep, its site listed under "also") is kept
    merged = 0
    for v in byfp.values():
        k = v["key"].split(">")
        if not v["seen"] and (k[0], k[-1]) in merged_into:
            v["seen"] = True
            merged += 1
    # a judged finding whose bug is now reported under another fingerprint
    # (blame moved to the driver, a better chain, merged through a
    # callback): a later line for its fingerprint says "now NEWFP"
    fps = set(f.get("fingerprint") for f in report.get("findings", []))
    moved = 0
    for v in byfp.values():
        m = re.search(r"\bnow ([0-9a-f]{16}:[0-9]+)", v["why"])
        if not v["seen"] and m and m.group(1) in fps:
            v["seen"] = True
            moved += 1
    gone = [v for v in byfp.values() if not v["seen"] and v["verdict"] == "FP"]
    lost = [v for v in byfp.values() if not v["seen"] and v["verdict"] == "TP"]
    total = len(report.get("findings", []))
    print("corpus: %d findings: %d judged true, %d judged false, %d not judged"
          % (total, counts["TP"], counts["FP"], len(unjudged)))
    print("corpus: %d judged findings merged into another one (kept)" % merged)
    print("corpus: %d judged findings shown under another of the same call (kept)"
          % grouped)
    print("corpus: %d judged findings now reported as another one (moved)" % moved)
    print("corpus: %d false positives gone, %d true positives lost" % (len(gone), len(lost)))
    for v in sorted(lost, key=lambda v: v["line"]):
        print("corpus: LOST TRUE POSITIVE %s (%s:%d): %s %s"
              % (v["fp"], argv[1], v["line"], v["key"], v["why"]))
    if "--list-unjudged" in argv:
        for f in unjudged:
            print("%s %s %s %s" % (f["fingerprint"], site(f), key(f), f["message"]))
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
