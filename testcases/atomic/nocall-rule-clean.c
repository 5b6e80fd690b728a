#include <linux/spinlock.h>
#include <linux/mutex.h>

/*
 * rules/kernel-assume.rules: tcp_alloc_md5sig_pool() takes its mutex
 * only before the pool is populated, never in atomic context.  The
 * callee a nocall rule leaves out here, mutex_lock(), is itself named by
 * a sleep rule: the rule still leaves the call out (the shape of Linux
 * 6.1 net/ipv4/tcp.c:4545-4560).
 */
static struct mutex tcp_md5sig_mutex;
static int tcp_md5sig_pool_populated;

int tcp_alloc_md5sig_pool(void)
{
	if (!tcp_md5sig_pool_populated) {
		mutex_lock(&tcp_md5sig_mutex);
		tcp_md5sig_pool_populated = 1;
		mutex_unlock(&tcp_md5sig_mutex);
	}
	return tcp_md5sig_pool_populated;
}

static spinlock_t lock;

void tcp_time_wait(void)
{
	spin_lock(&lock);
	tcp_alloc_md5sig_pool();
	spin_unlock(&lock);
}
/*
 * check-name: a nocall rule leaves out a call of a function a sleep rule names (tcp_alloc_md5sig_pool -> mutex_lock) under a lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
