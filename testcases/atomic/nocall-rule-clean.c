#include <linux/spinlock.h>
#include <linux/mutex.h>

/*
 * rules/kernel-assume.rules: tcp_alloc_md5sig_pool() takes its mutex
 * only before the pool is populated, never in atomic context.  The
 * callee a nocall rule leaves out here, mutex_lock(), is itself named by
 * a sleep rule: the rule still leaves the call out (the shape of Linux
 * 6.1 net/ipv4/tcp.c:4545-4560).  This one makes neither of the two other
 * calls the rules leave out of the real one (the allocation and the
 * static key): report --stats names those rules, stale for this code.
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
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --stats; echo "exit $?"
 *
 * check-output-start
exit 0
 * check-output-end
 * check-error-start
sleepcheck: 1 files, 2 functions, 0 calls through pointers (0 unresolved, 0 capped at 64 targets, 0 with more than 8 candidates), 0 findings
sleepcheck: 0 sleep-in-atomic, 0 sleep-in-atomic-indirect, 0 with a step through a pointer or a callback's field; 0 fields called in atomic context by a call in the database; 0 findings merged into another (same sleep from the same atomic section or through the same callback)
sleepcheck: 1 calls left out by nocall rules; 2 rules whose caller makes no such call:
rules/kernel-assume.rules:86: note: 'nocall tcp_alloc_md5sig_pool __tcp_alloc_md5sig_pool': 'tcp_alloc_md5sig_pool' makes no such call
rules/kernel-assume.rules:87: note: 'nocall tcp_alloc_md5sig_pool static_key_slow_inc': 'tcp_alloc_md5sig_pool' makes no such call
 * check-error-end
 */
