#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * get_user_pages_fast_only() sets its own flag before it passes its
 * flags on, `gup_flags |= FOLL_GET | FOLL_FAST_ONLY;`, and
 * internal_get_user_pages_fast() takes the sleeping slow path only
 * without FOLL_FAST_ONLY (mm/gup.c): called under a lock, it never
 * sleeps.  Here only FOLL_GET is set: it may (clean twin: or-assign-clean.c).
 */
#define FOLL_GET	0x04
#define FOLL_FAST_ONLY	0x80000

struct mm {
	spinlock_t lock;
};

static int internal_fast(struct mm *mm, unsigned int gup_flags)
{
	if (gup_flags & FOLL_FAST_ONLY)
		return 0;
	msleep(1);
	return 1;
}

int fast_only(struct mm *mm, unsigned int gup_flags)
{
	gup_flags |= FOLL_GET;
	return internal_fast(mm, gup_flags);
}

void sample(struct mm *mm)
{
	spin_lock(&mm->lock);
	fast_only(mm, 0);
	spin_unlock(&mm->lock);
}
/*
 * check-name: a flag ORed into a parameter that does not select the fast path: the sleep stays
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/or-assign.c:35:9: warning: call to 'fast_only' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/or-assign.c:34:9: note: atomic context begins here, at '_raw_spin_lock' in 'sample'
testcases/gfp/or-assign.c:35:9: note: 'sample' calls 'fast_only'
testcases/gfp/or-assign.c:29:16: note: 'fast_only' calls 'internal_fast'
testcases/gfp/or-assign.c:22:9: note: 'internal_fast' calls 'msleep' on a path taken only when its argument 2 has no bit of 0x80000 set, which may sleep
 * check-output-end
 */
