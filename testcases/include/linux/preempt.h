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
#define preempt_count_add(val)	__preempt_count_add(val)
#define preempt_count_sub(val)	__preempt_count_sub(val)
#define preempt_disable()	do { preempt_count_add(1); barrier(); } while (0)
#define preempt_enable()	do { barrier(); preempt_count_sub(1); } while (0)
#endif
