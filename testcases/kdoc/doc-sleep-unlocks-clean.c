/*
 * A module checked alone, as vmalloc.c's new_vmap_block() is on ARM
 * (mm/vmalloc.c:2051, xa_insert() of include/linux/xarray.h:776-782):
 * __xa_insert() has no body in the database, and Linux 6.1's kernel-doc
 * says "Expects xa_lock to be held on entry.  May release and reacquire
 * xa_lock if @gfp flags permit." (lib/xarray.c:1641, rules/kdoc-6.1.rules
 * `doc-sleep __xa_insert gfp unlocks spin`): called with GFP_KERNEL under
 * that lock alone, it sleeps with the lock released, which is no finding.
 */
#include <linux/spinlock.h>
#include <linux/slab.h>

struct xarray {
	spinlock_t xa_lock;
};

int __xa_insert(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);

static struct xarray blocks;

int mod_insert(unsigned long index, void *entry)
{
	int err;

	spin_lock(&blocks.xa_lock);
	err = __xa_insert(&blocks, index, entry, GFP_KERNEL);
	spin_unlock(&blocks.xa_lock);
	return err;
}
/*
 * check-name: kernel-doc: a function documented to release the lock it expects held before it sleeps, called under that lock
 * check-exit-value: 0
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
