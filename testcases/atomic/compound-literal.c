#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

struct holder {
	void *p;
	int n;
};

/*
 * A call in a compound literal's designated initializer: sparse keeps it
 * in an anonymous symbol's initializer, and the kmalloc() inlined there
 * must be reported at its own line in this file (never at the stub
 * header's line), as libclang does.
 */
void fill(struct holder *d)
{
	spin_lock(&lock);
	*d = (struct holder){ .n = 1, .p = kmalloc(8, GFP_KERNEL) };
	spin_unlock(&lock);
}
/*
 * check-name: a call inside a compound literal is reported at its own line
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/compound-literal.c:20:44: warning: call to 'kmalloc' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/compound-literal.c:19:9: note: atomic context begins here, at '_raw_spin_lock' in 'fill'
testcases/atomic/compound-literal.c:20:44: note: 'fill' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
