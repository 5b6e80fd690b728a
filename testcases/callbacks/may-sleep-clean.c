#include <linux/spinlock.h>
#include <linux/sched.h>

struct device {
	int id;
};

/* the shape of Linux 6.1 include/linux/device/driver.h */
struct device_driver {
	const char *name;
	int (*probe)(struct device *dev);
};

static int slow_probe(struct device *dev)
{
	msleep(10);
	return 0;
}

struct device_driver slow_driver = {
	.name = "slow",
	.probe = slow_probe,
};

static spinlock_t bus_lock;

/* probe may sleep by contract (rules: may-sleep-field): a bus that holds
 * a spinlock across it is to blame, not the driver */
int bus_probe(struct device_driver *drv, struct device *dev)
{
	int ret;

	spin_lock(&bus_lock);
	dev->id++;
	spin_unlock(&bus_lock);
	ret = drv->probe(dev);
	return ret;
}

static spinlock_t hotplug_lock;

/* a second bus doing the same */
int hotplug_probe(struct device_driver *drv, struct device *dev)
{
	int ret;

	spin_lock(&hotplug_lock);
	dev->id++;
	spin_unlock(&hotplug_lock);
	ret = drv->probe(dev);
	return ret;
}
/*
 * check-name: the caller drops its spinlock before the callback allowed to sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
