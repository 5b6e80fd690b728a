#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/sched.h>

/* drivers/usb/core/hub.c:2142-2180 usb_set_device_state(): the wakeup
 * capability, whose setting takes a mutex, changes only `if
 * (udev->parent)`; drivers/usb/core/hcd.c:2365 hcd_bus_resume() calls it
 * with a spinlock held for the root hub, which its caller
 * usb_generic_driver_resume() (drivers/usb/core/generic.c:302) passes
 * only `if (!udev->parent)`: here the member may be set at the call */
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

static int bus_resume_attach(struct udev *rhdev, struct hcd *hcd)
{
	int status = prep(hcd);

	if (status == 0) {
		spin_lock_irq(&root_lock);
		set_state(rhdev, 3);
		spin_unlock_irq(&root_lock);
	}
	return status;
}

static int bus_resume_and(struct udev *rhdev, struct hcd *hcd)
{
	int status = prep(hcd);

	if (status == 0) {
		spin_lock_irq(&root_lock);
		set_state(rhdev, 3);
		spin_unlock_irq(&root_lock);
	}
	return status;
}

static int bus_resume_edge(struct udev *rhdev, struct hcd *hcd)
{
	int status = prep(hcd);

	if (status == 0) {
		spin_lock_irq(&root_lock);
		set_state(rhdev, 3);
		spin_unlock_irq(&root_lock);
	}
	return status;
}

static int bus_resume_alias(struct udev *rhdev, struct hcd *hcd)
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
void attach(struct udev *udev, struct udev *hub);

/* a call given the object between the test and the call stores the
 * member */
int resume_attach(struct udev *udev, struct udev *hub, struct hcd *hcd)
{
	if (!udev->parent) {
		attach(udev, hub);
		return bus_resume_attach(udev, hcd);
	}
	return port_resume(udev);
}

void attach(struct udev *udev, struct udev *hub)
{
	udev->parent = hub;
}

/* the test on the other edge */
int resume_other_edge(struct udev *udev, struct hcd *hcd)
{
	if (udev->parent)
		return bus_resume_edge(udev, hcd);
	return port_resume(udev);
}

/* a pointer stored through another pointer between (it may be the
 * member) */
int resume_alias(struct udev *udev, struct udev **slot, struct hcd *hcd)
{
	if (!udev->parent) {
		*slot = udev;
		return bus_resume_alias(udev, hcd);
	}
	return 0;
}
/* `a && b`: on the edge to the call the member may be set */
int resume_and(struct udev *udev, struct hcd *hcd)
{
	if (udev->parent && hcd->flags)
		return 0;
	return bus_resume_and(udev, hcd);
}
/*
 * check-name: a callee sleeps only where a pointer member of what its parameter points to is not NULL: a caller testing it NULL and then calling what stores it, storing a pointer through another pointer, calling on the other edge of its test, or where only one side of `a && b` failed stays atomic (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/ptr-member-null-test.c:54:17: warning: call to 'set_state' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/ptr-member-null-test.c:53:17: note: atomic context begins here, at '_raw_spin_lock_irq' in 'bus_resume_attach'
testcases/atomic/ptr-member-null-test.c:105:24: note: 'resume_attach' passes flags that select the sleeping path to 'bus_resume_attach' (argument 1)
testcases/atomic/ptr-member-null-test.c:54:17: note: 'bus_resume_attach' calls 'set_state'
testcases/atomic/ptr-member-null-test.c:43:17: note: 'set_state' calls 'set_wakeup_capable' on a path taken only when its field 'parent' of what argument 1 points to is non-zero
testcases/atomic/ptr-member-null-test.c:27:9: note: 'set_wakeup_capable' calls 'mutex_lock', which may sleep
testcases/atomic/ptr-member-null-test.c:66:17: warning: call to 'set_state' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/ptr-member-null-test.c:65:17: note: atomic context begins here, at '_raw_spin_lock_irq' in 'bus_resume_and'
testcases/atomic/ptr-member-null-test.c:138:16: note: 'resume_and' passes flags that select the sleeping path to 'bus_resume_and' (argument 1)
testcases/atomic/ptr-member-null-test.c:66:17: note: 'bus_resume_and' calls 'set_state'
testcases/atomic/ptr-member-null-test.c:43:17: note: 'set_state' calls 'set_wakeup_capable' on a path taken only when its field 'parent' of what argument 1 points to is non-zero
testcases/atomic/ptr-member-null-test.c:27:9: note: 'set_wakeup_capable' calls 'mutex_lock', which may sleep
testcases/atomic/ptr-member-null-test.c:78:17: warning: call to 'set_state' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/ptr-member-null-test.c:77:17: note: atomic context begins here, at '_raw_spin_lock_irq' in 'bus_resume_edge'
testcases/atomic/ptr-member-null-test.c:119:24: note: 'resume_other_edge' passes flags that select the sleeping path to 'bus_resume_edge' (argument 1)
testcases/atomic/ptr-member-null-test.c:78:17: note: 'bus_resume_edge' calls 'set_state'
testcases/atomic/ptr-member-null-test.c:43:17: note: 'set_state' calls 'set_wakeup_capable' on a path taken only when its field 'parent' of what argument 1 points to is non-zero
testcases/atomic/ptr-member-null-test.c:27:9: note: 'set_wakeup_capable' calls 'mutex_lock', which may sleep
testcases/atomic/ptr-member-null-test.c:90:17: warning: call to 'set_state' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/ptr-member-null-test.c:89:17: note: atomic context begins here, at '_raw_spin_lock_irq' in 'bus_resume_alias'
testcases/atomic/ptr-member-null-test.c:129:24: note: 'resume_alias' passes flags that select the sleeping path to 'bus_resume_alias' (argument 1)
testcases/atomic/ptr-member-null-test.c:90:17: note: 'bus_resume_alias' calls 'set_state'
testcases/atomic/ptr-member-null-test.c:43:17: note: 'set_state' calls 'set_wakeup_capable' on a path taken only when its field 'parent' of what argument 1 points to is non-zero
testcases/atomic/ptr-member-null-test.c:27:9: note: 'set_wakeup_capable' calls 'mutex_lock', which may sleep
 * check-output-end
 */
