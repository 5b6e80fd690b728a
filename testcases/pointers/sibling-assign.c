#include <linux/rcupdate.h>
#include <linux/mutex.h>

/*
 * A function stored by an assignment keeps no sibling values: whatever
 * the type field says at the call, it stays a target (the clean twin
 * of the guard is sibling-guard-clean.c).
 */
enum cb_type { CB_UNSPEC, CB_RCU, CB_MUTEX };

struct callback {
	int (*call)(void *data);
	enum cb_type type;
};

static struct mutex table_lock;

static int dump_entry(void *data)
{
	mutex_lock(&table_lock);
	mutex_unlock(&table_lock);
	return 0;
}

void setup(struct callback *cb)
{
	cb->type = CB_MUTEX;
	cb->call = dump_entry;
}

const struct callback *find_callback(int type);

int dispatch(int type, void *data)
{
	const struct callback *nc;
	int err = -1;

	rcu_read_lock();
	nc = find_callback(type);
	if (nc && nc->type == CB_RCU)
		err = nc->call(data);
	rcu_read_unlock();
	return err;
}
/*
 * check-name: a function assigned to a field stays a target of a call guarded by a sibling field
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/pointers/sibling-assign.c:20:9: warning: call to 'mutex_lock' may sleep in atomic context, in 'dump_entry' [-Wsleep-in-atomic]
testcases/pointers/sibling-assign.c:41:23: note: 'dump_entry' runs in atomic context: 'dispatch' calls through 'struct callback'.call here with RCU read lock held
testcases/pointers/sibling-assign.c:38:9: note: atomic context begins here, at 'rcu_read_lock' in 'dispatch'
testcases/pointers/sibling-assign.c:28:18: note: 'dump_entry' is bound to 'struct callback.call' here
testcases/pointers/sibling-assign.c:20:9: note: 'dump_entry' calls 'mutex_lock', which may sleep
 * check-output-end
 */
