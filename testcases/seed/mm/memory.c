#include <linux/mm.h>
#include <asm/pgalloc.h>

int __pud_alloc(struct mm_struct *mm, pgd_t *pgd, unsigned long address)
{
	pud_t *new = pud_alloc_one(mm, address);

	if (!new)
		return -12;
	pgd->pgd = (unsigned long)new;
	return 0;
}
