#ifndef _STUB_SPINLOCK_H
#define _STUB_SPINLOCK_H
#include <linux/irqflags.h>
#include <linux/preempt.h>
typedef struct raw_spinlock { unsigned int val; } raw_spinlock_t;
typedef struct spinlock { struct raw_spinlock rlock; } spinlock_t;
#define spin_lock_init(lock)	do { (lock)->rlock.val = 0; } while (0)

/* kernel/locking/spinlock.c: out of line on x86 */
void _raw_spin_lock(raw_spinlock_t *lock);
void _raw_spin_lock_bh(raw_spinlock_t *lock);
void _raw_spin_lock_irq(raw_spinlock_t *lock);
unsigned long _raw_spin_lock_irqsave(raw_spinlock_t *lock);
int _raw_spin_trylock(raw_spinlock_t *lock);
void _raw_spin_unlock_bh(raw_spinlock_t *lock);
void _raw_spin_unlock_irqrestore(raw_spinlock_t *lock, unsigned long flags);

/* spinlock_api_smp.h: unlock is inlined on x86 (no UNINLINE_SPIN_UNLOCK) */
static inline void __raw_spin_unlock(raw_spinlock_t *lock)
{
	lock->val = 0;
	preempt_enable();
}
static inline void __raw_spin_unlock_irq(raw_spinlock_t *lock)
{
	lock->val = 0;
	local_irq_enable();
	preempt_enable();
}
#define _raw_spin_unlock(lock)		__raw_spin_unlock(lock)
#define _raw_spin_unlock_irq(lock)	__raw_spin_unlock_irq(lock)

#define raw_spin_lock(lock)		_raw_spin_lock(lock)
#define raw_spin_unlock(lock)		_raw_spin_unlock(lock)
#define raw_spin_lock_irqsave(lock, flags) \
	do { flags = _raw_spin_lock_irqsave(lock); } while (0)
#define raw_spin_unlock_irqrestore(lock, flags) \
	_raw_spin_unlock_irqrestore(lock, flags)
#define raw_spin_lock_irq(lock)		_raw_spin_lock_irq(lock)
#define raw_spin_unlock_irq(lock)	_raw_spin_unlock_irq(lock)

static __always_inline raw_spinlock_t *spinlock_check(spinlock_t *lock)
{
	return &lock->rlock;
}
static __always_inline void spin_lock(spinlock_t *lock)
{
	raw_spin_lock(&lock->rlock);
}
static __always_inline void spin_lock_bh(spinlock_t *lock)
{
	_raw_spin_lock_bh(&lock->rlock);
}
static __always_inline void spin_lock_irq(spinlock_t *lock)
{
	_raw_spin_lock_irq(&lock->rlock);
}
#define spin_lock_irqsave(lock, flags) \
	do { raw_spin_lock_irqsave(spinlock_check(lock), flags); } while (0)
static __always_inline void spin_unlock(spinlock_t *lock)
{
	raw_spin_unlock(&lock->rlock);
}
static __always_inline void spin_unlock_bh(spinlock_t *lock)
{
	_raw_spin_unlock_bh(&lock->rlock);
}
static __always_inline void spin_unlock_irq(spinlock_t *lock)
{
	_raw_spin_unlock_irq(&lock->rlock);
}
static __always_inline void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags)
{
	_raw_spin_unlock_irqrestore(&lock->rlock, flags);
}
#define spin_trylock(lock)	_raw_spin_trylock(&(lock)->rlock)
/* include/linux/spinlock.h:296-301 and 419-422 (6.1): the trylock that
 * saves interrupts, a ?: of constants in statement expressions */
#define raw_spin_trylock(lock)	_raw_spin_trylock(lock)
#define raw_spin_trylock_irqsave(lock, flags) \
({ \
	local_irq_save(flags); \
	raw_spin_trylock(lock) ? \
	1 : ({ local_irq_restore(flags); 0; }); \
})
#define spin_trylock_irqsave(lock, flags) \
({ \
	raw_spin_trylock_irqsave(spinlock_check(lock), flags); \
})
#endif
