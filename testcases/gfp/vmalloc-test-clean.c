#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

/*
 * The clean twin of vmalloc-test.c, x86_64's: dev_is_dma_coherent() is
 * true (include/linux/dma-map-ops.h:272) and PageHighMem() false, so
 * iommu_dma_alloc_pages() returns page_address() alone, the linear map
 * (mem-linear lowmem_page_address): a GFP_ATOMIC allocation whose
 * mapping fails frees it under the lock without reaching
 * dma_common_free_remap() past `if (is_vmalloc_addr(cpu_addr))`
 * (drivers/iommu/dma-iommu.c:1381, :1434, :1476).
 */
struct page;
struct device {
	int coherent;
};

bool is_vmalloc_addr(const void *x);
struct page *alloc_pages(gfp_t gfp, unsigned int order);

/* what vmap() handed out (no call the pointer comes from) */
static void *vmap_area;

void *dma_common_contiguous_remap(struct page *page, size_t size)
{
	return vmap_area;
}

void __free_pages(struct page *page, unsigned int order)
{
}

/* where the pool would store the address */
static void **pool_cpu_addr;

void *iommu_dma_alloc_remap(struct device *dev, size_t size, gfp_t gfp)
{
	might_sleep();
	return vmap_area;
}

int dev_map_buffer(struct device *dev, struct page *page, size_t size)
{
	return size > 4096;
}

static __always_inline void *lowmem_page_address(const struct page *page)
{
	return (void *)((unsigned long)page << 6);
}
#define page_address(page) lowmem_page_address(page)

static inline bool dev_is_dma_coherent(struct device *dev)
{
	return true;
}

static inline int PageHighMem(const struct page *page)
{
	return 0;
}

void vunmap(const void *addr)
{
	might_sleep();
}

static void dma_common_free_remap(void *cpu_addr, size_t size)
{
	vunmap(cpu_addr);
}

static void __iommu_dma_free(struct device *dev, size_t size, void *cpu_addr)
{
	if (is_vmalloc_addr(cpu_addr))
		dma_common_free_remap(cpu_addr, size);
}

void iommu_dma_free(struct device *dev, size_t size, void *cpu_addr)
{
	__iommu_dma_free(dev, size, cpu_addr);
}

static void *iommu_dma_alloc_pages(struct device *dev, size_t size,
				   struct page **pagep, gfp_t gfp)
{
	bool coherent = dev_is_dma_coherent(dev);
	struct page *page = alloc_pages(gfp, 0);
	void *cpu_addr;

	if (!page)
		return NULL;
	if (!coherent || PageHighMem(page)) {
		cpu_addr = dma_common_contiguous_remap(page, size);
		if (!cpu_addr)
			goto out_free_pages;
	} else {
		cpu_addr = page_address(page);
	}
	*pagep = page;
	memset(cpu_addr, 0, size);
	return cpu_addr;
out_free_pages:
	__free_pages(page, 0);
	return NULL;
}

static void *iommu_dma_alloc(struct device *dev, size_t size, gfp_t gfp)
{
	struct page *page = NULL;
	void *cpu_addr;

	if (gfpflags_allow_blocking(gfp))
		return iommu_dma_alloc_remap(dev, size, gfp);
	if (0 && !dev_is_dma_coherent(dev)) {
		/* IS_ENABLED(CONFIG_DMA_DIRECT_REMAP): dma_alloc_from_pool(),
		 * given &cpu_addr (not on x86_64, nor here) */
		pool_cpu_addr = &cpu_addr;
		return NULL;
	} else {
		cpu_addr = iommu_dma_alloc_pages(dev, size, &page, gfp);
		if (!cpu_addr)
			return NULL;
	}
	if (dev_map_buffer(dev, page, size)) {
		__iommu_dma_free(dev, size, cpu_addr);
		return NULL;
	}
	return cpu_addr;
}

static spinlock_t lock;
static void *buf;

void ring_alloc(struct device *dev)
{
	spin_lock(&lock);
	buf = iommu_dma_alloc(dev, 4096, GFP_ATOMIC);
	spin_unlock(&lock);
}
/*
 * check-name: a vmalloc test's true side, never reached with a buffer from the linear map (clean twin of vmalloc-test.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
