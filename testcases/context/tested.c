#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/spinlock.h>
#include <linux/bottom_half.h>
#include <linux/sched.h>

static spinlock_t lock;

/* a lock taken after the test: the test said nothing about it */
void lock_after_test(void)
{
	if (!in_atomic()) {
		spin_lock(&lock);
		msleep(1);
		spin_unlock(&lock);
	}
}

/* the answer kept in a flag, a lock taken before the flag is read */
void lock_after_flag(void)
{
	bool ok = !in_atomic();

	spin_lock(&lock);
	if (ok)
		msleep(1);
	spin_unlock(&lock);
}

/* the sleep on the side where the test says atomic */
static void sleep_if_atomic(void)
{
	if (in_atomic())
		msleep(1);
}

void calls_atomic_side(void)
{
	spin_lock(&lock);
	sleep_if_atomic();
	spin_unlock(&lock);
}

/* irqs_disabled() says nothing of a spinlock */
static void sleep_if_irqs_on(void)
{
	if (!irqs_disabled())
		msleep(1);
}

void spin_then_irqs_test(void)
{
	spin_lock(&lock);
	sleep_if_irqs_on();
	spin_unlock(&lock);
}

/* the same, a level further: the caller holds no interrupt off */
static void through(void)
{
	sleep_if_irqs_on();
}

void spin_two_levels(void)
{
	spin_lock(&lock);
	through();
	spin_unlock(&lock);
}

/* in_task() rules out no kind: bottom halves may be disabled */
static void sleep_in_task(void)
{
	if (in_task())
		msleep(1);
}

void bh_then_task_test(void)
{
	local_bh_disable();
	sleep_in_task();
	local_bh_enable();
}
/* the test in an inline function, a lock taken where it said so */
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

void inline_test_then_lock(void)
{
	if (can_sleep()) {
		spin_lock(&lock);
		msleep(2);
		spin_unlock(&lock);
	}
}

void inline_returns_then_lock(void)
{
	if (can_sleep_returns()) {
		spin_lock(&lock);
		msleep(3);
		spin_unlock(&lock);
	}
}
/*
 * check-name: a test of the context (in_atomic(), irqs_disabled(), in_task()) that does not rule out what is held at the sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/context/tested.c:14:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/context/tested.c:13:17: note: atomic context begins here, at '_raw_spin_lock' in 'lock_after_test'
testcases/context/tested.c:14:17: note: 'lock_after_test' calls 'msleep', which may sleep
testcases/context/tested.c:26:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/context/tested.c:24:9: note: atomic context begins here, at '_raw_spin_lock' in 'lock_after_flag'
testcases/context/tested.c:26:17: note: 'lock_after_flag' calls 'msleep', which may sleep
testcases/context/tested.c:40:9: warning: call to 'sleep_if_atomic' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/context/tested.c:39:9: note: atomic context begins here, at '_raw_spin_lock' in 'calls_atomic_side'
testcases/context/tested.c:40:9: note: 'calls_atomic_side' calls 'sleep_if_atomic'
testcases/context/tested.c:34:17: note: 'sleep_if_atomic' calls 'msleep', which may sleep
testcases/context/tested.c:54:9: warning: call to 'sleep_if_irqs_on' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/context/tested.c:53:9: note: atomic context begins here, at '_raw_spin_lock' in 'spin_then_irqs_test'
testcases/context/tested.c:54:9: note: 'spin_then_irqs_test' calls 'sleep_if_irqs_on'
testcases/context/tested.c:48:17: note: 'sleep_if_irqs_on' calls 'msleep', which may sleep
testcases/context/tested.c:67:9: warning: call to 'through' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/context/tested.c:66:9: note: atomic context begins here, at '_raw_spin_lock' in 'spin_two_levels'
testcases/context/tested.c:67:9: note: 'spin_two_levels' calls 'through'
testcases/context/tested.c:61:9: note: 'through' calls 'sleep_if_irqs_on'
testcases/context/tested.c:48:17: note: 'sleep_if_irqs_on' calls 'msleep', which may sleep
testcases/context/tested.c:81:9: warning: call to 'sleep_in_task' may sleep with bottom halves disabled [-Wsleep-in-atomic]
testcases/context/tested.c:80:9: note: atomic context begins here, at 'local_bh_disable' in 'bh_then_task_test'
testcases/context/tested.c:81:9: note: 'bh_then_task_test' calls 'sleep_in_task'
testcases/context/tested.c:75:17: note: 'sleep_in_task' calls 'msleep', which may sleep
testcases/context/tested.c:101:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/context/tested.c:100:17: note: atomic context begins here, at '_raw_spin_lock' in 'inline_test_then_lock'
testcases/context/tested.c:101:17: note: 'inline_test_then_lock' calls 'msleep', which may sleep
testcases/context/tested.c:110:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/context/tested.c:109:17: note: atomic context begins here, at '_raw_spin_lock' in 'inline_returns_then_lock'
testcases/context/tested.c:110:17: note: 'inline_returns_then_lock' calls 'msleep', which may sleep
 * check-output-end
 */
