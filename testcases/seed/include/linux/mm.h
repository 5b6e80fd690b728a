#ifndef _SEED_MM_H
#define _SEED_MM_H
#include <linux/gfp.h>
struct mm_struct { int users; };
typedef struct { unsigned long pgd; } pgd_t;
typedef struct { unsigned long pud; } pud_t;
struct vm_struct { unsigned long addr; unsigned long size; };
extern struct mm_struct init_mm;
int __pud_alloc(struct mm_struct *mm, pgd_t *pgd, unsigned long address);
int map_vm_area(struct vm_struct *area, unsigned long prot, struct page **pages);
struct vm_struct *get_vm_area_caller(unsigned long size, unsigned long flags,
				     const void *caller);
static inline int pgd_none(pgd_t pgd)
{
	return !pgd.pgd;
}
static inline pud_t *pud_offset(pgd_t *pgd, unsigned long address)
{
	return (pud_t *)pgd;
}
/* include/linux/mm.h, 3.18 */
static inline pud_t *pud_alloc(struct mm_struct *mm, pgd_t *pgd, unsigned long address)
{
	return (pgd_none(*pgd) && __pud_alloc(mm, pgd, address)) ?
		NULL : pud_offset(pgd, address);
}
#endif
