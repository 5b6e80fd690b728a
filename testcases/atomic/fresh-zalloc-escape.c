#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/string.h>

void *kmemdup(const void *src, size_t len, gfp_t gfp);

/*
 * The shape of mac80211's AES-GMAC (net/mac80211/aes_gmac.c:30-64)
 * calling an AEAD encrypt that picks kmemdup()'s gfp from
 * CRYPTO_TFM_REQ_MAY_SLEEP in req->base.flags (crypto/seqiv.c:87-89),
 * tested after a call it makes on one path (seqiv.c:79).  The request is
 * kzalloc()'d; inline setters store its other members and a call given
 * nothing of it (sg_init_table(), memcpy() into a local) runs between.
 * Here the request's pointer is stored in a global before a call given
 * nothing of it, which sets the bit through the global: not fresh any
 * more, the kmemdup() may be GFP_KERNEL under the spinlock (true); and
 * kmalloc()'s memory, not zeroed, holds any flags (true).  The clean
 * twin is fresh-zalloc-flags-clean.c.
 */
#define CRYPTO_TFM_REQ_MAY_SLEEP	0x00000200

struct async_request {
	void (*complete)(struct async_request *req, int err);
	void *data;
	void *tfm;
	unsigned int flags;
};

struct aead_request {
	struct async_request base;
	unsigned int assoclen;
	unsigned int cryptlen;
	unsigned char *iv;
	void *src;
	void *dst;
};

struct sg {
	unsigned long page_link;
	unsigned int length;
};

void sg_init_table(struct sg *sg, unsigned int n);
int null_encrypt(void *src, void *dst);

static inline void aead_request_set_tfm(struct aead_request *req, void *tfm)
{
	req->base.tfm = tfm;
}

static inline void aead_request_set_crypt(struct aead_request *req,
					  void *src, void *dst,
					  unsigned int cryptlen, unsigned char *iv)
{
	req->src = src;
	req->dst = dst;
	req->cryptlen = cryptlen;
	req->iv = iv;
}

static inline void aead_request_set_ad(struct aead_request *req,
				       unsigned int assoclen)
{
	req->assoclen = assoclen;
}

extern int iv_unaligned;

int geniv_encrypt(struct aead_request *req)
{
	unsigned char *info = req->iv;

	if (req->src != req->dst && null_encrypt(req->src, req->dst))
		return -1;
	if (iv_unaligned) {
		info = kmemdup(req->iv, 8, req->base.flags &
			       CRYPTO_TFM_REQ_MAY_SLEEP ? GFP_KERNEL :
			       GFP_ATOMIC);
		if (!info)
			return -12;
		kfree(info);
	}
	return 0;
}

struct aead_request *pending;

/* sets the bit of the pending request, reached through the global */
void mark_pending(void)
{
	pending->base.flags = CRYPTO_TFM_REQ_MAY_SLEEP;
}

static spinlock_t lock;

int gmac_escaped(void *tfm, unsigned char *iv)
{
	struct aead_request *req;
	int ret;

	req = kzalloc(sizeof(*req), GFP_ATOMIC);
	if (!req)
		return -12;
	pending = req;
	mark_pending();
	aead_request_set_crypt(req, iv, iv, 0, iv);
	spin_lock_bh(&lock);
	ret = geniv_encrypt(req);
	spin_unlock_bh(&lock);
	kfree(req);
	return ret;
}

int gmac_not_zeroed(void *tfm, unsigned char *iv)
{
	struct aead_request *req;
	int ret;

	req = kmalloc(sizeof(*req), GFP_ATOMIC);
	if (!req)
		return -12;
	aead_request_set_crypt(req, iv, iv, 0, iv);
	spin_lock_bh(&lock);
	ret = geniv_encrypt(req);
	spin_unlock_bh(&lock);
	kfree(req);
	return ret;
}
/*
 * check-name: a kzalloc()'d request whose pointer is stored away before a call sets its flags, and a kmalloc()'d one: the kmemdup() may sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/fresh-zalloc-escape.c:108:15: warning: call to 'geniv_encrypt' may sleep with spinlock held, bottom halves disabled [-Wsleep-in-atomic]
testcases/atomic/fresh-zalloc-escape.c:107:9: note: atomic context begins here, at '_raw_spin_lock_bh' in 'gmac_escaped'
testcases/atomic/fresh-zalloc-escape.c:108:15: note: 'gmac_escaped' calls 'geniv_encrypt'
testcases/atomic/fresh-zalloc-escape.c:76:24: note: 'geniv_encrypt' calls 'kmemdup' with GFP flags that allow blocking on a path taken only when its field 'base.flags' of what argument 1 points to has a bit of 0x200 set, which may sleep
testcases/atomic/fresh-zalloc-escape.c:124:15: warning: call to 'geniv_encrypt' may sleep with spinlock held, bottom halves disabled [-Wsleep-in-atomic]
testcases/atomic/fresh-zalloc-escape.c:123:9: note: atomic context begins here, at '_raw_spin_lock_bh' in 'gmac_not_zeroed'
testcases/atomic/fresh-zalloc-escape.c:124:15: note: 'gmac_not_zeroed' calls 'geniv_encrypt'
testcases/atomic/fresh-zalloc-escape.c:76:24: note: 'geniv_encrypt' calls 'kmemdup' with GFP flags that allow blocking on a path taken only when its field 'base.flags' of what argument 1 points to has a bit of 0x200 set, which may sleep
 * check-output-end
 */
