#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A pointer parameter tested against NULL decides with the argument (the
 * buggy twin of ptr-param-clean.c: regs not known, dispose NULL):
 * machine_check_poll() calls mce_severity(&m, NULL, NULL, false), and
 * with regs NULL is_copy_from_user() returns before it decodes the
 * instruction, which may sleep (arch/x86/kernel/cpu/mce/core.c:761,
 * severity.c:225), the NULL passed on through two callers' parameters;
 * flock_lock_inode() passes the address of its local list `dispose` to
 * locks_delete_lock_ctx(), which only queues the lock there and frees
 * it, which may sleep, when dispose is NULL (fs/locks.c:832-835, 1039);
 * the address of a global object, or a function, is never NULL either.
 */
struct pt_regs {
	unsigned long ip;
};

struct mce {
	unsigned long status;
};

struct list_head {
	struct list_head *next, *prev;
};

struct file_lock {
	struct list_head fl_list;
};

static spinlock_t lock;

static int is_copy_from_user(struct pt_regs *regs)
{
	if (!regs)
		return 0;
	msleep(1);
	return regs->ip != 0;
}

static int error_context(struct mce *m, struct pt_regs *regs)
{
	if (m->status & 1)
		return 2;
	return is_copy_from_user(regs);
}

int mce_severity(struct mce *m, struct pt_regs *regs)
{
	return error_context(m, regs);
}

static struct list_head pending;

/* a callback, or a wait when there is none */
static void finish(void (*done)(struct file_lock *), struct file_lock *fl)
{
	if (done)
		done(fl);
	else
		msleep(1);
}

static void wake_waiters(struct file_lock *fl)
{
	fl->fl_list.prev = &fl->fl_list;
}

static void delete_lock(struct file_lock *fl, struct list_head *dispose)
{
	if (dispose != NULL)
		fl->fl_list.next = dispose;
	else
		msleep(1);
}

int check_poll(struct pt_regs *regs)
{
	struct mce m;
	int sev;

	m.status = 0;
	spin_lock(&lock);
	sev = mce_severity(&m, regs);
	spin_unlock(&lock);
	return sev;
}

void flock_inode(struct file_lock *fl)
{
	struct list_head dispose;

	dispose.next = &dispose;
	dispose.prev = &dispose;
	spin_lock(&lock);
	delete_lock(fl, &dispose);
	delete_lock(fl, &pending);
	finish(NULL, fl);
	delete_lock(fl, NULL);
	spin_unlock(&lock);
}
/*
 * check-name: a pointer parameter not known, or NULL, where the callee sleeps unless it is NULL (or unless it is not)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/ptr-param.c:85:15: warning: call to 'mce_severity' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/ptr-param.c:84:9: note: atomic context begins here, at '_raw_spin_lock' in 'check_poll'
testcases/gfp/ptr-param.c:85:15: note: 'check_poll' calls 'mce_severity'
testcases/gfp/ptr-param.c:51:16: note: 'mce_severity' calls 'error_context'
testcases/gfp/ptr-param.c:46:16: note: 'error_context' calls 'is_copy_from_user' on a path taken only when its field 'status' of what argument 1 points to has no bit of 0x1 set
testcases/gfp/ptr-param.c:38:9: note: 'is_copy_from_user' calls 'msleep' on a path taken only when its argument 1 is non-zero, which may sleep
testcases/gfp/ptr-param.c:99:9: warning: call to 'finish' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/ptr-param.c:96:9: note: atomic context begins here, at '_raw_spin_lock' in 'flock_inode'
testcases/gfp/ptr-param.c:99:9: note: 'flock_inode' calls 'finish'
testcases/gfp/ptr-param.c:62:17: note: 'finish' calls 'msleep', which may sleep
testcases/gfp/ptr-param.c:100:9: warning: call to 'delete_lock' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/ptr-param.c:96:9: note: atomic context begins here, at '_raw_spin_lock' in 'flock_inode'
testcases/gfp/ptr-param.c:100:9: note: 'flock_inode' calls 'delete_lock'
testcases/gfp/ptr-param.c:75:17: note: 'delete_lock' calls 'msleep' on a path taken only when its argument 2 is zero, which may sleep
 * check-output-end
 */
