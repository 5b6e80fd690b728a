#include <linux/rcupdate.h>
#include <linux/mutex.h>

struct waiter;
struct wait_ops {
	void (*wait_running)(struct waiter *w);
};
struct waiter {
	const struct wait_ops *ops;
	struct mutex lock;
};

/* the shape of Linux 6.1 posix_cpu_timer_wait_running(): the callback
 * leaves its caller's RCU read-side section before it sleeps */
static void cpu_wait_running(struct waiter *w)
{
	rcu_read_unlock();
	mutex_lock(&w->lock);
	mutex_unlock(&w->lock);
	rcu_read_lock();
}

const struct wait_ops cpu_wait_ops = {
	.wait_running = cpu_wait_running,
};

/* the shape of timer_wait_running(): calls the callback under RCU */
void wait_running(struct waiter *w)
{
	rcu_read_lock();
	w->ops->wait_running(w);
	rcu_read_unlock();
}
/*
 * check-name: a callback that leaves its caller's RCU section before it sleeps is not blamed
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
