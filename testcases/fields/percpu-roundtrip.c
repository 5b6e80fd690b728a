#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * As percpu-roundtrip-clean.c, but common_interrupt() keeps the pointer
 * it reads in an unsigned long local and converts that back: a round trip
 * through an integer that is not the per-cpu accessor's, so struct
 * irq_desc counts as written other than field by field (*from:i), its
 * istate may hold IRQS_NMI, and free_nmi()'s sleep is reported.
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

/* x86's per-cpu accessors written out (arch/x86/include/asm/percpu.h:71-79,
 * :101-112, :148-155; include/linux/percpu-defs.h:320-336, :373-384):
 * the 1-, 2- and 4-byte cases are there but never run */
typedef unsigned char u8;
typedef unsigned int u32;
typedef unsigned long long u64;
#define __pcpu_type_1 u8
#define __pcpu_type_4 u32
#define __pcpu_type_8 u64
#define __pcpu_cast_1(val) ((u8)(((unsigned long) val) & 0xff))
#define __pcpu_cast_4(val) ((u32)(((unsigned long) val) & 0xffffffff))
#define __pcpu_cast_8(val) ((u64)(val))
#define percpu_to_op(size, _var, _val)					\
do {									\
	__pcpu_type_##size pto_val__ = __pcpu_cast_##size(_val);	\
	if (0) {							\
		typeof(_var) pto_tmp__;					\
		pto_tmp__ = (_val);					\
		(void)pto_tmp__;					\
	}								\
	asm volatile("mov %[val], %%gs:%[var]"				\
	    : [var] "+m" (_var)						\
	    : [val] "re" (pto_val__));					\
} while (0)
#define percpu_from_op(size, _var)					\
({									\
	__pcpu_type_##size pfo_val__;					\
	asm volatile("mov %%gs:%[var], %[val]"				\
	    : [val] "=r" (pfo_val__)					\
	    : [var] "m" (_var));					\
	(typeof(_var))(unsigned long) pfo_val__;			\
})
#define __pcpu_size_call_return(variable)				\
({									\
	typeof(variable) pscr_ret__;					\
	switch (sizeof(variable)) {					\
	case 1: pscr_ret__ = percpu_from_op(1, variable); break;	\
	case 4: pscr_ret__ = percpu_from_op(4, variable); break;	\
	case 8: pscr_ret__ = percpu_from_op(8, variable); break;	\
	default: pscr_ret__ = 0; break;					\
	}								\
	pscr_ret__;							\
})
#define __pcpu_size_call(variable, val)					\
do {									\
	switch (sizeof(variable)) {					\
	case 1: percpu_to_op(1, variable, val); break;			\
	case 4: percpu_to_op(4, variable, val); break;			\
	case 8: percpu_to_op(8, variable, val); break;			\
	default: break;							\
	}								\
} while (0)
#define this_cpu_read(pcp)	__pcpu_size_call_return(pcp)
#define this_cpu_write(pcp, val)	__pcpu_size_call(pcp, val)

typedef struct irq_desc *vector_irq_t[256];
vector_irq_t vector_irq;

/* a pointer kept in an unsigned long local and converted back: the
 * integer may have been changed, so struct irq_desc counts as written
 * other than field by field, and its istate may hold IRQS_NMI */
struct irq_desc *irq_to_desc(unsigned int irq);

void setup_vector_irq(int vector)
{
	struct irq_desc *desc = irq_to_desc(vector);

	this_cpu_write(vector_irq[vector], desc);
}

void common_interrupt(int vector)
{
	unsigned long v = (unsigned long)this_cpu_read(vector_irq[vector]);
	struct irq_desc *desc = (struct irq_desc *)v;

	if (desc)
		check_irq_resend(desc);
}
/*
 * check-name: a struct pointer kept in an unsigned long local and converted back counts as a write of the struct
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/percpu-roundtrip.c:86:9: warning: call to '__cleanup_nmi' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/fields/percpu-roundtrip.c:85:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'free_nmi'
testcases/fields/percpu-roundtrip.c:86:9: note: 'free_nmi' calls '__cleanup_nmi' on a path taken only when its argument 1 is non-zero
testcases/fields/percpu-roundtrip.c:76:9: note: '__cleanup_nmi' calls 'msleep', which may sleep
 * check-output-end
 */
