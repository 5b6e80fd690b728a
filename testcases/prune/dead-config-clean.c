#include <linux/spinlock.h>
#include <linux/vmalloc.h>

#define CONFIG_REMAP_ENABLED 0

static spinlock_t lock;

/* like dma_direct_alloc(): a config constant through a local variable */
static void *alloc_maybe_remap(int coherent, size_t size)
{
	bool remap = false;

	if (!coherent)
		remap = CONFIG_REMAP_ENABLED;
	if (remap)
		return vmalloc(size);
	return NULL;
}

void *dead_config(int coherent)
{
	void *p;

	spin_lock(&lock);
	p = alloc_maybe_remap(coherent, 4096);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: a branch on a disabled config option through a variable is dead
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
