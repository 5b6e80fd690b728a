#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A flag in a member of a member (`req->base.flags`, as ahash requests
 * keep theirs): the object's initializer sets the outer member whole,
 * from a copy, so the zero before it (J.*:=#0) does not decide the inner
 * member; the flag may be set, and the sleep counts.
 */
#define MAY_SLEEP	0x1

struct base {
	unsigned int flags;
	int err;
};

struct req {
	struct base base;
	int len;
};

static void req_run(struct req *r)
{
	if (r->base.flags & MAY_SLEEP)
		msleep(1);
}

static spinlock_t lock;

void run_locked(unsigned int flags)
{
	struct base b = { .flags = flags };
	struct req r = { .base = b, .len = 4 };

	spin_lock(&lock);
	req_run(&r);
	spin_unlock(&lock);
}
/*
 * check-name: an initializer that sets the outer member whole leaves the inner member of a path not known
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/member-init-outer.c:36:9: warning: call to 'req_run' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/member-init-outer.c:35:9: note: atomic context begins here, at '_raw_spin_lock' in 'run_locked'
testcases/gfp/member-init-outer.c:36:9: note: 'run_locked' calls 'req_run'
testcases/gfp/member-init-outer.c:25:17: note: 'req_run' calls 'msleep' on a path taken only when its field 'base.flags' of what argument 1 points to has a bit of 0x1 set, which may sleep
 * check-output-end
 */
