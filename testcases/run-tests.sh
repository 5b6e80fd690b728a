#!/bin/bash
# run-tests.sh - runs sleepcheck's tests; `make check` calls it.
#
# A test is a C file under testcases/ whose trailing comment holds tags in
# the style of sparse's validation suite:
#   check-name: NAME
#   check-command: SHELL COMMAND ($file, $dir and $tmp are substituted;
#                  'sleepcheck' is this tree's binary; $SLEEPCHECK_DB
#                  points into a fresh per-test directory)
#   check-exit-value: N           (default 0)
#   check-known-to-fail
#   check-output-start ... check-output-end   expected stdout
#   check-error-start ... check-error-end     expected stderr
# A missing block expects empty output.  Executable scripts in
# testcases/scripts/ are tests too: exit 0 passes, 77 skips, else fails.
#
# usage: run-tests.sh [-u] [FILE...]
#   -u  rewrite the expected blocks of the named tests from their actual
#       output (review the diff before committing)
set -u

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
update=0
if [ "${1:-}" = "-u" ]; then
	update=1
	shift
fi
export PATH="$top:$PATH"
export SLEEPCHECK_RULES="$top/rules"
# sparse never frees its allocations by design; do not count them as leaks
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
unset SLEEPCHECK_DB

work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-tests.XXXXXX")
trap 'rm -rf "$work"' EXIT

pass=0 fail=0 xfail=0 skip=0

tag() {	# tag NAME FILE: the value of the first 'NAME:' line
	sed -n "s/^[ *]*$1:[[:space:]]*//p" "$2" | head -n 1
}

block() {	# block START END FILE
	awk -v s="$1" -v e="$2" '
		$0 ~ "^[ *]*" e "[[:space:]]*$" { on = 0 }
		on { print }
		$0 ~ "^[ *]*" s "[[:space:]]*$" { on = 1 }' "$3"
}

run_c_test() {
	local file=$1 name cmd want_exit xf t rc
	name=$(tag check-name "$file")
	cmd=$(tag check-command "$file")
	want_exit=$(tag check-exit-value "$file")
	want_exit=${want_exit:-0}
	xf=0
	grep -q "check-known-to-fail" "$file" && xf=1
	t=$(mktemp -d "$work/t.XXXXXX")
	cmd=${cmd//\$file/$file}
	cmd=${cmd//\$dir/$(dirname "$file")}
	cmd=${cmd//\$tmp/$t}
	SLEEPCHECK_DB="$t/sleepcheck.db" bash -c "$cmd" >"$t/out" 2>"$t/err"
	rc=$?
	if [ $update = 1 ]; then
		awk '
			/^[ *]*check-(output|error)-start/ { skip = 1 }
			!skip { print }
			/^[ *]*check-(output|error)-end/ { skip = 0 }' "$file" |
		sed '$d' >"$t/new"
		# drop trailing blank comment lines left by removed blocks
		while [ "$(tail -n 1 "$t/new")" = " *" ]; do sed -i '$d' "$t/new"; done
		{
			cat "$t/new"
			echo " *"
			if [ -s "$t/out" ]; then
				echo " * check-output-start"; cat "$t/out"; echo " * check-output-end"
			fi
			if [ -s "$t/err" ]; then
				echo " * check-error-start"; cat "$t/err"; echo " * check-error-end"
			fi
			echo " */"
		} >"$file.new" && mv "$file.new" "$file"
		sed -i "s/^\([ *]*check-exit-value:\).*/\1 $rc/" "$file"
		grep -q "check-exit-value:" "$file" || \
			sed -i "0,/check-command:/s//check-exit-value: $rc\n * check-command:/" "$file"
		echo "UPDATED $file ($name)"
		return
	fi
	block check-output-start check-output-end "$file" >"$t/want-out"
	block check-error-start check-error-end "$file" >"$t/want-err"
	local ok=1
	[ "$rc" = "$want_exit" ] || ok=0
	cmp -s "$t/out" "$t/want-out" || ok=0
	cmp -s "$t/err" "$t/want-err" || ok=0
	if [ $ok = 1 ] && [ $xf = 0 ]; then
		echo "PASS  $file ($name)"; pass=$((pass + 1))
	elif [ $ok = 0 ] && [ $xf = 1 ]; then
		echo "XFAIL $file ($name)"; xfail=$((xfail + 1))
	elif [ $ok = 1 ]; then
		echo "FAIL  $file ($name): known to fail, but passed"; fail=$((fail + 1))
	else
		echo "FAIL  $file ($name)"
		[ "$rc" = "$want_exit" ] || echo "      exit status $rc, expected $want_exit"
		diff -u "$t/want-out" "$t/out" | sed 's/^/      stdout: /' | head -n 40
		diff -u "$t/want-err" "$t/err" | sed 's/^/      stderr: /' | head -n 40
		fail=$((fail + 1))
	fi
}

run_script_test() {
	local file=$1 rc
	"$file" >"$work/script.log" 2>&1
	rc=$?
	if [ $rc = 0 ]; then
		echo "PASS  $file"; pass=$((pass + 1))
	elif [ $rc = 77 ]; then
		echo "SKIP  $file: $(tail -n 1 "$work/script.log")"; skip=$((skip + 1))
	else
		echo "FAIL  $file (exit $rc)"
		tail -n 30 "$work/script.log" | sed 's/^/      /'
		fail=$((fail + 1))
	fi
}

if [ $# -gt 0 ]; then
	tests=("$@")
else
	mapfile -t tests < <(grep -rl --include='*.c' "check-name:" testcases | sort)
	mapfile -t -O "${#tests[@]}" tests < <(find testcases/scripts -maxdepth 1 \
		-name '*.sh' -perm -u+x 2>/dev/null | sort)
fi

for f in "${tests[@]}"; do
	case $f in
	*.sh) run_script_test "$f" ;;
	*) run_c_test "$f" ;;
	esac
done

[ $update = 1 ] && exit 0
echo "$pass passed, $fail failed ($xfail known to fail, $skip skipped)"
[ $fail = 0 ]
