#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/bottom_half.h>
#include <linux/task_work.h>

/*
 * struct callback_head.func holds RCU callbacks and task work alike.
 * srcu_invoke_callbacks() calls it with bottom halves disabled, but only
 * for callbacks RCU queued; task work stored by init_task_work() runs in
 * task_work_run() (rules/kernel-nocall.rules `binder`).  Here an RCU
 * callback stored directly sleeps: reported through the RCU dispatch.
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

static void barrier_cb(struct callback_head *rhp)
{
	msleep(1);
}

void srcu_barrier_one(struct callback_head *head)
{
	head->func = barrier_cb;
}
/*
 * check-name: task work stored by init_task_work() is not an RCU callback: the RCU dispatch reaches only the callback stored directly
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --stats; echo "exit $?"
 *
 * check-output-start
testcases/callbacks/task-work.c:37:9: warning: call to 'msleep' may sleep in atomic context, in 'barrier_cb' [-Wsleep-in-atomic]
testcases/callbacks/task-work.c:16:9: note: 'barrier_cb' runs in atomic context: 'srcu_invoke_callbacks' calls through 'struct callback_head'.func here with bottom halves disabled
testcases/callbacks/task-work.c:15:9: note: atomic context begins here, at 'local_bh_disable' in 'srcu_invoke_callbacks'
testcases/callbacks/task-work.c:42:20: note: 'barrier_cb' is bound to 'struct callback_head.func' here
testcases/callbacks/task-work.c:37:9: note: 'barrier_cb' calls 'msleep', which may sleep
exit 1
 * check-output-end
 * check-error-start
sleepcheck: 1 files, 6 functions, 2 calls through pointers (0 unresolved, 0 capped at 64 targets, 0 with more than 8 candidates), 1 findings
sleepcheck: 1 sleep-in-atomic, 0 sleep-in-atomic-indirect, 1 with a step through a pointer or a callback's field; 1 fields called in atomic context by a call in the database; 0 findings merged into another (same sleep from the same atomic section or through the same callback)
sleepcheck: 1 bindings left out of calls through their field: stored by an inline that a binder rule says only another function calls
 * check-error-end
 */
