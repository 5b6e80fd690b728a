#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A function whose body is only a get or a put of its parameter's member
 * is a get or a put of that object (kick_hub_wq()'s hub_get() and
 * hub_put(), drivers/usb/core/hub.c:702-709, 1768-1776).  Here the get
 * does not run on every path before the put, or takes another member's
 * reference, or the wrapper does more than the put: each put may be the
 * last one.
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
	struct kref other;
};

static spinlock_t hub_lock;

int queue_work(struct hub *hub);

static void hub_release(struct kref *kref)
{
}

void hub_get(struct hub *hub)
{
	kref_get(&hub->kref);
}

void hub_get_other(struct hub *hub)
{
	kref_get(&hub->other);
}

void hub_put(struct hub *hub)
{
	kref_put(&hub->kref, hub_release);
}

void hub_put_more(struct hub *hub)
{
	hub->disconnected = 1;
	kref_put(&hub->kref, hub_release);
}

static void kick_maybe(struct hub *hub)
{
	if (hub->disconnected)
		hub_get(hub);
	if (queue_work(hub))
		return;
	hub_put(hub);
}

static void kick_other(struct hub *hub)
{
	hub_get_other(hub);
	if (queue_work(hub))
		return;
	hub_put(hub);
}

static void kick_more(struct hub *hub)
{
	hub_get(hub);
	if (queue_work(hub))
		return;
	hub_put_more(hub);
}

void hub_irq(struct hub *hub)
{
	spin_lock(&hub_lock);
	kick_maybe(hub);
	kick_other(hub);
	kick_more(hub);
	spin_unlock(&hub_lock);
}
/*
 * check-name: puts by wrappers not paired with a get of the same object
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/ref-wrapper.c:94:9: warning: call to 'kick_maybe' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ref-wrapper.c:93:9: note: atomic context begins here, at '_raw_spin_lock' in 'hub_irq'
testcases/atomic/ref-wrapper.c:94:9: note: 2 other calls in this atomic section reach the same sleep (--show-all-paths lists them)
testcases/atomic/ref-wrapper.c:94:9: note: 'hub_irq' calls 'kick_maybe'
testcases/atomic/ref-wrapper.c:72:9: note: 'kick_maybe' calls 'hub_put'
testcases/atomic/ref-wrapper.c:57:9: note: 'hub_put' calls 'kref_put'
testcases/atomic/ref-wrapper.c:25:17: note: 'kref_put' calls 'msleep', which may sleep
 * check-output-end
 */
