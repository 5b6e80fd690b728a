#include <linux/preempt.h>
#include <linux/sched.h>

/*
 * rules/kernel-assume.rules: affine_move_task() called with
 * SCA_MIGRATE_ENABLE (0x04, its fifth argument) runs for the current task,
 * which is on its CPU, and returns before it waits: its calls of
 * wait_for_completion() and schedule() (wait_var_event()) below the
 * branch are not made then (nocall-if rules).  The shape of Linux 6.1
 * kernel/sched/core.c:2736-2877: the test that decides it, task_on_cpu(),
 * is one the checker cannot tie to the flag.  migrate_enable() passes the
 * flag through a function that passes its own flags on (core.c:2260,
 * :2954) with preemption disabled; nothing is reported.  The twin,
 * nocall-if-rule.c, passes another flag and is.
 */
#define SCA_CHECK		0x01
#define SCA_MIGRATE_ENABLE	0x04

struct completion { unsigned int done; };
void wait_for_completion(struct completion *x);
struct task_struct { int on_cpu; struct completion done; int refs; };
struct rq;
struct rq_flags;
void stop_one_cpu_nowait(struct task_struct *p);

static int affine_move_task(struct rq *rq, struct task_struct *p,
			    struct rq_flags *rf, int dest_cpu, unsigned int flags)
{
	if (p->on_cpu) {
		stop_one_cpu_nowait(p);
		if (flags & SCA_MIGRATE_ENABLE)
			return 0;
	} else {
		p->refs++;
	}
	wait_for_completion(&p->done);
	while (p->refs)
		schedule();
	return 0;
}

static int set_cpus_allowed_locked(struct task_struct *p, unsigned int flags)
{
	return affine_move_task(0, p, 0, 0, flags);
}

void migrate_enable(struct task_struct *p)
{
	preempt_disable();
	set_cpus_allowed_locked(p, SCA_MIGRATE_ENABLE);
	preempt_enable();
}
/*
 * check-name: nocall-if rules: affine_move_task with SCA_MIGRATE_ENABLE does not reach its waits, under preempt_disable
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --stats 2>$tmp/stats; echo "exit $?"; grep "nocall-if" $tmp/stats
 *
 * check-output-start
exit 0
sleepcheck: 2 calls guarded by nocall-if rules; 1 rule whose caller makes no such call:
rules/kernel-assume.rules:316: note: 'nocall-if affine_move_task __SCT__might_resched': 'affine_move_task' makes no such call
 * check-output-end
 */
