#!/bin/bash
# setup.sh - puts Debian's linux-source-6.1 into one of the two states the
# qemu-arm test builds, in a folder outside the repository:
#
#   genalloc  the unpatched atomic pool (lib/genalloc.c), plus the self-test
#   dmapool   the same with atomic-pool-dmapool.patch applied and
#             allocator/dmapool.c, dmapool.h and platform.h copied into
#             arch/arm/mm/ (built with -DPOOL_KERNEL)
#
# Both states carry dma_pool_selftest.c in arch/arm/mm/, so the two
# kernels run the same test.  Switching state reverts or applies the patch
# in place, so one O= build directory rebuilds only what changed.
#
# usage: setup.sh genalloc|dmapool [KBUILD]   (KBUILD default /work/arm-kbuild)
# prints the source directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
state=${1:-}
kbuild=${2:-${ARM_KBUILD:-/work/arm-kbuild}}
src=$kbuild/linux-source-6.1
patch=$here/atomic-pool-dmapool.patch
case $state in
genalloc|dmapool) ;;
*) echo "usage: $0 genalloc|dmapool [KBUILD]" >&2; exit 2 ;;
esac
if [ ! -f "$src/Makefile" ]; then
	[ -f /usr/src/linux-source-6.1.tar.xz ] ||
		{ echo "setup.sh: /usr/src/linux-source-6.1.tar.xz: missing (apt-get install linux-source-6.1)" >&2; exit 2; }
	mkdir -p "$kbuild"
	tar -xf /usr/src/linux-source-6.1.tar.xz -C "$kbuild"
fi
mm=$src/arch/arm/mm
# copies only what differs, so make sees no change when there is none
put() { cmp -s "$1" "$2" || cp "$1" "$2"; }
put "$here/dma_pool_selftest.c" "$mm/dma_pool_selftest.c"
grep -q dma_pool_selftest "$mm/Makefile" ||
	printf '\n# issue 18 self-test (kernel/arm-pool/)\nobj-$(CONFIG_MMU)\t\t+= dma_pool_selftest.o\n' >> "$mm/Makefile"

applied=0
patch -d "$src" -p1 -R --dry-run -s -f < "$patch" >/dev/null 2>&1 && applied=1
if [ "$state" = dmapool ]; then
	for f in dmapool.c dmapool.h platform.h; do
		put "$top/allocator/$f" "$mm/$f"
	done
	[ $applied = 1 ] || patch -d "$src" -p1 -s < "$patch" ||
		{ echo "setup.sh: $patch does not apply to $src" >&2; exit 2; }
else
	[ $applied = 0 ] || patch -d "$src" -p1 -R -s < "$patch"
	rm -f "$mm/dmapool.c" "$mm/dmapool.h" "$mm/platform.h"
fi
echo "$src"
