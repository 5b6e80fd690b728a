#!/bin/bash
# dma-api-rules.sh - rules/dma-api.rules is what `sleepcheck
# rules-from-doc` makes of Linux 6.1 Documentation/core-api/dma-api.rst
# and dma-api-howto.rst (from Debian's linux-source-6.1, read at test
# time, never copied into this repository): regenerating it must
# reproduce the shipped file.
# Skips (77) without the package unless SLEEPCHECK_REQUIRE_KERNEL_SOURCE=1.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
tarball=/usr/src/linux-source-6.1.tar.xz
if [ ! -f $tarball ]; then
	echo "linux-source-6.1 is not installed"
	[ "${SLEEPCHECK_REQUIRE_KERNEL_SOURCE:-0}" = 1 ] && exit 1
	exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-doc.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Documentation/core-api"
for doc in dma-api.rst dma-api-howto.rst; do
	tar -xJf $tarball -O linux-source-6.1/Documentation/core-api/$doc \
		>"$work/Documentation/core-api/$doc" || exit 1
done
cd "$work" || exit 1
"$top/sleepcheck" rules-from-doc Documentation/core-api/dma-api.rst \
	Documentation/core-api/dma-api-howto.rst >dma-api.rules || exit 1
diff -u "$top/rules/dma-api.rules" dma-api.rules || {
	echo "rules/dma-api.rules differs from the regenerated file"; exit 1; }
grep -c "^contract\|^sleep" dma-api.rules | grep -qx 9 || { echo "expected 9 rules"; exit 1; }
echo "rules/dma-api.rules regenerated from the 6.1 documents: identical"
