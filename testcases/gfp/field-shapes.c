#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * gfp flags in struct fields, in shapes the two front ends see
 * differently: a cast of the field read, a pointer converted to one to
 * const, a designated initializer of two gfp fields, a field set in a
 * branch before the struct is passed by address.
 */
struct req {
	gfp_t alloc;
	int n;
	gfp_t meta;
};

static spinlock_t lock;

static void *req_alloc(const struct req *r)
{
	kfree(kmalloc(16, (gfp_t)r->meta));
	return kmalloc(32, r->alloc);
}

static void *req_on(struct req *r)
{
	return req_alloc(r);
}

void *req_two(void)
{
	struct req r = { .alloc = GFP_ATOMIC, .meta = GFP_KERNEL };
	void *p;

	spin_lock(&lock);
	p = req_on(&r);
	spin_unlock(&lock);
	return p;
}

void *req_branch(int big)
{
	struct req r;
	void *p;

	r.alloc = GFP_ATOMIC;
	r.meta = GFP_ATOMIC;
	if (big)
		r.meta = GFP_KERNEL;
	spin_lock(&lock);
	p = req_alloc(&r);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: gfp flags in struct fields that allow blocking, through casts, initializers and branches
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/field-shapes.c:35:13: warning: call to 'req_on' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/field-shapes.c:34:9: note: atomic context begins here, at '_raw_spin_lock' in 'req_two'
testcases/gfp/field-shapes.c:35:13: note: 'req_two' calls 'req_on' with GFP flags that allow blocking
testcases/gfp/field-shapes.c:26:16: note: 'req_on' calls 'req_alloc' passing on its caller's GFP flags
testcases/gfp/field-shapes.c:20:15: note: 'req_alloc' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/field-shapes.c:50:13: warning: call to 'req_alloc' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/field-shapes.c:49:9: note: atomic context begins here, at '_raw_spin_lock' in 'req_branch'
testcases/gfp/field-shapes.c:50:13: note: 'req_branch' calls 'req_alloc' with GFP flags that allow blocking
testcases/gfp/field-shapes.c:20:15: note: 'req_alloc' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
