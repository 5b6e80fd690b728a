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
static void poll_8(struct ind_dev *dev) { msleep(1); }

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
 * check-name: a finding that needs a call through a pointer with nine candidates is -Wsleep-in-atomic-indirect, which -Wno-sleep-in-atomic-indirect turns off
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --stats; echo "exit $?"; sleepcheck report -Wno-sleep-in-atomic-indirect; echo "exit $?"
 *
 * check-output-start
testcases/callbacks/indirect.c:41:9: warning: call to 'poll_one' may sleep with spinlock held [-Wsleep-in-atomic-indirect]
testcases/callbacks/indirect.c:40:9: note: atomic context begins here, at '_raw_spin_lock' in 'poll_all'
testcases/callbacks/indirect.c:41:9: note: 'poll_all' calls 'poll_one'
testcases/callbacks/indirect.c:33:9: note: 'poll_one' calls 'poll_8' via 'struct ind_ops'.poll = poll_8 at testcases/callbacks/indirect.c:25:59
testcases/callbacks/indirect.c:20:43: note: 'poll_8' calls 'msleep', which may sleep
testcases/callbacks/indirect.c:33:9: note: 'poll_one' calls through 'struct ind_ops'.poll, which has 9 candidate targets; this finding needs one of them [-Wsleep-in-atomic-indirect]
exit 1
exit 0
 * check-output-end
 * check-error-start
sleepcheck: 1 files, 11 functions, 1 calls through pointers (0 unresolved, 0 capped at 64 targets, 1 with more than 8 candidates), 1 findings
sleepcheck: 0 sleep-in-atomic, 1 sleep-in-atomic-indirect, 1 with a step through a pointer or a callback's field; 0 fields called in atomic context by a call in the database; 0 findings merged into another (same sleep from the same atomic section or through the same callback)
sleepcheck: 1 global tables of structs, 1 whose initializer says what their elements' members hold (a value read from one decides its tests)
sleepcheck: 1 calls through the ops struct of a parameter passed as their receiver: their targets are decided by the tables the callers' dispatches reach the function through
 * check-error-end
 */
