/*
 * A flag tested by a branch and passed on the side where it is zero:
 * dio_bio_complete() tests `should_dirty` and calls
 * bio_release_pages(bio, should_dirty) only where it is false
 * (fs/direct-io.c:498-502), and __bio_release_pages() dirties (and may
 * sleep) only when that argument is set (block/bio.c:1117-1118).  The
 * calls under the lock pass a 0 there, on the false side of `if (x)`
 * and on the true side of `if (!x)`, x a local or a parameter, so
 * nothing sleeps.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/types.h>

struct dio {
	int op;
	int should_dirty;
};

static spinlock_t dio_lock;

void release_pages_flag(int *pages, bool mark_dirty)
{
	if (mark_dirty)
		msleep(1);
	pages[0] = 0;
}

void check_dirty(int *pages);

void dio_complete(struct dio *dio, int *pages)
{
	bool should_dirty = dio->op == 1 && dio->should_dirty;

	spin_lock(&dio_lock);
	if (should_dirty)
		check_dirty(pages);
	else
		release_pages_flag(pages, should_dirty);
	spin_unlock(&dio_lock);
}

void dio_complete_inverted(struct dio *dio, int *pages)
{
	bool should_dirty = dio->op == 1 && dio->should_dirty;

	spin_lock(&dio_lock);
	if (!should_dirty) {
		pages[1] = 0;
		release_pages_flag(pages, should_dirty);
	}
	spin_unlock(&dio_lock);
}
void release_unless(int *pages, bool mark)
{
	spin_lock(&dio_lock);
	if (!mark)
		release_pages_flag(pages, mark);
	spin_unlock(&dio_lock);
}
/*
 * check-name: a flag passed on the side of a branch where it is zero decides the callee's test of it
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
