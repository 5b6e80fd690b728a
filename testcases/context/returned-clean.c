#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/spinlock.h>
#include <linux/bottom_half.h>
#include <linux/sched.h>

/*
 * A value a test of the context chose, passed to what sleeps only on it:
 * i915's stop_timeout() (drivers/gpu/drm/i915/gt/intel_engine_cs.c:1436)
 * returns 0 when `in_atomic() || irqs_disabled()`, intel_engine_stop_cs()
 * passes it to __intel_engine_stop_cs() as slow_timeout_ms, and
 * __intel_wait_for_register_fw() (intel_uncore.c:2518) sleeps only when
 * it is non-zero (`might_sleep_if(slow_timeout_ms)`).  Under
 * local_bh_disable() (intel_engine_reset(), intel_reset.c:1281) in_atomic()
 * is true: no sleep.
 */
struct engine {
	unsigned long stop_timeout_ms;
};

static unsigned long stop_timeout(const struct engine *engine)
{
	if (in_atomic() || irqs_disabled())
		return 0;
	return engine->stop_timeout_ms;
}

int wait_for_register(struct engine *engine, unsigned int fast_timeout_us,
		      unsigned int slow_timeout_ms)
{
	might_sleep_if(slow_timeout_ms);
	if (slow_timeout_ms)
		msleep(slow_timeout_ms);
	return 0;
}

static int __engine_stop_cs(struct engine *engine, int fast_timeout_us,
			    int slow_timeout_ms)
{
	return wait_for_register(engine, fast_timeout_us, slow_timeout_ms);
}

int engine_stop_cs(struct engine *engine)
{
	return __engine_stop_cs(engine, 1000, stop_timeout(engine));
}

void engine_reset(struct engine *engine)
{
	local_bh_disable();
	engine_stop_cs(engine);
	local_bh_enable();
}
/*
 * check-name: a value a test of the context made 0 where bottom halves are disabled keeps the sleep that needs it non-zero away
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 0
 */
