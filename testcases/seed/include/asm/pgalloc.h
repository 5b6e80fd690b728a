#ifndef _SEED_PGALLOC_H
#define _SEED_PGALLOC_H
#include <linux/mm.h>
/* page tables are allocated with GFP_KERNEL: this may sleep */
static inline pud_t *pud_alloc_one(struct mm_struct *mm, unsigned long addr)
{
	return (pud_t *)__get_free_page(GFP_KERNEL | __GFP_ZERO);
}
#endif
