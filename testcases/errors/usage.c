#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void usage(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: usage errors exit 2
 * check-exit-value: 0
 * check-command: sleepcheck; echo "exit $?"; sleepcheck report --frobnicate; echo "exit $?"; sleepcheck --version | sed "s/[0-9.]* (/N (/; s/, libclang front end//"
 *
 * check-output-start
exit 2
exit 2
sleepcheck N (sparse front end, schema 9)
 * check-output-end
 * check-error-start
usage: sleepcheck [--db=PATH] [--rules=DIR] [--summary=FILE]
                  [--sparse-warnings] [--no-local-report]
                  [-Wrt-wait-context | --preempt-rt]
                  [sparse/gcc options] FILE.c...
       sleepcheck report [--db=PATH] [--rules=DIR]
                  [--format=text|json|sarif|dot|html] [--srcroot=DIR]
                  [--baseline=FILE] [--write-baseline=FILE]
                  [--show-baselined] [--list-suppressed]
                  [--max-findings=N] [-Werror] [-Wno-contract]
                  [-Wno-sleep-in-atomic] [-Wno-sleep-in-atomic-indirect]
                  [-Wrt-wait-context | --preempt-rt]
                  [--show-all-paths] [--quiet]
                  [--list-unresolved] [--stats] [--summary=FILE]
       sleepcheck scan [-p BUILD_DIR | --compile-commands FILE]
                  [-j N] [--force] [--[no-]progress] [--drop-flag=F]
                  [report options] [PATH...]
       sleepcheck clang-check [--db=PATH] [--rules=DIR] [clang options] FILE.c...
       sleepcheck explain FUNCTION [--db=PATH] [--rules=DIR]
                  [--summary=FILE]
       sleepcheck summary [--db=PATH] [--rules=DIR] [-o FILE]
                  [--release=R] [--config=TEXT] [--include-indirect]
       sleepcheck dump-facts [--db=PATH]
       sleepcheck merge OUT.db SHARD.db...
       sleepcheck rules-from-doc [--patterns=FILE] DOC...
       sleepcheck rules-from-doc --kernel-doc [--patterns=FILE]
                  [--stats] [--list-skipped] TREE [PATH...]
       sleepcheck --version | --help

The first form checks C files (use it as kbuild's CHECK=) and
stores their facts in the database: --db, else $SLEEPCHECK_DB,
else ./sleepcheck.db.  'report' solves the whole database and
prints every call made in atomic context that may sleep.
Exit status: 0 clean, 1 findings (report: new ones, beyond
--max-findings), 2 error.
sleepcheck: error: unknown report option '--frobnicate'
 * check-error-end
 */
