#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * `if (op->kind != K) goto out;` before the call: only bindings whose
 * kind is K are called under the lock.  A field an initializer leaves
 * out is 0.
 */
enum op_kind { OP_NONE, OP_ATOMIC, OP_BLOCKING };

struct op {
	unsigned char kind;
	void (*run)(int arg);
	int flags;
};

static void quick(int arg)
{
}

static void slow(int arg)
{
	msleep(arg);
}

static void slower(int arg)
{
	msleep(2 * arg);
}

static const struct op quick_op = { OP_ATOMIC, quick, 0 };
static const struct op slow_op = { .run = slow, .kind = OP_BLOCKING };
/* kind left out: OP_NONE */
static const struct op slower_op = { .run = slower, .flags = 1 };

static spinlock_t lock;

int run_op(const struct op *op, int arg)
{
	int ret = -1;

	spin_lock(&lock);
	if (op->kind != OP_ATOMIC)
		goto out;
	op->run(arg);
	ret = 0;
out:
	spin_unlock(&lock);
	return ret;
}

const struct op *ops[] = { &quick_op, &slow_op, &slower_op };
/*
 * check-name: a call after a test of a sibling field that returns on other values reaches only the bindings of that value
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
