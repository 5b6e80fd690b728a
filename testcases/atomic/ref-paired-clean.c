#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A put that undoes the caller's own get is never the last reference:
 * scsi_device_get() takes get_device(&sdev->sdev_gendev) and drops it
 * with put_device() when try_module_get() fails (drivers/scsi/scsi.c:601,
 * 611), under the host lock of its callers; the release behind the put
 * (kobject_cleanup(), kobject_uevent(): GFP_KERNEL) does not run there.
 * Here only that put runs under the lock: no finding.
 */
struct device {
	int refs;
};

struct sdev {
	int state;
	struct device gendev;
};

static spinlock_t host_lock;

struct device *get_device(struct device *dev);
void put_device(struct device *dev);

struct device *get_device(struct device *dev)
{
	if (dev)
		dev->refs++;
	return dev;
}

void put_device(struct device *dev)
{
	if (dev && !--dev->refs)
		msleep(1);	/* the release: kobject_uevent() and such */
}

int try_module_get(int m);

int sdev_get(struct sdev *s)
{
	if (s->state == 5)
		return -6;
	if (!get_device(&s->gendev))
		return -6;
	if (!try_module_get(s->state))
		goto fail;
	return 0;
fail:
	put_device(&s->gendev);
	return -6;
}

void lookup(struct sdev *s)
{
	spin_lock(&host_lock);
	sdev_get(s);
	spin_unlock(&host_lock);
}
/*
 * check-name: a put that undoes the function's own get, under a lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
 * check-output-end
 */
