#include <linux/spinlock.h>

static spinlock_t lock;

/* the helper of this file does not sleep; b.c has one that does */
static void helper(void)
{
}

void a_entry(void)
{
	spin_lock(&lock);
	helper();
	spin_unlock(&lock);
}
/*
 * check-name: two static helpers with one name stay apart
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/b.c && sleepcheck report
 *
 */
