#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Like unix_stream_connect() in net/unix/af_unix.c:1500-1625: `other`
 * is locked on every path to out_unlock, so `if (other)` there never
 * finds it NULL (its lock was read through it), and the paths that
 * reach `out:` otherwise hold nothing (other made NULL, or its lock
 * dropped by wait_for_peer()).  The sleep at `out:` is clean.
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
 * check-name: a pointer whose object's lock was taken is not NULL
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
