#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/bug.h>
#include <linux/lockdep.h>
#include <linux/slab.h>

void irqs_off_warn(void)
{
	WARN_ON(!irqs_disabled());
	kmalloc(64, GFP_KERNEL);
}

void irqs_off_lockdep(void)
{
	lockdep_assert_irqs_disabled();
	kmalloc(64, GFP_KERNEL);
}

int in_irq_warn_once(void)
{
	if (WARN_ON_ONCE(!in_interrupt()))
		return -1;
	kmalloc(64, GFP_KERNEL);
	return 0;
}

void not_preemptible(void)
{
	BUG_ON(preemptible());
	kmalloc(64, GFP_KERNEL);
}

/* clean twins: the opposite tests, and a test that is no warning */
void irqs_on_warn(void)
{
	WARN_ON(irqs_disabled());
	kmalloc(64, GFP_KERNEL);
}

void just_a_test(void)
{
	if (!irqs_disabled())
		kmalloc(64, GFP_KERNEL);
}

void compound_warn(int x)
{
	WARN_ON(!irqs_disabled() && x);
	kmalloc(64, GFP_KERNEL);
}
