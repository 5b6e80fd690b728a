#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/local_lock.h>

static raw_spinlock_t rl;
static spinlock_t sl;

void *raw_irqsave_alloc(void)
{
	unsigned long flags;
	void *p;

	raw_spin_lock_irqsave(&rl, flags);
	p = kmalloc(8, GFP_ATOMIC);
	raw_spin_unlock_irqrestore(&rl, flags);
	return p;
}

void raw_then_spin(void)
{
	raw_spin_lock(&rl);
	spin_lock(&sl);
	spin_unlock(&sl);
	raw_spin_unlock(&rl);
}

void irqsave_then_spin(void)
{
	unsigned long flags;

	local_irq_save(flags);
	spin_lock(&sl);
	spin_unlock(&sl);
	local_irq_restore(flags);
}

void *preempt_alloc(void)
{
	void *p;

	preempt_disable();
	p = kmalloc(8, GFP_ATOMIC);
	preempt_enable();
	return p;
}

static void take_sl(void)
{
	spin_lock(&sl);
	spin_unlock(&sl);
}

void raw_calls_spin(void)
{
	raw_spin_lock(&rl);
	take_sl();
	raw_spin_unlock(&rl);
}

/* a spinlock_t taken by an inline wrapper (task_lock() over spin_lock()) */
struct task { spinlock_t alloc_lock; };
static inline void task_lock(struct task *p)
{
	spin_lock(&p->alloc_lock);
}
static inline void task_unlock(struct task *p)
{
	spin_unlock(&p->alloc_lock);
}

void raw_then_task_lock(struct task *p)
{
	raw_spin_lock(&rl);
	task_lock(p);
	task_unlock(p);
	raw_spin_unlock(&rl);
}

/* local_lock_t: a per-CPU spinlock_t on RT (preempt_disable() and
 * local_lock_acquire() without it) */
static local_lock_t ll;

void raw_then_local_lock(void)
{
	raw_spin_lock(&rl);
	local_lock(&ll);
	local_unlock(&ll);
	raw_spin_unlock(&rl);
}
/*
 * check-name: PREEMPT_RT invalid wait contexts (libclang)
 * check-exit-value: 1
 * check-command: sleepcheck clang-check -Itestcases/include $file && sleepcheck report -Wrt-wait-context
 *
 * check-output-start
testcases/rt/raw-wait-clang.c:16:13: warning: call to 'kmalloc' may sleep on PREEMPT_RT with raw spinlock held, interrupts disabled [-Wrt-wait-context]
testcases/rt/raw-wait-clang.c:15:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'raw_irqsave_alloc'
testcases/rt/raw-wait-clang.c:16:13: note: 'raw_irqsave_alloc' calls '__kmalloc' through inline 'kmalloc', which may sleep
testcases/rt/raw-wait-clang.c:24:9: warning: call to 'spin_lock' may sleep on PREEMPT_RT with raw spinlock held [-Wrt-wait-context]
testcases/rt/raw-wait-clang.c:23:9: note: atomic context begins here, at '_raw_spin_lock' in 'raw_then_spin'
testcases/rt/raw-wait-clang.c:24:9: note: 'raw_then_spin' calls 'spin_lock' through inline 'spin_lock', which may sleep
testcases/rt/raw-wait-clang.c:34:9: warning: call to 'spin_lock' may sleep on PREEMPT_RT with interrupts disabled [-Wrt-wait-context]
testcases/rt/raw-wait-clang.c:33:9: note: atomic context begins here, at 'arch_local_irq_save' in 'irqsave_then_spin'
testcases/rt/raw-wait-clang.c:34:9: note: 'irqsave_then_spin' calls 'spin_lock' through inline 'spin_lock', which may sleep
testcases/rt/raw-wait-clang.c:44:13: warning: call to 'kmalloc' may sleep on PREEMPT_RT with preemption disabled [-Wrt-wait-context]
testcases/rt/raw-wait-clang.c:43:9: note: atomic context begins here, at '__preempt_count_add' in 'preempt_alloc'
testcases/rt/raw-wait-clang.c:44:13: note: 'preempt_alloc' calls '__kmalloc' through inline 'kmalloc', which may sleep
testcases/rt/raw-wait-clang.c:58:9: warning: call to 'take_sl' may sleep on PREEMPT_RT with raw spinlock held [-Wrt-wait-context]
testcases/rt/raw-wait-clang.c:57:9: note: atomic context begins here, at '_raw_spin_lock' in 'raw_calls_spin'
testcases/rt/raw-wait-clang.c:58:9: note: 'raw_calls_spin' calls 'take_sl'
testcases/rt/raw-wait-clang.c:51:9: note: 'take_sl' calls 'spin_lock' through inline 'spin_lock', which may sleep
testcases/rt/raw-wait-clang.c:76:9: warning: call to 'spin_lock' may sleep on PREEMPT_RT with raw spinlock held [-Wrt-wait-context]
testcases/rt/raw-wait-clang.c:75:9: note: atomic context begins here, at '_raw_spin_lock' in 'raw_then_task_lock'
testcases/rt/raw-wait-clang.c:76:9: note: 'raw_then_task_lock' calls 'spin_lock' through inline 'spin_lock', which may sleep
testcases/rt/raw-wait-clang.c:88:9: warning: call to 'local_lock_acquire' may sleep on PREEMPT_RT with raw spinlock held [-Wrt-wait-context]
testcases/rt/raw-wait-clang.c:87:9: note: atomic context begins here, at '_raw_spin_lock' in 'raw_then_local_lock'
testcases/rt/raw-wait-clang.c:88:9: note: 'raw_then_local_lock' calls 'local_lock_acquire' through inline 'local_lock_acquire', which may sleep
 * check-output-end
 */
