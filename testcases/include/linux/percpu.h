#ifndef _LINUX_PERCPU_H
#define _LINUX_PERCPU_H
/*
 * Per-CPU variables as Linux 6.1 x86_64 writes them
 * (arch/x86/include/asm/percpu.h, include/linux/compiler-gcc.h,
 * include/asm-generic/percpu.h): this_cpu_read() is an asm with the
 * variable as a memory input, per_cpu() an address hidden by an empty asm
 * (RELOC_HIDE) plus the CPU's offset.
 */
extern unsigned long __per_cpu_offset[64];

#define DEFINE_PER_CPU(type, name) \
	__attribute__((section(".data..percpu"))) __typeof__(type) name

#define RELOC_HIDE(ptr, off)						\
({									\
	unsigned long __ptr;						\
	__asm__ ("" : "=r"(__ptr) : "0"(ptr));				\
	(typeof(ptr)) (__ptr + (off));					\
})

#define per_cpu_ptr(ptr, cpu)	RELOC_HIDE((ptr), __per_cpu_offset[cpu])
#define per_cpu(var, cpu)	(*per_cpu_ptr(&(var), cpu))

#define this_cpu_read(_var)						\
({									\
	unsigned long pfo_val__;					\
	asm("movq %%gs:%[var], %[val]"					\
	    : [val] "=r" (pfo_val__)					\
	    : [var] "m" (_var));					\
	(typeof(_var))(unsigned long) pfo_val__;			\
})

#endif
