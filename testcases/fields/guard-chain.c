#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Guarded stores in a chain (fieldsets.c's fixpoint): here nmi_chip sets
 * CHIP_NMI in struct chip.flags, so dev_enable()'s store of DEV_NMI
 * (made only past `if (!(d->chip->flags & CHIP_NMI)) return`) counts,
 * and so does dev_arm()'s store of DEV_ARMED, made only past a test of
 * DEV_NMI: dev_stop() may sleep under the lock.  As request_nmi()
 * (kernel/irq/manage.c:2328, :2346) in two steps.
 */
#define CHIP_LEVEL	(1 << 0)
#define CHIP_NMI	(1 << 8)
#define DEV_NMI		(1 << 1)
#define DEV_ARMED	(1 << 2)
#define DEV_BUSY	(1 << 3)

struct chip {
	const char *name;
	unsigned int flags;
};

struct dev {
	struct chip *chip;
	unsigned int state;
	spinlock_t lock;
};

struct chip level_chip = { .name = "level", .flags = CHIP_LEVEL };
struct chip nmi_chip = { .name = "nmi", .flags = CHIP_NMI };

void dev_busy(struct dev *d)
{
	d->state |= DEV_BUSY;
}

void dev_enable(struct dev *d)
{
	if (!(d->chip->flags & CHIP_NMI))
		return;
	d->state |= DEV_NMI;
}

int dev_arm(struct dev *d)
{
	if (!d || !(d->state & DEV_NMI))
		return -1;
	d->state |= DEV_ARMED;
	return 0;
}

void dev_stop(struct dev *d)
{
	spin_lock(&d->lock);
	if (d->state & DEV_ARMED)
		msleep(1);
	spin_unlock(&d->lock);
}
/*
 * check-name: guarded stores in a chain whose first guard some store sets all count
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/guard-chain.c:56:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/guard-chain.c:54:9: note: atomic context begins here, at '_raw_spin_lock' in 'dev_stop'
testcases/fields/guard-chain.c:56:17: note: 'dev_stop' calls 'msleep' on a path taken only when its field 'state' of what argument 1 points to has a bit of 0x4 set, which may sleep
 * check-output-end
 */
