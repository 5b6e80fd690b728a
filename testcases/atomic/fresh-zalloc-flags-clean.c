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
 * Here nothing sets the request's flags: they are kzalloc()'s 0 at the
 * encrypt, past sg_init_table(), which has no body but is given nothing
 * of the fresh request, and the kmemdup() is GFP_ATOMIC (clean twin of
 * fresh-zalloc-flags.c, whose call given the request sets the bit).
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

/* sets the bit, never called here */
void set_sleeping(struct aead_request *req)
{
	req->base.flags = CRYPTO_TFM_REQ_MAY_SLEEP;
}

static spinlock_t lock;

int gmac_locked(void *tfm, const unsigned char *nonce, unsigned int len)
{
	struct aead_request *req;
	struct sg sg[2];
	unsigned char iv[16];
	int ret;

	req = kzalloc(sizeof(*req) + 32, GFP_ATOMIC);
	if (!req)
		return -12;
	sg_init_table(sg, 2);
	memcpy(iv, nonce, 12);
	aead_request_set_tfm(req, tfm);
	aead_request_set_crypt(req, sg, sg, 0, iv);
	aead_request_set_ad(req, len + 16);
	spin_lock_bh(&lock);
	ret = geniv_encrypt(req);
	spin_unlock_bh(&lock);
	kfree(req);
	return ret;
}
/*
 * check-name: a kzalloc()'d request whose flags are never set, under spin_lock_bh(): the kmemdup() is GFP_ATOMIC (fresh zeroed memory holds 0 in every member at the call)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
