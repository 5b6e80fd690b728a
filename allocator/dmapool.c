// SPDX-License-Identifier: GPL-2.0
/*
 * dmapool.c - the atomic DMA-coherent pool (see dmapool.h).
 *
 * Invariant: a page's state is PAGE_FREE_HEAD or PAGE_USED_HEAD exactly
 * when it starts a block, whose order is then in its record; every other
 * page is PAGE_TAIL.  Free blocks of order k are on list k, and bit k of
 * `nonempty` says whether list k has one.  Splitting marks the new half's
 * head, merging marks the absorbed head as a tail: both O(1) per step,
 * so alloc and free take at most POOL_MAX_ORDER steps each, whatever the
 * size of the pool.
 */
#include "dmapool.h"

enum {
	PAGE_TAIL = 0,
	PAGE_FREE_HEAD = 1,
	PAGE_USED_HEAD = 2,
};

static void free_list_add(struct dma_pool_atomic *pool, int32_t idx, int order)
{
	struct pool_page *p = &pool->pages[idx];

	p->prev = -1;
	p->next = pool->head[order];
	if (p->next >= 0)
		pool->pages[p->next].prev = idx;
	pool->head[order] = idx;
	p->order = (int8_t)order;
	p->state = PAGE_FREE_HEAD;
	pool->nonempty |= 1u << order;
}

static void free_list_del(struct dma_pool_atomic *pool, int32_t idx, int order)
{
	struct pool_page *p = &pool->pages[idx];

	if (p->prev >= 0)
		pool->pages[p->prev].next = p->next;
	else
		pool->head[order] = p->next;
	if (p->next >= 0)
		pool->pages[p->next].prev = p->prev;
	if (pool->head[order] < 0)
		pool->nonempty &= ~(1u << order);
}

static int highest_bit(uint32_t x)
{
	return 31 - __builtin_clz(x);
}

/* smallest order whose block covers @size bytes, or -1 */
static int order_for(const struct dma_pool_atomic *pool, size_t size)
{
	size_t pages = (size + ((size_t)1 << pool->page_shift) - 1) >> pool->page_shift;
	int order;

	if (!size || pages > ((size_t)1 << pool->max_order))
		return -1;
	order = pages > 1 ? highest_bit((uint32_t)(pages - 1)) + 1 : 0;
	return order <= pool->max_order ? order : -1;
}

int pool_init_region(struct dma_pool_atomic *pool, void *cpu, pool_dma_t dma,
		     size_t size, unsigned int page_shift)
{
	uintptr_t base = (uintptr_t)cpu, al = pool_align_addr(cpu, dma) >> page_shift;
	size_t npages = size >> page_shift;
	int32_t idx;
	int k;

	pool_memset(pool, 0, sizeof(*pool));
	if (!cpu || page_shift < 4 || page_shift > 30 || !npages ||
	    npages > 0x7fffffff || (base & (((uintptr_t)1 << page_shift) - 1)))
		return -EINVAL;
	pool->pages = pool_meta_alloc(npages, sizeof(*pool->pages));
	if (!pool->pages)
		return -ENOMEM;
	pool_lock_init(&pool->lock);
	pool->cpu_base = cpu;
	pool->dma_base = dma;
	pool->page_shift = page_shift;
	pool->npages = (uint32_t)npages;
	pool->max_order = highest_bit((uint32_t)npages);
	if (pool->max_order > POOL_MAX_ORDER)
		pool->max_order = POOL_MAX_ORDER;
	/* blocks are aligned to their size only as far as the base is
	 * (pool_align_addr(): the address a device or test relies on) */
	if (al && __builtin_ctzl(al) < pool->max_order)
		pool->max_order = __builtin_ctzl(al);
	for (k = 0; k <= POOL_MAX_ORDER; k++)
		pool->head[k] = -1;
	for (idx = 0; idx < (int32_t)npages; idx++)
		pool->pages[idx].state = PAGE_TAIL;
	/* carve the region into the largest aligned blocks that fit */
	for (idx = 0; idx < (int32_t)npages; idx += 1 << k) {
		for (k = pool->max_order; k > 0; k--)
			if (!(idx & ((1 << k) - 1)) && idx + (1 << k) <= (int32_t)npages)
				break;
		free_list_add(pool, idx, k);
	}
	pool->stats.size = npages << page_shift;
	return 0;
}

int pool_init(struct dma_pool_atomic *pool, size_t size, unsigned int page_shift)
{
	void *mem;
	int ret;

	size &= ~(((size_t)1 << page_shift) - 1);
	mem = pool_region_alloc(size);
	if (!mem)
		return -ENOMEM;
	/* a device address space of its own, far from the CPU's */
	ret = pool_init_region(pool, mem, POOL_OWN_DMA_BASE, size, page_shift);
	if (ret) {
		pool_region_free(mem, size);
		return ret;
	}
	pool->owns_memory = 1;
	return 0;
}

void pool_destroy(struct dma_pool_atomic *pool)
{
	if (pool->owns_memory)
		pool_region_free(pool->cpu_base, pool->stats.size);
	pool_meta_free(pool->pages);
	pool_memset(pool, 0, sizeof(*pool));
}

void *pool_alloc(struct dma_pool_atomic *pool, size_t size, pool_dma_t *dma_handle)
{
	int order = order_for(pool, size);
	pool_flags_t flags;
	uint32_t avail;
	int32_t idx;
	int k;

	pool_lock(&pool->lock, flags);
	pool_seeded_bug();
	avail = order < 0 ? 0 : pool->nonempty & ~((1u << order) - 1);
	if (!avail) {
		pool->stats.failures++;
		pool_unlock(&pool->lock, flags);
		return NULL;
	}
	k = __builtin_ctz(avail);
	idx = pool->head[k];
	free_list_del(pool, idx, k);
	while (k > order) {
		k--;
		free_list_add(pool, idx + (1 << k), k);
	}
	pool->pages[idx].order = (int8_t)order;
	pool->pages[idx].state = PAGE_USED_HEAD;
	pool->stats.used += (size_t)1 << (pool->page_shift + order);
	pool->stats.allocs++;
	pool_unlock(&pool->lock, flags);
	if (dma_handle)
		*dma_handle = pool->dma_base + ((size_t)idx << pool->page_shift);
	return pool->cpu_base + ((size_t)idx << pool->page_shift);
}

/* the page index of @cpu if it can start a block of this pool, else -1 */
static int32_t page_of(const struct dma_pool_atomic *pool, const void *cpu)
{
	uintptr_t off = (uintptr_t)cpu - (uintptr_t)pool->cpu_base;

	if ((uintptr_t)cpu < (uintptr_t)pool->cpu_base ||
	    off >= ((uintptr_t)pool->npages << pool->page_shift) ||
	    (off & (((uintptr_t)1 << pool->page_shift) - 1)))
		return -1;
	return (int32_t)(off >> pool->page_shift);
}

int pool_free(struct dma_pool_atomic *pool, void *cpu)
{
	int32_t idx = page_of(pool, cpu), buddy;
	pool_flags_t flags;
	int k;

	pool_lock(&pool->lock, flags);
	if (idx < 0 || pool->pages[idx].state != PAGE_USED_HEAD) {
		pool->stats.bad_frees++;
		pool_unlock(&pool->lock, flags);
		return -EINVAL;
	}
	k = pool->pages[idx].order;
	pool->stats.used -= (size_t)1 << (pool->page_shift + k);
	pool->stats.frees++;
	while (k < pool->max_order) {
		buddy = idx ^ (1 << k);
		if (buddy + (1 << k) > (int32_t)pool->npages ||
		    pool->pages[buddy].state != PAGE_FREE_HEAD ||
		    pool->pages[buddy].order != k)
			break;
		free_list_del(pool, buddy, k);
		pool->pages[idx > buddy ? idx : buddy].state = PAGE_TAIL;
		if (buddy < idx)
			idx = buddy;
		k++;
	}
	free_list_add(pool, idx, k);
	pool_unlock(&pool->lock, flags);
	return 0;
}

pool_dma_t pool_virt_to_dma(const struct dma_pool_atomic *pool, const void *cpu)
{
	uintptr_t off = (uintptr_t)cpu - (uintptr_t)pool->cpu_base;

	if ((uintptr_t)cpu < (uintptr_t)pool->cpu_base ||
	    off >= ((uintptr_t)pool->npages << pool->page_shift))
		return POOL_DMA_INVALID;
	return pool->dma_base + off;
}

void *pool_dma_to_virt(const struct dma_pool_atomic *pool, pool_dma_t dma)
{
	if (dma < pool->dma_base ||
	    dma - pool->dma_base >= ((pool_dma_t)pool->npages << pool->page_shift))
		return NULL;
	return pool->cpu_base + (dma - pool->dma_base);
}

void pool_get_stats(struct dma_pool_atomic *pool, struct pool_stats *out)
{
	pool_flags_t flags;

	pool_lock(&pool->lock, flags);
	*out = pool->stats;
	out->largest_free = pool->nonempty ?
		(size_t)1 << (pool->page_shift + highest_bit(pool->nonempty)) : 0;
	pool_unlock(&pool->lock, flags);
}
