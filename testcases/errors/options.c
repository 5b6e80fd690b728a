#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

/*
 * Every command reads its options with getopt_long from a table of its
 * own: --opt V as well as --opt=V, unambiguous abbreviations; an
 * unknown, ambiguous, valueless or value-taking-none option is one line
 * naming it and status 2.  The CHECK= mode takes its own options only
 * written in full (--db V too) and hands anything else to sparse
 * (-Wno-xyz, -D, -include FILE), as it always has.
 */
void opts(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: options of every command: space form, abbreviations, one error line for a bad option
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report --db $tmp/a.db -Wno-xyz -D FOO=1 -include testcases/include/linux/spinlock.h -Itestcases/include $file; echo "check $?"; sleepcheck --db; echo "check $?"; sleepcheck --no-local-report=1 $file; echo "check $?"; sleepcheck report --db $tmp/a.db --write-baseline $tmp/b.txt; echo "write-baseline $?"; sleepcheck report --d $tmp/a.db --base $tmp/b.txt -q; echo "report abbreviated $?"; sleepcheck report --db=$tmp/a.db --show; echo "report $?"; sleepcheck report --db=$tmp/a.db --stats=1; echo "report $?"; sleepcheck explain --d $tmp/a.db opts >/dev/null; echo "explain $?"; sleepcheck explain --frob opts; echo "explain $?"; sleepcheck dump-facts --db $tmp/a.db | wc -l; sleepcheck dump-facts --dbx=1; echo "dump-facts $?"; sleepcheck summary --db $tmp/a.db --rel 6.1 --conf none -o $tmp/s.txt; echo "summary $? $(sed -n 2p $tmp/s.txt)"; sleepcheck summary -x; echo "summary $?"; sleepcheck merge --help | head -n 1; sleepcheck merge -z $tmp/m.db $tmp/a.db; echo "merge $?"; sleepcheck rules-from-doc --pat; echo "rules-from-doc $?"; sleepcheck rules-from-doc --kernel-doc --bogus tree; echo "rules-from-doc $?"
 *
 * check-output-start
check 0
check 2
check 2
write-baseline 0
report abbreviated 0
report 2
report 2
explain 0
explain 2
9
dump-facts 2
summary 0 # release: 6.1
summary 2
usage: sleepcheck merge OUT.db SHARD.db...
merge 2
rules-from-doc 2
rules-from-doc 2
 * check-output-end
 * check-error-start
sleepcheck: error: check option '--db' needs a value
sleepcheck: error: check option '--no-local-report' takes no value
sleepcheck: error: ambiguous report option '--show'
sleepcheck: error: report option '--stats' takes no value
sleepcheck: error: unknown explain option '--frob'
sleepcheck: error: unknown dump-facts option '--dbx=1'
sleepcheck: error: unknown summary option '-x'
sleepcheck: error: unknown merge option '-z'
sleepcheck: error: rules-from-doc option '--pat' needs a value
sleepcheck: error: unknown rules-from-doc option '--bogus'
 * check-error-end
 */
