#include <linux/spinlock.h>
#include <linux/sched.h>

struct wd_dev;
struct wd_ops {
	void (*tick)(struct wd_dev *dev);
};
struct wd_dev {
	const struct wd_ops *ops;
};

static void tick_0(struct wd_dev *dev) { udelay(1); }
static void tick_1(struct wd_dev *dev) { udelay(1); }
static void tick_2(struct wd_dev *dev) { udelay(1); }
static void tick_3(struct wd_dev *dev) { udelay(1); }
static void tick_4(struct wd_dev *dev) { udelay(1); }
static void tick_5(struct wd_dev *dev) { udelay(1); }
static void tick_6(struct wd_dev *dev) { udelay(1); }
static void tick_7(struct wd_dev *dev) { udelay(1); }
static void tick_8(struct wd_dev *dev) { udelay(1); }

const struct wd_ops wd_table[] = {
	{ .tick = tick_0 }, { .tick = tick_1 }, { .tick = tick_2 },
	{ .tick = tick_3 }, { .tick = tick_4 }, { .tick = tick_5 },
	{ .tick = tick_6 }, { .tick = tick_7 }, { .tick = tick_8 },
};

static spinlock_t wd_lock;

/* a call under a lock through a field with nine bindings, no rule: each
 * binding is an atomic entry, but only by that guess, so a sleep in one
 * is -Wsleep-in-atomic-indirect, with the number of candidates */
void wd_tick(struct wd_dev *dev)
{
	spin_lock(&wd_lock);
	dev->ops->tick(dev);
	spin_unlock(&wd_lock);
}
/*
 * check-name: the same nine callbacks under a lock, none of which sleeps
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
