#!/bin/bash
# alloc.sh - the atomic pool against a genalloc-style first-fit bitmap and
# glibc (bench/alloc-bench.c); writes its section of bench/RESULTS.md.
# usage: bench/alloc.sh [OPS]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/lib.sh"
make -C "$top" -s bench/alloc-bench
ops=${1:-400000}
out=$(mktemp)
{
	echo "<!-- begin alloc -->"
	echo "## The atomic pool against a first-fit bitmap and glibc"
	echo
	echo "Command: \`bash bench/alloc.sh $ops\`, $(date -u +%Y-%m-%d), $(nproc) cores."
	echo "All three take the same spinlock (signal blocking left out: in user space"
	echo "it is two system calls that the kernel's local_irq_save() does not pay)."
	echo "Mixed sizes: 70% one page, 20% two to four, 10% eight to sixteen; each"
	echo "operation timed with CLOCK_MONOTONIC, so figures include ~20-40 ns of clock."
	echo
	"$top/bench/alloc-bench" "$ops"
	echo "<!-- end alloc -->"
} >"$out"
section alloc "$out"
rm -f "$out"
cat "$top/bench/RESULTS.md" | sed -n '/begin alloc/,/end alloc/p'
