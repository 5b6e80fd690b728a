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
 * 454).  Here the flags lack the sleeping bit, and what else is called
 * or stored runs before the flags are set, or after the request is
 * passed on: the allocation is GFP_ATOMIC.
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

void req_prepare(struct hash_req *req);

/* a call given the request after it is passed on changes nothing */
int hash_digest_late(struct hash_req *req, int (*op)(struct hash_req *))
{
	int err = op_unaligned(req, op);

	req_prepare(req);
	return err;
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

/* the call before the store, the integer store before it too */
int hash_output_prepared(struct skb_cb *cb, void *tmp, int (*op)(struct hash_req *))
{
	struct hash_req *req = tmp;
	int err;

	spin_lock(&lock);
	req_prepare(req);
	req_set_callback(req, REQ_MAY_BACKLOG, NULL, NULL);
	err = hash_digest(req, op);
	spin_unlock(&lock);
	return err;
}

int hash_output_aliased(unsigned int *flags, void *tmp, int (*op)(struct hash_req *))
{
	struct hash_req *req = tmp;
	int err;

	spin_lock(&lock);
	*flags = REQ_MAY_SLEEP;
	req_set_callback(req, REQ_MAY_BACKLOG, NULL, NULL);
	err = hash_digest(req, op);
	spin_unlock(&lock);
	return err;
}

/* an asm before the store changes nothing */
int hash_output_barrier(void *tmp, int (*op)(struct hash_req *))
{
	struct hash_req *req = tmp;
	int err;

	spin_lock(&lock);
	asm volatile("" : : : "memory");
	req_set_callback(req, REQ_MAY_BACKLOG, NULL, NULL);
	err = hash_digest(req, op);
	spin_unlock(&lock);
	return err;
}
/*
 * check-name: a request's flags stored right before the call, calls and other stores before the store or after the request is passed on: the flags are known
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
