#!/bin/bash
# corpus.sh - reruns a real tree and compares its findings with the judged
# corpus: false positives gone, true positives kept (losing one is a
# regression: exit 1), findings not yet judged.
#
# usage: scripts/corpus.sh [x86|arm] [--rerun] [--list-unjudged]
#   x86: Linux 6.1 x86_64 defconfig, the whole tree
#   arm: Linux 6.1 ARM multi_v7_defconfig, arch/arm/mm kernel/dma mm
#   --rerun: check the tree again (scripts/kernel-run.sh); otherwise the
#            database of the last run is reported again, which is what a
#            change to the solver, the rules or the report needs
# Environment: SLEEPCHECK_KERNEL_DIR as for kernel-run.sh.
# Verdicts: testcases/corpus/linux-6.1-<arch>.verdicts (format in
# scripts/corpus.py); the report is left in the tree as corpus-report.json.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
arch=${1:-x86}
[ $# -gt 0 ] && shift
rerun=0 list=
for a in "$@"; do
	case $a in
	--rerun) rerun=1 ;;
	--list-unjudged) list=--list-unjudged ;;
	*) echo "usage: $0 [x86|arm] [--rerun] [--list-unjudged]" >&2; exit 2 ;;
	esac
done
case $arch in
x86) scope=all; verdicts=$top/testcases/corpus/linux-6.1-x86_64-defconfig.verdicts ;;
arm) scope=; verdicts=$top/testcases/corpus/linux-6.1-arm-multi_v7.verdicts ;;
*) echo "usage: $0 [x86|arm] [--rerun] [--list-unjudged]" >&2; exit 2 ;;
esac
dir=${SLEEPCHECK_KERNEL_DIR:-$top/build/kernel-$arch}
src=$dir/linux-source-6.1
if [ $rerun = 1 ] || [ ! -f "$src/sleepcheck.db" ]; then
	# say so: the first run of the whole tree builds it (most of an hour)
	[ $rerun = 1 ] || echo "corpus: no database in $src: checking the tree" \
		"(set SLEEPCHECK_KERNEL_DIR for a tree checked before)" >&2
	# shellcheck disable=SC2086
	# kernel-run.sh exits 1 when the tree has findings
	SLEEPCHECK_KERNEL_DIR=$dir bash "$top/scripts/kernel-run.sh" "$arch" $scope >/dev/null ||
		[ $? -le 1 ]
fi
[ -f "$verdicts" ] || { echo "corpus: no verdicts file '$verdicts'" >&2; exit 2; }
cd "$src"
start=$(date +%s.%N)
rc=0
"$top/sleepcheck" report --format=json --rules="$top/rules" >corpus-report.json 2>corpus-report.err || rc=$?
[ $rc -le 1 ] || { cat corpus-report.err >&2; exit 2; }
echo "corpus: report in $(echo "$(date +%s.%N) - $start" | bc) s ($src)"
python3 "$top/scripts/corpus.py" "$verdicts" corpus-report.json $list
