#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Guarded stores dropped in turn (fieldsets.c's fixpoint): no store
 * sets CHIP_NMI in struct chip.flags, so dev_enable()'s store of
 * DEV_NMI (made only past `if (!(d->chip->flags & CHIP_NMI)) return`)
 * is dropped; then dev_arm()'s store of DEV_ARMED, made only past a test
 * of DEV_NMI, is dropped too, and dev_stop() never sleeps under the
 * lock.  As request_nmi() (kernel/irq/manage.c:2328, :2346) in two
 * steps.  No path reaches the sleep.
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
 * check-name: guarded stores dropped in turn, one's drop deciding the next one's test
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
