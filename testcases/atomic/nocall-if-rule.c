#include <linux/preempt.h>
#include <linux/sched.h>

/*
 * The twin of nocall-if-rule-clean.c: the same affine_move_task(), called
 * with SCA_CHECK instead of SCA_MIGRATE_ENABLE under preempt_disable(),
 * is reported: the nocall-if rules leave its calls of
 * wait_for_completion() and schedule() out only where the fifth argument
 * has bit 0x04, and the note says so.
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

void migrate_check(struct task_struct *p)
{
	preempt_disable();
	set_cpus_allowed_locked(p, SCA_CHECK);
	preempt_enable();
}
/*
 * check-name: nocall-if rules: affine_move_task with another flag still reaches its wait under preempt_disable (twin of nocall-if-rule-clean.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --stats 2>$tmp/stats; echo "exit $?"; grep "nocall-if" $tmp/stats
 *
 * check-output-start
testcases/atomic/nocall-if-rule.c:45:9: warning: call to 'set_cpus_allowed_locked' may sleep with preemption disabled [-Wsleep-in-atomic]
testcases/atomic/nocall-if-rule.c:44:9: note: atomic context begins here, at '__preempt_count_add' in 'migrate_check'
testcases/atomic/nocall-if-rule.c:45:9: note: 'migrate_check' calls 'set_cpus_allowed_locked'
testcases/atomic/nocall-if-rule.c:39:16: note: 'set_cpus_allowed_locked' calls 'affine_move_task'
testcases/atomic/nocall-if-rule.c:31:9: note: 'affine_move_task' calls 'wait_for_completion' on a path taken only when its argument 5 has no bit of 0x4 set, which may sleep
exit 1
sleepcheck: 2 calls guarded by nocall-if rules; 1 rule whose caller makes no such call:
rules/kernel-assume.rules:316: note: 'nocall-if affine_move_task __SCT__might_resched': 'affine_move_task' makes no such call
 * check-output-end
 */
