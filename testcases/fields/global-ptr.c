#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Both kinds of flag atom on one test.  `p->flags & G_SLOW` of a
 * parameter's object is a member atom (the member as the caller left
 * it) and a field atom (every store of the program to struct
 * g_dev.flags) of the same value; `g_cur->flags & G_SLOW`, read through
 * a global pointer, is a field atom only, and its guard names the field.
 * One store sets G_SLOW, so both sleeps stay; G_IDLE, set nowhere, keeps
 * no sleep behind it, through the global pointer (g_idle_wait()) or a
 * parameter's object whose member the caller does not know
 * (g_idle_member(): the field atom decides beside the member atom).
 */
#define G_SLOW	0x4
#define G_IDLE	0x8

struct g_dev {
	spinlock_t lock;
	unsigned int flags;
};

extern struct g_dev *g_cur;

static void g_wait(struct g_dev *p)
{
	if (p->flags & G_SLOW)
		msleep(1);
}

static void g_cur_wait(void)
{
	if (g_cur->flags & G_SLOW)
		msleep(1);
}

static void g_idle_wait(void)
{
	if (g_cur->flags & G_IDLE)
		msleep(1);
}

static void g_idle_member(struct g_dev *p)
{
	if (p->flags & G_IDLE)
		msleep(1);
}

void g_setup(struct g_dev *d)
{
	d->flags |= G_SLOW;
}

void g_run(struct g_dev *d)
{
	spin_lock(&d->lock);
	g_wait(d);
	g_cur_wait();
	g_idle_wait();
	g_idle_member(d);
	spin_unlock(&d->lock);
}
/*
 * check-name: a test of a parameter's member is a member atom and a field atom; through a global pointer, a field atom only
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/global-ptr.c:57:9: warning: call to 'g_wait' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/global-ptr.c:56:9: note: atomic context begins here, at '_raw_spin_lock' in 'g_run'
testcases/fields/global-ptr.c:57:9: note: 'g_run' calls 'g_wait'
testcases/fields/global-ptr.c:28:17: note: 'g_wait' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x4 set, which may sleep
testcases/fields/global-ptr.c:58:9: warning: call to 'g_cur_wait' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/global-ptr.c:56:9: note: atomic context begins here, at '_raw_spin_lock' in 'g_run'
testcases/fields/global-ptr.c:58:9: note: 'g_run' calls 'g_cur_wait'
testcases/fields/global-ptr.c:34:17: note: 'g_cur_wait' calls 'msleep' on a path taken only when field 'struct g_dev.flags' has a bit of 0x4 set, which may sleep
 * check-output-end
 */
