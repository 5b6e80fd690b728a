#ifndef _STUB_UACCESS_H
#define _STUB_UACCESS_H
#include <linux/compiler.h>
/*
 * 6.1 include/linux/uaccess.h: pagefault_disable() and pagefault_enable()
 * count current->pagefault_disabled (:186-221); copy_from_user() and
 * copy_to_user() are __always_inline over the out-of-line
 * _copy_from_user() and _copy_to_user() (lib/usercopy.c), which call
 * might_fault().
 */
#define __user
extern int __pagefault_disabled;
static __always_inline void pagefault_disabled_inc(void)
{
	__pagefault_disabled++;
}
static __always_inline void pagefault_disabled_dec(void)
{
	__pagefault_disabled--;
}
static inline void pagefault_disable(void)
{
	pagefault_disabled_inc();
	barrier();
}
static inline void pagefault_enable(void)
{
	barrier();
	pagefault_disabled_dec();
}
unsigned long _copy_from_user(void *to, const void __user *from, unsigned long n);
unsigned long _copy_to_user(void __user *to, const void *from, unsigned long n);
static __always_inline unsigned long copy_from_user(void *to, const void __user *from,
						    unsigned long n)
{
	return _copy_from_user(to, from, n);
}
static __always_inline unsigned long copy_to_user(void __user *to, const void *from,
						  unsigned long n)
{
	return _copy_to_user(to, from, n);
}
#endif
