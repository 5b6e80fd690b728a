/* a static function defined in a header, like kernel/rcu/tree_plugin.h's
 * rcu_initiate_boost(): drops its caller's lock on every path */
static void boost_and_unlock(spinlock_t *lock, unsigned long flags)
{
	spin_unlock_irqrestore(lock, flags);
}
