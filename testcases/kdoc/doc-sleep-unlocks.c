/*
 * The twin of doc-sleep-unlocks-clean.c: __xa_insert() releases the
 * xa_lock it expects held before it sleeps ("May release and reacquire
 * xa_lock if @gfp flags permit.", lib/xarray.c:1641), but the caller
 * holds another spinlock around it, which stays held at the sleep.
 */
#include <linux/spinlock.h>
#include <linux/slab.h>

struct xarray {
	spinlock_t xa_lock;
};

int __xa_insert(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);

static struct xarray blocks;
static spinlock_t outer;

int mod_insert(unsigned long index, void *entry)
{
	int err;

	spin_lock(&outer);
	spin_lock(&blocks.xa_lock);
	err = __xa_insert(&blocks, index, entry, GFP_KERNEL);
	spin_unlock(&blocks.xa_lock);
	spin_unlock(&outer);
	return err;
}
/*
 * check-name: kernel-doc: a function documented to release the lock it expects held, called under another spinlock too
 * check-exit-value: 1
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/kdoc/doc-sleep-unlocks.c:25:15: warning: call to '__xa_insert' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/kdoc/doc-sleep-unlocks.c:23:9: note: atomic context begins here, at '_raw_spin_lock' in 'mod_insert'
testcases/kdoc/doc-sleep-unlocks.c:25:15: note: 'mod_insert' calls '__xa_insert' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
