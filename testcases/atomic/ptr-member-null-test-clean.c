#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/sched.h>

/* drivers/usb/core/hub.c:2142-2180 usb_set_device_state(): the wakeup
 * capability, whose setting takes a mutex, changes only `if
 * (udev->parent)`; drivers/usb/core/hcd.c:2365 hcd_bus_resume() calls it
 * with a spinlock held for the root hub, which its caller
 * usb_generic_driver_resume() (drivers/usb/core/generic.c:302) passes
 * only `if (!udev->parent)` */
struct udev {
	struct udev *parent;
	int state;
	int quirks;
};

struct hcd {
	int flags;
};

static spinlock_t state_lock;
static spinlock_t root_lock;
static struct mutex cap_mutex;

static void set_wakeup_capable(struct udev *u, int w)
{
	mutex_lock(&cap_mutex);
	u->quirks = w;
	mutex_unlock(&cap_mutex);
}

void set_state(struct udev *udev, int new_state)
{
	unsigned long flags;
	int wakeup = -1;

	spin_lock_irqsave(&state_lock, flags);
	if (udev->parent)
		wakeup = new_state == 2 ? 1 : 0;
	udev->state = new_state;
	spin_unlock_irqrestore(&state_lock, flags);
	if (wakeup >= 0)
		set_wakeup_capable(udev, wakeup);
}

int prep(struct hcd *hcd);

static void note(struct hcd *hcd)
{
	hcd->flags = 1;
}

static int bus_resume(struct udev *rhdev, struct hcd *hcd)
{
	int status = prep(hcd);

	if (status == 0) {
		spin_lock_irq(&root_lock);
		set_state(rhdev, 3);
		spin_unlock_irq(&root_lock);
	}
	return status;
}

int port_resume(struct udev *udev);

/* usb_generic_driver_resume() in miniature */
int generic_resume(struct udev *udev, struct hcd *hcd)
{
	int rc;

	if (!udev->parent)
		rc = bus_resume(udev, hcd);
	else
		rc = port_resume(udev);
	return rc;
}

/* the test written against NULL, a call not given the object between */
int generic_resume_eq(struct udev *udev, struct hcd *hcd)
{
	if (udev->parent == NULL) {
		note(hcd);
		return bus_resume(udev, hcd);
	}
	return 0;
}

/* the edge where `udev->parent != NULL` is false */
int generic_resume_ne(struct udev *udev, struct hcd *hcd)
{
	if (udev->parent != NULL)
		return 0;
	return bus_resume(udev, hcd);
}
/* rh_queue_status() (drivers/usb/core/hcd.c:818): the member tested
 * first in `a || b`, the call on the edge where both are false */
int generic_resume_or(struct udev *udev, struct hcd *hcd)
{
	if (udev->parent || hcd->flags)
		return 0;
	return bus_resume(udev, hcd);
}

/* hub_probe() (drivers/usb/core/hub.c:1915-1921): another test between
 * the member's and the call */
int generic_resume_nested(struct udev *udev, struct hcd *hcd)
{
	if (udev->parent) {
		port_resume(udev);
	} else {
		if (hcd->flags)
			return bus_resume(udev, hcd);
	}
	return 0;
}
/*
 * check-name: a callee sleeps only where a pointer member of what its parameter points to is not NULL, and the caller calls it only on the edge of its own test where the member is NULL, nothing between that may store it (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
