#ifndef _STUB_TASK_WORK_H
#define _STUB_TASK_WORK_H
/* Linux 6.1 include/linux/types.h: struct callback_head, shared by RCU
 * callbacks and task work; include/linux/task_work.h: init_task_work() */
struct callback_head {
	struct callback_head *next;
	void (*func)(struct callback_head *head);
};
typedef void (*task_work_func_t)(struct callback_head *);
static inline void init_task_work(struct callback_head *twork, task_work_func_t func)
{
	twork->func = func;
}
#endif
