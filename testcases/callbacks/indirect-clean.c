#include <linux/spinlock.h>
#include <linux/sched.h>

struct ind_dev;
struct ind_ops {
	void (*poll)(struct ind_dev *dev);
};
struct ind_dev {
	const struct ind_ops *ops;
};

static void poll_0(struct ind_dev *dev) { udelay(1); }
static void poll_1(struct ind_dev *dev) { udelay(1); }
static void poll_2(struct ind_dev *dev) { udelay(1); }
static void poll_3(struct ind_dev *dev) { udelay(1); }
static void poll_4(struct ind_dev *dev) { udelay(1); }
static void poll_5(struct ind_dev *dev) { udelay(1); }
static void poll_6(struct ind_dev *dev) { udelay(1); }
static void poll_7(struct ind_dev *dev) { udelay(1); }
static void poll_8(struct ind_dev *dev) { udelay(1); }

const struct ind_ops ind_table[] = {
	{ .poll = poll_0 }, { .poll = poll_1 }, { .poll = poll_2 },
	{ .poll = poll_3 }, { .poll = poll_4 }, { .poll = poll_5 },
	{ .poll = poll_6 }, { .poll = poll_7 }, { .poll = poll_8 },
};

/* no call through .poll holds atomic state itself, so the field is not
 * atomic; the caller holding a lock across poll_one() is blamed, but
 * which of nine functions the pointer reaches is not known */
static void poll_one(struct ind_dev *dev)
{
	dev->ops->poll(dev);
}

static spinlock_t poll_lock;

void poll_all(struct ind_dev *dev)
{
	spin_lock(&poll_lock);
	poll_one(dev);
	spin_unlock(&poll_lock);
}
/*
 * check-name: nine candidates through a pointer, none of which sleeps
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
