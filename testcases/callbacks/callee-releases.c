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
	mutex_lock(&w->lock);
	mutex_unlock(&w->lock);
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
 * check-name: a callback called under RCU that sleeps: blamed in the callback
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/callbacks/callee-releases.c:17:9: warning: call to 'mutex_lock' may sleep in atomic context, in 'cpu_wait_running' [-Wsleep-in-atomic]
testcases/callbacks/callee-releases.c:29:9: note: 'cpu_wait_running' runs in atomic context: 'wait_running' calls through 'struct wait_ops'.wait_running here with RCU read lock held
testcases/callbacks/callee-releases.c:28:9: note: atomic context begins here, at 'rcu_read_lock' in 'wait_running'
testcases/callbacks/callee-releases.c:22:25: note: 'cpu_wait_running' is bound to 'struct wait_ops.wait_running' here, in the initializer of 'cpu_wait_ops'
testcases/callbacks/callee-releases.c:17:9: note: 'cpu_wait_running' calls 'mutex_lock', which may sleep
 * check-output-end
 */
