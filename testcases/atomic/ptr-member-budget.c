#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * net/ipv4/ip_output.c:973-1160 __ip_append_data(): tests of pointer
 * members of what its parameters point to (`if (cork->opt)`, `if
 * (skb->next)`-like) come before the test of its flags parameter
 * (`if (flags & MSG_ZEROCOPY)`, ip_output.c:1023) that decides the
 * callee that may sleep.  The member tests are opportunistic: they never
 * take the flag test's atom (ir.c evict_ptr_member()).
 */
#define ZEROCOPY	0x4000000

struct opt {
	int len;
};

struct cork {
	struct opt *opt;
	struct opt *dst;
};

void note(int n);

void append(struct cork *cork, int a, int b, int c, int d, unsigned int flags)
{
	if (cork->opt)
		note(1);
	if (cork->dst)
		note(2);
	if (a & 1)
		note(3);
	if (b & 2)
		note(4);
	if (c & 4)
		note(5);
	if (d & 8)
		note(6);
	if (flags & ZEROCOPY)
		msleep(1);
}

static spinlock_t lock;

/* MSG_ZEROCOPY under the lock: append() sleeps */
void append_locked(struct cork *cork, int a)
{
	spin_lock(&lock);
	append(cork, a, a, a, a, ZEROCOPY);
	spin_unlock(&lock);
}
/*
 * check-name: a function's pointer member tests never take the guard bit of a later test of its flags parameter: a caller passing the flag under a lock is reported (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/ptr-member-budget.c:49:9: warning: call to 'append' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/ptr-member-budget.c:48:9: note: atomic context begins here, at '_raw_spin_lock' in 'append_locked'
testcases/atomic/ptr-member-budget.c:49:9: note: 'append_locked' calls 'append'
testcases/atomic/ptr-member-budget.c:40:17: note: 'append' calls 'msleep' on a path taken only when its argument 6 has a bit of 0x4000000 set, which may sleep
 * check-output-end
 */
