#include <linux/spinlock.h>
#include <linux/sched.h>

struct dev_ops {
	void (*sync)(void);
};

/* EXPORT_SYMBOL(dev_sync) redeclares it: extern typeof(dev_sync) dev_sync; */
void dev_sync(void)
{
	msleep(1);
}
extern typeof(dev_sync) dev_sync;

const struct dev_ops exported_ops = {
	.sync = dev_sync,
};

static spinlock_t lock;

void exported_user(const struct dev_ops *ops)
{
	spin_lock(&lock);
	ops->sync();
	spin_unlock(&lock);
}
/*
 * check-name: an exported function (typeof redeclaration) in an initializer is bound
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/pointers/exported.c:11:9: warning: call to 'msleep' may sleep in atomic context, in 'dev_sync' [-Wsleep-in-atomic]
testcases/pointers/exported.c:24:9: note: 'dev_sync' runs in atomic context: 'exported_user' calls through 'struct dev_ops'.sync here with spinlock held
testcases/pointers/exported.c:23:9: note: atomic context begins here, at '_raw_spin_lock' in 'exported_user'
testcases/pointers/exported.c:16:17: note: 'dev_sync' is bound to 'struct dev_ops.sync' here, in the initializer of 'exported_ops'
testcases/pointers/exported.c:11:9: note: 'dev_sync' calls 'msleep', which may sleep
 * check-output-end
 */
