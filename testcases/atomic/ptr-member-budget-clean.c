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

/* no MSG_ZEROCOPY under the lock: append() does not sleep */
void append_locked(struct cork *cork, int a)
{
	spin_lock(&lock);
	append(cork, a, a, a, a, 0);
	spin_unlock(&lock);
}
/*
 * check-name: a function's pointer member tests never take the guard bit of a later test of its flags parameter: a caller passing no such flag under a lock is decided (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
