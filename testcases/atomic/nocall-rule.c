#include <linux/spinlock.h>
#include <linux/mutex.h>

/*
 * The twin of nocall-rule-clean.c: the same body under another name, which
 * no nocall rule names, still sleeps in mutex_lock() under the caller's
 * lock.
 */
static struct mutex tcp_md5sig_mutex;
static int tcp_md5sig_pool_populated;

int other_alloc_pool(void)
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
	other_alloc_pool();
	spin_unlock(&lock);
}
/*
 * check-name: a call of a function a sleep rule names, from a caller no nocall rule names, under a lock (twin of nocall-rule-clean.c)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/nocall-rule.c:27:9: warning: call to 'other_alloc_pool' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/nocall-rule.c:26:9: note: atomic context begins here, at '_raw_spin_lock' in 'tcp_time_wait'
testcases/atomic/nocall-rule.c:27:9: note: 'tcp_time_wait' calls 'other_alloc_pool'
testcases/atomic/nocall-rule.c:15:17: note: 'other_alloc_pool' calls 'mutex_lock', which may sleep
 * check-output-end
 */
