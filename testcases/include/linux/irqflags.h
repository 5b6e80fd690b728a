#ifndef _STUB_IRQFLAGS_H
#define _STUB_IRQFLAGS_H
#include <linux/compiler.h>
#define X86_EFLAGS_IF 0x200
static __always_inline unsigned long native_save_fl(void)
{
	unsigned long flags;
	__asm__ __volatile__("pushf ; pop %0" : "=rm" (flags) : : "memory");
	return flags;
}
static __always_inline void arch_local_irq_disable(void)
{
	__asm__ __volatile__("cli" : : : "memory");
}
static __always_inline void arch_local_irq_enable(void)
{
	__asm__ __volatile__("sti" : : : "memory");
}
static __always_inline unsigned long arch_local_irq_save(void)
{
	unsigned long flags = native_save_fl();
	arch_local_irq_disable();
	return flags;
}
static __always_inline int arch_irqs_disabled_flags(unsigned long flags)
{
	return !(flags & X86_EFLAGS_IF);
}
static __always_inline void arch_local_irq_restore(unsigned long flags)
{
	if (!arch_irqs_disabled_flags(flags))
		arch_local_irq_enable();
}
#define raw_local_irq_save(flags)	do { flags = arch_local_irq_save(); } while (0)
#define raw_local_irq_restore(flags)	do { arch_local_irq_restore(flags); } while (0)
#define local_irq_save(flags)		do { raw_local_irq_save(flags); } while (0)
#define local_irq_restore(flags)	do { raw_local_irq_restore(flags); } while (0)
#define local_irq_disable()		do { arch_local_irq_disable(); } while (0)
#define local_irq_enable()		do { arch_local_irq_enable(); } while (0)
#define irqs_disabled()			arch_irqs_disabled_flags(native_save_fl())
#endif
