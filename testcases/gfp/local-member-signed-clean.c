#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * maybe_init_creds()'s pattern (net/unix/af_unix.c:1848, scm_send() in
 * include/net/scm.h:98) with a signed member: the initializer stores -1
 * and the inline function returns before the GFP_KERNEL allocation when
 * it is negative, before the object's address goes anywhere: no sleep
 * under the spinlock.
 */
struct msghdr {
	void *msg_control;
	unsigned long msg_controllen;
	int msg_fd;
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
	if (msg->msg_fd < 0)
		return 0;
	return scm_fp_copy(msg, scm);
}

static int init_creds(struct cookie *scm)
{
	struct msghdr msg = { .msg_controllen = 8, .msg_fd = -1 };

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
 * check-name: a signed member of a local object compared with 0 before its address goes anywhere: its initializer's -1 decides the branch
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
