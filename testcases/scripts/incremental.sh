#!/bin/bash
# incremental.sh - after one file of a checked tree is changed and checked
# again (what `make C=1` does), the report equals the report of the whole
# changed tree checked into a new database; the file's pack (db_pack.c)
# is rewritten with its rows and every other file's is kept.  Then: a
# file row changed by a sleepcheck that writes no packs drops that file's
# pack (the triggers), which is read from its rows; report packs it
# again; loading the rows instead of the packs (SLEEPCHECK_DB_ROWS=1)
# gives the same facts and reports; a database without the pack table
# (an older sleepcheck's) is read from its rows and packed by report.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
sc=$top/sleepcheck
command -v sqlite3 >/dev/null || { echo "no sqlite3 command"; exit 77; }
t=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-incr.XXXXXX")
trap 'rm -rf "$t"' EXIT
fail() { echo "incremental.sh: $*"; exit 1; }
export SLEEPCHECK_RULES=$top/rules
unset SLEEPCHECK_DB SLEEPCHECK_DB_ROWS

# the seed bug's files and the crossfile statics, as merge.sh has them
tree=$t/tree
mkdir -p "$tree/lib"
cp -r "$top/testcases/seed/drivers" "$top/testcases/seed/kernel" "$top/testcases/seed/arch" \
	"$top/testcases/seed/mm" "$top/testcases/seed/include" "$tree/"
cp "$top"/testcases/crossfile/statics/*.c "$tree/lib/"
rm -f "$tree"/drivers/net/seed_eth_pool*.c "$tree"/arch/arm/mm/dma-mapping-pool.c
cd "$tree" || exit 2
inc=(-I"$top/testcases/include" -Iinclude)
check() {	# check DB FILE...: the CHECK= mode, one process per file
	local f
	for f in "${@:2}"; do
		SLEEPCHECK_DB=$1 "$sc" --no-local-report "${inc[@]}" "$f" || fail "check $f"
	done
}
report() {	# report DB OUT: text and JSON with --stats, and the exit status
	"$sc" report --db="$1" --stats >"$2" 2>&1
	echo "exit $?" >>"$2"
	"$sc" report --db="$1" --format=json >>"$2" 2>&1
}
packs() {	# packs DB: how many files have a pack
	sqlite3 "$1" "SELECT count(*) FROM pack"
}
all=$(find drivers kernel arch mm lib -name '*.c' | sort)
nfiles=$(echo "$all" | wc -l)

# the whole tree, then one file changed and checked again
check "$t/inc.db" $all
[ "$(packs "$t/inc.db")" = "$nfiles" ] || fail "$(packs "$t/inc.db") packs for $nfiles files"
report "$t/inc.db" "$t/before"
grep -q "mapping.c:14:16: warning: 'dma_alloc_coherent' may sleep" "$t/before" ||
	{ cat "$t/before"; fail "the seed bug is not in the first report"; }
sqlite3 "$t/inc.db" "SELECT file.path, pack.data FROM pack JOIN file ON file.id = pack.file_id
	WHERE file.path NOT LIKE 'mm/memory.c' ORDER BY file.path" >"$t/kept.before"
# __pud_alloc no longer allocates: the finding in another file goes
sed -i 's/pud_t \*new = pud_alloc_one(mm, address);/pud_t *new = (pud_t *)0;/' mm/memory.c
grep -q 'pud_t \*new = (pud_t \*)0;' mm/memory.c || fail "mm/memory.c was not changed"
sleep 1		# a later checked_at, as a rebuild has
check "$t/inc.db" mm/memory.c
[ "$(packs "$t/inc.db")" = "$nfiles" ] || fail "after the recheck: $(packs "$t/inc.db") packs"
sqlite3 "$t/inc.db" "SELECT file.path, pack.data FROM pack JOIN file ON file.id = pack.file_id
	WHERE file.path NOT LIKE 'mm/memory.c' ORDER BY file.path" >"$t/kept.after"
cmp -s "$t/kept.before" "$t/kept.after" || fail "the recheck of one file changed other files' packs"
report "$t/inc.db" "$t/incr"
check "$t/full.db" $all
report "$t/full.db" "$t/full"
cmp -s "$t/incr" "$t/full" || { diff -u "$t/full" "$t/incr" | head -n 30; fail "the report after one file's recheck differs from a new database's"; }
cmp -s "$t/before" "$t/incr" && fail "the change made no difference to the report"
grep -q "warning: call to 'dma_alloc_coherent'" "$t/incr" && fail "the finding stayed"

# rows and packs load the same facts
"$sc" dump-facts --db="$t/inc.db" >"$t/facts.packs" || fail "dump-facts"
SLEEPCHECK_DB_ROWS=1 "$sc" dump-facts --db="$t/inc.db" >"$t/facts.rows" || fail "dump-facts (rows)"
cmp -s "$t/facts.packs" "$t/facts.rows" || { diff -u "$t/facts.rows" "$t/facts.packs" | head -n 30; fail "the packs load other facts than the rows"; }
SLEEPCHECK_DB_ROWS=1 report "$t/inc.db" "$t/rows"
cmp -s "$t/rows" "$t/full" || fail "the report from the rows differs"

# a store by a sleepcheck that writes no packs: the file's pack goes
sqlite3 "$t/inc.db" "UPDATE file SET checked_at = checked_at + 1 WHERE path = 'mm/memory.c'"
[ "$(packs "$t/inc.db")" = $((nfiles - 1)) ] || fail "a changed file row kept its pack"
report "$t/inc.db" "$t/stale"
cmp -s "$t/stale" "$t/full" || fail "the report with a file read from its rows differs"
[ "$(packs "$t/inc.db")" = "$nfiles" ] || fail "report did not pack the file read from its rows"
report "$t/inc.db" "$t/repacked"
cmp -s "$t/repacked" "$t/full" || fail "the report from the repacked database differs"

# an older sleepcheck's database (no pack table): rows, then packed;
# a database report cannot write: rows, untouched, same report
sqlite3 "$t/full.db" "DROP TRIGGER pack_stale_update; DROP TRIGGER pack_stale_delete; DROP TABLE pack"
cp "$t/full.db" "$t/ro.db"
report "$t/full.db" "$t/old"
cmp -s "$t/old" "$t/full" || fail "the report of a database without packs differs"
[ "$(packs "$t/full.db")" = "$nfiles" ] || fail "report did not pack a database without packs"
chmod a-w "$t/ro.db"
if [ ! -w "$t/ro.db" ]; then	# not as root, which writes anyway
	report "$t/ro.db" "$t/ro"
	cmp -s "$t/ro" "$t/full" || fail "the report of a read-only database differs"
fi
echo "incremental.sh: one file of $nfiles checked again: report equals a new database's; packs kept, dropped and rebuilt as they should"
