#ifndef _STUB_MMZONE_H
#define _STUB_MMZONE_H
/* page zones as Linux 6.1 include/linux/mmzone.h and mm.h test them,
 * with CONFIG_HIGHMEM */
#include <linux/gfp.h>
struct page { unsigned long flags; };
enum zone_type { ZONE_DMA, ZONE_NORMAL, ZONE_HIGHMEM, ZONE_MOVABLE };
extern enum zone_type movable_zone;
static inline enum zone_type page_zonenum(const struct page *page)
{
	return (page->flags >> 24) & 3;
}
static inline int is_highmem_idx(enum zone_type idx)
{
	return (idx == ZONE_HIGHMEM ||
		(idx == ZONE_MOVABLE && movable_zone == ZONE_HIGHMEM));
}
#define PageHighMem(__p) is_highmem_idx(page_zonenum(__p))
void *page_address(const struct page *page);
#endif
