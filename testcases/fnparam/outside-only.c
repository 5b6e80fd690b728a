/*
 * The dump of outside-only-clean.c, but this program registers the
 * notifier that sleeps itself (purge_init()): the dump under the
 * spinlock calls it.
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

int purge_init(void)
{
	return register_dump_nb(&purge_nb);
}
/*
 * check-name: a parameter's member given by a caller in the program holds its static function
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnparam/outside-only.c:25:15: warning: call to 'call_dump_nb' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnparam/outside-only.c:24:9: note: atomic context begins here, at '_raw_spin_lock' in 'table_dump'
testcases/fnparam/outside-only.c:25:15: note: 'table_dump' calls 'call_dump_nb'
testcases/fnparam/outside-only.c:17:16: note: 'call_dump_nb' calls 'purge' via 'struct dump_nb'.call = purge at testcases/fnparam/outside-only.c:41:44
testcases/fnparam/outside-only.c:37:9: note: 'purge' calls 'msleep', which may sleep
 * check-output-end
 */
