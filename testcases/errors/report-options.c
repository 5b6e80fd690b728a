#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

/*
 * report's options take their value as --opt=V or --opt V, and
 * unambiguous abbreviations, as GNU tools do; a missing value or a
 * stray word is a usage error (status 2).
 */
void opts(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: report options: --opt V as well as --opt=V, abbreviations, usage errors
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --write-baseline $tmp/b.txt; echo "write $?"; sleepcheck report --baseline $tmp/b.txt --format text; echo "space form $?"; sleepcheck report --base=$tmp/b.txt --form=json -q; echo "abbreviated $?"; sleepcheck report --max-findings 1 -q; echo "max $?"; sleepcheck report --format; echo "missing $?"; sleepcheck report stray; echo "stray $?"
 *
 * check-output-start
write 0
space form 0
abbreviated 0
max 0
missing 2
stray 2
 * check-output-end
 * check-error-start
sleepcheck: 0 new findings (1 in the baseline, 0 suppressed)
sleepcheck: error: report option '--format' needs a value
sleepcheck: error: unknown report option 'stray'
 * check-error-end
 */
