#!/bin/bash
# manpage.sh - sleepcheck.1 documents the options `sleepcheck --help`
# lists, command by command, and no others: for each command of the
# usage, the options of its synopsis against the .TP tags of its section
# of the man page (the lines after `.\" command: NAME`; the first form is
# "check").  Also the page itself: groff reads it without a warning.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-man.XXXXXX")
trap 'rm -rf "$work"' EXIT
rc=0

# the options of a text: -x, --name, -Wname; --[no-]x is both
options() {
	sed 's/--\[no-\]\([a-z-]*\)/--\1 --no-\1/g' |
		grep -oE '(^|[^A-Za-z0-9-])--?[A-Za-z][A-Za-z0-9-]*' |
		sed 's/^[^-]*//' | sort -u
}

./sleepcheck --help >"$work/help" || exit 1
# the usage, one command a chunk: "check" for the first form
awk -v dir="$work" '
	/^(usage:|      ) sleepcheck / {
		line = $0
		sub(/^(usage:|      ) sleepcheck /, "", line)
		if (line ~ /^--version/) { cmd = ""; next }
		split(line, w, " ")
		cmd = (w[1] ~ /^[a-z]/) ? w[1] : "check"
		if (cmd != "check") sub(/^[a-z-]+ ?/, "", line)
		print line >> (dir "/help." cmd)
		next
	}
	/^                  / && cmd != "" { print >> (dir "/help." cmd) }
	/^$/ { cmd = "" }' "$work/help"
# the man page: each .TP tag after a command marker, fonts and \- undone
awk -v dir="$work" '
	/^\.\\" command: / { cmd = $3; next }
	/^\.S[HS] / && !/^\.SS / { cmd = "" }
	cmd != "" && tag { print >> (dir "/man." cmd); tag = 0; next }
	cmd != "" && /^\.TP/ { tag = 1 }' sleepcheck.1
sed -i 's/\\f[BIRP]//g; s/\\-/-/g' "$work"/man.* 2>/dev/null

n=0
for h in "$work"/help.*; do
	cmd=${h##*/help.}
	n=$((n + 1))
	m=$work/man.$cmd
	if ! grep -q "^\.\\\\\" command: $cmd\$" sleepcheck.1; then
		echo "FAIL: sleepcheck.1 has no section for '$cmd'"
		rc=1
		continue
	fi
	[ -f "$m" ] || : >"$m"
	options <"$h" >"$work/h"
	options <"$m" >"$work/m"
	if ! diff -u --label "--help of $cmd" --label "sleepcheck.1 $cmd" \
		"$work/h" "$work/m"; then
		echo "FAIL: '$cmd': the options of --help and of sleepcheck.1 differ"
		rc=1
	fi
done
for m in $(grep -o '^\.\\" command: .*' sleepcheck.1 | sed 's/.* //'); do
	[ -f "$work/help.$m" ] || { echo "FAIL: sleepcheck.1 documents '$m', --help does not"; rc=1; }
done
if [ $n -lt 9 ]; then
	echo "FAIL: only $n commands read from --help"
	rc=1
fi
if command -v groff >/dev/null; then
	groff -man -Tutf8 -ww -z sleepcheck.1 >"$work/groff" 2>&1
	if [ -s "$work/groff" ]; then
		echo "FAIL: groff warns on sleepcheck.1:"
		cat "$work/groff"
		rc=1
	fi
fi
exit $rc
