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

	schedule_work(&p->work);
}

void poller_start(struct poller *p)
{
	INIT_WORK(&p->work, poller_work);
	timer_setup(&p->timer, poller_timer, 0);
}
/*
 * check-name: a timer callback that defers to a work item, which may sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
