#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/bug.h>
#include <linux/sched.h>

/* the opposite assertions */
void irqs_on_warn(void)
{
	WARN_ON(irqs_disabled());
	msleep(10);
}

void preemptible_warn(void)
{
	WARN_ON_ONCE(!preemptible());
	schedule();
}

/* a test is no assertion */
void just_a_test(void)
{
	if (!irqs_disabled())
		msleep(10);
}

/* a condition that is more than the test asserts nothing */
void compound_warn(int x)
{
	WARN_ON(!irqs_disabled() && x);
	msleep(10);
}

/* the assertion on one path only, and it returns there */
void early_return(int x)
{
	if (x) {
		WARN_ON(!irqs_disabled());
		return;
	}
	msleep(10);
}
/*
 * check-name: warnings that assert no atomic context
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
