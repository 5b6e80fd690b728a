#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * gfp flags carried in a struct field, as net/netlink/af_netlink.c's
 * netlink_broadcast() fills `info.allocation` and do_one_broadcast()
 * clones with `p->allocation`: the field of a local passed by address,
 * a pointer parameter passed on, the field of a parameter read.
 */
struct bcast {
	int group;
	gfp_t allocation;
};

static spinlock_t lock;

static void *one(struct bcast *p)
{
	return kmalloc(32, p->allocation);
}

static void *each(struct bcast *p)
{
	return one(p);
}

void *bcast_send(int group, gfp_t allocation)
{
	struct bcast info;

	info.group = group;
	info.allocation = allocation;
	return each(&info);
}

void *bcast_init(void)
{
	struct bcast info = { .group = 2, .allocation = GFP_KERNEL };
	void *p;

	spin_lock(&lock);
	p = each(&info);
	spin_unlock(&lock);
	return p;
}

void *bcast_param(void)
{
	void *p;

	spin_lock(&lock);
	p = bcast_send(1, GFP_KERNEL);
	spin_unlock(&lock);
	return p;
}
/*
 * check-name: gfp flags in a struct field that allow blocking, under a lock
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/field.c:42:13: warning: call to 'each' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/field.c:41:9: note: atomic context begins here, at '_raw_spin_lock' in 'bcast_init'
testcases/gfp/field.c:42:13: note: 'bcast_init' calls 'each' with GFP flags that allow blocking
testcases/gfp/field.c:24:16: note: 'each' calls 'one' passing on its caller's GFP flags
testcases/gfp/field.c:19:16: note: 'one' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/field.c:52:13: warning: call to 'bcast_send' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/field.c:51:9: note: atomic context begins here, at '_raw_spin_lock' in 'bcast_param'
testcases/gfp/field.c:52:13: note: 'bcast_param' calls 'bcast_send' with GFP flags that allow blocking
testcases/gfp/field.c:33:16: note: 'bcast_send' calls 'each' passing on its caller's GFP flags
testcases/gfp/field.c:24:16: note: 'each' calls 'one' passing on its caller's GFP flags
testcases/gfp/field.c:19:16: note: 'one' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
