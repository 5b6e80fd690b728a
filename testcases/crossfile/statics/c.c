#include <linux/spinlock.h>

static spinlock_t lock;

void helper(void);

void c_entry(void)
{
	spin_lock(&lock);
	helper();
	spin_unlock(&lock);
}
/*
 * check-name: a global helper is found in another file, the static ones are not
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/b.c $dir/d.c && sleepcheck report
 *
 * check-output-start
testcases/crossfile/statics/c.c:10:9: warning: call to 'helper' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/crossfile/statics/c.c:9:9: note: atomic context begins here, at '_raw_spin_lock' in 'c_entry'
testcases/crossfile/statics/c.c:10:9: note: 'c_entry' calls 'helper'
testcases/crossfile/statics/d.c:6:15: note: 'helper' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
