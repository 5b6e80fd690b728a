/*
 * branch-zero-arg-clean.c's buggy twin: the flag is passed on the side
 * of the branch where it is set, and in dio_complete_reset() it may be
 * set again between the test and the call (`if (force) dirty = 1;`), so
 * a zero the test saw says nothing at the call; so it is in
 * release_unless() of a parameter.  The three calls under the lock
 * reach the callee's msleep().
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
		release_pages_flag(pages, should_dirty);
	else
		check_dirty(pages);
	spin_unlock(&dio_lock);
}

void dio_complete_reset(struct dio *dio, int *pages, int force)
{
	bool dirty = dio->op == 1 && dio->should_dirty;

	spin_lock(&dio_lock);
	if (!dirty) {
		if (force)
			dirty = 1;
		release_pages_flag(pages, dirty);
	}
	spin_unlock(&dio_lock);
}
void release_unless(int *pages, bool mark, int force)
{
	spin_lock(&dio_lock);
	if (!mark) {
		if (force)
			mark = 1;
		release_pages_flag(pages, mark);
	}
	spin_unlock(&dio_lock);
}
/*
 * check-name: a flag passed on the side of a branch where it is set, or set again before the call, still reaches the callee's sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/branch-zero-arg.c:35:17: warning: call to 'release_pages_flag' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/branch-zero-arg.c:33:9: note: atomic context begins here, at '_raw_spin_lock' in 'dio_complete'
testcases/atomic/branch-zero-arg.c:35:17: note: 'dio_complete' calls 'release_pages_flag'
testcases/atomic/branch-zero-arg.c:23:17: note: 'release_pages_flag' calls 'msleep' on a path taken only when its argument 2 is non-zero, which may sleep
testcases/atomic/branch-zero-arg.c:49:17: warning: call to 'release_pages_flag' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/branch-zero-arg.c:45:9: note: atomic context begins here, at '_raw_spin_lock' in 'dio_complete_reset'
testcases/atomic/branch-zero-arg.c:49:17: note: 'dio_complete_reset' calls 'release_pages_flag'
testcases/atomic/branch-zero-arg.c:23:17: note: 'release_pages_flag' calls 'msleep' on a path taken only when its argument 2 is non-zero, which may sleep
testcases/atomic/branch-zero-arg.c:59:17: warning: call to 'release_pages_flag' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/branch-zero-arg.c:55:9: note: atomic context begins here, at '_raw_spin_lock' in 'release_unless'
testcases/atomic/branch-zero-arg.c:59:17: note: 'release_unless' calls 'release_pages_flag' on a path taken only when its argument 2 is zero
testcases/atomic/branch-zero-arg.c:23:17: note: 'release_pages_flag' calls 'msleep' on a path taken only when its argument 2 is non-zero, which may sleep
 * check-output-end
 */
