#!/bin/bash
# run.sh - `make fuzz FUZZ_SECONDS=N`: builds the libFuzzer targets with
# clang (ASan + UBSan) and runs each N seconds from seed corpora taken
# from the repository (rules files, documents, a fact database), then
# writes executions, coverage and crashes to bench/RESULTS.md.  A crash
# stops with its reproducer in build/fuzz/; turn it into a testcase.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/bench/lib.sh"
secs=${FUZZ_SECONDS:-60}
out=$top/build/fuzz
mkdir -p "$out"
CC=${FUZZ_CC:-clang}
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
sq=$(pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)
$CC $flags -o "$out/fuzz_rules" "$top/testcases/fuzz/fuzz_rules.c" \
	"$top/checker/rules.c" "$top/checker/facts.c" "$top/checker/strpool.c"
$CC $flags -DFUZZ_PATTERNS="\"$top/rules/doc-patterns\"" -o "$out/fuzz_doc" \
	"$top/testcases/fuzz/fuzz_doc.c" "$top/checker/docmine.c" "$top/checker/kdocmine.c" \
	"$top/checker/rules.c" "$top/checker/facts.c" "$top/checker/strpool.c"
$CC $flags -o "$out/fuzz_db" "$top/testcases/fuzz/fuzz_db.c" "$top/db/db.c" \
	"$top/checker/facts.c" "$top/checker/strpool.c" $sq
targets="rules doc db"
# the libclang front end, where libclang is installed
llvm=$(command -v llvm-config || command -v llvm-config-14 || true)
if [ -n "$llvm" ] && [ -f "$($llvm --prefix)/include/clang-c/Index.h" ]; then
	$CC $flags -DHAVE_LIBCLANG -isystem "$($llvm --prefix)/include" \
		-DFUZZ_INCLUDE="\"$top/testcases/include\"" -DFUZZ_RULES="\"$top/rules\"" \
		-o "$out/fuzz_clang" "$top/testcases/fuzz/fuzz_clang.c" \
		"$top"/checker/clang_ast.c "$top"/checker/clang_lower.c \
		"$top"/checker/clang_ir.c "$top"/checker/clang_frontend.c \
		"$top"/checker/analysis/ir.c "$top"/checker/analysis/analyze.c \
		"$top"/checker/analysis/ir_limits.c \
		"$top"/checker/clang_params.c "$top"/checker/flow.c \
		"$top/checker/rules.c" "$top/checker/facts.c" "$top/checker/strpool.c" \
		-L"$($llvm --libdir)" -lclang -Wl,-rpath,"$($llvm --libdir)"
	targets="$targets clang"
fi
# seeds
mkdir -p "$out/corpus-rules" "$out/corpus-doc" "$out/corpus-db" "$out/corpus-clang"
find "$top/testcases" -name '*.c' ! -path '*/fuzz/*' ! -path '*/kbuild/*' \
	-exec cp {} "$out/corpus-clang/" \; 2>/dev/null || true
cp "$top"/rules/*.rules "$top"/testcases/errors/rules-bad-*/zz-local.rules "$out/corpus-rules/" 2>/dev/null || true
cp "$top"/testcases/doc/DMA-API.txt "$top"/rules/dma-api.rules "$out/corpus-doc/"
rm -f "$out/corpus-db/seed.db"
"$top/sleepcheck" --no-local-report --db="$out/corpus-db/seed.db" \
	-I"$top/testcases/include" "$top/testcases/pointers/initializer.c"
sect=$(mktemp)
{
	echo "<!-- begin fuzz -->"
	echo "## Fuzzing"
	echo
	echo "Command: \`make fuzz FUZZ_SECONDS=$secs\`, $(date -u +%Y-%m-%d), libFuzzer ($($CC --version | head -n 1)), ASan + UBSan."
	echo
	echo "| target | input | seconds | executions | coverage (edges) | corpus | crashes |"
	echo "|---|---|---:|---:|---:|---:|---:|"
} >"$sect"
for t in $targets; do
	log=$out/fuzz_$t.log
	rc=0
	leaks=1
	[ $t = clang ] && leaks=0	# libclang's own caches are not ours
	ASAN_OPTIONS=detect_leaks=$leaks "$out/fuzz_$t" -max_total_time="$secs" -close_fd_mask=2 \
		-artifact_prefix="$out/crash-$t-" "$out/corpus-$t" >"$log" 2>&1 || rc=$?
	execs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
	[ -n "$execs" ] || execs=$(grep -o "#[0-9]*" "$log" | tail -n 1 | tr -d '#')
	cov=$(grep -o "cov: [0-9]*" "$log" | tail -n 1 | grep -o "[0-9]*")
	corp=$(ls "$out/corpus-$t" | wc -l)
	crashes=$(ls "$out" | grep -c "^crash-$t-" || true)
	case $t in rules) what="a rules file" ;; doc) what="an API document" ;;
	db) what="a database file" ;; clang) what="a C file (libclang front end)" ;; esac
	echo "| fuzz_$t | $what | $secs | ${execs:-?} | ${cov:-?} | $corp | $crashes |" >>"$sect"
	echo "fuzz_$t: ${execs:-?} executions, coverage ${cov:-?}, $crashes crashes (exit $rc)"
done
{
	echo
	echo "Crashes found by earlier runs and fixed, each now a regression testcase:"
	for f in "$top"/testcases/errors/fuzz-*.c; do
		echo "- \`testcases/errors/$(basename "$f")\`: $(sed -n 's/^ \* check-name: //p' "$f")"
	done
	echo "<!-- end fuzz -->"
} >>"$sect"
section fuzz "$sect"
rm -f "$sect"
