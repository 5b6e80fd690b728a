#ifndef _STUB_KERNEL_H
#define _STUB_KERNEL_H
#include <linux/compiler.h>
#define offsetof(t, m)	__builtin_offsetof(t, m)
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#endif
