#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A pointer parameter tested against NULL decides with the argument:
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

int check_poll(void)
{
	struct mce m;
	int sev;

	m.status = 0;
	spin_lock(&lock);
	sev = mce_severity(&m, NULL);
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
	finish(wake_waiters, fl);
	spin_unlock(&lock);
}
/*
 * check-name: NULL, or the address of an object or a function, passed where a pointer parameter is tested against NULL: no sleep under the lock (clean twin of ptr-param.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
