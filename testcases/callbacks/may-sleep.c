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
	ret = drv->probe(dev);
	spin_unlock(&bus_lock);
	return ret;
}

static spinlock_t hotplug_lock;

/* a second bus doing the same: its own bug, not merged with bus_probe's */
int hotplug_probe(struct device_driver *drv, struct device *dev)
{
	int ret;

	spin_lock(&hotplug_lock);
	ret = drv->probe(dev);
	spin_unlock(&hotplug_lock);
	return ret;
}
/*
 * check-name: a caller holding a spinlock across a callback allowed to sleep (device_driver.probe) is blamed, not the callback
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/callbacks/may-sleep.c:35:15: warning: call to 'struct device_driver'.probe may sleep with spinlock held [-Wsleep-in-atomic]
testcases/callbacks/may-sleep.c:33:9: note: atomic context begins here, at '_raw_spin_lock' in 'bus_probe'
rules/kernel-entry.rules:79:1: note: a function stored in 'struct device_driver.probe' may sleep: the call through it must not hold atomic state
testcases/callbacks/may-sleep.c:35:15: note: 'bus_probe' calls 'slow_probe' via 'struct device_driver'.probe = slow_probe at testcases/callbacks/may-sleep.c:22:18
testcases/callbacks/may-sleep.c:16:9: note: 'slow_probe' calls 'msleep', which may sleep
testcases/callbacks/may-sleep.c:48:15: warning: call to 'struct device_driver'.probe may sleep with spinlock held [-Wsleep-in-atomic]
testcases/callbacks/may-sleep.c:47:9: note: atomic context begins here, at '_raw_spin_lock' in 'hotplug_probe'
rules/kernel-entry.rules:79:1: note: a function stored in 'struct device_driver.probe' may sleep: the call through it must not hold atomic state
testcases/callbacks/may-sleep.c:48:15: note: 'hotplug_probe' calls 'slow_probe' via 'struct device_driver'.probe = slow_probe at testcases/callbacks/may-sleep.c:22:18
testcases/callbacks/may-sleep.c:16:9: note: 'slow_probe' calls 'msleep', which may sleep
 * check-output-end
 */
