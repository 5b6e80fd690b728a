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
	struct req r = { .alloc = GFP_KERNEL, .meta = GFP_ATOMIC };
	void *p;

	r.alloc = GFP_ATOMIC;	/* the initializer's GFP_KERNEL is overwritten */
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
		r.meta = GFP_NOWAIT;
	spin_lock(&lock);
	p = req_alloc(&r);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: gfp flags in struct fields that forbid blocking, through casts, initializers and branches (clean twin of field-shapes.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
