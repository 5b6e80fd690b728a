#include <linux/rcupdate.h>
#include <linux/mutex.h>
#include <linux/slab.h>

/*
 * A table of callbacks, each with the context it is called in (as
 * net/netfilter/nfnetlink.c's struct nfnl_callback): the dispatcher
 * calls under rcu_read_lock() only those whose type says RCU.  The clean
 * twin of sibling-guard.c: the sleeper is marked MUTEX.
 */
enum cb_type { CB_UNSPEC, CB_RCU, CB_MUTEX };

struct callback {
	int (*call)(void *data);
	const void *policy;
	enum cb_type type;
	unsigned short attr_count;
};

static struct mutex table_lock;

static int get_entry(void *data)
{
	return data != 0;
}

static int new_entry(void *data)
{
	void *p = kmalloc(64, GFP_KERNEL);

	kfree(p);
	return 0;
}

/* a sleeper, marked as one */
static int dump_entry(void *data)
{
	mutex_lock(&table_lock);
	mutex_unlock(&table_lock);
	return 0;
}

static const struct callback table[] = {
	[0] = { .call = get_entry, .type = CB_RCU, .attr_count = 2 },
	[1] = { .call = new_entry, .type = CB_MUTEX, .attr_count = 2 },
	[2] = { .type = CB_MUTEX, .call = dump_entry },
};

const struct callback *find_callback(int type);

int dispatch(int type, void *data)
{
	const struct callback *nc;
	int err;

	rcu_read_lock();
	nc = find_callback(type);
	if (!nc) {
		rcu_read_unlock();
		return -1;
	}
	switch (nc->type) {
	case CB_RCU:
		err = nc->call(data);
		rcu_read_unlock();
		break;
	case CB_MUTEX:
		rcu_read_unlock();
		mutex_lock(&table_lock);
		err = nc->call(data);
		mutex_unlock(&table_lock);
		break;
	default:
		rcu_read_unlock();
		err = -1;
	}
	return err;
}
/*
 * check-name: a sleeper bound with a sibling value the locked call excludes is not called there
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --stats 2>&1 | grep sibling
 *
 * check-output-start
sleepcheck: 3 bindings left out of calls through their field: the call is made only where a sibling field of its pointer holds a value the binding's initializer contradicts
 * check-output-end
 */
