#!/bin/bash
# kdoc-rules.sh - rules/kdoc-6.1.rules and rules/kdoc-6.12.rules are what
# `sleepcheck rules-from-doc --kernel-doc` makes of the kernel-doc comments
# (the .c and .h files) and Documentation/driver-api/dmaengine/provider.rst
# of Debian's linux-source-6.1 and linux-source-6.12, read at test time and
# never copied into this repository: regenerating each must reproduce the
# shipped file.  Skips (77) when a source package is not installed, unless
# SLEEPCHECK_REQUIRE_KERNEL_SOURCE=1.
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
	if ! diff -u "$top/rules/kdoc-$v.rules" "$work/kdoc-$v.rules"; then
		echo "rules/kdoc-$v.rules differs from the regenerated file"
		status=1
		continue
	fi
	grep -q "^version $v\$" "$work/kdoc-$v.rules" || {
		echo "kdoc-$v.rules has no 'version $v' guard"; status=1; }
	echo "rules/kdoc-$v.rules regenerated from linux-source-$v: identical" \
		"($(grep -c '^doc-sleep\|^contract' "$work/kdoc-$v.rules") rules)"
done
exit $status
