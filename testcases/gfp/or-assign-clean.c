#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * get_user_pages_fast_only() sets its own flag before it passes its
 * flags on, `gup_flags |= FOLL_GET | FOLL_FAST_ONLY;`, and
 * internal_get_user_pages_fast() takes the sleeping slow path only
 * without FOLL_FAST_ONLY (mm/gup.c): called under a lock, it never
 * sleeps (or-assign.c sets only FOLL_GET).
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
	gup_flags |= FOLL_GET | FOLL_FAST_ONLY;
	return internal_fast(mm, gup_flags);
}

void sample(struct mm *mm)
{
	spin_lock(&mm->lock);
	fast_only(mm, 0);
	spin_unlock(&mm->lock);
}
/*
 * check-name: a flag ORed into a parameter before it is passed on decides the callee's path (clean)
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
