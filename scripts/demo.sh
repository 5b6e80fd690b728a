#!/bin/sh
# demo.sh - `make demo`: checks the bundled reproduction of the seed bug
# (testcases/seed/, Linux 3.18 on ARM, six files) and prints the broken
# DMA-API contract in the DMA code itself, with the driver that relies on
# it with IRQs off and the chain down to the GFP_KERNEL page-table
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
./sleepcheck report --db="$db" >"$db.out"
rc=$?
cat "$db.out"
n=$(grep -c "warning:" "$db.out")
if [ $rc = 1 ] && [ "$n" = 2 ] && grep -q "'seed_eth_refill' calls it here" "$db.out"; then
	echo "== 2 findings (exit status 1), as expected: the documented contract"
	echo "   that dma_alloc_coherent() and dma_alloc_attrs() break (-Wcontract),"
	echo "   found in the DMA code itself, where the fix goes; the driver's"
	echo "   call with IRQs off, which the contract allows, is named there"
	exit 0
fi
echo "== unexpected: exit status $rc, $n findings" >&2
exit 2
