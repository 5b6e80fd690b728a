#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * A member of a local object read before its address goes anywhere:
 * maybe_init_creds() (net/unix/af_unix.c:1848) makes `struct msghdr msg
 * = { .msg_controllen = 0 }` and passes `&msg` to the inline scm_send(),
 * which returns before __scm_send() and its GFP_KERNEL allocation in
 * scm_fp_copy() when `msg->msg_controllen <= 0` (include/net/scm.h:98).
 * Nothing but the initializer can have written the member there, so the
 * allocation is never reached: under unix_stream_sendpage()'s spinlock
 * (af_unix.c:2340) no sleep.
 */
struct msghdr {
	void *msg_control;
	unsigned long msg_controllen;
	unsigned int msg_flags;
};

struct cookie {
	void *fp;
	int pid;
};

int cookie_fill(struct cookie *scm);

int scm_fp_copy(struct msghdr *msg, struct cookie *scm)
{
	scm->fp = kmalloc(64, GFP_KERNEL);
	return msg->msg_flags;
}

static inline int scm_send(struct msghdr *msg, struct cookie *scm)
{
	scm->pid = 0;
	cookie_fill(scm);
	if (msg->msg_controllen <= 0)
		return 0;
	return scm_fp_copy(msg, scm);
}

static int init_creds(struct cookie *scm)
{
	struct msghdr msg = { .msg_controllen = 0 };

	return scm_send(&msg, scm);
}

static spinlock_t lock;

int sendpage(struct cookie *scm)
{
	int err;

	spin_lock(&lock);
	err = init_creds(scm);
	spin_unlock(&lock);
	return err;
}
/*
 * check-name: a member of a local object tested before its address goes anywhere holds its initializer's value: the branch to the sleep is never taken
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
