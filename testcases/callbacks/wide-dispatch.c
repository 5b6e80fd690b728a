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
static void tick_8(struct wd_dev *dev) { msleep(1); }

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
 * check-name: a callback made atomic by a locked call through a field with nine candidates is blamed, as -Wsleep-in-atomic-indirect
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/callbacks/wide-dispatch.c:20:42: warning: call to 'msleep' may sleep in atomic context, in 'tick_8' [-Wsleep-in-atomic-indirect]
testcases/callbacks/wide-dispatch.c:36:9: note: 'tick_8' runs in atomic context: 'wd_tick' calls through 'struct wd_ops'.tick here with spinlock held
testcases/callbacks/wide-dispatch.c:35:9: note: atomic context begins here, at '_raw_spin_lock' in 'wd_tick'
testcases/callbacks/wide-dispatch.c:25:59: note: 'tick_8' is bound to 'struct wd_ops.tick' here, in the initializer of 'wd_table'
testcases/callbacks/wide-dispatch.c:20:42: note: 'tick_8' calls 'msleep', which may sleep
testcases/callbacks/wide-dispatch.c:36:9: note: 'wd_tick' calls through 'struct wd_ops'.tick, which has 9 candidate targets; this finding needs one of them [-Wsleep-in-atomic-indirect]
 * check-output-end
 */
