#ifndef _STUB_BUG_H
#define _STUB_BUG_H
#include <linux/compiler.h>
/* include/asm-generic/bug.h, x86 (__WARN_FLAGS is an asm) */
#define __WARN()	__asm__ __volatile__("ud2")
#define WARN_ON(condition) ({						\
	int __ret_warn_on = !!(condition);				\
	if (__ret_warn_on)						\
		__WARN();						\
	__ret_warn_on;							\
})
#define WARN_ON_ONCE(condition)	WARN_ON(condition)
void __warn_printk(const char *fmt, ...);
#define WARN(condition, format...) ({					\
	int __ret_warn_on = !!(condition);				\
	if (__ret_warn_on)						\
		__warn_printk(format);					\
	__ret_warn_on;							\
})
#define WARN_ONCE(condition, format...)	WARN(condition, format)
#define BUG_ON(condition) do { if (condition) __builtin_trap(); } while (0)
#endif
