#ifndef _STUB_RCUPDATE_H
#define _STUB_RCUPDATE_H
#include <linux/compiler.h>
void __rcu_read_lock(void);
void __rcu_read_unlock(void);
static __always_inline void rcu_read_lock(void)
{
	__rcu_read_lock();
}
static inline void rcu_read_unlock(void)
{
	__rcu_read_unlock();
}
void synchronize_rcu(void);
#endif
