#!/bin/bash
# allmod-net.sh - the network core and 46 network drivers of Linux 6.1
# x86_64 allmodconfig checked together (the objects listed in
# testcases/corpus/linux-6.1-x86_64-allmod-net.objs: net/core/dev.o,
# net/sched/sch_generic.o, kernel/notifier.o, the core files their chains
# need, drivers with ndo_start_xmit, ndo_tx_timeout, ndo_set_rx_mode and
# ndo_poll_controller), then `sleepcheck report` compared with the judged
# findings (scripts/corpus.py).
#
# usage: scripts/allmod-net.sh [--rerun]
#   --rerun: check the objects again; otherwise the database of the last
#            run is reported again (enough for a change to the solver, the
#            rules or the report)
# Environment: SLEEPCHECK_KERNEL_DIR (default build/kernel-x86-allmod),
# JOBS.  Needs linux-source-6.1 and the packages kernel-run.sh installs.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir=${SLEEPCHECK_KERNEL_DIR:-$top/build/kernel-x86-allmod}
src=$dir/linux-source-6.1
objs=$top/testcases/corpus/linux-6.1-x86_64-allmod-net.objs
verdicts=$top/testcases/corpus/linux-6.1-x86_64-allmod-net.verdicts
jobs=${JOBS:-$(nproc)}
rerun=0
case ${1:-} in
--rerun) rerun=1 ;;
"") ;;
*) echo "usage: $0 [--rerun]" >&2; exit 2 ;;
esac
[ -x "$top/sleepcheck" ] || make -C "$top" sleepcheck >/dev/null
export SLEEPCHECK_RULES=$top/rules SLEEPCHECK_DB=$src/sleepcheck.db
if [ ! -f "$src/Makefile" ]; then
	mkdir -p "$dir"
	echo "allmod-net: extracting linux-source-6.1 into $dir"
	tar -xf /usr/src/linux-source-6.1.tar.xz -C "$dir"
fi
cd "$src"
if [ ! -f .config ]; then
	make allmodconfig >/dev/null
	make -j"$jobs" prepare modules_prepare >/dev/null
fi
if [ $rerun = 1 ] || [ ! -f "$SLEEPCHECK_DB" ]; then
	rm -f "$SLEEPCHECK_DB" "$SLEEPCHECK_DB-wal" "$SLEEPCHECK_DB-shm"
	# shellcheck disable=SC2046
	make -k -j"$jobs" C=2 CHECK="$top/sleepcheck --no-local-report" \
		$(grep -v '^#' "$objs") >allmod-net.log 2>&1 ||
		echo "allmod-net: some files did not build (allmod-net.log)"
	echo "allmod-net: checked $(grep -c '  CHECK ' allmod-net.log) files"
fi
"$top/sleepcheck" report --stats >allmod-net-report.txt || [ $? = 1 ]
"$top/sleepcheck" report --format=json >allmod-net-report.json 2>/dev/null || [ $? = 1 ]
echo "allmod-net: $(grep -c ': warning: ' allmod-net-report.txt) findings, $(grep ': warning: ' \
	allmod-net-report.txt | grep -vc '^drivers/') with the warning outside drivers/ (report in $src)"
python3 "$top/scripts/corpus.py" "$verdicts" allmod-net-report.json
