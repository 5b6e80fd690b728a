#!/usr/bin/env python3
"""check-layers.py - the layer rules of the source tree, checked.

The Makefile owns the rules (INC_<folder>: the folders a folder's files
may include from; `make -s print-layers` prints them) and the compiler
enforces most of them, since only those folders are on a file's include
path.  This script checks what the compiler cannot, and says it in one
line per breach (file:line: error: ...):

  1. every quoted #include resolves in the file's own folder or in one
     its rules allow (the compiler's check, repeated here so that headers
     no .c file includes are checked too);
  2. a library's headers only where they belong: sqlite3.h in db/,
     clang-c/ in the clang front end and the scan command, sparse's in the
     sparse front end (the build makes each an error elsewhere too);
  3. no include cycle among the tree's headers;
  4. with --objdir, the objects' symbols: a file that uses a symbol
     another layer defines must be allowed to include that layer (an
     extern declaration written by hand does not get past), and no two
     files depend on each other (a cycle of files) beyond the ones listed
     in KNOWN_CYCLES below, each with why it is still there.

usage: check-layers.py RULES [--objdir DIR] [--sparse DIR]
  RULES: the output of `make -s print-layers` ("WHO: FOLDER...")
Exit status: 0 clean, 1 breaches, 2 error.
"""
import os
import re
import subprocess
import sys

# library headers and who may include them (a folder, or one file)
LIBRARY_HEADERS = [
    (re.compile(r"^sqlite3\.h$"), ["db"]),
    (re.compile(r"^clang-c/"), ["checker/frontend/clang", "checker/cmd/clang_scan.c"]),
]
SPARSE_OWNER = ["checker/frontend/sparse"]

# cycles of files that use each other's symbols, each a set of paths
# (without .c) and the reason it is not broken yet
KNOWN_CYCLES = [
    ({"checker/facts/facts", "checker/facts/strpool"},
     "strpool.c allocates with facts.c's sc_malloc()/sc_calloc(), and facts.c "
     "keeps a loaded file's strings in the pool (the allocation wrappers "
     "belong in a file of their own)"),
    ({"checker/frontend/sparse/sparse_ir", "checker/frontend/sparse/sparse_fields",
      "checker/frontend/sparse/sparse_globals"},
     "the lowering asks sparse_fields.c for a call's field values, which asks "
     "sparse_globals.c for objects kept in global pointers; both ask "
     "sparse_ir.c for gfp classes (issue 14 item 1, being reworked)"),
    ({"checker/frontend/clang/clang_ir", "checker/frontend/clang/clang_fields",
      "checker/frontend/clang/clang_globals", "checker/frontend/clang/clang_zeroedge",
      "checker/frontend/clang/clang_refs", "checker/frontend/clang/clang_objints"},
     "the same in the clang front end; clang_globals.c also appends with "
     "clang_fields.c's list helper, clang_zeroedge.c reads values with "
     "clang_fields.c's and clang_ir.c's walks for clang_ir.c's branches, "
     "clang_refs.c its dominance for clang_fields.c's puts, clang_objints.c "
     "clang_ir.c's events for the member atoms and entries both ask it for "
     "(issue 14 item 1)"),
    ({"checker/solve/solver", "checker/solve/callgraph", "checker/solve/summary",
      "checker/solve/blame", "checker/solve/rtwait", "checker/solve/served"},
     "solver.c runs the rt view (rtwait.c) that calls solve(); summary.c holds "
     "the call graph's rule lookups (cg_contract(), summary_vias()) and its "
     "command calls solve_summaries(); served.c finds functions and fields' "
     "entry rules with callgraph.c's cg_find() and summary.c's "
     "cg_entry_field() for solver.c; solver.c and callgraph.c are being "
     "reworked elsewhere"),
]

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def fail(msg):
    print(msg)
    return 1


def read_rules(path):
    rules = {}
    with open(path) as f:
        for line in f:
            if ":" not in line:
                continue
            who, deps = line.split(":", 1)
            rules[who.strip()] = deps.split()
    return rules


def layer_of(path, layers):
    """the longest layer folder holding @path"""
    best = None
    for l in layers:
        if path.startswith(l + "/") and (best is None or len(l) > len(best)):
            best = l
    return best


def allowed(path, layer, rules):
    return [layer] + rules.get(layer, []) + rules.get(path, [])


def may_use_library(path, layer, owners):
    return layer in owners or path in owners


def main(argv):
    if len(argv) < 2:
        print(__doc__.split("\n\n")[-2], file=sys.stderr)
        return 2
    rules = read_rules(argv[1])
    objdir = None
    sparse = "build/sparse"
    i = 2
    while i < len(argv):
        if argv[i] == "--objdir" and i + 1 < len(argv):
            objdir = argv[i + 1]
            i += 2
        elif argv[i] == "--sparse" and i + 1 < len(argv):
            sparse = argv[i + 1]
            i += 2
        else:
            print("check-layers: error: unknown option '%s'" % argv[i], file=sys.stderr)
            return 2
    layers = [l for l in rules if os.path.isdir(l)]
    if not layers:
        print("check-layers: error: no layer folders in the rules", file=sys.stderr)
        return 2
    sparse_hdrs = set(os.listdir(sparse)) if os.path.isdir(sparse) else set()

    files = []
    for l in layers:
        for name in sorted(os.listdir(l)):
            if name.endswith((".c", ".h")):
                files.append(os.path.join(l, name))
    # header name -> path (names are unique across the tree)
    headers = {}
    bad = 0
    for f in files:
        if f.endswith(".h"):
            name = os.path.basename(f)
            if name in headers:
                bad |= fail("%s: error: header name also used by %s" % (f, headers[name]))
            headers[name] = f

    graph = {}
    for f in files:
        layer = layer_of(f, layers)
        ok = allowed(f, layer, rules)
        graph[f] = []
        with open(f, errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                kind, name = m.groups()
                for pat, owners in LIBRARY_HEADERS:
                    if pat.search(name) and not may_use_library(f, layer, owners):
                        bad |= fail("%s:%d: error: <%s> belongs to %s only"
                                    % (f, n, name, ", ".join(owners)))
                if kind == "<":
                    continue
                target = headers.get(os.path.basename(name))
                if target is None or "/" in name:
                    if name in sparse_hdrs:
                        if not may_use_library(f, layer, SPARSE_OWNER):
                            bad |= fail("%s:%d: error: sparse's \"%s\" belongs to %s only"
                                        % (f, n, name, SPARSE_OWNER[0]))
                    else:
                        bad |= fail("%s:%d: error: \"%s\" is no header of the tree "
                                    "(write the bare name; the folder is on the "
                                    "include path)" % (f, n, name))
                    continue
                tl = layer_of(target, layers)
                if tl not in ok:
                    bad |= fail("%s:%d: error: includes %s: layer %s may not use %s"
                                % (f, n, target, layer, tl))
                graph[f].append(target)

    # include cycles among headers
    for cyc in cycles({h: [t for t in graph[h] if t.endswith(".h")]
                       for h in graph if h.endswith(".h")}):
        bad |= fail("%s: error: include cycle: %s" % (cyc[0], " -> ".join(cyc + [cyc[0]])))

    if objdir:
        bad |= check_objects(objdir, files, layers, rules)
    return bad


def cycles(g):
    """strongly connected components of more than one node (Tarjan)"""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in g.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in g.get(v, []):
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def check_objects(objdir, files, layers, rules):
    defs, uses = {}, {}
    for f in files:
        if not f.endswith(".c"):
            continue
        obj = os.path.join(objdir, f[:-2] + ".o")
        if not os.path.exists(obj):
            continue	# not built here (libclang missing)
        out = subprocess.run(["nm", obj], capture_output=True, text=True, check=True).stdout
        src = f[:-2]
        uses[src] = set()
        for line in out.splitlines():
            p = line.split()
            if len(p) == 3 and p[1] in "TDBRCV":
                defs.setdefault(p[2], src)
            elif len(p) == 2 and p[0] == "U":
                uses[src].add(p[1])
    if not uses:
        print("check-layers: error: no objects in '%s'" % objdir, file=sys.stderr)
        return 2
    bad = 0
    g = {}
    for src, syms in sorted(uses.items()):
        layer = layer_of(src, layers)
        ok = allowed(src + ".c", layer, rules)
        g[src] = set()
        for s in sorted(syms):
            owner = defs.get(s)
            if owner is None or owner == src:
                continue
            g[src].add(owner)
            ol = layer_of(owner, layers)
            if ol not in ok:
                bad |= fail("%s.c: error: uses %s() of %s.c: layer %s may not use %s"
                            % (src, s, owner, layer, ol))
    for comp in cycles({k: sorted(v) for k, v in g.items()}):
        known = [why for members, why in KNOWN_CYCLES if set(comp) <= members]
        if not known:
            bad |= fail("%s.c: error: files use each other's functions: %s"
                        % (comp[0], ", ".join(c + ".c" for c in comp)))
    return bad


if __name__ == "__main__":
    sys.exit(main(sys.argv))
