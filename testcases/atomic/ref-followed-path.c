#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A put of an object that the function puts again later, on every path
 * from it, is never the last reference (ref-followed-clean.c,
 * inotify_remove_from_idr()).  Here the later put is missing on a path:
 * in release(), when keep is set; in drain(), the put at the loop's top
 * is followed by a put of the same variable only after it was given
 * another object (the next mark found): each put under the lock may drop
 * the last reference.
 */
struct fsnotify_mark {
	int refs;
	int wd;
};

static spinlock_t idr_lock;

void fsnotify_put_mark(struct fsnotify_mark *mark);
struct fsnotify_mark *find_mark(int wd);

void fsnotify_put_mark(struct fsnotify_mark *mark)
{
	if (!--mark->refs)
		msleep(1);	/* the release: iput() and such */
}

void release(struct fsnotify_mark *m, int keep)
{
	spin_lock(&idr_lock);
	fsnotify_put_mark(m);
	spin_unlock(&idr_lock);
	if (!keep)
		fsnotify_put_mark(m);
}

void drain(int wd)
{
	struct fsnotify_mark *m = find_mark(wd);

	for (;;) {
		spin_lock(&idr_lock);
		fsnotify_put_mark(m);
		spin_unlock(&idr_lock);
		m = find_mark(++wd);
		if (!m->wd)
			break;
	}
	fsnotify_put_mark(m);
}
/*
 * check-name: a put followed by a put of the same object on some paths only
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/ref-followed-path.c:32:9: warning: call to 'fsnotify_put_mark' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ref-followed-path.c:31:9: note: atomic context begins here, at '_raw_spin_lock' in 'release'
testcases/atomic/ref-followed-path.c:32:9: note: 'release' calls 'fsnotify_put_mark'
testcases/atomic/ref-followed-path.c:26:17: note: 'fsnotify_put_mark' calls 'msleep', which may sleep
testcases/atomic/ref-followed-path.c:44:17: warning: call to 'fsnotify_put_mark' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ref-followed-path.c:43:17: note: atomic context begins here, at '_raw_spin_lock' in 'drain'
testcases/atomic/ref-followed-path.c:44:17: note: 'drain' calls 'fsnotify_put_mark'
testcases/atomic/ref-followed-path.c:26:17: note: 'fsnotify_put_mark' calls 'msleep', which may sleep
 * check-output-end
 */
