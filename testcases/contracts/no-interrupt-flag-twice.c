#include <linux/timer.h>
#include <linux/dmapool.h>
#include <linux/workqueue.h>

/*
 * i915's __intel_wakeref_put_last() (drivers/gpu/drm/i915/intel_wakeref.c:
 * 76) defers the release to a worker when its flags have
 * INTEL_WAKEREF_PUT_ASYNC, and the PMU's sampling timer puts with that
 * flag (intel_engine_pm_put_async()): the release, which calls a
 * function documented as not callable in interrupt context, is not
 * reached from the timer.  The constant argument decides the callee's
 * flag atom, and the search from the timer skips the call it guards.
 */
#define PUT_ASYNC	0x1

struct wakeref {
	struct dma_pool *pool;
	struct work_struct work;
	struct timer_list timer;
};

static void wakeref_release(struct wakeref *wf)
{
	dma_pool_destroy(wf->pool);
}

void wakeref_put_last(struct wakeref *wf, unsigned long flags)
{
	if (flags & PUT_ASYNC) {
		schedule_work(&wf->work);
		return;
	}
	wakeref_release(wf);
}

static void sample_sync(struct wakeref *wf)
{
	wakeref_put_last(wf, 0);
}

static void sample(struct timer_list *t)
{
	struct wakeref *wf = from_timer(wf, t, timer);

	wakeref_put_last(wf, PUT_ASYNC);
	sample_sync(wf);
}

void sample_start(struct wakeref *wf)
{
	timer_setup(&wf->timer, sample, 0);
}

void wakeref_put(struct wakeref *wf)
{
	wakeref_put_last(wf, 0);
}
/*
 * check-name: a function the search reached first with the flag that defers the release, then without it, is searched again
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/contracts/no-interrupt-flag-twice.c:46:9: warning: call to 'sample_sync' may sleep in timer context, in 'sample' [-Wsleep-in-atomic]
testcases/contracts/no-interrupt-flag-twice.c:51:9: note: 'sample' runs in timer context: 'sample_start' registers it here with 'init_timer_key'
rules/dma-api.rules:30:1: note: also: 'sample' runs in timer context and calls 'dma_pool_destroy', which may not be called in interrupt context (contract 'dma_pool_destroy', documented at Documentation/core-api/dma-api-howto.rst:435)
testcases/contracts/no-interrupt-flag-twice.c:46:9: note: 'sample' calls 'sample_sync'
testcases/contracts/no-interrupt-flag-twice.c:38:9: note: 'sample_sync' calls 'wakeref_put_last'
testcases/contracts/no-interrupt-flag-twice.c:33:9: note: 'wakeref_put_last' calls 'wakeref_release' on a path taken only when its argument 2 has no bit of 0x1 set
testcases/contracts/no-interrupt-flag-twice.c:24:9: note: 'wakeref_release' calls 'dma_pool_destroy', which may sleep
 * check-output-end
 */
