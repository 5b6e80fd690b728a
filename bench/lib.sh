# bench/lib.sh - helpers shared by the benchmark scripts.
#
# measure CMD...: runs CMD, sets WALL (s), CPU (user+sys, s), RSS (peak
# KiB of the largest process) and RC.  Uses GNU time if present, else the
# shell's times (no RSS).
measure() {
	local out
	out=$(mktemp)
	if [ -x /usr/bin/time ]; then
		RC=0
		/usr/bin/time -f "%e %U %S %M" -o "$out" "$@" >/dev/null 2>&1 || RC=$?
		read -r WALL u s RSS < <(tail -n 1 "$out")
		CPU=$(printf "%.2f" "$(echo "$u + $s" | bc)")
	else
		local t0 t1
		t0=$(date +%s.%N)
		RC=0
		"$@" >/dev/null 2>&1 || RC=$?
		t1=$(date +%s.%N)
		WALL=$(echo "$t1 - $t0" | bc)
		CPU=$WALL
		RSS=0
	fi
	rm -f "$out"
}

# section NAME FILE: replaces the section NAME of bench/RESULTS.md with FILE
section() {
	local name=$1 file=$2 res
	res=$(dirname "${BASH_SOURCE[0]}")/RESULTS.md
	[ -f "$res" ] || printf '# sleepcheck benchmarks\n\nEach section is written by the script it names; rerun it to refresh.\n' >"$res"
	awk -v n="$name" -v f="$file" '
		$0 == "<!-- begin " n " -->" { skip = 1; while ((getline l < f) > 0) print l; next }
		$0 == "<!-- end " n " -->" { skip = 0; next }
		!skip { print }' "$res" >"$res.new"
	grep -q "<!-- begin $name -->" "$res" || cat "$file" >>"$res.new"
	mv "$res.new" "$res"
}
