#!/bin/bash
# qemu-arm.sh - issue 18: allocator/'s pool serving ARM's atomic
# DMA-coherent allocations inside Linux 6.1, booted under QEMU next to the
# unpatched kernel (genalloc).  `make qemu-arm` runs it; not part of CI.
#
#  1. installs the cross compiler and QEMU from Debian if missing;
#  2. extracts linux-source-6.1 into $ARM_KBUILD (default /work/arm-kbuild,
#     outside the repository) and configures it once
#     (kernel/arm-pool/config.sh: multi_v7_defconfig, the debug options,
#     a trim of unused drivers);
#  3. builds the genalloc kernel, then applies the patch
#     (kernel/arm-pool/setup.sh) and builds the dmapool kernel in the same
#     O= directory, so the second build only recompiles what the patch
#     touches; both images are kept as $ARM_KBUILD/zImage-{genalloc,dmapool};
#  4. builds a static init (kernel/arm-pool/init.c) into an initramfs;
#  5. boots each kernel under qemu-system-arm -M virt with the same command
#     line, keeps the console in $ARM_KBUILD/console-<kernel>.log, prints
#     the self-test's table and the pool's counters, and fails on a sleep
#     in atomic context, a lockdep or DMA-API debug report, any other
#     WARNING/BUG/Oops, a pool inconsistency or a test that did not finish;
#  6. runs sleepcheck over the patched arch/arm/mm/ and kernel/dma/ with the
#     seed probe (scripts/qemu-arm-sleepcheck.sh): GFP_ATOMIC must be clean.
#
# usage: scripts/qemu-arm.sh [genalloc|dmapool ...]   (default: both)
# Environment: ARM_KBUILD, JOBS (default nproc), QEMU_TIMEOUT (seconds per
# boot, default 300; a clean boot takes under a minute), QEMU_APPEND (extra kernel parameters).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
kdir=$top/kernel/arm-pool
kbuild=${ARM_KBUILD:-/work/arm-kbuild}
out=$kbuild/out
jobs=${JOBS:-$(nproc)}
kernels=${*:-genalloc dmapool}
mk=(ARCH=arm CROSS_COMPILE=arm-linux-gnueabihf-)
append="console=ttyAMA0 coherent_pool=2M ${QEMU_APPEND:-}"

need=""
for p in gcc-arm-linux-gnueabihf libc6-dev-armhf-cross qemu-system-arm \
	linux-source-6.1 flex bison bc libssl-dev libelf-dev; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		need="$need $p"
done
if [ -n "$need" ]; then
	[ "$(id -u)" = 0 ] || { echo "qemu-arm: missing:$need (run as root or install them)" >&2; exit 2; }
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
fi

src=$("$kdir/setup.sh" genalloc "$kbuild")
[ -f "$out/.config" ] || "$kdir/config.sh" "$src" "$out"

for k in $kernels; do
	case $k in
	genalloc|dmapool) ;;
	*) echo "qemu-arm: unknown kernel '$k' (genalloc or dmapool)" >&2; exit 2 ;;
	esac
	"$kdir/setup.sh" "$k" "$kbuild" >/dev/null
	echo "qemu-arm: building the $k kernel (log: $kbuild/build-$k.log)"
	start=$(date +%s)
	nice -n 10 make "${mk[@]}" -C "$src" O="$out" -j"$jobs" zImage >"$kbuild/build-$k.log" 2>&1 || {
		tail -n 20 "$kbuild/build-$k.log"; echo "qemu-arm: $k kernel did not build" >&2; exit 2; }
	cp "$out/arch/arm/boot/zImage" "$kbuild/zImage-$k"
	echo "qemu-arm: $k kernel built in $(( $(date +%s) - start ))s"
done

arm-linux-gnueabihf-gcc -static -Os -Wall -Wextra -o "$kbuild/init" "$kdir/init.c"
cat >"$kbuild/initramfs.list" <<EOF
dir /dev 0755 0 0
nod /dev/console 0600 0 0 c 5 1
nod /dev/kmsg 0600 0 0 c 1 11
dir /sys 0755 0 0
file /init $kbuild/init 0755 0 0
EOF
"$out/usr/gen_init_cpio" "$kbuild/initramfs.list" >"$kbuild/initramfs.cpio"

bad='sleeping function called from invalid context|possible circular locking|'
bad+='inconsistent lock state|possible recursive locking|lock inversion|'
bad+='turning off the locking correctness validator|BUG:|WARNING:|Oops|'
bad+='Kernel panic|DMA-API: .*(device address|leak|driver)|pool inconsistency|'
bad+='dma-pool-selftest: done: FAIL'
status=0
for k in $kernels; do
	log=$kbuild/console-$k.log
	echo "qemu-arm: booting the $k kernel ($append)"
	timeout "${QEMU_TIMEOUT:-300}" qemu-system-arm -M virt -cpu cortex-a15 -smp 2 -m 512 \
		-nographic -no-reboot -kernel "$kbuild/zImage-$k" \
		-initrd "$kbuild/initramfs.cpio" -append "$append" >"$log" 2>&1 || true
	tr -d '\r' <"$log" >"$log.tmp" && mv "$log.tmp" "$log"
	grep -E 'dma-pool-selftest: (\||filled|capacity)|pool-stats:|DMA: preallocated' "$log" |
		sed 's/^\[ *[0-9.]*\] //' || true
	if grep -nE "$bad" "$log"; then
		echo "qemu-arm: $k: the console has the report(s) above ($log)" >&2
		status=1
	elif ! grep -q 'dma-pool-selftest: done: PASS' "$log" ||
	     ! grep -q 'init: self-test finished' "$log"; then
		echo "qemu-arm: $k: the self-test did not finish ($log)" >&2
		status=1
	else
		echo "qemu-arm: $k: clean console, self-test passed"
	fi
done
case " $kernels " in
*" dmapool "*) bash "$top/scripts/qemu-arm-sleepcheck.sh" || status=1 ;;
esac
exit $status
