/*
 * A dump walks a table under a spinlock and calls each notifier it was
 * given (call_fib_notifier(), net/core/fib_notifier.c:24, from
 * mr_dump() under rcu_read_lock(), net/ipv4/ipmr_base.c:416-425).  The
 * notifier comes only from register_dump_nb(), which nothing here calls
 * (register_fib_notifier() in a tree without the drivers that do): only
 * a caller outside the program gives it, and such a caller cannot name
 * the static function another part of the program stores into a
 * notifier of its own and calls outside any lock.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>

struct dump_nb {
	int (*call)(struct dump_nb *nb, int event);
};

static spinlock_t table_lock;

int call_dump_nb(struct dump_nb *nb, int event)
{
	return nb->call(nb, event);
}

static int table_dump(struct dump_nb *nb)
{
	int err;

	spin_lock(&table_lock);
	err = call_dump_nb(nb, 1);
	spin_unlock(&table_lock);
	return err;
}

int register_dump_nb(struct dump_nb *nb)
{
	return table_dump(nb);
}

static int purge(struct dump_nb *nb, int event)
{
	msleep(1);
	return 0;
}

static struct dump_nb purge_nb = { .call = purge };

void purge_all(void)
{
	call_dump_nb(&purge_nb, 0);
}
/*
 * check-name: a parameter's member given only by callers outside the program holds no static function
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
