// a synthetic tree for testcases/kdoc/miner.c: one comment per case
#include <linux/ctx.h>

/**
 * ctx_sleeps() - the plain case
 * @a: an argument
 *
 * Context: Process context.  May sleep.
 * Return: zero.
 */
int ctx_sleeps(int a)
{
	return 0;
}

/**
 * ctx_alloc - sleeps when its flags allow
 * @gfp: allocation flags
 *
 * Context: Any context.  Takes and releases the lock.  May sleep if
 * the @gfp flags permit.
 */
void *ctx_alloc(size_t n, gfp_t gfp)
{
	return 0;
}

/**
 * ctx_cond - a condition that is not the flags
 *
 * Context: May sleep if @wait is true.
 */
void ctx_cond(bool wait)
{
}

/**
 * ctx_atomic - callable anywhere
 *
 * Context: Any context.
 */
void ctx_atomic(void)
{
}

/**
 * ctx_later - a condition in a sentence about something else
 *
 * Context: May sleep.  If you need two of them, take them in order.
 */
void ctx_later(void)
{
}

/**
 * ctx_noirq - not from an IRQ handler
 *
 * Must not be called from interrupt context.
 */
void ctx_noirq(void)
{
}

/**
 * ctx_param - a parameter's text is not the function's
 * @wait: when false, this makes it safe to call from interrupt context.
 */
void ctx_param(bool wait)
{
}

/**
 * ctx_static - a static function
 *
 * Context: Any context.
 */
static void ctx_static(void)
{
}

/**
 * ctx_both - contradicts itself
 *
 * Context: Process context.  Does not sleep.
 */
void ctx_both(void)
{
}

/**
 * ctx_locking - says only which lock is held
 *
 * Context: Caller holds ctx->lock.
 */
void ctx_locking(void)
{
}

/**
 * ctx_atomic - documented twice, the same way
 *
 * Context: any
 */
void ctx_atomic(void);

/**
 * ctx_atomic_gfp - any context, given flags that cannot block
 * @p: a pointer
 * @gfp: allocation flags
 *
 * Context: Any context.
 */
int ctx_atomic_gfp(void *p, gfp_t gfp)
{
	return 0;
}

/**
 * ctx_relock - a condition on the flags with no sleep phrase, and the
 * lock it expects held released where it sleeps (an `unlocks` phrase)
 * @gfp: allocation flags
 *
 * Context: Any context.  Expects xa_lock to be held on entry.  May
 * release and reacquire xa_lock if @gfp flags permit.
 */
int ctx_relock(int id, gfp_t gfp)
{
	return 0;
}
