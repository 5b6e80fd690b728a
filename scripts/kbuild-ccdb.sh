#!/bin/bash
# kbuild-ccdb.sh - compile_commands.json from the .*.o.cmd files kbuild
# leaves beside each object, for trees whose kbuild lacks
# scripts/clang-tools/gen_compile_commands.py (Debian's linux-headers
# packages, out-of-tree modules).
#
# usage: scripts/kbuild-ccdb.sh KERNEL_BUILD_DIR OBJ_DIR > compile_commands.json
#   KERNEL_BUILD_DIR: where make ran (relative -I paths start there)
#   OBJ_DIR: the tree searched for .*.o.cmd (M= directory, or the kernel)
set -euo pipefail
kdir=$(cd "$1" && pwd)
odir=$(cd "$2" && pwd)
find "$odir" -name '.*.o.cmd' | LC_ALL=C sort | while read -r f; do
	src=$(sed -n 's/^source_[^ ]* := //p' "$f" | head -n 1)
	# C sources kbuild checks (C=1/2 skips the generated *.mod.c)
	case $src in *.mod.c) continue ;; *.c) ;; *) continue ;; esac
	cmd=$(sed -n 's/^\(saved\)\{0,1\}cmd_[^ ]* := //p' "$f" | head -n 1)
	# the compiler command ends with the source file (objtool may follow)
	cmd=${cmd%%" $src"*}" $src"
	case $src in /*) ;; *) src=$kdir/$src ;; esac
	printf '%s\0%s\0%s\0' "$kdir" "$src" "$cmd"
done | awk 'BEGIN { RS = "\0"; n = 0; printf "[" }
function esc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); return s }
{ v[NR % 3] = $0 }
NR % 3 == 0 {
	printf "%s\n  {\"directory\": \"%s\", \"file\": \"%s\", \"command\": \"%s\"}",
	       n++ ? "," : "", esc(v[1]), esc(v[2]), esc(v[0])
}
END { print "\n]" }'
