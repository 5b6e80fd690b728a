/* a static function defined in a header that drops its caller's lock
 * on one path only */
int node_boosted(void);

static void boost_and_unlock(spinlock_t *lock, unsigned long flags)
{
	if (node_boosted())
		spin_unlock_irqrestore(lock, flags);
}
