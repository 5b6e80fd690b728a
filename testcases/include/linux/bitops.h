#ifndef _STUB_BITOPS_H
#define _STUB_BITOPS_H
/*
 * test_bit() as Linux 6.1 x86_64 has it: include/asm-generic/bitops/
 * instrumented-non-atomic.h:138-143 _test_bit() (instrumentation left
 * out) and arch/x86/include/asm/bitops.h:204-241 arch_test_bit(),
 * constant_test_bit() (the volatile read of the word) and
 * variable_test_bit().  include/linux/bitops.h:50-63 wraps _test_bit()
 * in bitop(), which picks const_test_bit() only for an address that is
 * a compile-time constant; it is left out here: libclang 14 gives no
 * operator inside a macro's body (README), so its `&&` cannot be
 * folded there, and for a member's address both front ends take
 * _test_bit() as sparse does.
 */
#include <linux/compiler.h>
#define BITS_PER_LONG		64
#define _BITOPS_LONG_SHIFT	6
#define BIT_WORD(nr)		((nr) / BITS_PER_LONG)

static __always_inline bool constant_test_bit(long nr, const volatile unsigned long *addr)
{
	return ((1UL << (nr & (BITS_PER_LONG-1))) &
		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
}

static __always_inline bool variable_test_bit(long nr, volatile const unsigned long *addr)
{
	bool oldbit;

	asm volatile("btq %2,%1" "\n\tsetc %[_cc_c]"
		     : [_cc_c] "=qm" (oldbit)
		     : "m" (*(unsigned long *)addr), "Ir" (nr) : "memory");
	return oldbit;
}

static __always_inline bool
arch_test_bit(unsigned long nr, const volatile unsigned long *addr)
{
	return __builtin_constant_p(nr) ? constant_test_bit(nr, addr) :
					  variable_test_bit(nr, addr);
}

static __always_inline bool
_test_bit(unsigned long nr, const volatile unsigned long *addr)
{
	return arch_test_bit(nr, addr);
}

#define test_bit(nr, addr)		_test_bit(nr, addr)

/*
 * set_bit() and clear_bit() as Linux 6.1 x86_64 has them:
 * include/asm-generic/bitops/instrumented-atomic.h:26-46 (instrumentation
 * left out) and arch/x86/include/asm/bitops.h:50-97 arch_set_bit(),
 * arch_clear_bit() (a locked orb/andb on the byte of a constant bit,
 * bts/btr otherwise).
 */
#define RLONG_ADDR(x)			"m" (*(volatile long *) (x))
#define WBYTE_ADDR(x)			"+m" (*(volatile char *) (x))
#define CONST_MASK_ADDR(nr, addr)	WBYTE_ADDR((void *)(addr) + ((nr)>>3))
#define CONST_MASK(nr)			(1 << ((nr) & 7))

static __always_inline void arch_set_bit(long nr, volatile unsigned long *addr)
{
	if (__builtin_constant_p(nr))
		asm volatile("lock; orb %b1,%0"
			     : CONST_MASK_ADDR(nr, addr)
			     : "iq" (CONST_MASK(nr))
			     : "memory");
	else
		asm volatile("lock; btsq %1,%0"
			     : : RLONG_ADDR(addr), "Ir" (nr) : "memory");
}

static __always_inline void arch_clear_bit(long nr, volatile unsigned long *addr)
{
	if (__builtin_constant_p(nr))
		asm volatile("lock; andb %b1,%0"
			     : CONST_MASK_ADDR(nr, addr)
			     : "iq" (~CONST_MASK(nr)));
	else
		asm volatile("lock; btrq %1,%0"
			     : : RLONG_ADDR(addr), "Ir" (nr));
}

static __always_inline void set_bit(long nr, volatile unsigned long *addr)
{
	arch_set_bit(nr, addr);
}

static __always_inline void clear_bit(long nr, volatile unsigned long *addr)
{
	arch_clear_bit(nr, addr);
}
#endif
