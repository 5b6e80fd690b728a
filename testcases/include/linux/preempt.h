#ifndef _STUB_PREEMPT_H
#define _STUB_PREEMPT_H
#include <linux/compiler.h>
extern int __preempt_count;
static __always_inline void __preempt_count_add(int val)
{
	__preempt_count += val;
}
static __always_inline void __preempt_count_sub(int val)
{
	__preempt_count -= val;
}
static __always_inline bool __preempt_count_dec_and_test(void)
{
	return --__preempt_count == 0;
}
void __preempt_schedule(void);
static __always_inline int preempt_count(void)
{
	return __preempt_count;
}
#define HARDIRQ_MASK	0x000f0000
#define SOFTIRQ_MASK	0x0000ff00
#define in_interrupt()	(preempt_count() & (HARDIRQ_MASK | SOFTIRQ_MASK))
#define in_atomic()	(preempt_count() != 0)
#define in_softirq()	(preempt_count() & SOFTIRQ_MASK)
#define in_serving_softirq()	(preempt_count() & 0x100)
#define in_task()	(!(preempt_count() & (HARDIRQ_MASK | 0x100)))
#define preemptible()	(preempt_count() == 0)
#define preempt_count_add(val)	__preempt_count_add(val)
#define preempt_count_sub(val)	__preempt_count_sub(val)
#define preempt_count_dec_and_test() __preempt_count_dec_and_test()
/* CONFIG_PREEMPTION=y, as in x86_64 defconfig */
#define preempt_disable()	do { preempt_count_add(1); barrier(); } while (0)
#define preempt_enable() \
	do { barrier(); if (preempt_count_dec_and_test()) __preempt_schedule(); } while (0)
#endif
