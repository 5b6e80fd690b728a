#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * ip_fib_metrics_init() (net/ipv4/metrics.c:76) allocates with
 * GFP_KERNEL only when its nlattr argument is not NULL, and
 * ip6_route_info_create() passes it cfg->fc_mx from the config its
 * caller made (net/ipv6/route.c:3804).  addrconf_f6i_alloc()
 * (net/ipv6/route.c:4608) makes that config with a designated
 * initializer that does not name fc_mx: the member is NULL, so under a
 * lock with GFP_ATOMIC nothing sleeps.  The argument read from the
 * member (J=K.F) makes the callee's test of it a test of the caller's
 * member, which the initializer's zero (J.*:=#0) decides.  Here the
 * initializer sets it (rtm_to_fib6_config()'s netlink attribute), and
 * the allocation under the lock is reported.
 */
struct route_cfg {
	int table;
	unsigned int flags;
	void *mx;
	int mx_len;
};

void *metrics_init(void *mx, int len)
{
	if (!mx)
		return NULL;
	return kzalloc(len, GFP_KERNEL);
}

static void *route_create(struct route_cfg *cfg, gfp_t gfp)
{
	void *rt = kmalloc(16, gfp);

	if (!rt)
		return NULL;
	metrics_init(cfg->mx, cfg->mx_len);
	return rt;
}

void *local_alloc(int table, void *mx, gfp_t gfp)
{
	struct route_cfg cfg = {
		.table = table,
		.flags = 1,
		.mx = mx,
	};

	if (table > 1)
		cfg.flags = 3;
	return route_create(&cfg, gfp);
}

static spinlock_t lock;

void add_local(void)
{
	spin_lock_bh(&lock);
	local_alloc(1, &lock, GFP_ATOMIC);
	spin_unlock_bh(&lock);
}
/*
 * check-name: a pointer member passed on, which the caller's initializer sets, sleeps in the callee that tests it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/member-arg.c:59:9: warning: call to 'local_alloc' may sleep with spinlock held, bottom halves disabled [-Wsleep-in-atomic]
testcases/gfp/member-arg.c:58:9: note: atomic context begins here, at '_raw_spin_lock_bh' in 'add_local'
testcases/gfp/member-arg.c:59:9: note: 'add_local' calls 'local_alloc'
testcases/gfp/member-arg.c:51:16: note: 'local_alloc' calls 'route_create'
testcases/gfp/member-arg.c:37:9: note: 'route_create' calls 'metrics_init'
testcases/gfp/member-arg.c:28:16: note: 'metrics_init' calls '__kmalloc' through inline 'kzalloc' with GFP flags that allow blocking on a path taken only when its argument 1 is non-zero, which may sleep
 * check-output-end
 */
