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
 * so does one that came from anywhere else (a parameter, a global that
 * anything may have set, table_get()'s spare).  The
 * clean twin (kvfree-vmalloc-clean.c) allocates with GFP_ATOMIC, as
 * rhashtable_insert_rehash() (:461) does before it frees under the
 * bucket lock.
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
	struct bucket_table *tbl = bucket_table_alloc(n, GFP_KERNEL);

	if (!tbl)
		return -1;
	spin_lock(&lock);
	bucket_table_free(tbl);
	spin_unlock(&lock);
	return 0;
}

/* a table that may be the spare one, which anything may have stored */
static struct bucket_table *spare;

static struct bucket_table *table_get(size_t n)
{
	struct bucket_table *tbl = bucket_table_alloc(n, GFP_ATOMIC);

	if (!tbl)
		tbl = spare;
	return tbl;
}

void table_swap(size_t n)
{
	struct bucket_table *tbl = table_get(n);

	spin_lock(&lock);
	bucket_table_free(tbl);
	spin_unlock(&lock);
}

void table_drop(struct bucket_table *old)
{
	spin_lock(&lock);
	bucket_table_free(old);
	spin_unlock(&lock);
}
/*
 * check-name: kvfree() of a table kvmalloc'ed with gfp flags that may block, or of one from elsewhere, under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/kvfree-vmalloc.c:80:9: warning: call to 'bucket_table_free' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/kvfree-vmalloc.c:79:9: note: atomic context begins here, at '_raw_spin_lock' in 'table_replace'
testcases/gfp/kvfree-vmalloc.c:80:9: note: 'table_replace' calls 'bucket_table_free'
testcases/gfp/kvfree-vmalloc.c:68:9: note: 'bucket_table_free' calls 'kvfree'
testcases/gfp/kvfree-vmalloc.c:35:17: note: 'kvfree' calls 'vfree' on a path taken only when its argument 1 points to vmalloc memory
testcases/gfp/kvfree-vmalloc.c:29:9: note: 'vfree' calls '__might_sleep', which may sleep
testcases/gfp/kvfree-vmalloc.c:102:9: warning: call to 'bucket_table_free' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/kvfree-vmalloc.c:101:9: note: atomic context begins here, at '_raw_spin_lock' in 'table_swap'
testcases/gfp/kvfree-vmalloc.c:102:9: note: 'table_swap' calls 'bucket_table_free'
testcases/gfp/kvfree-vmalloc.c:68:9: note: 'bucket_table_free' calls 'kvfree'
testcases/gfp/kvfree-vmalloc.c:35:17: note: 'kvfree' calls 'vfree' on a path taken only when its argument 1 points to vmalloc memory
testcases/gfp/kvfree-vmalloc.c:29:9: note: 'vfree' calls '__might_sleep', which may sleep
testcases/gfp/kvfree-vmalloc.c:109:9: warning: call to 'bucket_table_free' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/kvfree-vmalloc.c:108:9: note: atomic context begins here, at '_raw_spin_lock' in 'table_drop'
testcases/gfp/kvfree-vmalloc.c:109:9: note: 'table_drop' calls 'bucket_table_free'
testcases/gfp/kvfree-vmalloc.c:68:9: note: 'bucket_table_free' calls 'kvfree'
testcases/gfp/kvfree-vmalloc.c:35:17: note: 'kvfree' calls 'vfree' on a path taken only when its argument 1 points to vmalloc memory
testcases/gfp/kvfree-vmalloc.c:29:9: note: 'vfree' calls '__might_sleep', which may sleep
 * check-output-end
 */
