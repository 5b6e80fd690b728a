#include <linux/timer.h>
#include <linux/workqueue.h>
#include <linux/mutex.h>

struct poller { struct timer_list timer; struct work_struct work; struct mutex lock; };

static void poller_work(struct work_struct *w)
{
	struct poller *p = container_of(w, struct poller, work);

	/* a work item runs in process context */
	mutex_lock(&p->lock);
	mutex_unlock(&p->lock);
}

static void poller_timer(struct timer_list *t)
{
	struct poller *p = from_timer(p, t, timer);

	mutex_lock(&p->lock);
	mutex_unlock(&p->lock);
}

void poller_start(struct poller *p)
{
	INIT_WORK(&p->work, poller_work);
	timer_setup(&p->timer, poller_timer, 0);
}
/*
 * check-name: a timer callback that takes a mutex
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/entry/timer.c:20:9: warning: call to 'mutex_lock' may sleep in timer context, in 'poller_timer' [-Wsleep-in-atomic]
testcases/entry/timer.c:27:9: note: 'poller_timer' runs in timer context: 'poller_start' registers it here with 'init_timer_key'
testcases/entry/timer.c:20:9: note: 'poller_timer' calls 'mutex_lock', which may sleep
 * check-output-end
 */
