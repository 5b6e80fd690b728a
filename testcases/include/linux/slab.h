#ifndef _STUB_SLAB_H
#define _STUB_SLAB_H
#include <linux/gfp.h>
void *__kmalloc(size_t size, gfp_t flags);
void kfree(const void *objp);
struct kmem_cache;
void *kmem_cache_alloc(struct kmem_cache *s, gfp_t flags);
static __always_inline void *kmalloc(size_t size, gfp_t flags)
{
	return __kmalloc(size, flags);
}
static inline void *kcalloc(size_t n, size_t size, gfp_t flags)
{
	return kmalloc(n * size, flags | __GFP_ZERO);
}
static inline void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags | __GFP_ZERO);
}
#endif
