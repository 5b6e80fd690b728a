#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

/*
 * kvfree() sleeps (vfree()) only for vmalloc memory, and kvmalloc_node()
 * hands out vmalloc memory only when its gfp flags allow blocking
 * (rules/kernel-vmem.rules; mm/util.c:591, :622).  lib/rhashtable.c's
 * bucket_table_alloc() (:175) returns kvzalloc()'s table, or a nested
 * one kzalloc()'s, and bucket_table_free() (:109) kvfree()s it: a table
 * allocated with GFP_KERNEL and freed under a lock may reach vfree();
 * so does one that came from anywhere else (a parameter, a list).  This
 * clean twin of kvfree-vmalloc.c allocates with GFP_ATOMIC, as
 * rhashtable_insert_rehash() (:461) does before it frees under the
 * bucket lock: kvmalloc_node() gives slab memory then, and so does the
 * nested table's kzalloc(), so kvfree() never reaches vfree().
 */
void *kvmalloc_node(size_t size, gfp_t flags, int node);
bool is_vmalloc_addr(const void *x);

static inline void *kvzalloc(size_t size, gfp_t flags)
{
	return kvmalloc_node(size, flags | __GFP_ZERO, -1);
}

void vfree(const void *addr)
{
	might_sleep();
}

void kvfree(const void *addr)
{
	if (is_vmalloc_addr(addr))
		vfree(addr);
	else
		kfree(addr);
}

struct bucket_table {
	unsigned int size;
	int nest;
};

static struct bucket_table *nested_table_alloc(size_t n, gfp_t gfp)
{
	struct bucket_table *tbl = kzalloc(sizeof(*tbl), gfp);

	if (tbl)
		tbl->nest = 1;
	return tbl;
}

static struct bucket_table *bucket_table_alloc(size_t n, gfp_t gfp)
{
	struct bucket_table *tbl = kvzalloc(n * sizeof(int), gfp);

	if (tbl == NULL && gfp != GFP_KERNEL)
		tbl = nested_table_alloc(n, gfp);
	if (tbl == NULL)
		return NULL;
	tbl->size = n;
	return tbl;
}

static void bucket_table_free(const struct bucket_table *tbl)
{
	kvfree(tbl);
}

static spinlock_t lock;

int table_replace(size_t n)
{
	struct bucket_table *tbl = bucket_table_alloc(n, GFP_ATOMIC | __GFP_NOWARN);

	if (!tbl)
		return -1;
	spin_lock(&lock);
	bucket_table_free(tbl);
	spin_unlock(&lock);
	return 0;
}

/*
 * check-name: kvfree() of a table kvmalloc'ed with gfp flags that cannot block, under a lock (clean twin of kvfree-vmalloc.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
