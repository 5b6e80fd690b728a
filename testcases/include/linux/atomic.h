#ifndef _STUB_ATOMIC_H
#define _STUB_ATOMIC_H
#include <linux/compiler.h>
typedef struct { int counter; } atomic_t;

/* arch/x86/include/asm/rmwcc.h GEN_UNARY_RMWcc: the flag comes out of
 * the instruction through an asm goto to cc_label */
static __always_inline bool arch_atomic_dec_and_test(atomic_t *v)
{
	return ({
		bool c = false;
		asm goto("lock decl %[var]; je %l[cc_label]"
			 : : [var] "m" (v->counter) : "memory" : cc_label);
		if (0) {
cc_label:		c = true;
		}
		c;
	});
}
#define atomic_dec_and_test(v)	arch_atomic_dec_and_test(v)
#endif
