#!/bin/bash
# qemu-arm-sleepcheck.sh - sleepcheck over the patched ARM tree that
# scripts/qemu-arm.sh built (the dmapool kernel's source and O= directory):
# puts testcases/kernel/sleepcheck_seed.c into kernel/dma/ for the run, as
# scripts/kernel-run.sh does, runs kbuild with C=2 CHECK=sleepcheck over
# arch/arm/mm/ and kernel/dma/, prints `sleepcheck report --stats`, then
# takes the seed out again so the kernel images stay as built.  The seed's
# GFP_ATOMIC call should come out clean and its GFP_KERNEL one reported;
# exit 1 otherwise.
#
# usage: scripts/qemu-arm-sleepcheck.sh   (Environment: ARM_KBUILD, JOBS)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
kbuild=${ARM_KBUILD:-/work/arm-kbuild}
out=$kbuild/out
jobs=${JOBS:-$(nproc)}
[ -x "$top/sleepcheck" ] || make -C "$top" sleepcheck >/dev/null
src=$("$top/kernel/arm-pool/setup.sh" dmapool "$kbuild")
[ -f "$out/.config" ] || { echo "qemu-arm-sleepcheck: $out/.config: missing (run scripts/qemu-arm.sh first)" >&2; exit 2; }

cp "$top/testcases/kernel/sleepcheck_seed.c" "$src/kernel/dma/"
cp "$src/kernel/dma/Makefile" "$kbuild/dma-Makefile.orig"
echo "obj-y += sleepcheck_seed.o" >>"$src/kernel/dma/Makefile"
restore() {
	cp "$kbuild/dma-Makefile.orig" "$src/kernel/dma/Makefile"
	rm -f "$src/kernel/dma/sleepcheck_seed.c"
}
trap restore EXIT
rm -f "$out/sleepcheck.db" "$out/sleepcheck.db-wal" "$out/sleepcheck.db-shm"
start=$(date +%s)
nice -n 10 make ARCH=arm CROSS_COMPILE=arm-linux-gnueabihf- -C "$src" O="$out" -j"$jobs" \
	C=2 CHECK="$top/sleepcheck --no-local-report" arch/arm/mm/ kernel/dma/ \
	>"$kbuild/sleepcheck.log" 2>&1 || {
	tail -n 20 "$kbuild/sleepcheck.log"; echo "qemu-arm-sleepcheck: kbuild failed ($kbuild/sleepcheck.log)" >&2; exit 2; }
echo "qemu-arm-sleepcheck: checked $(grep -c '  CHECK ' "$kbuild/sleepcheck.log") files in $(( $(date +%s) - start ))s"
cd "$out"
rc=0
"$top/sleepcheck" report --stats >"$kbuild/sleepcheck-report.txt" 2>&1 || rc=$?
cat "$kbuild/sleepcheck-report.txt"
[ $rc -le 1 ] || exit $rc
if grep -q "in 'sleepcheck_seed_atomic'" "$kbuild/sleepcheck-report.txt"; then
	echo "qemu-arm-sleepcheck: GFP_ATOMIC with IRQs off is reported on the patched tree" >&2
	exit 1
fi
grep -q "in 'sleepcheck_seed_kernel'" "$kbuild/sleepcheck-report.txt" ||
	{ echo "qemu-arm-sleepcheck: the GFP_KERNEL probe was not reported: the check did not bite" >&2; exit 1; }
echo "qemu-arm-sleepcheck: GFP_ATOMIC clean, GFP_KERNEL reported"
