#include <linux/rcupdate.h>
#include <linux/sched.h>

/*
 * Like snd_seq_event_dup() (sound/core/seq/seq_memory.c): a bit of a
 * struct member inside a union (ev->data.ext.len) chooses the sleeping
 * path.  The caller clears ext.len and then stores the bit through the
 * union's other member, raw: the member the callee tests has the bit.
 * A test of a member inside a union is no atom (a store through another
 * member of the union writes it too), so the callee may sleep here.
 */
#define USRPTR	0x80000000u

struct seq_ext {
	unsigned int len;
	unsigned int pad;
};

struct seq_event {
	unsigned int flags;
	union {
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
	ev->data.ext.len = 0;
	ev->data.raw[0] = USRPTR;
	rcu_read_lock();
	event_dup(ev);
	rcu_read_unlock();
}
/*
 * check-name: a member inside a union is no atom: a store through the union's other member writes it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-union.c:38:9: warning: call to 'event_dup' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/atomic/member-union.c:37:9: note: atomic context begins here, at 'rcu_read_lock' in 'deliver'
testcases/atomic/member-union.c:38:9: note: 'deliver' calls 'event_dup'
testcases/atomic/member-union.c:30:17: note: 'event_dup' calls 'msleep', which may sleep
 * check-output-end
 */
