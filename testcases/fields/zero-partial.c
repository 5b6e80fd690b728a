#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/zeroinit.h>

/*
 * compact-zero.c in a partial program: the struct is the core's
 * (include/, outside the directory of the files checked, as a module's
 * struct compact_control-like core type under M=), so the module's own
 * initializer, which leaves `contig` out, is not all the program's: the
 * core may make objects with it set.  Its zero decides nothing, and the
 * sleep behind the test is reported.
 */
static spinlock_t ctl_lock;

static struct core_ctl ctl = {
	.order = 1,
	.lock = &ctl_lock,
};

int ctl_op(struct core_ctl *c)
{
	spin_lock(c->lock);
	if (c->contig)
		msleep(1);
	spin_unlock(c->lock);
	return 0;
}

int mod_init(void)
{
	return ctl_op(&ctl);
}
/*
 * check-name: an initializer's zero of a struct defined outside the program's files decides nothing
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/zero-partial.c:24:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/zero-partial.c:22:9: note: atomic context begins here, at '_raw_spin_lock' in 'ctl_op'
testcases/fields/zero-partial.c:24:17: note: 'ctl_op' calls 'msleep' on a path taken only when field 'struct core_ctl.contig' has a bit of 0x1 set, which may sleep
 * check-output-end
 */
