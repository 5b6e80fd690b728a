#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * gfp flags kept in the object a function returns, as kernel/audit.c's
 * audit_log_start() keeps its gfp_mask in the audit_buffer it returns
 * (audit_buffer_alloc(): `ab->gfp_mask = gfp_mask`) and audit_expand()
 * grows the buffer with `ab->gfp_mask`.
 */
struct abuf {
	int len;
	gfp_t gfp_mask;
	char *data;
};

static spinlock_t lock;

static struct abuf *abuf_alloc(gfp_t gfp_mask)
{
	struct abuf *ab = kmalloc(sizeof(*ab), gfp_mask);

	if (!ab)
		return NULL;
	ab->len = 0;
	ab->gfp_mask = gfp_mask;
	return ab;
}

struct abuf *abuf_start(int type, gfp_t gfp_mask)
{
	struct abuf *ab;

	if (type < 0)
		return NULL;
	ab = abuf_alloc(gfp_mask);
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

void abuf_log(int type)
{
	struct abuf *ab;

	ab = abuf_start(type, GFP_KERNEL);
	spin_lock(&lock);
	abuf_format(ab, 8);
	spin_unlock(&lock);
}
/*
 * check-name: gfp flags that allow blocking kept in a returned object, used under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/returned-field.c:55:9: warning: call to 'abuf_format' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/returned-field.c:54:9: note: atomic context begins here, at '_raw_spin_lock' in 'abuf_log'
testcases/gfp/returned-field.c:55:9: note: 'abuf_log' calls 'abuf_format' with GFP flags that allow blocking
testcases/gfp/returned-field.c:46:9: note: 'abuf_format' calls 'abuf_expand' passing on its caller's GFP flags
testcases/gfp/returned-field.c:41:20: note: 'abuf_expand' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
