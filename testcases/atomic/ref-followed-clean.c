#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A put of an object that the function puts again later, on every path
 * from it, is never the last reference: were it the last, the later put
 * would touch a freed object.  inotify_remove_from_idr() drops the idr's
 * reference to i_mark with fsnotify_put_mark() under idr_lock, after
 * checking that the mark inotify_idr_find_locked() returned (with a
 * reference of its own) is i_mark, and drops that second reference after
 * the unlock (fs/notify/inotify/inotify_user.c:475-513).  Here the put
 * under the lock is followed by such a put: no finding.
 */
struct fsnotify_mark {
	int refs;
	int wd;
};

static spinlock_t idr_lock;
static struct fsnotify_mark *table[8];

void fsnotify_put_mark(struct fsnotify_mark *mark);

void fsnotify_put_mark(struct fsnotify_mark *mark)
{
	if (!--mark->refs)
		msleep(1);	/* the release: iput() and such */
}

static struct fsnotify_mark *find_locked(int wd)
{
	struct fsnotify_mark *i = table[wd & 7];

	if (i)
		i->refs++;
	return i;
}

void remove_from_idr(struct fsnotify_mark *i_mark)
{
	struct fsnotify_mark *found = NULL;
	int wd;

	spin_lock(&idr_lock);
	wd = i_mark->wd;
	if (wd == -1)
		goto out;
	found = find_locked(wd);
	if (!found)
		goto out;
	if (found != i_mark)
		goto out;
	table[wd & 7] = NULL;
	fsnotify_put_mark(i_mark);
out:
	i_mark->wd = -1;
	spin_unlock(&idr_lock);
	if (found)
		fsnotify_put_mark(found);
}
/*
 * check-name: a put followed on every path by a put of the same object
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
 * check-output-end
 */
