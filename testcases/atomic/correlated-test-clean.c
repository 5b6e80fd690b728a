#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * sound/core/seq/seq_clientmgr.c in miniature: snd_seq_deliver_event()
 * refuses atomic delivery of an event whose data is in user memory
 * (:870, `snd_BUG_ON(atomic && (ext.len & SNDRV_SEQ_EXT_USRPTR))`),
 * and snd_seq_event_dup() (seq_memory.c:349) copies from the user only
 * for such an event: in the runs where atomic holds, the lock is taken
 * and the sleep is not reached.
 */
struct event { unsigned int flags; unsigned int len; };

static spinlock_t list_lock;

static int event_dup(struct event *ev)
{
	if (ev->len & 0x80000000)
		msleep(1);
	return 0;
}

static int deliver_single(struct event *ev)
{
	return event_dup(ev);
}

/* the test returns */
int deliver_event(struct event *ev, int atomic)
{
	int err;

	if (atomic && (ev->len & 0x80000000))
		return -1;
	if (atomic)
		spin_lock(&list_lock);
	err = deliver_single(ev);
	if (atomic)
		spin_unlock(&list_lock);
	return err;
}

/* the test after the lock, leaving by its unlock */
int deliver_event_locked(struct event *ev, int atomic)
{
	int err = -1;

	if (atomic)
		spin_lock(&list_lock);
	if (atomic && (ev->len & 0x80000000))
		goto out;
	err = deliver_single(ev);
out:
	if (atomic)
		spin_unlock(&list_lock);
	return err;
}

/*
 * check-name: a caller's test of a member, on the side a split value takes, decides the callee's test of it
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
