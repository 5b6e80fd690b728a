#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

/*
 * The twin of convention.c: the same calls with flags that cannot block,
 * and with GFP_KERNEL outside the lock; a function with a body that does
 * not sleep is judged by its body, not by the convention, and a
 * function a nosleep rule names (here by a prefix) is exempt.
 */
struct urb;
int submit_urb(struct urb *urb, gfp_t mem_flags);
int queue_request(void *req, int prio, gfp_t gfp);
/* a tracepoint's static call: rules/kernel-nosleep.rules names them by
 * prefix (nosleep __SCT__tp_func_*), so the convention does not apply */
void __SCT__tp_func_req_alloc(void *req, gfp_t gfp);

int count_request(void *req, gfp_t gfp)
{
	return req != NULL;
}

void convention_clean(struct urb *urb, void *req)
{
	spin_lock(&lock);
	submit_urb(urb, GFP_ATOMIC);
	queue_request(req, 1, GFP_NOWAIT);
	count_request(req, GFP_KERNEL);
	__SCT__tp_func_req_alloc(req, GFP_KERNEL);
	spin_unlock(&lock);
	submit_urb(urb, GFP_KERNEL);
}
/*
 * check-name: the gfp convention's twin: non-blocking flags, or a body that does not sleep
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
