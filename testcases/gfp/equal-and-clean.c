#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Two conditions on one path: input_get_disposition() calls
 * input_handle_abs_event() only in `case EV_ABS:`, and that allocates
 * (input_alloc_absinfo(), GFP_KERNEL) only when `code != ABS_MT_SLOT`
 * (drivers/input/input.c).  A caller passing EV_KEY and any code never
 * sleeps; one passing EV_ABS and a code other than ABS_MT_SLOT does.
 */
#define EV_KEY		0x01
#define EV_ABS		0x03
#define ABS_MT_SLOT	0x2f

struct dev {
	spinlock_t lock;
};

static void handle_abs_event(struct dev *d, unsigned int code)
{
	if (code != ABS_MT_SLOT)
		msleep(1);
}

static void get_disposition(struct dev *d, unsigned int type, unsigned int code)
{
	switch (type) {
	case EV_KEY:
		break;
	case EV_ABS:
		handle_abs_event(d, code);
		break;
	}
}

void handle_event(struct dev *d, unsigned int type, unsigned int code)
{
	get_disposition(d, type, code);
}

void release_keys(struct dev *d, unsigned int code)
{
	spin_lock(&d->lock);
	handle_event(d, EV_KEY, code);
	handle_event(d, EV_ABS, ABS_MT_SLOT);
	spin_unlock(&d->lock);
}

void report_abs(struct dev *d, unsigned int code)
{
	handle_event(d, EV_ABS, code);
}
/*
 * check-name: two conditions on one path: EV_KEY with any code, EV_ABS with ABS_MT_SLOT under the lock (clean twin of equal-and.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
