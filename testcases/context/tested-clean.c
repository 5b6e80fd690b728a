#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/spinlock.h>
#include <linux/bottom_half.h>
#include <linux/sched.h>

#define unlikely(x)	__builtin_expect(!!(x), 0)

static spinlock_t lock;

/* i915's intel_guc_send_busy_loop() (drivers/gpu/drm/i915/gt/uc/intel_guc.h) */
static inline int busy_loop(int loop)
{
	bool not_atomic = !in_atomic() && !irqs_disabled();

	might_sleep_if(loop && not_atomic);
	if (not_atomic)
		msleep(1);
	else
		barrier();
	return 0;
}

void under_spin_lock(void)
{
	spin_lock(&lock);
	busy_loop(1);
	spin_unlock(&lock);
}

void under_spin_lock_irqsave(void)
{
	unsigned long flags;

	spin_lock_irqsave(&lock, flags);
	busy_loop(1);
	spin_unlock_irqrestore(&lock, flags);
}

/* the same test in a function of its own, called with the lock held */
static void maybe_sleep(void)
{
	if (!in_atomic() && !irqs_disabled())
		msleep(1);
}

void calls_tested(void)
{
	unsigned long flags;

	spin_lock_irqsave(&lock, flags);
	maybe_sleep();
	spin_unlock_irqrestore(&lock, flags);
}

/* preemptible() true rules out every kind but RCU */
static void resched_if_preemptible(void)
{
	if (preemptible())
		schedule();
}

void preempt_off(void)
{
	preempt_disable();
	resched_if_preemptible();
	preempt_enable();
}

/* an early return where the test says atomic; in_interrupt() rules out
 * bottom halves */
static void sleep_unless_interrupt(void)
{
	if (unlikely(in_interrupt()))
		return;
	msleep(1);
}

void bh_off(void)
{
	local_bh_disable();
	sleep_unless_interrupt();
	local_bh_enable();
}

/* irqs_disabled() rules out interrupts disabled */
static void sleep_if_irqs_on(void)
{
	if (!irqs_disabled())
		msleep(1);
}

void irqs_off(void)
{
	local_irq_disable();
	sleep_if_irqs_on();
	local_irq_enable();
}

/* a caller holding a kind the test rules out, and another that comes
 * with it: the test says atomic, whatever else is held */
void spin_bh(void)
{
	spin_lock_bh(&lock);
	sleep_unless_interrupt();
	spin_unlock_bh(&lock);
}

static void through(void)
{
	sleep_if_irqs_on();
}

void irqsave_two_levels(void)
{
	unsigned long flags;

	spin_lock_irqsave(&lock, flags);
	through();
	spin_unlock_irqrestore(&lock, flags);
}

/* a lock taken and dropped after the test, the sleep after it */
void lock_dropped_after_test(void)
{
	if (in_atomic())
		return;
	spin_lock(&lock);
	spin_unlock(&lock);
	msleep(1);
}

void calls_dropped(void)
{
	spin_lock(&lock);
	lock_dropped_after_test();
	spin_unlock(&lock);
}
/* the test in an inline function (drm_can_sleep(): include/drm/drm_util.h) */
static inline bool can_sleep(void)
{
	return !in_atomic() && !irqs_disabled();
}

static inline bool can_sleep_returns(void)
{
	if (in_atomic() || irqs_disabled())
		return false;
	return true;
}

void inline_test(void)
{
	spin_lock(&lock);
	if (can_sleep())
		msleep(2);
	spin_unlock(&lock);
}

void inline_returns(void)
{
	spin_lock(&lock);
	if (can_sleep_returns())
		msleep(3);
	spin_unlock(&lock);
}
/*
 * check-name: a test of the context (in_atomic(), irqs_disabled(), preemptible(), in_interrupt()) before a sleep, the caller atomic: clean
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
