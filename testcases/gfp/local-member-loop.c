#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * A member of a local object read where a call given its address may
 * have run: maybe_init_creds()'s pattern (net/unix/af_unix.c:1848,
 * scm_send() in include/net/scm.h:98) in a loop whose msg_prepare(),
 * after the test, is given `&msg` and may store a length there before
 * the loop comes back to the test: scm_fp_copy()'s GFP_KERNEL
 * allocation may run under the spinlock on the second round.
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
int msg_prepare(struct msghdr *msg);

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
	int err = 0, i;

	for (i = 0; i < 2 && !err; i++) {
		err = scm_send(&msg, scm);
		msg_prepare(&msg);
	}
	return err;
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
 * check-name: a member of a local object tested where a loop brings a call given its address back before the test: the sleep counts
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/local-member-loop.c:60:15: warning: call to 'init_creds' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/local-member-loop.c:59:9: note: atomic context begins here, at '_raw_spin_lock' in 'sendpage'
testcases/gfp/local-member-loop.c:60:15: note: 'sendpage' calls 'init_creds'
testcases/gfp/local-member-loop.c:47:23: note: 'init_creds' calls 'scm_fp_copy' through inline 'scm_send'
testcases/gfp/local-member-loop.c:28:19: note: 'scm_fp_copy' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
