#!/bin/bash
# layers.sh - the layer rules (Makefile INC_<folder>, ARCHITECTURE.md)
# hold for the tree and its objects (scripts/check-layers.py), and the
# checker itself finds each kind of breach, on a small tree made here:
# an include across layers, a library header out of its folder, an
# include cycle; the same tree without them is clean.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-layers.XXXXXX")
trap 'rm -rf "$work"' EXIT
py=/usr/bin/python3
[ -x $py ] || py=python3
rc=0

make -s --no-print-directory print-layers >"$work/rules" || exit 1
if ! $py scripts/check-layers.py "$work/rules" --objdir "build/obj${SANITIZE:+-san}"; then
	echo "FAIL: the tree breaks its layer rules (above)"
	rc=1
fi

# a tree of two layers: b may use a, a nothing
t=$work/t
mkdir -p "$t/a" "$t/b" "$t/db"
printf 'a: \nb: a\ndb: a\n' >"$t/rules"
printf '#include "a.h"\n' >"$t/a/a.c"
printf '/* a */\n' >"$t/a/a.h"
printf '#include "a.h"\n' >"$t/b/b.h"
printf '#include "b.h"\n' >"$t/b/b.c"
printf '#include <sqlite3.h>\n#include "a.h"\n' >"$t/db/db.c"
(cd "$t" && $py "$top/scripts/check-layers.py" rules --sparse none) >"$work/clean" 2>&1
crc=$?
if [ $crc != 0 ] || [ -s "$work/clean" ]; then
	echo "FAIL: a clean tree: exit $crc"
	cat "$work/clean"
	rc=1
fi

# its buggy twin
printf '#include <stdio.h>\n#include "b.h"\n' >"$t/a/x.c"
printf '#include <sqlite3.h>\n' >"$t/b/s.c"
printf '#include "q.h"\n' >"$t/a/p.h"
printf '#include "p.h"\n' >"$t/a/q.h"
(cd "$t" && $py "$top/scripts/check-layers.py" rules --sparse none) >"$work/out" 2>&1
brc=$?
cat >"$work/want" <<'EOF'
a/x.c:2: error: includes b/b.h: layer a may not use b
b/s.c:1: error: <sqlite3.h> belongs to db only
a/p.h: error: include cycle: a/p.h -> a/q.h -> a/p.h
EOF
if [ $brc != 1 ] || ! diff -u "$work/want" "$work/out"; then
	echo "FAIL: a tree with three breaches: exit $brc"
	rc=1
fi
exit $rc
