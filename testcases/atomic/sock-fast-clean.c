#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * lock_sock_fast() (Linux 6.1 net/core/sock.c:3558, include/net/sock.h:
 * 1842-1876): __lock_sock_fast() returns false holding sk_lock.slock with
 * bottom halves off, or true after taking the socket "mutex", which may
 * sleep; unlock_sock_fast() calls release_sock(), which may sleep, only
 * for true.  Here nothing sleeps with the spinlock held: the
 * sleep comes after unlock_sock_fast().
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

int sock_inq(struct sock *sk)
{
	bool slow = lock_sock_fast(sk);
	int n = sk->inq;

	unlock_sock_fast(sk, slow);
	if (!n)
		msleep(1);
	return n;
}

void sock_destroy(struct sock *sk)
{
	bool slow = lock_sock_fast(sk);

	sk->inq = 0;
	unlock_sock_fast(sk, slow);
}
/*
 * check-name: unlock_sock_fast()'s release_sock() runs only on the slow path, where __lock_sock_fast() returned without the spinlock (clean twin of sock-fast)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report; echo "exit $?"
 *
 * check-output-start
exit 0
 * check-output-end
 */
