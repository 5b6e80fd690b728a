#!/bin/bash
# tree-shards.sh - a whole built kernel tree (by default Linux 6.1 x86_64
# defconfig, as in bench/kernel-vs-sparse.sh) checked as a CI job matrix
# would: in shards, one database each, run one after the other here (in
# CI, on separate machines), then `sleepcheck merge` and one `sleepcheck
# report`; and whether that report, and every fact, equals those of one
# run over the whole tree.  Writes its section of
# bench/RESULTS.md ("tree-shards").
#
# Each argument is one shard, a comma-separated list of kbuild directory
# targets (`make -k C=2 drivers/ sound/`); one more shard checks the rest
# of the build: the whole `make -k C=2`, its CHECK skipping the files of
# the other shards (so it also reaches what no directory target builds,
# such as arch/x86/boot).  The files are already compiled: each shard only
# checks.
# usage: bench/tree-shards.sh [DIR,DIR...]...   (default: drivers/,sound/)
#   env: KERNEL_TREE, JOBS; SINGLE_DB=PATH a database of one whole-tree
#   run with this build (bench/kernel-vs-sparse.sh all, KEEP_DB=PATH);
#   without it the single run is made here too.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/lib.sh"
tree=${KERNEL_TREE:-$top/build/kernel-x86/linux-source-6.1}
jobs=${JOBS:-$(nproc)}
[ $# -gt 0 ] || set -- drivers/,sound/
version=$(awk '$2 == "=" && $1 ~ /^(VERSION|PATCHLEVEL|SUBLEVEL)$/ { v = v (v == "" ? "" : ".") $3 }
	END { print v == "" ? "?" : v }' "$tree/Makefile" 2>/dev/null || echo "?")
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
make -C "$top" -s sleepcheck
[ -f "$tree/.config" ] || { echo "$tree: not a configured kernel tree" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-shards.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$top/sleepcheck" "$work/sleepcheck"
sc=$work/sleepcheck
export SLEEPCHECK_RULES=$top/rules
cd "$tree"
make -k -j"$jobs" >/dev/null 2>&1 || true

# CHECK for the rest shard: skips sources under the other shards' dirs
skip=
for shard in "$@"; do skip="$skip${skip:+,}$shard"; done
cat >"$work/rest-check" <<EOF
#!/bin/sh
for a; do src=\$a; done
for d in $(echo "$skip" | tr , ' '); do
	case \$src in \$d*) exit 0 ;; esac
done
exec "$sc" "\$@"
EOF
chmod +x "$work/rest-check"

# one_check NAME DB [TARGET...]: one kbuild C=2 into DB (measure sets WALL,
# CPU, RSS); NAME rest checks with rest-check
one_check() {
	local name=$1 db=$2 check
	shift 2
	if [ "$name" = rest ]; then
		check="$work/rest-check --no-local-report --db=$db"
	else
		check="$sc --no-local-report --db=$db"
	fi
	rm -f "$db"*
	measure make -k -j"$jobs" C=2 CHECK="$check" "$@"
	echo "tree-shards: $name: ${WALL}s wall, ${CPU}s CPU"
}
nfiles() { sqlite3 "$1" 'SELECT count(*) FROM file'; }

single=$work/single.db
if [ -n "${SINGLE_DB:-}" ]; then
	cp "$SINGLE_DB" "$single"
	single_how="\`bench/kernel-vs-sparse.sh all\` (its KEEP_DB), the same build"
else
	one_check single "$single"
	single_how="one \`make -k C=2\` here: ${WALL}s wall, ${CPU}s CPU"
fi

rows=$work/rows
: >"$rows"
shards=()
i=0
for shard in "$@" rest; do	# (measure sets $s)
	i=$((i + 1))
	db=$work/shard$i.db
	if [ "$shard" = rest ]; then
		one_check rest "$db"
		what="\`make -k C=2\`, the rest (CHECK skips $(echo "$skip" | tr , ' '))"
	else
		one_check "shard $i" "$db" $(echo "$shard" | tr , ' ')
		what="\`make -k C=2 $(echo "$shard" | tr , ' ')\`"
	fi
	shards+=("$db")
	echo "| $i | $what | $(nfiles "$db") | $WALL | $CPU | $((RSS / 1024)) | $(echo "scale=1; $(stat -c %s "$db") / 1048576" | bc) |" >>"$rows"
done

merged=$work/merged.db
measure "$sc" merge "$merged" "${shards[@]}"
[ "$RC" = 0 ] || { echo "tree-shards: merge failed" >&2; "$sc" merge "$work/m2.db" "${shards[@]}"; exit 2; }
mwall=$WALL mcpu=$CPU mrss=$((RSS / 1024))
msize=$(echo "scale=1; $(stat -c %s "$merged") / 1048576" | bc)

# the report of each (in the tree, as kbuild users run it), and every fact
measure "$sc" report --db="$merged"
rwall=$WALL rcpu=$CPU rrss=$((RSS / 1024))
for d in single merged; do
	"$sc" report --db="$work/$d.db" >"$work/$d.report" 2>&1 && echo "exit 0" >>"$work/$d.report" ||
		echo "exit $?" >>"$work/$d.report"
	"$sc" dump-facts --db="$work/$d.db" >"$work/$d.facts"
done
findings=$(grep -c ": warning:" "$work/merged.report" || true)
sfindings=$(grep -c ": warning:" "$work/single.report" || true)
same() { cmp -s "$work/single.$1" "$work/merged.$1" && echo yes || echo no; }
same_report=$(same report) same_facts=$(same facts)
if [ "$same_report$same_facts" != yesyes ]; then
	keep=$top/build/tree-shards
	mkdir -p "$keep"
	cp "$work"/single.report "$work"/merged.report "$work"/single.facts "$work"/merged.facts "$keep"/
	echo "tree-shards: differences kept in $keep" >&2
fi

out=$work/section.md
{
	echo "<!-- begin tree-shards -->"
	echo "## The whole tree in shards, merged, one report"
	echo
	echo "Command: \`bash bench/tree-shards.sh $*\` (-j$jobs),"
	echo "$(date -u +%Y-%m-%d), $(nproc) cores, load average $load at the start;"
	echo "Linux $version ($(basename "$tree"), its .config), objects already built.  The shards ran"
	echo "one after the other here, as the jobs of a CI matrix would run on"
	echo "separate machines; each wrote its own database."
	echo
	echo "| shard | command | files | wall s | CPU s | peak RSS MiB | database MiB |"
	echo "|---|---|---:|---:|---:|---:|---:|"
	cat "$rows"
	echo
	echo "\`sleepcheck merge\` of the $i shards: ${mwall}s wall, ${mcpu}s CPU,"
	echo "$mrss MiB peak RSS; merged database $msize MiB, $(nfiles "$merged") files."
	echo "\`sleepcheck report\` on it: ${rwall}s wall, ${rcpu}s CPU, $rrss MiB"
	echo "peak RSS, $findings findings."
	echo
	echo "Against one run over the whole tree ($single_how; $(nfiles "$single")"
	echo "files, $sfindings findings): report byte-identical: $same_report; every"
	echo "fact (\`dump-facts\`) identical: $same_facts."
	if [ "$same_report" = no ]; then
		echo
		echo "$(diff "$work/single.report" "$work/merged.report" | grep -c '^[<>]') report lines differ; the warning lines"
		echo "only in one (< single, > merged; the rest in build/tree-shards/):"
		echo
		diff <(grep ': warning:' "$work/single.report" | sort) <(grep ': warning:' "$work/merged.report" | sort) |
			grep '^[<>]' | head -n 40 | sed 's/^/    /' || true
	fi
	if [ "$same_facts" = no ]; then
		echo
		echo "Files whose facts differ (\`dump-facts\` lines only in single <, in merged >):"
		echo
		diff "$work/single.facts" "$work/merged.facts" | sed -n 's/^\([<>]\) \([^ ]*\): .*/\1 \2/p' |
			sort | uniq -c | head -n 40 | sed 's/^/    /' || true
	fi
	echo "<!-- end tree-shards -->"
} >"$out"
section tree-shards "$out"
cat "$out"
