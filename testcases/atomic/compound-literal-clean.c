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
	*d = (struct holder){ .n = 1, .p = kmalloc(8, GFP_ATOMIC) };
	spin_unlock(&lock);
}
/*
 * check-name: the compound literal's twin: GFP_ATOMIC
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
