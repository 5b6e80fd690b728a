/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dmapool.h - an atomic DMA-coherent pool: the reference fix for the
 * seed bug.  pool_init() reserves one region up front (the only step that
 * may sleep or allocate); pool_alloc() and pool_free() then work in any
 * context: they never sleep, never allocate, and take a bounded number
 * of steps (at most POOL_MAX_ORDER splits or merges).
 *
 * It is a buddy allocator over pages: a request of n bytes gets a block
 * of the smallest page order that covers n, aligned to its own size, as
 * dma_alloc_coherent() guarantees.  The metadata (one small record per
 * page) lives outside the region, so device memory holds only data.  A
 * bitmap of non-empty free lists finds a block in O(1); the lock is a
 * spinlock taken with interrupts saved (in the user-space build: signals
 * blocked).  Double frees and foreign pointers are detected, counted and
 * refused without touching the pool.
 */
#ifndef DMAPOOL_H
#define DMAPOOL_H

#include "platform.h"

/* blocks of up to 2^POOL_MAX_ORDER pages; this bounds every operation */
#define POOL_MAX_ORDER	20

struct pool_page {
	int32_t prev, next;	/* free list links (page indices), -1 ends */
	int8_t order;		/* block order, on the first page of a block */
	uint8_t state;		/* PAGE_FREE_HEAD, PAGE_USED_HEAD or PAGE_TAIL */
};

struct pool_stats {
	size_t size;		/* bytes managed */
	size_t used;		/* bytes in allocated blocks */
	size_t largest_free;	/* bytes of the largest free block */
	unsigned long allocs, frees;
	unsigned long failures;	/* exhaustion, size 0 or too large */
	unsigned long bad_frees;	/* double frees and foreign pointers */
};

struct dma_pool_atomic {
	pool_lock_t lock;
	char *cpu_base;
	pool_dma_t dma_base;
	unsigned int page_shift;
	uint32_t npages;
	int max_order;			/* largest order that fits */
	uint32_t nonempty;		/* bit k: free list k has a block */
	int32_t head[POOL_MAX_ORDER + 1];
	struct pool_page *pages;
	struct pool_stats stats;
	int owns_memory;
};

/// Reserves @size bytes (rounded down to whole pages) and prepares the
/// pool.  May sleep and allocate.  @page_shift: log2 of the page size.
/// @return: 0, or a negative errno.
int pool_init(struct dma_pool_atomic *pool, size_t size, unsigned int page_shift);

/// Like pool_init() over memory the caller provides (@cpu, device address
/// @dma), which must be aligned to its largest block.
int pool_init_region(struct dma_pool_atomic *pool, void *cpu, pool_dma_t dma,
		     size_t size, unsigned int page_shift);

/// Releases what pool_init() reserved.  May sleep.
void pool_destroy(struct dma_pool_atomic *pool);

/// Any context.  Returns a block of at least @size bytes, aligned to the
/// smallest page order covering @size, and its device address in
/// *@dma_handle; NULL at once when @size is 0, too large or the pool is
/// exhausted.
void *pool_alloc(struct dma_pool_atomic *pool, size_t size, pool_dma_t *dma_handle);

/// Any context.  Frees a block from pool_alloc().  @return: 0, or -EINVAL
/// for a pointer that is not an allocated block of this pool (counted in
/// bad_frees; the pool is not changed).
int pool_free(struct dma_pool_atomic *pool, void *cpu);

/// Translations between CPU and device addresses inside the pool; the
/// invalid value (NULL, POOL_DMA_INVALID) for addresses outside it.
pool_dma_t pool_virt_to_dma(const struct dma_pool_atomic *pool, const void *cpu);
void *pool_dma_to_virt(const struct dma_pool_atomic *pool, pool_dma_t dma);

/// Any context: a consistent snapshot of the statistics.
void pool_get_stats(struct dma_pool_atomic *pool, struct pool_stats *out);

#endif
