#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * maybe_init_creds()'s pattern (net/unix/af_unix.c:1848, scm_send() in
 * include/net/scm.h:98), but the function itself stores a length into the
 * member on one path before the test: the member holds 0 or 16 there,
 * and scm_fp_copy()'s GFP_KERNEL allocation may run under the spinlock.
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

static int init_creds(struct cookie *scm, int peek)
{
	struct msghdr msg = { .msg_controllen = 0 };

	if (peek)
		msg.msg_controllen = 16;

	return scm_send(&msg, scm);
}

static spinlock_t lock;

int sendpage(struct cookie *scm)
{
	int err;

	spin_lock(&lock);
	err = init_creds(scm, scm->pid);
	spin_unlock(&lock);
	return err;
}
/*
 * check-name: a member of a local object the function stores two values into before the test: the branch is not decided, the sleep counts
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/local-member-values.c:55:15: warning: call to 'init_creds' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/local-member-values.c:54:9: note: atomic context begins here, at '_raw_spin_lock' in 'sendpage'
testcases/gfp/local-member-values.c:55:15: note: 'sendpage' calls 'init_creds'
testcases/gfp/local-member-values.c:45:16: note: 'init_creds' calls 'scm_fp_copy' through inline 'scm_send'
testcases/gfp/local-member-values.c:25:19: note: 'scm_fp_copy' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
