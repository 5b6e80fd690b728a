#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * lock_sock_fast() (Linux 6.1 net/core/sock.c:3558, include/net/sock.h:
 * 1842-1876): __lock_sock_fast() returns false holding sk_lock.slock with
 * bottom halves off, or true after taking the socket "mutex", which may
 * sleep; unlock_sock_fast() calls release_sock(), which may sleep, only
 * for true.  The section between must not sleep (the fast path holds a
 * spinlock), and __lock_sock_fast() itself may sleep.
 */
struct sock {
	spinlock_t slock;
	int owned;
	int inq;
};

void release_sock(struct sock *sk)
{
	might_sleep();
	sk->owned = 0;
}

bool __lock_sock_fast(struct sock *sk)
{
	might_sleep();
	spin_lock_bh(&sk->slock);
	if (!sk->owned)
		return false;
	sk->owned = 1;
	spin_unlock_bh(&sk->slock);
	return true;
}

static inline bool lock_sock_fast(struct sock *sk)
{
	return __lock_sock_fast(sk);
}

static inline void unlock_sock_fast(struct sock *sk, bool slow)
{
	if (slow)
		release_sock(sk);
	else
		spin_unlock_bh(&sk->slock);
}

int sock_inq_wait(struct sock *sk)
{
	bool slow = lock_sock_fast(sk);
	int n = sk->inq;

	if (!n)
		msleep(1);
	unlock_sock_fast(sk, slow);
	return n;
}

static spinlock_t table_lock;

void sock_table_walk(struct sock *sk)
{
	bool slow;

	spin_lock(&table_lock);
	slow = lock_sock_fast(sk);
	unlock_sock_fast(sk, slow);
	spin_unlock(&table_lock);
}
/*
 * check-name: lock_sock_fast(): the fast section holds a spinlock, __lock_sock_fast() may sleep; unlock_sock_fast()'s release_sock() runs only on the slow path
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"
 *
 * check-output-start
testcases/atomic/sock-fast.c:54:17: warning: call to 'msleep' may sleep with spinlock held, bottom halves disabled [-Wsleep-in-atomic]
testcases/atomic/sock-fast.c:50:21: note: atomic context begins here, at '__lock_sock_fast' in 'sock_inq_wait'
testcases/atomic/sock-fast.c:54:17: note: 'sock_inq_wait' calls 'msleep', which may sleep
testcases/atomic/sock-fast.c:66:16: warning: call to 'lock_sock_fast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/sock-fast.c:65:9: note: atomic context begins here, at '_raw_spin_lock' in 'sock_table_walk'
testcases/atomic/sock-fast.c:66:16: note: 'sock_table_walk' calls '__lock_sock_fast' through inline 'lock_sock_fast'
testcases/atomic/sock-fast.c:26:9: note: '__lock_sock_fast' calls '__might_sleep', which may sleep
testcases/atomic/sock-fast.c:67:9: warning: call to 'unlock_sock_fast' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/sock-fast.c:65:9: note: atomic context begins here, at '_raw_spin_lock' in 'sock_table_walk'
testcases/atomic/sock-fast.c:67:9: note: 'sock_table_walk' calls 'release_sock' through inline 'unlock_sock_fast'
testcases/atomic/sock-fast.c:20:9: note: 'release_sock' calls '__might_sleep', which may sleep
exit 1
 * check-output-end
 */
