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
	struct bcast info = { .group = 2, .allocation = GFP_ATOMIC };
	void *p;

	spin_lock(&lock);
	p = each(&info);
	spin_unlock(&lock);
	return p;
}

void *bcast_param(void)
{
	void *p, *q;

	spin_lock(&lock);
	p = bcast_send(1, GFP_ATOMIC);
	spin_unlock(&lock);
	q = bcast_send(1, GFP_KERNEL);
	kfree(q);
	return p;
}
/*
 * check-name: gfp flags in a struct field that forbid blocking, under a lock (clean twin of field.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
