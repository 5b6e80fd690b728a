#!/bin/bash
# install.sh - `make install` honours PREFIX, MANDIR and DESTDIR: the
# binaries (sleepcheck-clang too, with libclang), the rules with the
# phrase files rules-from-doc reads by default, and the man page, which
# man renders.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
make -s --no-print-directory install DESTDIR="$work/root" PREFIX=/opt/sc \
	SANITIZE="${SANITIZE:-}" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
rc=0
for f in bin/sleepcheck share/man/man1/sleepcheck.1 share/sleepcheck/rules/README \
	 share/sleepcheck/rules/dma-api.rules share/sleepcheck/rules/doc-patterns \
	 share/sleepcheck/rules/kdoc-patterns; do
	[ -f "$work/root/opt/sc/$f" ] || { echo "FAIL: not installed: /opt/sc/$f"; rc=1; }
done
[ -x "$work/root/opt/sc/bin/sleepcheck" ] || { echo "FAIL: the binary is not executable"; rc=1; }
# built with libclang: scan and clang-check run sleepcheck-clang, next to it
if [ -x "$top/sleepcheck-clang" ]; then
	[ -x "$work/root/opt/sc/bin/sleepcheck-clang" ] ||
		{ echo "FAIL: sleepcheck-clang is not installed next to sleepcheck"; rc=1; }
	"$work/root/opt/sc/bin/sleepcheck" scan --help 2>&1 | grep -q "usage: sleepcheck scan" ||
		{ echo "FAIL: the installed sleepcheck does not run the installed sleepcheck-clang"; rc=1; }
fi
extra=$(cd "$work/root" && find . -type f | grep -v '^\./opt/sc/' || true)
[ -z "$extra" ] || { echo "FAIL: installed outside PREFIX: $extra"; rc=1; }
if command -v man >/dev/null; then
	MANWIDTH=80 man -l "$work/root/opt/sc/share/man/man1/sleepcheck.1" 2>&1 |
		grep -q "sleepcheck - find Linux kernel code" ||
		{ echo "FAIL: man does not render the installed page"; rc=1; }
fi
exit $rc
