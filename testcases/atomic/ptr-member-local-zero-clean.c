#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/string.h>

/*
 * arch/x86/mm/pat/set_memory.c in miniature: __cpa_process_fault()
 * (:1551) calls populate_pgd(), which allocates with GFP_KERNEL (:1510),
 * only `if (cpa->pgd)`, under cpa_lock (__change_page_attr_set_clr(),
 * :1747).  __set_pages_np() (:2320) builds its struct cpa_data with an
 * initializer naming `.pgd = NULL`; change_page_attr_set_clr() (:1784)
 * zeroes its own with memset() and never stores pgd: the pointer member
 * holds NULL at the call, so nothing sleeps.
 */
struct cpa_data {
	unsigned long *vaddr;
	void *pgd;
	unsigned long numpages;
	int flags;
};

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

/* an initializer that names the pointer member NULL */
int set_pages_np(unsigned long addr)
{
	unsigned long tempaddr = addr;
	struct cpa_data cpa = { .vaddr = &tempaddr,
				.pgd = NULL,
				.numpages = 1,
				.flags = 0 };

	return change_attr_set_clr(&cpa);
}

/* the whole object zeroed by memset(), the member never stored */
int change_attr(unsigned long *addr, int numpages, int in_flag)
{
	struct cpa_data cpa;

	memset(&cpa, 0, sizeof(cpa));
	cpa.vaddr = addr;
	cpa.numpages = numpages;
	cpa.flags = 0;
	if (in_flag)
		cpa.flags = in_flag;
	return change_attr_set_clr(&cpa);
}

/* zeroed by memset(), then NULL stored again */
int change_attr_null(unsigned long *addr)
{
	struct cpa_data cpa;

	memset(&cpa, 0, sizeof(cpa));
	cpa.vaddr = addr;
	cpa.pgd = NULL;
	return change_attr_set_clr(&cpa);
}
/* `{ NULL }`: libsparse stores the NULL (only `{ 0 }` is dropped) */
int change_attr_braces(void)
{
	struct cpa_data cpa = { NULL };

	return change_attr_set_clr(&cpa);
}

/* a function's static object, zeroed by memset() first */
int change_attr_static(unsigned long *addr)
{
	static struct cpa_data cpa;

	memset(&cpa, 0, sizeof(cpa));
	cpa.vaddr = addr;
	return change_attr_set_clr(&cpa);
}
/*
 * check-name: a callee sleeps only where a pointer member of what its parameter points to is not NULL, and the caller's local object has NULL there: named NULL by its initializer (`{ NULL }` too), zeroed by memset() and never stored (a function's static object too), or NULL stored after the memset() (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
