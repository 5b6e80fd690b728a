#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/kernel.h>

/*
 * The clean twin of wholesale.c: the structs are converted to and from
 * void * only where nothing writes their bytes, so the stores field by
 * field are all they hold and a test of F_SLOW, which none sets, never
 * holds: memory from an allocator (kzalloc(), rules/kernel-memory.rules),
 * memset() to zero, kfree(), an error pointer and IS_ERR(), container_of()
 * (include/linux/container_of.h:17), a pointer kept in a void * field,
 * a conversion between pointers to one struct, and one between a struct
 * and the struct at its start (include/net/inet_sock.h:307 inet_sk():
 * (struct inet_sock *)sk, whose first member is a struct sock).
 */
#define F_FAST	0x1
#define F_SLOW	0x8000

spinlock_t big_lock;

struct a_dev { unsigned int flags; };
struct b_dev { unsigned int flags; };
struct list { struct list *next; };
struct c_dev { struct list node; unsigned int flags; };
struct holder { void *priv; };
struct d_sock { unsigned int flags; };
struct d_inet { struct d_sock sk; unsigned int port; };

void *ERR_PTR(long error);
static inline int IS_ERR(const void *ptr)
{
	return (unsigned long)ptr >= (unsigned long)-4095;
}

struct a_dev *a_new(gfp_t gfp)
{
	struct a_dev *a = kzalloc(sizeof(*a), gfp);

	if (!a)
		return ERR_PTR(-12);
	a->flags = F_FAST;
	return a;
}

void a_free(struct a_dev *a)
{
	if (IS_ERR(a))
		return;
	memset(a, 0, sizeof(*a));
	kfree(a);
}

void b_keep(struct holder *h, struct b_dev *b)
{
	b->flags |= F_FAST;
	h->priv = b;
}

struct c_dev *c_of(struct list *l)
{
	return container_of(l, struct c_dev, node);
}

void c_set(struct c_dev *c, const struct c_dev *from)
{
	c->flags = ((struct c_dev *)from)->flags & ~F_SLOW;
}

struct d_inet *d_inet_of(struct d_sock *sk)
{
	return (struct d_inet *)sk;
}

void d_set(struct d_sock *sk)
{
	d_inet_of(sk)->sk.flags = F_FAST;
	((struct d_sock *)d_inet_of(sk))->flags |= F_FAST;
}

static void a_get(struct a_dev *p) { if (p->flags & F_SLOW) msleep(1); }
static void b_get(struct b_dev *p) { if (p->flags & F_SLOW) msleep(1); }
static void c_get(struct c_dev *p) { if (p->flags & F_SLOW) msleep(1); }
static void d_get(struct d_sock *p) { if (p->flags & F_SLOW) msleep(1); }

void use_all(struct a_dev *a, struct b_dev *b, struct list *l, struct d_sock *d)
{
	spin_lock(&big_lock);
	a_get(a);
	b_get(b);
	c_get(c_of(l));
	d_get(d);
	spin_unlock(&big_lock);
}
/*
 * check-name: a struct converted to and from void * only where nothing writes its bytes keeps the tests of its fields decided
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
