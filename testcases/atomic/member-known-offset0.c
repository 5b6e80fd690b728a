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
 * under the spinlock missed (true; the crypto shape: a request's
 * `base` passed to a helper of struct crypto_async_request).
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

	r->base.flags = 0;
	use_base(&r->base);
	spin_lock(&lock);
	ret = test(r);
	spin_unlock(&lock);
	return ret;
}
/*
 * check-name: a member stored before a call given the object as a pointer to a struct at its offset 0 is not known after it (the callee names its members otherwise)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/member-known-offset0.c:46:15: warning: call to 'test' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/member-known-offset0.c:45:9: note: atomic context begins here, at '_raw_spin_lock' in 'caller'
testcases/atomic/member-known-offset0.c:46:15: note: 'caller' calls 'test'
testcases/atomic/member-known-offset0.c:33:24: note: 'test' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its field 'base.flags' of what argument 1 points to has a bit of 0x200 set, which may sleep
 * check-output-end
 */
