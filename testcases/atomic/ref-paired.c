#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A put that undoes the caller's own get is never the last reference:
 * scsi_device_get() takes get_device(&sdev->sdev_gendev) and drops it
 * with put_device() when try_module_get() fails (drivers/scsi/scsi.c:601,
 * 611), under the host lock of its callers; the release behind the put
 * (kobject_cleanup(), kobject_uevent(): GFP_KERNEL) does not run there.
 * Here a put drops a reference the function did not take: it may be the
 * last one.
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

void sdev_drop(struct sdev *s)
{
	put_device(&s->gendev);
}

void lookup(struct sdev *s)
{
	spin_lock(&host_lock);
	sdev_get(s);
	sdev_drop(s);
	spin_unlock(&host_lock);
}
/*
 * check-name: a put of a reference the function did not take, under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/ref-paired.c:65:9: warning: call to 'sdev_drop' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ref-paired.c:63:9: note: atomic context begins here, at '_raw_spin_lock' in 'lookup'
testcases/atomic/ref-paired.c:65:9: note: 'lookup' calls 'sdev_drop'
testcases/atomic/ref-paired.c:58:9: note: 'sdev_drop' calls 'put_device'
testcases/atomic/ref-paired.c:37:17: note: 'put_device' calls 'msleep' on a path taken only when its argument 1 is non-zero, which may sleep
 * check-output-end
 */
