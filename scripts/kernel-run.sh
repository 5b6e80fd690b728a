#!/bin/bash
# kernel-run.sh - sleepcheck on a real Linux tree (Debian's
# linux-source-6.1, or linux-source-6.12 with KVER=6.12): extracts it,
# configures it, runs kbuild with CHECK=sleepcheck over a set of
# directories, then `sleepcheck report`.
#
# usage: scripts/kernel-run.sh [arm|x86] [DIR...|all]
#   arm (default): ARCH=arm multi_v7_defconfig with gcc-arm-linux-gnueabihf;
#                  directories default to arch/arm/mm/ kernel/dma/ mm/
#   x86:           x86_64 defconfig; directories default to kernel/ mm/
#   all:           the whole tree (`make -k C=2`: vmlinux and modules); a
#                  file that does not build is skipped, the others go on
# Environment: KVER (6.1 or 6.12, default 6.1), SLEEPCHECK_KERNEL_DIR
# (default build/kernel-<arch>, or build/kernel-<arch>-<KVER> for 6.12), JOBS.
# testcases/kernel/sleepcheck_seed.c is dropped into kernel/dma/: it calls
# dma_alloc_coherent() with IRQs off, once with GFP_ATOMIC and once with
# GFP_KERNEL.  Installs missing packages when run as root.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
arch=${1:-arm}
[ $# -gt 0 ] && shift
case $arch in
arm)	mk=(ARCH=arm CROSS_COMPILE=arm-linux-gnueabihf-); config=multi_v7_defconfig
	dirs=${*:-arch/arm/mm/ kernel/dma/ mm/}; extra=gcc-arm-linux-gnueabihf ;;
x86)	mk=(); config=defconfig; dirs=${*:-kernel/ mm/}; extra= ;;
*)	echo "usage: $0 [arm|x86] [DIR...]" >&2; exit 2 ;;
esac
kver=${KVER:-6.1}
case $kver in
6.1) dir=${SLEEPCHECK_KERNEL_DIR:-$top/build/kernel-$arch} ;;
6.12) dir=${SLEEPCHECK_KERNEL_DIR:-$top/build/kernel-$arch-$kver} ;;
*) echo "kernel-run: KVER must be 6.1 or 6.12, not '$kver'" >&2; exit 2 ;;
esac
jobs=${JOBS:-$(nproc)}

need=""
for p in linux-source-$kver flex bison bc libelf-dev libssl-dev $extra; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		need="$need $p"
done
if [ -n "$need" ]; then
	[ "$(id -u)" = 0 ] || { echo "kernel-run: missing:$need (run as root or install them)" >&2; exit 2; }
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
fi
[ -x "$top/sleepcheck" ] || make -C "$top" sleepcheck >/dev/null

src=$dir/linux-source-$kver
if [ ! -f "$src/Makefile" ]; then
	mkdir -p "$dir"
	echo "kernel-run: extracting linux-source-$kver into $dir"
	tar -xf "/usr/src/linux-source-$kver.tar.xz" -C "$dir"
fi
cd "$src"
if [ ! -f .config ]; then
	make "${mk[@]}" "$config" >/dev/null
fi
echo "kernel-run: make prepare ($arch)"
make "${mk[@]}" -j"$jobs" prepare >/dev/null
cp "$top/testcases/kernel/sleepcheck_seed.c" kernel/dma/
grep -q sleepcheck_seed kernel/dma/Makefile || echo "obj-y += sleepcheck_seed.o" >> kernel/dma/Makefile
rm -f sleepcheck.db sleepcheck.db-wal sleepcheck.db-shm
echo "kernel-run: make C=2 CHECK=sleepcheck $dirs"
start=$(date +%s)
# shellcheck disable=SC2086
if [ "$dirs" = all ]; then
	make "${mk[@]}" -k -j"$jobs" C=2 CHECK="$top/sleepcheck --no-local-report" >build.log 2>&1 ||
		echo "kernel-run: some files did not build (build.log); the others were checked"
else
	make "${mk[@]}" -j"$jobs" C=2 CHECK="$top/sleepcheck --no-local-report" $dirs >build.log 2>&1 || {
		tail -n 20 build.log; echo "kernel-run: kbuild failed (build.log)"; exit 2; }
fi
echo "kernel-run: checked $(grep -c '  CHECK ' build.log) files in $(( $(date +%s) - start ))s"
echo "kernel-run: sleepcheck report (in $src)"
"$top/sleepcheck" report --stats
