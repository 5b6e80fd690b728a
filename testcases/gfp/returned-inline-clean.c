#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * An object returned through an inline function that makes other calls
 * too, as include/net/xfrm.h's xfrm_audit_start() returns the buffer of
 * audit_log_start(audit_context(), GFP_ATOMIC, ...) after an
 * audit_log_format() on it: once inlined, every call it makes sits at
 * its call site, and the returned object is the one of the call that
 * says what it returns (audit_log_start()'s gfp_mask).
 */
struct abuf {
	int len;
	gfp_t gfp_mask;
	char *data;
};

static spinlock_t lock;

struct abuf *abuf_start(int type, gfp_t gfp_mask)
{
	struct abuf *ab = kmalloc(sizeof(*ab), gfp_mask);

	if (!ab)
		return NULL;
	ab->len = type;
	ab->gfp_mask = gfp_mask;
	return ab;
}

static void abuf_expand(struct abuf *ab, int extra)
{
	ab->data = kmalloc(ab->len + extra, ab->gfp_mask);
}

void abuf_format(struct abuf *ab, int n)
{
	abuf_expand(ab, n);
}

static inline struct abuf *xstart(int op)
{
	struct abuf *ab = abuf_start(1, GFP_ATOMIC);

	if (!ab)
		return NULL;
	abuf_format(ab, op);
	return ab;
}

void xlog(int op)
{
	struct abuf *ab = xstart(op);

	if (!ab)
		return;
	spin_lock(&lock);
	abuf_format(ab, 8);
	spin_unlock(&lock);
}
/*
 * check-name: gfp flags that forbid blocking in an object an inline function's call returned, used under a lock (clean twin of returned-inline.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
