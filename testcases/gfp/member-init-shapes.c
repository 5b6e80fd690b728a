#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Local objects made by an initializer, of the shapes kernel code
 * writes: designated and positional members, a nested designator
 * (addrconf_f6i_alloc()'s `.fc_nlinfo.nl_net = net`), a bitfield that
 * is not the first of its byte, a struct member copied, `{ 0 }` and
 * `{ }`.  The object is zero before its members (J.*:=#0), so a member
 * no initializer names holds 0: wait_if() sleeps only where `flags` may
 * have WAIT set.  Both front ends read them alike.
 */
#define WAIT	0x1

struct inner {
	void *net;
	int portid;
};

struct conf {
	int table;
	unsigned int flags;
	void *mx;
	struct inner info;
	unsigned char quiet:1, ignore:1, spare:6;
	struct inner copy;
	int last;
};

static void wait_if(struct conf *c)
{
	if (c->flags & WAIT)
		msleep(1);
}

static spinlock_t lock;

void designated(void *net)
{
	struct conf c = {
		.table = 3,
		.info.net = net,
		.ignore = 1,
		.last = 0,
	};

	spin_lock(&lock);
	wait_if(&c);
	spin_unlock(&lock);
}

void positional(int t)
{
	struct conf c = { t, 0, NULL, { NULL, 1 } };

	spin_lock(&lock);
	wait_if(&c);
	spin_unlock(&lock);
}

void copied(void *net)
{
	struct inner in = { net, 2 };
	struct conf c = { .copy = in, .info = { 0 } };

	spin_lock(&lock);
	wait_if(&c);
	spin_unlock(&lock);
}

void zeroed(void)
{
	struct conf c = { 0 };
	struct conf d = { };

	spin_lock(&lock);
	wait_if(&c);
	wait_if(&d);
	spin_unlock(&lock);
}

void waiting(unsigned int flags)
{
	struct conf c = { .table = 1, .flags = flags };

	spin_lock(&lock);
	wait_if(&c);
	spin_unlock(&lock);
}
/*
 * check-name: objects made by initializers of every shape: a member no initializer names is 0, one it sets to a parameter may hold it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/member-init-shapes.c:87:9: warning: call to 'wait_if' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/member-init-shapes.c:86:9: note: atomic context begins here, at '_raw_spin_lock' in 'waiting'
testcases/gfp/member-init-shapes.c:87:9: note: 'waiting' calls 'wait_if'
testcases/gfp/member-init-shapes.c:33:17: note: 'wait_if' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x1 set, which may sleep
 * check-output-end
 */
