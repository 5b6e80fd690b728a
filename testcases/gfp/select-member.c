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
 * 454).  Here the caller asks for sleeping under a spinlock: a bug.
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

static spinlock_t lock;

int hash_output(struct skb_cb *cb, void *tmp, int (*op)(struct hash_req *))
{
	struct hash_req *req = tmp;
	int err;

	spin_lock(&lock);
	req_set_callback(req, REQ_MAY_SLEEP | REQ_MAY_BACKLOG, NULL, NULL);
	cb->tmp = tmp;
	err = hash_digest(req, op);
	spin_unlock(&lock);
	return err;
}
/*
 * check-name: a request's flags stored through a local pointer right before the call decide a gfp the callee chooses by them: with the sleeping bit, a bug
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/select-member.c:77:15: warning: call to 'hash_digest' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/select-member.c:74:9: note: atomic context begins here, at '_raw_spin_lock' in 'hash_output'
testcases/gfp/select-member.c:77:15: note: 'hash_output' calls 'hash_digest'
testcases/gfp/select-member.c:64:16: note: 'hash_digest' calls 'op_unaligned'
testcases/gfp/select-member.c:55:19: note: 'op_unaligned' calls 'save_req'
testcases/gfp/select-member.c:43:22: note: 'save_req' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking on a path taken only when its field 'base.flags' of what argument 1 points to has a bit of 0x200 set, which may sleep
 * check-output-end
 */
