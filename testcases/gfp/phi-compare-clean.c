#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A sleep behind a test of a variable that a constant makes false:
 * usb_set_device_state() (drivers/usb/core/hub.c:2160) starts with `int
 * wakeup = -1`, sets it only where `new_state != USB_STATE_NOTATTACHED`,
 * and calls device_set_wakeup_capable(), which may sleep, only `if
 * (wakeup >= 0)` (hub.c:2193); usb_hc_died() passes
 * USB_STATE_NOTATTACHED (hcd.c:2538) with interrupts off.  Here the
 * caller passes USB_STATE_NOTATTACHED too: no call.
 */
enum state { NOTATTACHED = 0, ATTACHED = 1, CONFIGURED = 7, SUSPENDED = 8 };

struct udev {
	int state;
	struct udev *parent;
	int attrs;
};

static spinlock_t state_lock, hcd_lock;

static void set_wakeup_capable(struct udev *u, int w)
{
	msleep(w);
}

void set_device_state(struct udev *u, int new_state)
{
	unsigned long flags;
	int wakeup = -1;

	spin_lock_irqsave(&state_lock, flags);
	if (u->state == NOTATTACHED)
		;
	else if (new_state != NOTATTACHED) {
		if (u->parent) {
			if (u->state == SUSPENDED || new_state == SUSPENDED)
				;
			else if (new_state == CONFIGURED)
				wakeup = u->attrs & 0x20;
			else
				wakeup = 0;
		}
		u->state = new_state;
	}
	spin_unlock_irqrestore(&state_lock, flags);
	if (wakeup >= 0)
		set_wakeup_capable(u, wakeup);
}

void hc_died(struct udev *root)
{
	spin_lock_irq(&hcd_lock);
	set_device_state(root, NOTATTACHED);
	spin_unlock_irq(&hcd_lock);
}
/*
 * check-name: a sleep behind a test of a variable, the constant passed makes it false
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
 * check-output-end
 */
