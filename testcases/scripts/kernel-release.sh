#!/bin/bash
# kernel-release.sh - the rules guarded by `version` (kdoc-6.1.rules,
# kdoc-6.12.rules) are those of the kernel the database's files were
# checked against, wherever the report runs: a check records the release
# of the tree kbuild runs it in with each file (db.c release table), and
# report/explain apply it ($SLEEPCHECK_KERNEL_VERSION still wins).
# testcases/kdoc/atomic-ok.c breaks free_percpu()'s kernel-doc contract
# (6.1 and 6.12); checked in a Linux 5.10 tree (no kdoc rules) it is
# clean, the twin.  Also: the warning when the tree here is another
# kernel, or the files were checked against several; a database of an
# older sleepcheck (no release recorded) takes the tree here, as before;
# `summary` names the recorded release; `scan` records the release of the
# tree each compile command runs in; merge carries it with its file.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
sc=$top/sleepcheck
command -v sqlite3 >/dev/null || { echo "no sqlite3 command"; exit 77; }
t=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-release.XXXXXX")
trap 'rm -rf "$t"' EXIT
fail() { echo "kernel-release.sh: $*"; exit 1; }
export SLEEPCHECK_RULES=$top/rules
unset SLEEPCHECK_DB SLEEPCHECK_KERNEL_VERSION SLEEPCHECK_SUMMARY

# two kernel trees as kbuild sees them (the Makefile's version lines),
# and a directory that is no tree
tree() {	# tree DIR VERSION PATCHLEVEL
	mkdir -p "$1"
	printf 'VERSION = %s\nPATCHLEVEL = %s\nSUBLEVEL = 0\n' "$2" "$3" >"$1/Makefile"
	cp "$top/testcases/kdoc/atomic-ok.c" "$1/"
}
tree "$t/k61" 6 1
tree "$t/k510" 5 10
mkdir -p "$t/elsewhere"
check() {	# check TREE DB [FILE]: the CHECK= mode, run in TREE
	(cd "$1" && "$sc" --db="$2" --no-local-report -I"$top/testcases/include" \
		"${3:-atomic-ok.c}") || fail "check in $1 exit $?"
}
report() {	# report DIR DB: stdout and stderr into $t/out, $t/err; the status
	(cd "$1" && "$sc" report --db="$2" >"$t/out" 2>"$t/err")
}
want_finding() {	# want_finding WHAT
	cat >"$t/want" <<'EOF'
atomic-ok.c:13:9: warning: 'free_percpu' may sleep, but it is documented as callable in interrupt context [-Wcontract]
rules/kdoc-6.1.rules:1081:1: note: contract 'free_percpu', documented at mm/percpu.c:2265
atomic-ok.c:13:9: note: 'free_percpu' calls 'mutex_lock', which may sleep
EOF
	diff -u "$t/want" "$t/out" || fail "$1: not the contract finding"
}

# checked in the 6.1 tree, reported outside it: 6.1's contract
check "$t/k61" "$t/61.db"
[ "$(sqlite3 "$t/61.db" 'SELECT path, kernel FROM release')" = "atomic-ok.c|6.1" ] ||
	fail "release recorded: $(sqlite3 "$t/61.db" 'SELECT * FROM release')"
report "$t/elsewhere" "$t/61.db"
rc=$?; [ $rc = 1 ] || fail "6.1 database reported elsewhere: exit $rc, want 1"
want_finding "6.1 database reported elsewhere"
[ ! -s "$t/err" ] || fail "6.1 database reported elsewhere: $(cat "$t/err")"
# explain applies the same rules
(cd "$t/elsewhere" && "$sc" explain free_percpu --db="$t/61.db") >"$t/explain" 2>&1
grep -q "kdoc-6.1.rules" "$t/explain" || fail "explain elsewhere: $(cat "$t/explain")"

# the twin: checked in the 5.10 tree, clean even where the tree is 6.1,
# with one warning saying whose rules apply
check "$t/k510" "$t/510.db"
report "$t/k61" "$t/510.db"
rc=$?; [ $rc = 0 ] || fail "5.10 database reported in the 6.1 tree: exit $rc, want 0"
[ ! -s "$t/out" ] || fail "5.10 database reported in the 6.1 tree: $(cat "$t/out")"
[ "$(cat "$t/err")" = "sleepcheck: warning: database '$t/510.db' was checked against kernel 5.10, the tree here is 6.1; the rules of 5.10 apply" ] ||
	fail "5.10 database in the 6.1 tree, stderr: $(cat "$t/err")"
# $SLEEPCHECK_KERNEL_VERSION wins, with no warning
SLEEPCHECK_KERNEL_VERSION=6.1 report "$t/elsewhere" "$t/510.db"
rc=$?; [ $rc = 1 ] || fail "5.10 database as 6.1: exit $rc, want 1"
want_finding "5.10 database as 6.1"
[ ! -s "$t/err" ] || fail "5.10 database as 6.1: $(cat "$t/err")"

# a database without releases (an older sleepcheck's): the tree here
cp "$t/61.db" "$t/old.db"
sqlite3 "$t/old.db" "DROP TABLE release" || fail "drop release"
report "$t/elsewhere" "$t/old.db"
[ $? = 0 ] && [ ! -s "$t/out" ] || fail "older database elsewhere: $(cat "$t/out")"
report "$t/k61" "$t/old.db"
rc=$?; [ $rc = 1 ] || fail "older database in the 6.1 tree: exit $rc, want 1"
want_finding "older database in the 6.1 tree"
# ... and a check into it adds the table, and the release of that file
check "$t/k61" "$t/old.db"
[ "$(sqlite3 "$t/old.db" 'SELECT kernel FROM release')" = "6.1" ] ||
	fail "older database checked again: no release"

# files checked against two kernels: the most common release, said once
echo 'int other_one;' >"$t/k61/one.c"
echo 'int other_two;' >"$t/k510/two.c"
check "$t/k61" "$t/mixed.db" atomic-ok.c
check "$t/k61" "$t/mixed.db" one.c
check "$t/k510" "$t/mixed.db" two.c
report "$t/elsewhere" "$t/mixed.db"
rc=$?
[ $rc = 1 ] || fail "mixed database: exit $rc, want 1"
want_finding "mixed database"
[ "$(cat "$t/err")" = "sleepcheck: warning: the files of database '$t/mixed.db' were checked against 2 kernel releases; the rules of 6.1, most of them, apply" ] ||
	fail "mixed database, stderr: $(cat "$t/err")"

# a summary made outside the tree names the release the checks recorded
"$sc" summary --db="$t/61.db" -o "$t/61.summary" 2>"$t/err" || fail "summary: $(cat "$t/err")"
[ "$(sed -n 2p "$t/61.summary")" = "# release: 6.1" ] ||
	fail "summary elsewhere: $(sed -n 2p "$t/61.summary")"

# `scan` (libclang) records the release of the tree each command runs in
# (a module's commands run in the kernel's, as kbuild's do), not of the
# directory scan runs in, and its report applies it
if [ -x "$top/sleepcheck-clang" ]; then
	mkdir -p "$t/mod"
	cp "$top/testcases/kdoc/atomic-ok.c" "$t/mod/"
	printf '[{"directory": "%s", "file": "%s", "arguments": ["gcc", "-nostdinc", "-I%s", "-c", "-o", "%s", "%s"]}]\n' \
		"$t/k61" "$t/mod/atomic-ok.c" "$top/testcases/include" "$t/mod/atomic-ok.o" \
		"$t/mod/atomic-ok.c" >"$t/mod/compile_commands.json"
	(cd "$t/mod" && "$sc" scan -p . -j1 --no-progress --db="$t/scan.db" >"$t/out" 2>"$t/err")
	rc=$?; [ $rc = 1 ] || fail "scan of a module: exit $rc, want 1: $(cat "$t/err")"
	[ "$(sqlite3 "$t/scan.db" 'SELECT kernel FROM release')" = "6.1" ] ||
		fail "scan of a module recorded: $(sqlite3 "$t/scan.db" 'SELECT * FROM release')"
	grep -q "^$t/mod/atomic-ok.c:13:9: warning: 'free_percpu' may sleep, but it is documented as callable in interrupt context \[-Wcontract\]$" "$t/out" ||
		fail "scan of a module: $(cat "$t/out")"
fi

# merge carries each file's release with it
"$sc" merge "$t/merged.db" "$t/61.db" >/dev/null 2>"$t/err" || fail "merge: $(cat "$t/err")"
report "$t/elsewhere" "$t/merged.db"
rc=$?; [ $rc = 1 ] || fail "merged database: exit $rc, want 1"
want_finding "merged database"
exit 0
