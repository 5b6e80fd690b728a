#ifndef _STUB_WORKQUEUE_H
#define _STUB_WORKQUEUE_H
#include <linux/kernel.h>
struct work_struct;
typedef void (*work_func_t)(struct work_struct *work);
struct work_struct {
	unsigned long data;
	work_func_t func;
};
#define INIT_WORK(_work, _func)	do { (_work)->data = 0; (_work)->func = (_func); } while (0)
struct workqueue_struct;
extern struct workqueue_struct *system_wq;
bool queue_work_on(int cpu, struct workqueue_struct *wq, struct work_struct *work);
static inline bool schedule_work(struct work_struct *work)
{
	return queue_work_on(-1, system_wq, work);
}
#endif
