#include <linux/spinlock.h>
#include <linux/highmem.h>
#include <linux/uaccess.h>

/*
 * A user copy sleeps only by its page fault, which pagefault_disable()
 * turns into a fixup (include/linux/uaccess.h:196-201): the copy under
 * kmap_atomic(), which disables page faults after preemption
 * (highmem-internal.h:207-215), does not sleep.  The kernel's
 * copy_huge_page_from_user() (mm/memory.c:6000-6020) disables
 * preemption only in the branch that also disables page faults.
 */
static spinlock_t lock;

long copy_pages_from_user(struct page **pages, const char __user *src,
			  int n, bool allow_pagefault)
{
	unsigned long rc = 0;
	void *kaddr;
	int i;

	for (i = 0; i < n; i++) {
		if (allow_pagefault)
			kaddr = kmap(pages[i]);
		else
			kaddr = kmap_atomic(pages[i]);
		rc = copy_from_user(kaddr, src + i * 4096, 4096);
		if (allow_pagefault)
			kunmap(pages[i]);
		else
			kunmap_atomic(kaddr);
		if (rc)
			break;
	}
	return rc;
}

unsigned long copy_out_atomic(struct page *page, char __user *dst)
{
	void *kaddr = kmap_atomic(page);
	unsigned long rc = copy_to_user(dst, kaddr, 64);

	kunmap_atomic(kaddr);
	return rc;
}

/* a spinlock, then page faults disabled around the copy */
unsigned long copy_locked_nofault(void *to, const void __user *from)
{
	unsigned long rc;

	spin_lock(&lock);
	pagefault_disable();
	rc = copy_from_user(to, from, 8);
	pagefault_enable();
	spin_unlock(&lock);
	return rc;
}
/*
 * check-name: a user copy where pagefault_disable() holds does not sleep (kmap_atomic(), copy_huge_page_from_user()'s two branches)
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 0
 */
