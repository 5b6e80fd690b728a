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
	struct abuf *ab = abuf_start(1, GFP_KERNEL);

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
 * check-name: gfp flags that allow blocking in an object an inline function's call returned, used under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/returned-inline.c:58:9: warning: call to 'abuf_format' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/returned-inline.c:57:9: note: atomic context begins here, at '_raw_spin_lock' in 'xlog'
testcases/gfp/returned-inline.c:58:9: note: 'xlog' calls 'abuf_format' with GFP flags that allow blocking
testcases/gfp/returned-inline.c:38:9: note: 'abuf_format' calls 'abuf_expand' passing on its caller's GFP flags
testcases/gfp/returned-inline.c:33:20: note: 'abuf_expand' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
