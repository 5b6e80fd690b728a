#include <linux/rcupdate.h>
#include <linux/sched.h>

/*
 * member-union.c's twin: the member the callee tests is inside a struct
 * member, not a union, and the caller clears it before the call, so the
 * callee's sleeping path is not taken under the lock.
 */
#define USRPTR	0x80000000u

struct seq_ext {
	unsigned int len;
	unsigned int pad;
};

struct seq_event {
	unsigned int flags;
	struct {
		struct seq_ext ext;
		unsigned int raw[2];
	} data;
};

static void event_dup(struct seq_event *ev)
{
	if (ev->data.ext.len & USRPTR)
		msleep(1);
}

void deliver(struct seq_event *ev)
{
	ev->data.raw[0] = USRPTR;
	ev->data.ext.len = 0;
	rcu_read_lock();
	event_dup(ev);
	rcu_read_unlock();
}
/*
 * check-name: a member inside a struct member, cleared by the caller: the callee's test of it decides
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
