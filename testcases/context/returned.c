#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/spinlock.h>
#include <linux/bottom_half.h>
#include <linux/sched.h>

/*
 * What a test of the context chose says nothing where it was asked in
 * another context than the sleep's (bottom halves disabled after the
 * value was made), nor when the value may be non-zero where bottom
 * halves are disabled (a test of interrupts only, a path that returns
 * it untested).
 */
struct engine {
	unsigned long stop_timeout_ms;
	int force;
};

static unsigned long stop_timeout(const struct engine *engine)
{
	if (in_atomic() || irqs_disabled())
		return 0;
	return engine->stop_timeout_ms;
}

static unsigned long irq_timeout(const struct engine *engine)
{
	if (irqs_disabled())
		return 0;
	return engine->stop_timeout_ms;
}

static unsigned long forced_timeout(const struct engine *engine)
{
	if (engine->force)
		return engine->stop_timeout_ms;
	if (in_atomic())
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

/* asked before bottom halves are disabled */
void asked_before(struct engine *engine)
{
	unsigned long t = stop_timeout(engine);

	local_bh_disable();
	wait_for_register(engine, 1000, t);
	local_bh_enable();
}

/* a test of interrupts only */
void irq_only(struct engine *engine)
{
	local_bh_disable();
	wait_for_register(engine, 1000, irq_timeout(engine));
	local_bh_enable();
}

/* a path that returns non-zero untested */
void forced(struct engine *engine)
{
	local_bh_disable();
	wait_for_register(engine, 1000, forced_timeout(engine));
	local_bh_enable();
}
/*
 * check-name: a value a test of the context chose elsewhere than the sleep needs keeps it
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 * check-exit-value: 1
 *
 * check-output-start
testcases/context/returned.c:57:9: warning: call to 'wait_for_register' may sleep with bottom halves disabled [-Wsleep-in-atomic]
testcases/context/returned.c:56:9: note: atomic context begins here, at 'local_bh_disable' in 'asked_before'
testcases/context/returned.c:57:9: note: 'asked_before' calls 'wait_for_register'
testcases/context/returned.c:45:9: note: 'wait_for_register' calls '__might_sleep' on a path taken only when its argument 3 is non-zero, which may sleep
testcases/context/returned.c:65:9: warning: call to 'wait_for_register' may sleep with bottom halves disabled [-Wsleep-in-atomic]
testcases/context/returned.c:64:9: note: atomic context begins here, at 'local_bh_disable' in 'irq_only'
testcases/context/returned.c:65:9: note: 'irq_only' calls 'wait_for_register'
testcases/context/returned.c:45:9: note: 'wait_for_register' calls '__might_sleep' on a path taken only when its argument 3 is non-zero, which may sleep
testcases/context/returned.c:73:9: warning: call to 'wait_for_register' may sleep with bottom halves disabled [-Wsleep-in-atomic]
testcases/context/returned.c:72:9: note: atomic context begins here, at 'local_bh_disable' in 'forced'
testcases/context/returned.c:73:9: note: 'forced' calls 'wait_for_register'
testcases/context/returned.c:45:9: note: 'wait_for_register' calls '__might_sleep' on a path taken only when its argument 3 is non-zero, which may sleep
 * check-output-end
 */
