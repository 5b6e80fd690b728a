// SPDX-License-Identifier: GPL-2.0
/*
 * platform_user.c - the user-space flavour of platform.h: a spinlock
 * taken with all signals blocked ("interrupts saved"), and the region
 * from mmap, aligned to its size so that every block is aligned to its
 * own size.
 */
#include <pthread.h>
#include <sys/mman.h>

#include "platform.h"

void pool_lock_init(pool_lock_t *l)
{
	l->locked = 0;
}

/*
 * POOL_BENCH_NOSIGMASK (benchmark builds only): blocking signals is two
 * system calls in user space, about a microsecond, where the kernel's
 * local_irq_save() is a few instructions; the benchmark leaves it out so
 * that it measures the allocators, not the syscalls.
 */
void pool_lock_irqsave(pool_lock_t *l, pool_flags_t *flags)
{
#ifndef POOL_BENCH_NOSIGMASK
	sigset_t all;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, flags);
#else
	(void)flags;
#endif
	while (__atomic_exchange_n(&l->locked, 1, __ATOMIC_ACQUIRE))
		while (__atomic_load_n(&l->locked, __ATOMIC_RELAXED))
			__builtin_ia32_pause();
}

void pool_unlock_irqrestore(pool_lock_t *l, pool_flags_t *flags)
{
	__atomic_store_n(&l->locked, 0, __ATOMIC_RELEASE);
#ifndef POOL_BENCH_NOSIGMASK
	pthread_sigmask(SIG_SETMASK, flags, NULL);
#else
	(void)flags;
#endif
}

static size_t align_of(size_t size)
{
	size_t a = 1;

	while (a < size && a < ((size_t)1 << 30))
		a <<= 1;
	return a;
}

void *pool_region_alloc(size_t size)
{
	size_t align = align_of(size), span = size + align;
	char *p = mmap(NULL, span, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	char *q;

	if (p == MAP_FAILED)
		return NULL;
	q = (char *)(((uintptr_t)p + align - 1) & ~(uintptr_t)(align - 1));
	if (q > p)
		munmap(p, q - p);
	if (p + span > q + size)
		munmap(q + size, p + span - (q + size));
	return q;
}

void pool_region_free(void *p, size_t size)
{
	if (p)
		munmap(p, size);
}
