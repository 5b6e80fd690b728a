#include <linux/dma-mapping.h>
#include <linux/mm.h>

void *dma_common_contiguous_remap(struct page *page, size_t size,
				  unsigned long vm_flags, unsigned long prot,
				  const void *caller)
{
	struct page *pages[1] = { page };
	struct vm_struct *area;

	area = get_vm_area_caller(size, vm_flags, caller);
	if (!area)
		return NULL;
	if (map_vm_area(area, prot, pages))
		return NULL;
	return (void *)area->addr;
}
