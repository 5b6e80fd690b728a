#!/bin/bash
# scan.sh - `sleepcheck scan` over a compile_commands.json: gcc-only flags
# dropped, a file clang cannot parse reported with its first error and
# skipped while the others go on, a worker that crashes costing only its
# file, only changed files parsed again, PATH
# filters, progress only when asked for or on a terminal, and the same
# facts as the sparse front end for the same files.  Skips (77) without
# the libclang front end, unless SLEEPCHECK_REQUIRE_LIBCLANG=1.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
sc=$top/sleepcheck
if ! "$sc" --version | grep -q libclang; then
	[ "${SLEEPCHECK_REQUIRE_LIBCLANG:-0}" = 1 ] && { echo "built without libclang"; exit 1; }
	exit 77
fi
t=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-scan.XXXXXX")
trap 'rm -rf "$t"' EXIT
fail() { echo "scan.sh: $*"; exit 1; }

mkdir -p "$t/src"
cp "$top/testcases/atomic/spin-kmalloc.c" "$t/src/a.c"
cp "$top/testcases/atomic/spin-kmalloc-clean.c" "$t/src/c.c"
printf 'int broken(;\n' >"$t/src/b.c"
entry() {	# entry FILE: one compile command, as kbuild writes them
	printf '{"directory": "%s", "file": "src/%s", "arguments": ["gcc", "-Wp,-MMD,src/.%s.d", "-nostdinc", "-I%s/testcases/include", "-fconserve-stack", "-mindirect-branch=thunk-extern", "-fno-allow-store-data-races", "-DKBUILD_MODNAME=\\"x\\"", "-c", "-o", "src/%s.o", "src/%s"]}' \
		"$t" "$1" "$1" "$top" "$1" "$1"
}
{ echo "["; entry a.c; echo ","; entry b.c; echo ","; entry c.c; echo "]"; } >"$t/compile_commands.json"
cd "$t" || exit 2

# 1: b.c does not parse: one error line naming it, the others are scanned
"$sc" scan -p . --db=s.db >out 2>err
rc=$?
[ $rc = 2 ] || fail "exit $rc with a file that does not parse, expected 2"
grep -q "^src/b.c:1:12: error: " err || { cat err; fail "no error line for b.c"; }
[ "$(grep -c 'error' err)" = 1 ] || { cat err; fail "more than one error line"; }
grep -q "^sleepcheck: scanned 2 of 3 files (0 unchanged, 1 failed) in " err ||
	{ cat err; fail "summary"; }
cat >want <<'EOF'
src/a.c:11:13: warning: call to 'kmalloc' may sleep with spinlock held [-Wsleep-in-atomic]
src/a.c:10:9: note: atomic context begins here, at '_raw_spin_lock' in 'spin_kmalloc'
src/a.c:11:13: note: 'spin_kmalloc' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
EOF
diff -u want out || fail "report after the first scan"
[ "$(grep -c . err)" = 2 ] || { cat err; fail "without a terminal: only errors and the summary"; }

# 2: b.c fixed: only it is parsed again
echo 'int broken(void);' >src/b.c
"$sc" scan -p . --db=s.db >out 2>err
rc=$?
[ $rc = 1 ] || fail "exit $rc with a finding, expected 1"
grep -q "scanned 1 of 3 files (2 unchanged, 0 failed)" err || { cat err; fail "rescan"; }
diff -u want out || fail "report after the rescan"

# 3: nothing changed: nothing parsed; --force parses everything
"$sc" scan -p . --db=s.db >out 2>err
grep -q "scanned 0 of 3 files (3 unchanged, 0 failed)" err || { cat err; fail "unchanged"; }
"$sc" scan -p . --db=s.db --force >out 2>err
grep -q "scanned 3 of 3 files (0 unchanged, 0 failed)" err || { cat err; fail "--force"; }

# 4: a changed command line is a change too
sed -i 's/"-nostdinc", /"-nostdinc", "-DEXTRA", /' compile_commands.json
"$sc" scan -p . --db=s.db >out 2>err
grep -q "scanned 3 of 3 files (0 unchanged, 0 failed)" err || { cat err; fail "changed options"; }

# 4b: a worker that crashes on a file costs that file only, with -j1 too:
# one error line names it, its earlier facts stay, the rest is scanned
for j in 1 2; do
	SLEEPCHECK_TEST_CRASH_ON=src/a.c "$sc" scan -p . --db=s.db --force -j$j >out 2>err
	rc=$?
	[ $rc = 2 ] || { cat err; fail "-j$j: exit $rc after a crash, expected 2"; }
	grep -q "^sleepcheck: error: checking 'src/a.c' was killed by signal 9; its earlier facts are kept$" err ||
		{ cat err; fail "-j$j: no error line for the crash"; }
	grep -q "scanned 2 of 3 files (0 unchanged, 1 failed)" err || { cat err; fail "-j$j: crash summary"; }
	diff -u want out || fail "-j$j: the crashed file's earlier facts are gone"
done

# 5: PATH selects entries; --compile-commands names the file
"$sc" scan --compile-commands "$t/compile_commands.json" --db=p.db src/c.c >out 2>err
rc=$?
[ $rc = 0 ] || { cat err; fail "exit $rc for the clean file alone, expected 0"; }
grep -q "scanned 1 of 1 files" err || { cat err; fail "PATH filter"; }

# 6: the same facts as the sparse front end
"$sc" --no-local-report --db=sparse.db -I"$top/testcases/include" src/a.c src/b.c src/c.c ||
	fail "sparse front end"
"$sc" dump-facts --db=sparse.db >sparse.facts
"$sc" dump-facts --db=s.db >clang.facts
diff -u sparse.facts clang.facts || fail "the front ends' facts differ"

# 7: progress when asked for (a terminal asks by default)
"$sc" scan -p . --db=s.db --force --progress -j2 >out 2>err
grep -q "3/3 files, .* files/s, .* left" err || { cat -A err; fail "no progress line"; }

# 8: bad input: one line naming the file, status 2, the database kept
"$sc" scan -p nowhere --db=s.db >out 2>err
rc=$?
[ $rc = 2 ] && [ "$(grep -c . err)" = 1 ] && grep -q "^nowhere/compile_commands.json: error: " err ||
	{ cat err; fail "missing compilation database: exit $rc"; }
mkdir bad
echo '[{"directory": ' >bad/compile_commands.json
"$sc" scan -p bad --db=s.db >out 2>err
rc=$?
[ $rc = 2 ] && grep -q "^bad/compile_commands.json: error: " err ||
	{ cat err; fail "malformed compilation database: exit $rc"; }
"$sc" dump-facts --db=s.db | grep -q "src/a.c: func spin_kmalloc" || fail "facts lost"

# 9: clang-check and dump-facts: one error line, status 2
"$sc" clang-check --db=s.db src/nothere.c >out 2>err
rc=$?
[ $rc = 2 ] && [ "$(grep -c . err)" = 1 ] && grep -q "^src/nothere.c: error: cannot read" err ||
	{ cat err; fail "clang-check of a missing file: exit $rc"; }
"$sc" dump-facts --db=nothere.db >out 2>err
rc=$?
[ $rc = 2 ] && [ "$(grep -c . err)" = 1 ] || { cat err; fail "dump-facts of a missing database: exit $rc"; }
echo "scan: errors skipped per file, incremental by key, PATH filter, facts equal to sparse's"
