#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * A member stored right before a call stays known past a call given the
 * object only when the callee's parameter points to the object's own
 * struct: `use_base(&r->base)` gets r's very pointer (base is at offset
 * 0: the same address, libsparse's same pseudo, libclang's same value),
 * but its facts name the stores by struct areq's members ("0.flags"),
 * while the member asked is struct req's "base.flags".  Taken as not
 * storing it, the flags' 0 was believed and the GFP_KERNEL allocation
 * under the spinlock missed (member-known-offset0.c, true).  Here the
 * call comes before the store: the flags are 0 at test() (clean twin).
 */
struct areq {
	unsigned int flags;
	void *tfm;
};

struct req {
	struct areq base;
	unsigned int len;
};

void use_base(struct areq *a)
{
	a->flags = 0x200;
}

int test(struct req *r)
{
	if (r->base.flags & 0x200)
		return kmalloc(8, GFP_KERNEL) != NULL;
	return 0;
}

static spinlock_t lock;

int caller(struct req *r)
{
	int ret;

	use_base(&r->base);
	r->base.flags = 0;
	spin_lock(&lock);
	ret = test(r);
	spin_unlock(&lock);
	return ret;
}
/*
 * check-name: a member stored after a call given the object as a pointer to a struct at its offset 0 is known at the next call
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
