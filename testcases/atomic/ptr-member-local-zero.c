#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/string.h>

/*
 * The buggy twin of ptr-member-local-zero-clean.c: set_memory.c's
 * __set_memory_enc_pgtable() (:2123-2128) zeroes its struct cpa_data with
 * memset() and then stores `cpa.pgd = init_mm.pgd`, and
 * kernel_map_pages_in_pgd() (:2397-2400) names `.pgd = pgd`, a
 * parameter: the member may be non-NULL at the call, so the allocation
 * under the spinlock counts.  So does an object memset() fills with
 * another byte than 0.
 */
struct cpa_data {
	unsigned long *vaddr;
	void *pgd;
	unsigned long numpages;
	int flags;
};

struct mm {
	void *pgd;
};

extern struct mm init_mm;

static spinlock_t cpa_lock;

static int populate_pgd(struct cpa_data *cpa)
{
	void *p = kmalloc(64, GFP_KERNEL);

	if (!p)
		return -12;
	kfree(p);
	return 0;
}

static int process_fault(struct cpa_data *cpa)
{
	if (cpa->pgd)
		return populate_pgd(cpa);
	cpa->numpages = 1;
	return 0;
}

static int change_attr_set_clr(struct cpa_data *cpa)
{
	int ret;

	spin_lock(&cpa_lock);
	ret = process_fault(cpa);
	spin_unlock(&cpa_lock);
	return ret;
}

/* zeroed by memset(), then a pointer stored */
int set_enc_pgtable(unsigned long addr)
{
	struct cpa_data cpa;

	memset(&cpa, 0, sizeof(cpa));
	cpa.vaddr = &addr;
	cpa.numpages = 1;
	cpa.pgd = init_mm.pgd;
	return change_attr_set_clr(&cpa);
}

/* an initializer that names a parameter there */
int map_pages_in_pgd(void *pgd, unsigned long address)
{
	struct cpa_data cpa = { .vaddr = &address,
				.pgd = pgd,
				.numpages = 1 };

	return change_attr_set_clr(&cpa);
}

/* filled with another byte than 0 */
int change_attr_ones(unsigned long *addr)
{
	struct cpa_data cpa;

	memset(&cpa, 0xff, sizeof(cpa));
	cpa.vaddr = addr;
	return change_attr_set_clr(&cpa);
}
/*
 * check-name: a callee sleeps only where a pointer member of what its parameter points to is not NULL: a caller's local object zeroed by memset() and then given a pointer there, one whose initializer names a parameter there, or one memset() fills with ones stays atomic (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/ptr-member-local-zero.c:52:15: warning: call to 'process_fault' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-local-zero.c:51:9: note: atomic context begins here, at '_raw_spin_lock' in 'change_attr_set_clr'
testcases/atomic/ptr-member-local-zero.c:66:16: note: 'set_enc_pgtable' passes flags that select the sleeping path to 'change_attr_set_clr' (argument 1)
testcases/atomic/ptr-member-local-zero.c:52:15: note: 'change_attr_set_clr' calls 'process_fault'
testcases/atomic/ptr-member-local-zero.c:42:24: note: 'process_fault' calls 'populate_pgd' on a path taken only when its field 'pgd' of what argument 1 points to is non-zero
testcases/atomic/ptr-member-local-zero.c:31:19: note: 'populate_pgd' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
