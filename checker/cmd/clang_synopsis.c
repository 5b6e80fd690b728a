/*
 * clang_synopsis.c - the usage lines of the two libclang commands, scan
 * (clang_scan.c) and clang-check (clang_check.c), apart from them: both
 * binaries show them in --help, sleepcheck-clang, which runs the
 * commands, and sleepcheck, which hands them to it (clang_exec.c).
 */
#include "cmd.h"

/* the usage lines after "sleepcheck " (main.c, --help) */
const char scan_synopsis[] =
	"scan [-p BUILD_DIR | --compile-commands FILE]\n"
	"                  [-j N] [--force] [--[no-]progress] [--drop-flag=F]\n"
	"                  [report options] [PATH...]";

const char clang_check_synopsis[] =
	"clang-check [--db=PATH] [--rules=DIR] [clang options] FILE.c...";
