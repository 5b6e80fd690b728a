#include <linux/spinlock.h>
#include <linux/highmem.h>
#include <linux/uaccess.h>

/*
 * A user copy sleeps by its page fault wherever pagefault_disable() does
 * not hold on every path to it: page faults enabled again before it,
 * disabled on one path only, or by the caller (which the analysis of
 * one function does not see).
 */
static spinlock_t lock;

/* enabled again before the copy, preemption still off */
unsigned long copy_after_enable(struct page *page, const void __user *from)
{
	void *kaddr = kmap_atomic(page);
	unsigned long rc;

	pagefault_enable();
	rc = copy_from_user(kaddr, from, 8);
	pagefault_disable();
	kunmap_atomic(kaddr);
	return rc;
}

/* disabled on one path only */
unsigned long copy_maybe_nofault(void *to, const void __user *from, bool atomic)
{
	unsigned long rc;

	spin_lock(&lock);
	if (atomic)
		pagefault_disable();
	rc = copy_from_user(to, from, 8);
	if (atomic)
		pagefault_enable();
	spin_unlock(&lock);
	return rc;
}

/* disabled by the caller: not seen in the helper */
static unsigned long fetch(void *to, const void __user *from)
{
	return copy_from_user(to, from, 8);
}

unsigned long copy_through_helper(struct page *page, const void __user *from)
{
	void *kaddr = kmap_atomic(page);
	unsigned long rc = fetch(kaddr, from);

	kunmap_atomic(kaddr);
	return rc;
}
/*
 * check-name: a user copy where pagefault_disable() does not hold on every path in the function may sleep
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 1
 *
 * check-output-start
testcases/context/pagefault.c:20:14: warning: call to 'copy_from_user' may sleep with preemption disabled [-Wsleep-in-atomic]
testcases/context/pagefault.c:16:23: note: atomic context begins here, at '__preempt_count_add' in 'copy_after_enable'
testcases/context/pagefault.c:20:14: note: 'copy_after_enable' calls '_copy_from_user' through inline 'copy_from_user', which may sleep
testcases/context/pagefault.c:34:14: warning: call to 'copy_from_user' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/context/pagefault.c:31:9: note: atomic context begins here, at '_raw_spin_lock' in 'copy_maybe_nofault'
testcases/context/pagefault.c:34:14: note: 'copy_maybe_nofault' calls '_copy_from_user' through inline 'copy_from_user', which may sleep
testcases/context/pagefault.c:50:28: warning: call to 'fetch' may sleep with preemption disabled [-Wsleep-in-atomic]
testcases/context/pagefault.c:49:23: note: atomic context begins here, at '__preempt_count_add' in 'copy_through_helper'
testcases/context/pagefault.c:50:28: note: 'copy_through_helper' calls 'fetch'
testcases/context/pagefault.c:44:16: note: 'fetch' calls '_copy_from_user' through inline 'copy_from_user', which may sleep
 * check-output-end
 */
