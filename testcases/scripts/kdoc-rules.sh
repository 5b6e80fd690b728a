#!/bin/bash
# kdoc-rules.sh - rules/kdoc-6.1.rules and rules/kdoc-6.12.rules are what
# `sleepcheck rules-from-doc --kernel-doc` makes of the kernel-doc comments
# (the .c and .h files) and Documentation/driver-api/dmaengine/provider.rst
# of Debian's linux-source-6.1 and linux-source-6.12, read at test time and
# never copied into this repository: regenerating each must reproduce the
# shipped file when the installed source is the point release it names
# (its first line); another one may move line numbers and change at most
# 2% of the rule lines (said, and counted).  Either way the regenerated
# file keeps its `version` guard.  Skips (77) when a source package is not
# installed, unless SLEEPCHECK_REQUIRE_KERNEL_SOURCE=1.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
missing=""
for v in 6.1 6.12; do
	[ -f /usr/src/linux-source-$v.tar.xz ] || missing="$missing linux-source-$v"
done
if [ -n "$missing" ]; then
	echo "not installed:$missing"
	[ "${SLEEPCHECK_REQUIRE_KERNEL_SOURCE:-0}" = 1 ] && exit 1
	exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-kdoc.XXXXXX")
trap 'rm -rf "$work"' EXIT
status=0
for v in 6.1 6.12; do
	mkdir -p "$work/$v"
	tar -xJf /usr/src/linux-source-$v.tar.xz -C "$work/$v" --strip-components=1 \
		--wildcards "linux-source-$v/*.[ch]" "linux-source-$v/Makefile" \
		"linux-source-$v/Documentation/driver-api/dmaengine/provider.rst" || exit 1
	"$top/sleepcheck" rules-from-doc --kernel-doc "$work/$v" >"$work/kdoc-$v.rules" ||
		exit 1
	rm -rf "${work:?}/$v"
	shipped=$(sed -n '1s/.* from Linux \([0-9.]*\):$/\1/p' "$top/rules/kdoc-$v.rules")
	have=$(sed -n '1s/.* from Linux \([0-9.]*\):$/\1/p' "$work/kdoc-$v.rules")
	if [ "$shipped" != "$have" ]; then
		# Debian moved to another point release since the file was
		# made: line numbers move and a statement or two comes or
		# goes; the rules themselves must stay within 2%
		changed=$(diff <(grep -v '^#' "$top/rules/kdoc-$v.rules" | grep .) \
			<(grep -v '^#' "$work/kdoc-$v.rules" | grep .) | grep -c '^[<>]')
		total=$(grep -c '^doc-sleep\|^contract' "$top/rules/kdoc-$v.rules")
		echo "rules/kdoc-$v.rules is from Linux ${shipped:-?}, the installed source is" \
			"${have:-?}: $changed of $total rule lines differ (regenerate it with" \
			"sleepcheck rules-from-doc --kernel-doc)"
		[ $((changed * 50)) -le "$total" ] || status=1
	elif ! diff -u "$top/rules/kdoc-$v.rules" "$work/kdoc-$v.rules"; then
		echo "rules/kdoc-$v.rules differs from the regenerated file"
		status=1
		continue
	else
		echo "rules/kdoc-$v.rules regenerated from linux-source-$v: identical" \
			"($(grep -c '^doc-sleep\|^contract' "$work/kdoc-$v.rules") rules)"
	fi
	grep -q "^version $v\$" "$work/kdoc-$v.rules" || {
		echo "kdoc-$v.rules has no 'version $v' guard"; status=1; }
done
exit $status
