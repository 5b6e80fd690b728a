#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

/*
 * is_vmalloc_addr() true only for vmalloc memory (rules/kernel-vmem.rules
 * mem-vtest): drivers/iommu/dma-iommu.c's __iommu_dma_free() (:1370)
 * calls dma_common_free_remap(), which vunmap()s (sleeps), only past
 * `if (is_vmalloc_addr(cpu_addr))` (:1381).  iommu_dma_alloc() (:1442)
 * frees the buffer iommu_dma_alloc_pages() made (:1476) when mapping it
 * fails; that buffer is vmalloc memory where the device is not coherent
 * (dma_common_contiguous_remap(), :1424), page_address() (:1434, the
 * linear map: mem-linear lowmem_page_address) where it is.  Here the
 * device's coherence is its member, as on arm64: a GFP_ATOMIC allocation
 * under a lock may free a remapped buffer, and iommu_dma_free(), given
 * any pointer, may too.  The clean twin (vmalloc-test-clean.c) is x86_64:
 * dev_is_dma_coherent() is true (include/linux/dma-map-ops.h:272).
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
	return dev->coherent;
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

void ring_free(struct device *dev)
{
	spin_lock(&lock);
	iommu_dma_free(dev, 4096, buf);
	spin_unlock(&lock);
}
/*
 * check-name: a vmalloc test's true side, reached with a buffer that may be remapped, or with any pointer, under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/vmalloc-test.c:146:15: warning: call to 'iommu_dma_alloc' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/vmalloc-test.c:145:9: note: atomic context begins here, at '_raw_spin_lock' in 'ring_alloc'
testcases/gfp/vmalloc-test.c:146:15: note: 'ring_alloc' calls 'iommu_dma_alloc'
testcases/gfp/vmalloc-test.c:134:17: note: 'iommu_dma_alloc' calls '__iommu_dma_free'
testcases/gfp/vmalloc-test.c:84:17: note: '__iommu_dma_free' calls 'dma_common_free_remap' on a path taken only when its argument 3 points to vmalloc memory
testcases/gfp/vmalloc-test.c:78:9: note: 'dma_common_free_remap' calls 'vunmap', which may sleep
testcases/gfp/vmalloc-test.c:153:9: warning: call to 'iommu_dma_free' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/vmalloc-test.c:152:9: note: atomic context begins here, at '_raw_spin_lock' in 'ring_free'
testcases/gfp/vmalloc-test.c:153:9: note: 'ring_free' calls 'iommu_dma_free'
testcases/gfp/vmalloc-test.c:89:9: note: 'iommu_dma_free' calls '__iommu_dma_free'
testcases/gfp/vmalloc-test.c:84:17: note: '__iommu_dma_free' calls 'dma_common_free_remap' on a path taken only when its argument 3 points to vmalloc memory
testcases/gfp/vmalloc-test.c:78:9: note: 'dma_common_free_remap' calls 'vunmap', which may sleep
 * check-output-end
 */
