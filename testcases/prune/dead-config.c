#include <linux/spinlock.h>
#include <linux/vmalloc.h>

#define CONFIG_REMAP_ENABLED 1

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
 * check-name: a branch on an enabled config option through a variable is live
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/prune/dead-config.c:25:13: warning: call to 'alloc_maybe_remap' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/prune/dead-config.c:24:9: note: atomic context begins here, at '_raw_spin_lock' in 'dead_config'
testcases/prune/dead-config.c:25:13: note: 'dead_config' calls 'alloc_maybe_remap'
testcases/prune/dead-config.c:16:24: note: 'alloc_maybe_remap' calls 'vmalloc' on a path taken only when its argument 1 is zero, which may sleep
 * check-output-end
 */
