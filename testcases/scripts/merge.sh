#!/bin/bash
# merge.sh - `sleepcheck merge OUT.db SHARD.db...`: a tree checked in 2 and
# in 3 shards (one database per top-level directory, as a CI job matrix
# does) and merged has the same facts, scan keys and byte-identical
# report as the tree checked in one run into one database, with the
# sparse CHECK= mode (one process per file, $SLEEPCHECK_DB, as kbuild
# runs it) and with `sleepcheck scan` (libclang; skipped without it).
# Then: the later check of a file wins, in any argument order; two
# checks in the same second with different facts are an error; bad
# input (missing, not a database, another program's, another schema,
# OUT as a shard) is one error line naming the file, status 2, OUT
# unchanged or not created; columns and tables added to the schema are
# carried without a change to merge.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
sc=$top/sleepcheck
command -v sqlite3 >/dev/null || { echo "no sqlite3 command"; exit 77; }
t=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-merge.XXXXXX")
trap 'rm -rf "$t"' EXIT
fail() { echo "merge.sh: $*"; exit 1; }
export SLEEPCHECK_RULES=$top/rules
unset SLEEPCHECK_DB

# a kernel-like tree: the seed bug's files (drivers, kernel, arch, mm)
# and the crossfile statics (lib), each top-level directory a shard
tree=$t/tree
mkdir -p "$tree/lib"
cp -r "$top/testcases/seed/drivers" "$top/testcases/seed/kernel" "$top/testcases/seed/arch" \
	"$top/testcases/seed/mm" "$top/testcases/seed/include" "$tree/"
cp "$top"/testcases/crossfile/statics/*.c "$tree/lib/"
rm -f "$tree"/drivers/net/seed_eth_pool*.c "$tree"/arch/arm/mm/dma-mapping-pool.c
cd "$tree" || exit 2
inc=(-I"$top/testcases/include" -Iinclude)
files() {	# files DIR...: the C files under the DIRs, sorted
	find "$@" -name '*.c' | sort
}
all=(drivers kernel arch mm lib)
[ "$(files "${all[@]}" | wc -l)" = 11 ] || fail "the tree has $(files "${all[@]}" | wc -l) files, not 11"

# the sparse CHECK= mode as kbuild runs it: one process per file
check_sparse() {	# check_sparse DB DIR...
	local f
	for f in $(files "${@:2}"); do
		SLEEPCHECK_DB=$1 "$sc" --no-local-report "${inc[@]}" "$f" || fail "check $f"
	done
}
# the libclang front end over a compile_commands.json, PATH filters
mkccdb() {
	local f sep=
	echo "["
	for f in $(files "${all[@]}"); do
		printf '%s{"directory": "%s", "file": "%s", "arguments": ["gcc", "-nostdinc", "-I%s/testcases/include", "-Iinclude", "-c", "-o", "%s.o", "%s"]}\n' \
			"$sep" "$tree" "$f" "$top" "${f%.c}" "$f"
		sep=,
	done
	echo "]"
}
check_scan() {	# check_scan DB DIR...
	"$sc" scan -p . -j2 --db="$1" "${@:2}" >/dev/null 2>"$t/scan.err"
	[ $? -le 1 ] || { cat "$t/scan.err"; fail "scan $*"; }
}
# what must be equal: every fact, the scan keys, the report (and OUT's schema)
summary() {	# summary DB OUT
	"$sc" dump-facts --db="$1" >"$2.facts" || fail "dump-facts $1"
	sqlite3 "$1" "SELECT path, key FROM scan ORDER BY path" >"$2.scan"
	sqlite3 "$1" .schema >"$2.schema"
	"$sc" report --db="$1" >"$2.report" 2>&1
	echo "exit $?" >>"$2.report"
}
same() {	# same A B WHAT
	local x
	for x in facts scan schema report; do
		cmp -s "$1.$x" "$2.$x" || { diff -u "$1.$x" "$2.$x" | head -n 30; fail "$3: $x differ"; }
	done
}

fronts=(sparse)
if "$sc" --version | grep -q libclang; then
	fronts+=(scan)
	mkccdb >compile_commands.json
elif [ "${SLEEPCHECK_REQUIRE_LIBCLANG:-0}" = 1 ]; then
	fail "built without libclang"
fi

for fe in "${fronts[@]}"; do
	d=$t/$fe
	mkdir -p "$d"
	"check_$fe" "$d/one.db" "${all[@]}"
	summary "$d/one.db" "$d/one"
	grep -q "warning: 'dma_alloc_coherent' may sleep" "$d/one.report" ||
		{ cat "$d/one.report"; fail "$fe: the seed bug is not in the one-run report"; }
	[ "$fe" = sparse ] || [ -s "$d/one.scan" ] || fail "scan: no scan keys"
	for dir in "${all[@]}"; do
		"check_$fe" "$d/$dir.db" "$dir"
	done
	# 2 shards and 3 shards, as a job matrix would group the directories
	sqlite3 "$d/drivers.db" "SELECT 1" >/dev/null || fail "$fe: no shard database"
	"check_$fe" "$d/two-a.db" drivers kernel lib
	"check_$fe" "$d/two-b.db" arch mm
	"$sc" merge "$d/two.db" "$d/two-a.db" "$d/two-b.db" 2>"$t/err" ||
		{ cat "$t/err"; fail "$fe: merge of 2 shards"; }
	grep -q "^sleepcheck: merged 2 databases into '.*two.db': 11 files added, 0 replaced by newer facts, 0 kept$" "$t/err" ||
		{ cat "$t/err"; fail "$fe: summary line"; }
	summary "$d/two.db" "$d/two"
	same "$d/one" "$d/two" "$fe, 2 shards"
	"$sc" merge "$d/three.db" "$d/mm.db" "$d/drivers.db" "$d/two-a.db" 2>"$t/err" ||
		{ cat "$t/err"; fail "$fe: merge of 3 shards"; }
	"$sc" merge "$d/three.db" "$d/arch.db" 2>"$t/err" ||
		{ cat "$t/err"; fail "$fe: merge into an existing OUT"; }
	summary "$d/three.db" "$d/three"
	same "$d/one" "$d/three" "$fe, 3 shards (drivers twice) merged into an existing OUT"
	# one shard per directory, in reverse order; merging again changes nothing
	"$sc" merge "$d/five.db" "$d/lib.db" "$d/mm.db" "$d/arch.db" "$d/kernel.db" "$d/drivers.db" 2>/dev/null ||
		fail "$fe: merge of 5 shards"
	"$sc" merge "$d/five.db" "$d/drivers.db" "$d/lib.db" 2>"$t/err" || fail "$fe: merge again"
	grep -q "0 files added, 0 replaced by newer facts, 7 kept" "$t/err" || { cat "$t/err"; fail "$fe: merge again"; }
	summary "$d/five.db" "$d/five"
	same "$d/one" "$d/five" "$fe, 5 shards"
done

# the later check wins: x.c sleeps under a lock in k.db, not in a.db
mkdir -p "$t/w/src" && cd "$t/w" || exit 2
cp "$top/testcases/atomic/spin-kmalloc.c" src/x.c
"$sc" --no-local-report --db=k.db -I"$top/testcases/include" src/x.c || fail "check x.c"
sed -i 's/GFP_KERNEL/GFP_ATOMIC/' src/x.c
"$sc" --no-local-report --db=a.db -I"$top/testcases/include" src/x.c || fail "check x.c"
cp "$top/testcases/atomic/spin-kmalloc-clean.c" src/y.c
"$sc" --no-local-report --db=y.db -I"$top/testcases/include" src/y.c || fail "check y.c"
at() { sqlite3 "$1" "UPDATE file SET checked_at = $2"; }
at k.db 1000; at a.db 2000; at y.db 1500
for order in "k.db a.db" "a.db k.db"; do
	rm -f o.db*
	# shellcheck disable=SC2086
	"$sc" merge o.db $order y.db 2>/dev/null || fail "merge $order"
	"$sc" report --db=o.db >out 2>&1 || { cat out; fail "$order: the older check of x.c won"; }
	[ "$(sqlite3 o.db 'SELECT count(*) FROM file')" = 2 ] || fail "$order: files"
done
at a.db 500
rm -f o.db*
"$sc" merge o.db a.db k.db y.db 2>/dev/null || fail "merge"
"$sc" report --db=o.db >out 2>&1 && fail "the newer check (GFP_KERNEL) did not win"
grep -q "^src/x.c:11:.*warning: call to 'kmalloc' may sleep" out || { cat out; fail "report"; }
# OUT takes part as an input: its newer x.c stays
cp o.db newer.db
at k.db 400
"$sc" merge o.db k.db 2>"$t/err" || fail "merge an older shard"
grep -q "0 files added, 0 replaced by newer facts, 1 kept" "$t/err" || { cat "$t/err"; fail "OUT's newer file"; }

# same second, different facts: an error naming the file and both inputs
at k.db 2000; at a.db 2000
rm -f c.db*
"$sc" merge c.db y.db k.db a.db >out 2>err
rc=$?
[ $rc = 2 ] || { cat err; fail "conflict: exit $rc, expected 2"; }
[ "$(grep -c . err)" = 1 ] && grep -q "^src/x.c: error: checked at the same time (1970-01-01 00:33:20 UTC) in 'k.db' and in 'a.db' with different facts" err ||
	{ cat err; fail "conflict: error line"; }
[ -e c.db ] || [ -e c.db-wal ] && fail "conflict: OUT created"
cp newer.db c.db
"$sc" merge c.db k.db a.db >out 2>err && fail "conflict into an existing OUT: exit 0"
grep -q "^src/x.c: error: checked at the same time .* in 'k.db' and in 'a.db'" err || { cat err; fail "conflict into OUT"; }
cmp -s c.db newer.db || fail "conflict: OUT changed"
# the same facts in the same second are no conflict (a shard given twice),
# and a newer third check settles a conflict
"$sc" merge c.db k.db k.db 2>/dev/null || fail "the same shard twice"
at y.db 3000
sqlite3 y.db "UPDATE file SET path = 'src/x.c'"
rm -f c.db*
"$sc" merge c.db k.db a.db y.db 2>err || { cat err; fail "a newer third check does not settle the conflict"; }
rm -f c.db*
"$sc" merge c.db y.db k.db a.db 2>err || { cat err; fail "a newer check first does not settle the conflict"; }

# bad input: one line naming the file, exit 2, OUT as it was or not created
cp newer.db o.db
echo "not a database" >junk.db
sqlite3 other.db "CREATE TABLE t(x)"
cp k.db old.db && sqlite3 old.db "PRAGMA user_version = 2"
: >empty.db
bad() {	# bad WHAT FILE-IN-ERROR ARGS...: merge ARGS fails as it should
	local what=$1 name=$2 rc
	shift 2
	"$sc" merge "$@" >out 2>err
	rc=$?
	[ $rc = 2 ] || { cat err; fail "$what: exit $rc, expected 2"; }
	[ "$(grep -c . err)" = 1 ] && grep -q "'$name'" err || { cat err; fail "$what: error line"; }
	cmp -s o.db newer.db || fail "$what: OUT changed"
	[ -e new.db ] && fail "$what: OUT created"
	return 0
}
bad "missing shard" nothere.db o.db k.db nothere.db
bad "not a database" junk.db o.db k.db junk.db
bad "another program's database" other.db o.db other.db k.db
bad "another schema version" old.db o.db k.db old.db
bad "an empty file" empty.db o.db empty.db
bad "OUT is a shard" o.db o.db k.db o.db
bad "missing shard, new OUT" nothere.db new.db k.db nothere.db
bad "OUT not a database" junk.db junk.db k.db
cp newer.db o.db && sqlite3 o.db "PRAGMA user_version = 2" && cp o.db newer.db
bad "OUT of another schema version" o.db o.db k.db
"$sc" merge o.db >out 2>err && fail "no shard: exit 0"
grep -q "^usage: sleepcheck merge OUT.db SHARD.db" err || { cat err; fail "usage"; }

# the schema is read, not known: a column and a table added are carried,
# a table merge cannot place is refused
rm -f o.db*
rm -f y.db*
"$sc" --no-local-report --db=e.db -I"$top/testcases/include" src/y.c || fail "check"
cp e.db y.db
sqlite3 e.db "DELETE FROM scan; DELETE FROM call; DELETE FROM func; DELETE FROM binding; DELETE FROM file"
for db in e.db k.db y.db; do
	sqlite3 "$db" "ALTER TABLE call ADD COLUMN test_vals TEXT;
		CREATE TABLE test_note(id INTEGER PRIMARY KEY, call_id INTEGER NOT NULL REFERENCES call(id), text TEXT);
		UPDATE call SET test_vals = 'v:' || callee;
		INSERT INTO test_note(call_id, text) SELECT id, 'n:' || callee FROM call;
		ALTER TABLE file ADD COLUMN test_unit TEXT;
		CREATE TABLE test_tagdef(file_id INTEGER NOT NULL REFERENCES file(id), tag TEXT NOT NULL, def TEXT);
		UPDATE file SET test_unit = 'u:' || path;
		INSERT INTO test_tagdef(file_id, tag, def) SELECT id, 'struct s', path FROM file;
		INSERT INTO test_tagdef(file_id, tag, def) SELECT id, 'struct t', NULL FROM file" || fail "alter $db"
done
cp e.db o.db
"$sc" merge o.db k.db y.db 2>err || { cat err; fail "merge with a new column and table"; }
q="SELECT file.path, func.name, call.callee, call.test_vals, test_note.text FROM file JOIN func ON func.file_id = file.id JOIN call ON call.func_id = func.id JOIN test_note ON test_note.call_id = call.id ORDER BY 1, 2, 3, 4, 5"
{ sqlite3 k.db "$q"; sqlite3 y.db "$q"; } | sort >want
sqlite3 o.db "$q" | sort >got
[ -s want ] && diff -u want got || fail "the new column or table was not carried"
[ "$(sqlite3 o.db 'SELECT count(*) FROM test_note')" = "$(( $(sqlite3 k.db 'SELECT count(*) FROM test_note') + $(sqlite3 y.db 'SELECT count(*) FROM test_note') ))" ] ||
	fail "notes"
q2="SELECT file.path, file.test_unit, tag, def FROM file JOIN test_tagdef ON test_tagdef.file_id = file.id ORDER BY 1, 2, 3"
{ sqlite3 k.db "$q2"; sqlite3 y.db "$q2"; } | sort >want
sqlite3 o.db "$q2" | sort >got
[ "$(wc -l <want)" = 4 ] && diff -u want got || fail "a table without an id, or a file column, was not carried"
# replacing a file deletes its rows in the new table too
at k.db 9999
sqlite3 k.db "UPDATE call SET test_vals = 'w:' || callee"
"$sc" merge o.db k.db 2>/dev/null || fail "replace with a new table"
[ "$(sqlite3 o.db 'SELECT count(*) FROM test_note')" = "$(( $(sqlite3 k.db 'SELECT count(*) FROM test_note') + $(sqlite3 y.db 'SELECT count(*) FROM test_note') ))" ] ||
	fail "notes of the replaced file left behind"
[ "$(sqlite3 o.db 'SELECT count(*) FROM test_tagdef')" = 4 ] || fail "tags of the replaced file left behind"
[ "$(sqlite3 o.db "SELECT count(*) FROM call WHERE test_vals LIKE 'v:%' AND func_id IN (SELECT func.id FROM func JOIN file ON file.id = func.file_id WHERE path = 'src/x.c')")" = 0 ] ||
	fail "the replaced file's old calls left behind"
cp o.db before.db
sqlite3 k.db "ALTER TABLE call ADD COLUMN test_more TEXT"
"$sc" merge o.db k.db >out 2>err && fail "a shard with another column: exit 0"
grep -q "^sleepcheck: error: database 'k.db': table 'call' differs from the one in 'o.db'" err || { cat err; fail "other column"; }
cp k.db k2.db && sqlite3 k2.db "ALTER TABLE call DROP COLUMN test_more"
for db in o.db k2.db; do sqlite3 "$db" "CREATE TABLE test_meta(k TEXT, v TEXT)"; done
cp o.db before.db
"$sc" merge o.db k2.db >out 2>err && fail "a table merge cannot place: exit 0"
grep -q "^sleepcheck: error: database 'o.db': table 'test_meta' belongs to no file" err || { cat err; fail "unplaceable table"; }
cmp -s o.db before.db || fail "unplaceable table: OUT changed"

echo "merge: ${fronts[*]}: 2, 3 and 5 shards equal one run; later check wins; conflicts and bad input refused; new columns carried"
