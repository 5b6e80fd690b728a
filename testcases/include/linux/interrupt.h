#ifndef _STUB_INTERRUPT_H
#define _STUB_INTERRUPT_H
#include <linux/kernel.h>
typedef int irqreturn_t;
#define IRQ_NONE	0
#define IRQ_HANDLED	1
typedef irqreturn_t (*irq_handler_t)(int, void *);
/* Linux 6.12 include/linux/interrupt.h:64-81 */
#define IRQF_SHARED		0x00000080
#define __IRQF_TIMER		0x00000200
#define IRQF_NO_SUSPEND		0x00004000
#define IRQF_NO_THREAD		0x00010000
#define IRQF_TIMER		(__IRQF_TIMER | IRQF_NO_SUSPEND | IRQF_NO_THREAD)
/* kernel/irq/manage.c */
int request_threaded_irq(unsigned int irq, irq_handler_t handler,
			 irq_handler_t thread_fn, unsigned long flags,
			 const char *name, void *dev);
static inline int request_irq(unsigned int irq, irq_handler_t handler,
			      unsigned long flags, const char *name, void *dev)
{
	return request_threaded_irq(irq, handler, NULL, flags, name, dev);
}
void free_irq(unsigned int irq, void *dev);
void disable_irq(unsigned int irq);
void disable_irq_nosync(unsigned int irq);
void enable_irq(unsigned int irq);
struct tasklet_struct {
	struct tasklet_struct *next;
	int count;
	bool use_callback;
	union {
		void (*func)(unsigned long data);
		void (*callback)(struct tasklet_struct *t);
	};
	unsigned long data;
};
/* Linux 6.1 include/linux/interrupt.h */
#define DECLARE_TASKLET(name, _callback)		\
struct tasklet_struct name = {				\
	.count = 0,					\
	.callback = _callback,				\
	.use_callback = true,				\
}
void tasklet_schedule(struct tasklet_struct *t);
void tasklet_init(struct tasklet_struct *t, void (*func)(unsigned long),
		  unsigned long data);
#endif
