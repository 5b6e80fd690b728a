#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * A crypto request's flags decide its allocations: ahash_save_req()
 * allocates with `(req->base.flags & CRYPTO_TFM_REQ_MAY_SLEEP) ?
 * GFP_KERNEL : GFP_ATOMIC` (crypto/ahash.c:206), reached from
 * crypto_ahash_digest() through crypto_ahash_op() and
 * ahash_op_unaligned(), each passing the request on before any other
 * call; the caller sets the flags with the inline
 * ahash_request_set_callback() right before the digest (net/ipv6/ah6.c:
 * 454).  Here the flags lack the sleeping bit, but a call given the
 * request, or one in between, or an integer stored through another
 * pointer in between, may have set it: each may sleep.
 */
#define REQ_MAY_BACKLOG	0x400
#define REQ_MAY_SLEEP	0x200

struct async_req {
	void (*complete)(void *data);
	void *data;
	unsigned int flags;
};

struct hash_req {
	struct async_req base;
	void *priv;
	void *result;
};

struct skb_cb {
	void *tmp;
};

static inline void req_set_callback(struct hash_req *req, unsigned int flags,
				    void (*complete)(void *data), void *data)
{
	req->base.complete = complete;
	req->base.data = data;
	req->base.flags = flags;
}

/* elsewhere a request may sleep: the bit is set in some request */
void req_init_sleeping(struct hash_req *req)
{
	req_set_callback(req, REQ_MAY_SLEEP, NULL, NULL);
}

static int save_req(struct hash_req *req)
{
	void *priv = kmalloc(64, (req->base.flags & REQ_MAY_SLEEP) ?
			     GFP_KERNEL : GFP_ATOMIC);

	if (!priv)
		return -1;
	req->priv = priv;
	req->base.data = req;
	return 0;
}

static int op_unaligned(struct hash_req *req, int (*op)(struct hash_req *))
{
	int err = save_req(req);

	if (err)
		return err;
	return op(req);
}

int hash_digest(struct hash_req *req, int (*op)(struct hash_req *))
{
	return op_unaligned(req, op);
}

/* a call given the request before it is passed on may change its flags */
void req_prepare(struct hash_req *req);

int hash_digest_late(struct hash_req *req, int (*op)(struct hash_req *))
{
	req_prepare(req);
	return op_unaligned(req, op);
}

static spinlock_t lock;

int hash_output(struct skb_cb *cb, void *tmp, int (*op)(struct hash_req *))
{
	struct hash_req *req = tmp;
	int err;

	spin_lock(&lock);
	req_set_callback(req, REQ_MAY_BACKLOG, NULL, NULL);
	cb->tmp = tmp;
	err = hash_digest_late(req, op);
	spin_unlock(&lock);
	return err;
}

/* a call between the store and the digest may change the flags; so may
 * an integer stored through another pointer */
int hash_output_prepared(struct skb_cb *cb, void *tmp, int (*op)(struct hash_req *))
{
	struct hash_req *req = tmp;
	int err;

	spin_lock(&lock);
	req_set_callback(req, REQ_MAY_BACKLOG, NULL, NULL);
	req_prepare(req);
	err = hash_digest(req, op);
	spin_unlock(&lock);
	return err;
}

int hash_output_aliased(unsigned int *flags, void *tmp, int (*op)(struct hash_req *))
{
	struct hash_req *req = tmp;
	int err;

	spin_lock(&lock);
	req_set_callback(req, REQ_MAY_BACKLOG, NULL, NULL);
	*flags = REQ_MAY_SLEEP;
	err = hash_digest(req, op);
	spin_unlock(&lock);
	return err;
}

/* an asm between may store anything */
int hash_output_barrier(void *tmp, int (*op)(struct hash_req *))
{
	struct hash_req *req = tmp;
	int err;

	spin_lock(&lock);
	req_set_callback(req, REQ_MAY_BACKLOG, NULL, NULL);
	asm volatile("" : : : "memory");
	err = hash_digest(req, op);
	spin_unlock(&lock);
	return err;
}
/*
 * check-name: a request's flags stored right before the call, but a call given the request, a call, an integer store through another pointer or an asm in between: the flags are not known
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/select-member-unknown.c:94:15: warning: call to 'hash_digest_late' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/select-member-unknown.c:91:9: note: atomic context begins here, at '_raw_spin_lock' in 'hash_output'
testcases/gfp/select-member-unknown.c:94:15: note: 'hash_output' calls 'hash_digest_late'
testcases/gfp/select-member-unknown.c:81:16: note: 'hash_digest_late' calls 'op_unaligned'
testcases/gfp/select-member-unknown.c:63:19: note: 'op_unaligned' calls 'save_req'
testcases/gfp/select-member-unknown.c:51:22: note: 'save_req' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its field 'base.flags' of what argument 1 points to has a bit of 0x200 set, which may sleep
testcases/gfp/select-member-unknown.c:109:15: warning: call to 'hash_digest' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/select-member-unknown.c:106:9: note: atomic context begins here, at '_raw_spin_lock' in 'hash_output_prepared'
testcases/gfp/select-member-unknown.c:109:15: note: 'hash_output_prepared' calls 'hash_digest'
testcases/gfp/select-member-unknown.c:72:16: note: 'hash_digest' calls 'op_unaligned'
testcases/gfp/select-member-unknown.c:63:19: note: 'op_unaligned' calls 'save_req'
testcases/gfp/select-member-unknown.c:51:22: note: 'save_req' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its field 'base.flags' of what argument 1 points to has a bit of 0x200 set, which may sleep
testcases/gfp/select-member-unknown.c:122:15: warning: call to 'hash_digest' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/select-member-unknown.c:119:9: note: atomic context begins here, at '_raw_spin_lock' in 'hash_output_aliased'
testcases/gfp/select-member-unknown.c:122:15: note: 'hash_output_aliased' calls 'hash_digest'
testcases/gfp/select-member-unknown.c:72:16: note: 'hash_digest' calls 'op_unaligned'
testcases/gfp/select-member-unknown.c:63:19: note: 'op_unaligned' calls 'save_req'
testcases/gfp/select-member-unknown.c:51:22: note: 'save_req' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its field 'base.flags' of what argument 1 points to has a bit of 0x200 set, which may sleep
testcases/gfp/select-member-unknown.c:136:15: warning: call to 'hash_digest' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/select-member-unknown.c:133:9: note: atomic context begins here, at '_raw_spin_lock' in 'hash_output_barrier'
testcases/gfp/select-member-unknown.c:136:15: note: 'hash_output_barrier' calls 'hash_digest'
testcases/gfp/select-member-unknown.c:72:16: note: 'hash_digest' calls 'op_unaligned'
testcases/gfp/select-member-unknown.c:63:19: note: 'op_unaligned' calls 'save_req'
testcases/gfp/select-member-unknown.c:51:22: note: 'save_req' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its field 'base.flags' of what argument 1 points to has a bit of 0x200 set, which may sleep
 * check-output-end
 */
