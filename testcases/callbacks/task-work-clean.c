#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/bottom_half.h>
#include <linux/task_work.h>

/*
 * struct callback_head.func holds RCU callbacks and task work alike.
 * srcu_invoke_callbacks() calls it with bottom halves disabled, but only
 * for callbacks RCU queued; task work stored by init_task_work() runs in
 * task_work_run() (rules/kernel-nocall.rules `binder`).  Here only the
 * task work sleeps: nothing to report.
 */
void srcu_invoke_callbacks(struct callback_head *rhp)
{
	local_bh_disable();
	rhp->func(rhp);
	local_bh_enable();
}

void task_work_run(struct callback_head *work)
{
	work->func(work);
}

static void fput_work(struct callback_head *cb)
{
	msleep(1);
}

void fput_later(struct callback_head *cb)
{
	init_task_work(cb, fput_work);
}

static int barriers;

static void barrier_cb(struct callback_head *rhp)
{
	barriers++;
}

void srcu_barrier_one(struct callback_head *head)
{
	head->func = barrier_cb;
}
/*
 * check-name: task work that sleeps, stored by init_task_work(), is not reported through the RCU dispatch (clean twin of task-work)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --stats; echo "exit $?"
 *
 * check-output-start
exit 0
 * check-output-end
 * check-error-start
sleepcheck: 1 files, 6 functions, 2 calls through pointers (0 unresolved, 0 capped at 64 targets, 0 with more than 8 candidates), 0 findings
sleepcheck: 0 sleep-in-atomic, 0 sleep-in-atomic-indirect, 0 with a step through a pointer or a callback's field; 1 fields called in atomic context by a call in the database; 0 findings merged into another (same sleep from the same atomic section or through the same callback)
sleepcheck: 1 bindings left out of calls through their field: stored by an inline that a binder rule says only another function calls
 * check-error-end
 */
