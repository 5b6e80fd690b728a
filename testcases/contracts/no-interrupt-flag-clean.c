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

static void sample(struct timer_list *t)
{
	struct wakeref *wf = from_timer(wf, t, timer);

	wakeref_put_last(wf, PUT_ASYNC);
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
 * check-name: a timer that puts with the flag that defers the release reaches no function documented as not callable in interrupt context
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
