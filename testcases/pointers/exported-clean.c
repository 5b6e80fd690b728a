#include <linux/spinlock.h>
#include <linux/sched.h>

struct dev_ops {
	void (*sync)(void);
};

/* EXPORT_SYMBOL(dev_sync) redeclares it: extern typeof(dev_sync) dev_sync; */
void dev_sync(void)
{
	barrier();
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
 * check-name: an exported function that does not sleep, bound the same way
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
