#ifndef _STUB_HIGHMEM_H
#define _STUB_HIGHMEM_H
#include <linux/preempt.h>
#include <linux/uaccess.h>
/*
 * 6.1 include/linux/highmem-internal.h without CONFIG_HIGHMEM (x86_64):
 * kmap() is page_address() (:167), kmap_atomic() disables preemption and
 * then page faults (:207-215), __kunmap_atomic() enables them again
 * (:227-238).
 */
struct page;
void *page_address(const struct page *page);
static inline void *kmap(struct page *page)
{
	return page_address(page);
}
static inline void kunmap(struct page *page)
{
}
static inline void *kmap_atomic(struct page *page)
{
	preempt_disable();
	pagefault_disable();
	return page_address(page);
}
static inline void __kunmap_atomic(const void *addr)
{
	pagefault_enable();
	preempt_enable();
}
#define kunmap_atomic(addr)	__kunmap_atomic(addr)
#endif
