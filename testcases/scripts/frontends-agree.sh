#!/bin/bash
# frontends-agree.sh - the sparse and libclang front ends write the same
# facts and give the same report for every testcase that checks C files.
#
# For each testcase whose command begins with the sparse CHECK= mode
# (`sleepcheck --no-local-report OPTIONS FILES`), that first step runs
# twice, once per front end, each into its own database; then
# `sleepcheck dump-facts` (every fact, sorted) and `sleepcheck report`
# must print the same for both.  A file clang refuses must be one of
# clang_refuses below, with the reason; anything else is a failure.
# Skips (77) when sleepcheck was built without libclang, unless
# SLEEPCHECK_REQUIRE_LIBCLANG=1 (CI), where that is a failure.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
sc=$top/sleepcheck

# files sparse accepts and clang rejects, on purpose
declare -A clang_refuses=(
	[testcases/errors/type-error.c]="a type error sparse reports and goes on past"
)

if ! "$sc" --version | grep -q libclang; then
	if [ "${SLEEPCHECK_REQUIRE_LIBCLANG:-0}" = 1 ]; then
		echo "frontends-agree: sleepcheck was built without libclang" >&2
		exit 1
	fi
	echo "frontends-agree: no libclang front end in this build" >&2
	exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/frontends.XXXXXX")
trap 'rm -rf "$work"' EXIT
ntests=0 nfail=0 nfacts=0

for file in $(find testcases -name '*.c' -not -path 'testcases/fuzz/*' | sort); do
	cmd=$(sed -n 's/^[ *]*check-command:[[:space:]]*//p' "$file" | head -n 1)
	case $cmd in
	"sleepcheck --no-local-report "*) ;;
	*) continue ;;
	esac
	first=${cmd%%&&*}
	first=${first%%;*}
	first=${first//\$file/$file}
	first=${first//\$dir/$(dirname "$file")}
	# shellcheck disable=SC2206
	words=(${first#sleepcheck --no-local-report })
	opts=() files=()
	for w in "${words[@]}"; do
		case $w in
		--rules=*) continue 2 ;;	# a test of rules errors
		-*) opts+=("$w") ;;
		*) files+=("$w") ;;
		esac
	done
	ntests=$((ntests + 1))
	d=$work/$ntests
	mkdir -p "$d"
	"$sc" --no-local-report --db="$d/s.db" "${opts[@]}" "${files[@]}" 2>"$d/s.err"
	src=$?
	"$sc" clang-check --db="$d/c.db" "${opts[@]}" "${files[@]}" 2>"$d/c.err"
	crc=$?
	if [ $src = 0 ] && [ $crc != 0 ]; then
		if [ -n "${clang_refuses[$file]:-}" ] && [ "$(wc -l <"$d/c.err")" = 1 ] &&
		   grep -q "^$file:[0-9]*:[0-9]*: error: " "$d/c.err"; then
			continue
		fi
		echo "frontends-agree: $file: clang failed:"; cat "$d/c.err"
		nfail=$((nfail + 1))
		continue
	fi
	if [ $src != $crc ]; then
		echo "frontends-agree: $file: sparse exit $src, clang exit $crc"
		cat "$d/s.err" "$d/c.err"
		nfail=$((nfail + 1))
		continue
	fi
	[ $src = 0 ] || continue
	"$sc" dump-facts --db="$d/s.db" >"$d/s.facts"
	"$sc" dump-facts --db="$d/c.db" >"$d/c.facts"
	"$sc" report --db="$d/s.db" >"$d/s.report" 2>&1
	"$sc" report --db="$d/c.db" >"$d/c.report" 2>&1
	nfacts=$((nfacts + $(wc -l <"$d/s.facts")))
	if ! diff -u "$d/s.facts" "$d/c.facts" >"$d/diff" ||
	   ! diff -u "$d/s.report" "$d/c.report" >>"$d/diff"; then
		echo "frontends-agree: $file: the front ends differ (- sparse, + libclang):"
		cat "$d/diff"
		nfail=$((nfail + 1))
	fi
done
echo "frontends-agree: $ntests testcases, $nfacts facts compared, $nfail differ"
[ $ntests -gt 50 ] && [ $nfail = 0 ]
