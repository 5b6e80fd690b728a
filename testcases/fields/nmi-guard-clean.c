#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A store of a flag bit made only where another field's bit was set,
 * which no store of the program sets: request_nmi() sets IRQS_NMI in
 * `desc->istate` (kernel/irq/manage.c:2346) only past `if (... ||
 * !irq_supports_nmi(desc)) return -EINVAL;` (manage.c:2324-2328), a
 * static function whose returns are false or `d->chip->flags &
 * IRQCHIP_SUPPORTS_NMI` (manage.c:1414-1428); no irq_chip of the x86_64
 * build sets that bit (only irq-gic-v3).  So free_nmi(), which returns
 * unless `desc->istate & IRQS_NMI` (manage.c:2076), never reaches
 * __cleanup_nmi() under desc->lock.  The guard holds up to the first
 * label after it (a `goto` may enter there: err_out).  No path reaches the sleep.
 */
#define IRQCHIP_SKIP_SET_WAKE		(1 << 4)
#define IRQCHIP_SUPPORTS_NMI		(1 << 8)
#define IRQCHIP_AFFINITY_PRE_STARTUP	(1 << 10)
#define IRQS_PENDING	0x00000200
#define IRQS_NMI	0x00002000
#define IRQF_PERCPU	0x00000400
#define EINVAL		22

struct irq_data;

struct irq_chip {
	const char *name;
	void (*irq_bus_lock)(struct irq_data *data);
	unsigned long flags;
};

struct irq_data {
	struct irq_chip *chip;
};

struct irq_desc {
	struct irq_data irq_data;
	unsigned int istate;
	raw_spinlock_t lock;
};

struct irq_chip ioapic_chip = {
	.name = "IO-APIC",
	.flags = IRQCHIP_SKIP_SET_WAKE | IRQCHIP_AFFINITY_PRE_STARTUP,
};

static _Bool irq_supports_nmi(struct irq_desc *desc)
{
	struct irq_chip *chip = desc->irq_data.chip;

	if (chip->irq_bus_lock)
		return 0;
	return chip->flags & IRQCHIP_SUPPORTS_NMI;
}

void check_irq_resend(struct irq_desc *desc)
{
	desc->istate |= IRQS_PENDING;
}

int request_nmi(struct irq_desc *desc, unsigned long irqflags)
{
	unsigned long flags;

	if (!desc || !(irqflags & IRQF_PERCPU) || !irq_supports_nmi(desc))
		return -EINVAL;
	raw_spin_lock_irqsave(&desc->lock, flags);
	desc->istate |= IRQS_NMI;
	raw_spin_unlock_irqrestore(&desc->lock, flags);
	if (!desc->irq_data.chip->name)
		goto err_out;
	return 0;
err_out:
	desc->istate &= ~IRQS_NMI;
	return -EINVAL;
}

static void __cleanup_nmi(struct irq_desc *desc)
{
	desc->istate &= ~IRQS_NMI;
	msleep(1);
}

void free_nmi(struct irq_desc *desc)
{
	unsigned long flags;

	if (!desc || !(desc->istate & IRQS_NMI))
		return;
	raw_spin_lock_irqsave(&desc->lock, flags);
	__cleanup_nmi(desc);
	raw_spin_unlock_irqrestore(&desc->lock, flags);
}
/*
 * check-name: a store of a bit made only where a field bit no store sets was tested is dropped
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
