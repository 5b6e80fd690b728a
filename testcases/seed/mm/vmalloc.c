#include <linux/mm.h>

static pgd_t pgd_table[16];

static int vmap_pud_range(pgd_t *pgd, unsigned long addr, unsigned long end,
			  unsigned long prot, struct page **pages, int *nr)
{
	pud_t *pud;

	pud = pud_alloc(&init_mm, pgd, addr);
	if (!pud)
		return -12;
	return 0;
}

static int vmap_page_range_noflush(unsigned long start, unsigned long end,
				   unsigned long prot, struct page **pages)
{
	int nr = 0;

	return vmap_pud_range(&pgd_table[start & 15], start, end, prot, pages, &nr);
}

static int vmap_page_range(unsigned long start, unsigned long end,
			   unsigned long prot, struct page **pages)
{
	return vmap_page_range_noflush(start, end, prot, pages);
}

int map_vm_area(struct vm_struct *area, unsigned long prot, struct page **pages)
{
	unsigned long addr = area->addr;
	unsigned long end = addr + area->size;

	return vmap_page_range(addr, end, prot, pages) < 0 ? -12 : 0;
}
