/* SPDX-License-Identifier: GPL-2.0 */
/*
 * platform.h - what dmapool.c needs from its environment, in two
 * flavours.  The user-space build (the default) stands in for the kernel:
 * "interrupts off" is all signals blocked, and the spinlock is an atomic
 * flag taken with them blocked, so a signal handler (the stand-in for an
 * interrupt handler) can never spin on a lock its own thread holds.  The
 * kernel flavour (-DPOOL_KERNEL, as sleepcheck checks it) uses
 * spin_lock_irqsave() and the page allocator, and is what
 * kernel/arm-pool/ copies into arch/arm/mm/ to serve ARM's atomic
 * DMA-coherent pool.  pool_align_addr() is the address whose alignment
 * blocks inherit: the device (bus) address in the kernel, where the CPU
 * mapping may be a page-aligned vmap, and the CPU address in user space.
 */
#ifndef DMAPOOL_PLATFORM_H
#define DMAPOOL_PLATFORM_H

#ifdef POOL_KERNEL
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/string.h>

typedef dma_addr_t pool_dma_t;
typedef spinlock_t pool_lock_t;
typedef unsigned long pool_flags_t;
typedef int int32_t;
typedef unsigned long uintptr_t;
typedef signed char int8_t;
typedef unsigned char uint8_t;
typedef unsigned int uint32_t;

#define POOL_DMA_INVALID	((dma_addr_t)~0ULL)
#define POOL_OWN_DMA_BASE	((dma_addr_t)0)	/* unused: no own region */
#define pool_align_addr(cpu, dma)	((uintptr_t)(dma))
#define pool_lock_init(l)	spin_lock_init(l)
#define pool_lock(l, f)		spin_lock_irqsave(l, f)
#define pool_unlock(l, f)	spin_unlock_irqrestore(l, f)
/* setup only: may sleep */
#define pool_meta_alloc(n, sz)	kcalloc(n, sz, GFP_KERNEL)
#define pool_meta_free(p)	kfree(p)
#define pool_region_alloc(sz)	NULL	/* the kernel flavour takes a region */
#define pool_region_free(p, sz)	do { } while (0)
#define pool_memset		memset
/* a deliberately broken variant, for sleepcheck's own test */
#ifdef POOL_SEEDED_BUG
#define pool_seeded_bug()	kfree(kmalloc(64, GFP_KERNEL))
#endif
#else
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t pool_dma_t;
typedef struct {
	volatile int locked;
} pool_lock_t;
typedef sigset_t pool_flags_t;

#define POOL_DMA_INVALID	(~(pool_dma_t)0)
/* pool_init()'s device address space: of its own, far from the CPU's */
#define POOL_OWN_DMA_BASE	((pool_dma_t)1 << 40)
#define pool_align_addr(cpu, dma)	((uintptr_t)(cpu))

void pool_lock_init(pool_lock_t *l);
void pool_lock_irqsave(pool_lock_t *l, pool_flags_t *flags);
void pool_unlock_irqrestore(pool_lock_t *l, pool_flags_t *flags);
#define pool_lock(l, f)		pool_lock_irqsave(l, &(f))
#define pool_unlock(l, f)	pool_unlock_irqrestore(l, &(f))
#define pool_meta_alloc(n, sz)	calloc(n, sz)
#define pool_meta_free(p)	free(p)
void *pool_region_alloc(size_t size);
void pool_region_free(void *p, size_t size);
#define pool_memset		memset
#endif

#ifndef pool_seeded_bug
#define pool_seeded_bug()	do { } while (0)
#endif

#endif
