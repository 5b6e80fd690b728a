#ifndef _STUB_COMPILER_H
#define _STUB_COMPILER_H
#ifdef __CHECKER__
# define __bitwise	__attribute__((bitwise))
# define __force	__attribute__((force))
# define __acquires(x)	__attribute__((context(x,0,1)))
# define __releases(x)	__attribute__((context(x,1,0)))
# define __must_hold(x)	__attribute__((context(x,1,1)))
#else
# define __bitwise
# define __force
# define __acquires(x)
# define __releases(x)
# define __must_hold(x)
#endif
#define __always_inline	inline __attribute__((__always_inline__))
#define barrier()	__asm__ __volatile__("" : : : "memory")
#define NULL ((void *)0)
typedef unsigned long size_t;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef u64 dma_addr_t;
typedef u64 phys_addr_t;
typedef _Bool bool;
#define true 1
#define false 0
#endif
