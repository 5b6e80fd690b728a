#ifndef _STUB_KERNEL_H
#define _STUB_KERNEL_H
#include <linux/compiler.h>
#define offsetof(t, m)	__builtin_offsetof(t, m)
/* include/linux/container_of.h:17, as the kernel writes it */
#define container_of(ptr, type, member) ({				\
	void *__mptr = (void *)(ptr);					\
	((type *)(__mptr - offsetof(type, member))); })
#endif
