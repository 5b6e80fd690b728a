#!/bin/sh
# demo.sh - `make demo`: checks the bundled reproduction of the seed bug
# (testcases/seed/, Linux 3.18 on ARM, six files) and prints the chain
# from the driver that disables IRQs down to the GFP_KERNEL page-table
# allocation.
set -u
cd "$(dirname "$0")/.."
db=build/demo.db
rm -f "$db" "$db-wal" "$db-shm"
echo "== sleepcheck on the seed: dma_alloc_coherent() with IRQs off, Linux 3.18 ARM"
for f in testcases/seed/drivers/net/seed_eth.c testcases/seed/kernel/dma/mapping.c \
	 testcases/seed/arch/arm/mm/dma-mapping.c testcases/seed/drivers/base/dma-mapping.c \
	 testcases/seed/mm/vmalloc.c testcases/seed/mm/memory.c; do
	echo "   CHECK   $f"
	./sleepcheck --db="$db" --no-local-report -Itestcases/include \
		-Itestcases/seed/include "$f" || exit 2
done
echo "== sleepcheck report --db=$db"
./sleepcheck report --db="$db"
rc=$?
[ $rc = 1 ] && echo "== 1 finding (exit status 1), as expected" && exit 0
echo "== unexpected exit status $rc" >&2
exit 2
