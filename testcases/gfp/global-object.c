#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/percpu.h>
#include <linux/bottom_half.h>

/*
 * Objects kept in global pointers, as the kernel's control sockets:
 * icmp_init() creates one socket per CPU with inet_ctl_sock_create(),
 * which stores GFP_ATOMIC in (*sk)->sk_allocation through its out
 * parameter (net/ipv4/af_inet.c:1702), and keeps it in the per-CPU
 * pointer ipv4_icmp_sk (net/ipv4/icmp.c:1571); __icmp_send() takes it
 * back with this_cpu_read() (icmp.c:207) and ip_setup_cork() allocates
 * with sk->sk_allocation (net/ipv4/ip_output.c:1301).  Here one of the
 * objects stored in a global allows blocking: each may be the one read.
 */
struct sock {
	int refcnt;
	gfp_t sk_allocation;
	spinlock_t slock;
};

struct socket {
	struct sock *sk;
};

int sock_create_kern(int family, struct socket **res);

static spinlock_t lock;

int ctl_sock_create(struct sock **sk, int family)
{
	struct socket *sock;
	int rc = sock_create_kern(family, &sock);

	if (rc == 0) {
		*sk = sock->sk;
		(*sk)->sk_allocation = GFP_ATOMIC;
	}
	return rc;
}

static struct sock *user_sock_create(int family)
{
	struct socket *sock;

	if (sock_create_kern(family, &sock))
		return NULL;
	sock->sk->sk_allocation = GFP_KERNEL;
	return sock->sk;
}

static DEFINE_PER_CPU(struct sock *, icmp_sk);
static struct sock *tcp_ctl_sk;

int icmp_init(void)
{
	int i;

	for (i = 0; i < 4; i++) {
		struct sock *sk;
		int err = ctl_sock_create(&sk, 2);

		if (err < 0)
			return err;
		per_cpu(icmp_sk, i) = sk;
	}
	if (ctl_sock_create(&tcp_ctl_sk, 2))
		return -1;
	return 0;
}

void icmp_reinit(int cpu)
{
	per_cpu(icmp_sk, cpu) = user_sock_create(2);
	tcp_ctl_sk = user_sock_create(2);
}

static void append_data(struct sock *sk, int len)
{
	void *p = kmalloc(len, sk->sk_allocation);

	kfree(p);
}

static inline struct sock *icmp_xmit_lock(int ready)
{
	struct sock *sk = this_cpu_read(icmp_sk);

	if (!ready)
		return NULL;
	spin_lock(&sk->slock);
	return sk;
}

void icmp_send(int len)
{
	struct sock *sk;

	local_bh_disable();
	sk = icmp_xmit_lock(len > 0);
	if (sk) {
		append_data(sk, len);
		spin_unlock(&sk->slock);
	}
	local_bh_enable();
}

void tcp_send_reset(int len)
{
	spin_lock(&lock);
	append_data(tcp_ctl_sk, len);
	spin_unlock(&lock);
}
/*
 * check-name: an object kept in a global pointer whose creator allowed blocking
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/global-object.c:102:17: warning: call to 'append_data' may sleep with spinlock held, bottom halves disabled [-Wsleep-in-atomic]
testcases/gfp/global-object.c:99:9: note: atomic context begins here, at 'local_bh_disable' in 'icmp_send'
testcases/gfp/global-object.c:102:17: note: 'icmp_send' calls 'append_data' with GFP flags not known to forbid blocking
testcases/gfp/global-object.c:80:19: note: 'append_data' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
testcases/gfp/global-object.c:111:9: warning: call to 'append_data' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/global-object.c:110:9: note: atomic context begins here, at '_raw_spin_lock' in 'tcp_send_reset'
testcases/gfp/global-object.c:111:9: note: 'tcp_send_reset' calls 'append_data' with GFP flags not known to forbid blocking
testcases/gfp/global-object.c:80:19: note: 'append_data' calls '__kmalloc' through inline 'kmalloc' passing on its caller's GFP flags, which may sleep
 * check-output-end
 */
