#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A function whose body is only a get or a put of its parameter's member
 * is a get or a put of that object: kick_hub_wq() takes hub_get(hub),
 * that is kref_get(&hub->kref), and when queue_work() fails drops it with
 * hub_put(hub), kref_put(&hub->kref, hub_release)
 * (drivers/usb/core/hub.c:702-709, 1768-1776); that put only undoes the
 * get, hub_release() (usb_put_dev(): may sleep) does not run there.  A
 * get by one wrapper pairs with a put by another, or by a wrapper of a
 * wrapper, and a get by the rule's own function with a wrapper's put, of
 * the same object.
 */
struct kref {
	int refcount;
};

void kref_get(struct kref *kref)
{
	kref->refcount++;
}

/* the kernel's is inline and calls release() through its argument */
int kref_put(struct kref *kref, void (*release)(struct kref *kref))
{
	if (!--kref->refcount) {
		msleep(1);	/* release(): hub_release(), usb_put_dev() */
		return 1;
	}
	return 0;
}

struct hub {
	int disconnected;
	struct kref kref;
};

static spinlock_t hub_lock;

int queue_work(struct hub *hub);

static void hub_release(struct kref *kref)
{
}

/* declared before their callers, defined after them, as in hub.h */
void hub_get(struct hub *hub);
void hub_put(struct hub *hub);

/* a wrapper of a wrapper */
static void hub_drop(struct hub *hub)
{
	hub_put(hub);
}

static void kick_hub_wq(struct hub *hub)
{
	if (hub->disconnected)
		return;
	hub_get(hub);
	if (queue_work(hub))
		return;
	hub_put(hub);
}

static void kick_again(struct hub *hub)
{
	hub_get(hub);
	if (queue_work(hub))
		return;
	hub_drop(hub);
}

/* the rule's own get, a wrapper's put */
static void kick_direct(struct hub *hub)
{
	kref_get(&hub->kref);
	if (queue_work(hub))
		return;
	hub_put(hub);
}

void hub_get(struct hub *hub)
{
	kref_get(&hub->kref);
}

void hub_put(struct hub *hub)
{
	kref_put(&hub->kref, hub_release);
}

void hub_irq(struct hub *hub)
{
	spin_lock(&hub_lock);
	kick_hub_wq(hub);
	kick_again(hub);
	kick_direct(hub);
	spin_unlock(&hub_lock);
}
/*
 * check-name: a put by a wrapper that undoes a wrapper's get, under a lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
