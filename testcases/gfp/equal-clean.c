#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A parameter compared with constants selects the sleeping path, as the
 * input core does (drivers/input/input.c): input_handle_event(dev, type,
 * ...) passes `type` to input_get_disposition(), whose `switch (type)`
 * reaches input_handle_abs_event() -> input_alloc_absinfo() (GFP_KERNEL)
 * only for `case EV_ABS`; input_report_key() passes EV_KEY.  And an
 * `if (state != NOTATTACHED) return;` before a sleep.
 */
#define EV_SYN		0x00
#define EV_KEY		0x01
#define EV_REL		0x02
#define EV_ABS		0x03
#define EV_MSC		0x04

#define STATE_NOTATTACHED	7

struct dev {
	spinlock_t lock;
	int abs;
};

static void alloc_absinfo(struct dev *d)
{
	msleep(1);
}

static int get_disposition(struct dev *d, unsigned int type, unsigned int code)
{
	int disposition = 0;

	switch (type) {
	case EV_SYN:
		disposition = 1;
		break;
	case EV_KEY:
	case EV_REL:
		disposition = 2;
		break;
	case EV_ABS:
		alloc_absinfo(d);
		disposition = 3;
		break;
	default:
		break;
	}
	return disposition;
}

void handle_event(struct dev *d, unsigned int type, unsigned int code)
{
	get_disposition(d, type, code);
}

static inline void report_key(struct dev *d, unsigned int code)
{
	handle_event(d, EV_KEY, code);
}

static inline void report_abs(struct dev *d, unsigned int code)
{
	handle_event(d, EV_ABS, code);
}

static void set_state(struct dev *d, int state)
{
	if (state != STATE_NOTATTACHED)
		return;
	msleep(1);
}

void user_key(struct dev *d)
{
	spin_lock(&d->lock);
	report_key(d, 30);
	handle_event(d, EV_MSC, 4);
	set_state(d, 3);
	spin_unlock(&d->lock);
}

/* EV_ABS and the detach are passed outside the lock */
void user_abs(struct dev *d)
{
	report_abs(d, 0);
	set_state(d, STATE_NOTATTACHED);
}
/*
 * check-name: a parameter compared with constants: only non-sleeping cases under the lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
