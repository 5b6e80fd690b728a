#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Buggy twin of lock-pointer-null-clean.c: one path goes to `out:`
 * with other's lock held, past the test that drops it.
 */
struct sock {
	spinlock_t lock;
	int state, dead;
};

struct sock *find_other(int i);
int is_err(struct sock *sk);
void sock_put(struct sock *sk);
int pending(void);

static long wait_for_peer(struct sock *sk, long timeo)
{
	spin_unlock(&sk->lock);
	msleep(timeo);
	return timeo;
}

int connect(int i, long timeo)
{
	struct sock *other = NULL;
	int err;

restart:
	other = find_other(i);
	if (is_err(other)) {
		err = -1;
		other = NULL;
		goto out;
	}
	spin_lock(&other->lock);
	if (other->dead) {
		spin_unlock(&other->lock);
		sock_put(other);
		goto restart;
	}
	err = -2;
	if (other->state != 1)
		goto out_unlock;
	if (other->state == 4)
		goto out;
	if (other->state == 3) {
		err = -3;
		if (!timeo)
			goto out_unlock;
		timeo = wait_for_peer(other, timeo);
		if (pending())
			goto out;
		sock_put(other);
		goto restart;
	}
	spin_unlock(&other->lock);
	return 0;

out_unlock:
	if (other)
		spin_unlock(&other->lock);
out:
	msleep(1);
	if (other)
		sock_put(other);
	return err;
}
/*
 * check-name: a pointer whose object's lock was taken, the lock kept past its test
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-pointer-null.c:65:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/lock-pointer-null.c:37:9: note: atomic context begins here, at '_raw_spin_lock' in 'connect'
testcases/atomic/lock-pointer-null.c:65:9: note: 'connect' calls 'msleep', which may sleep
 * check-output-end
 */
