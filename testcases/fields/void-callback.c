#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>

/*
 * The twin of void-callback-clean.c where the struct's bytes are written
 * through a void * after all: memcpy() with the struct's pointer as its
 * destination (a), a function whose void * parameter goes on to memcpy()
 * rather than to a struct pointer (b), a byte written through a char *
 * made from the struct's pointer (c), and memcpy() from a struct of
 * another type (d); and (e) a callback that sets CAP_RPM through its
 * void * converted back, `((struct e_port *)param)->capabilities |=`, a
 * store as any other.  Each struct's only store
 * leaves CAP_RPM clear, yet the test of it is not decided and each sleep
 * is reported.
 */
#define CAP_FIFO	(1 << 8)
#define CAP_RPM		(1 << 15)

spinlock_t port_lock;

struct dma_desc {
	void (*callback)(void *param);
	void *callback_param;
};

struct a_port { unsigned int capabilities; };
struct b_port { unsigned int capabilities; };
struct c_port { unsigned int capabilities; };
struct d_port { unsigned int capabilities; };
struct d_saved { unsigned int caps, pad; };
struct e_port { unsigned int capabilities; };

static void restore(void *dst, const void *saved)
{
	memcpy(dst, saved, 4);
}

static void rx_complete(void *param)
{
	struct a_port *p = param;

	p->capabilities = CAP_FIFO;
}

void rx_start(struct dma_desc *desc, struct a_port *a, struct b_port *b, struct c_port *c,
	      const void *saved)
{
	desc->callback = rx_complete;
	desc->callback_param = a;
	memcpy(a, saved, sizeof(*a));
	b->capabilities = CAP_FIFO;
	restore(b, saved);
	c->capabilities = CAP_FIFO;
	((unsigned char *)c)[1] = 0x80;
}

static void e_complete(void *param)
{
	((struct e_port *)param)->capabilities |= CAP_RPM;
}

void e_start(struct dma_desc *desc, struct e_port *e)
{
	e->capabilities = CAP_FIFO;
	desc->callback = e_complete;
	desc->callback_param = e;
}

void d_restore(struct d_port *d, const struct d_saved *s)
{
	d->capabilities = CAP_FIFO;
	memcpy(d, s, sizeof(*d));
}

static void a_get(struct a_port *p) { if (p->capabilities & CAP_RPM) msleep(1); }
static void b_get(struct b_port *p) { if (p->capabilities & CAP_RPM) msleep(1); }
static void c_get(struct c_port *p) { if (p->capabilities & CAP_RPM) msleep(1); }
static void d_get(struct d_port *p) { if (p->capabilities & CAP_RPM) msleep(1); }
static void e_get(struct e_port *p) { if (p->capabilities & CAP_RPM) msleep(1); }

void rx_flush(struct a_port *a, struct b_port *b, struct c_port *c, struct d_port *d,
	      struct e_port *e)
{
	spin_lock(&port_lock);
	a_get(a);
	b_get(b);
	c_get(c);
	d_get(d);
	e_get(e);
	spin_unlock(&port_lock);
}
/*
 * check-name: a struct pointer passed as memcpy()'s destination, to a void * parameter that memcpy() writes, or made a char *, or memcpy() from another struct type, or a callback's store through its void * converted back, keeps the sleeps behind a test of its field
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/void-callback.c:86:9: warning: call to 'a_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/void-callback.c:85:9: note: atomic context begins here, at '_raw_spin_lock' in 'rx_flush'
testcases/fields/void-callback.c:86:9: note: 'rx_flush' calls 'a_get'
testcases/fields/void-callback.c:76:70: note: 'a_get' calls 'msleep' on a path taken only when its field 'capabilities' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/void-callback.c:87:9: warning: call to 'b_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/void-callback.c:85:9: note: atomic context begins here, at '_raw_spin_lock' in 'rx_flush'
testcases/fields/void-callback.c:87:9: note: 'rx_flush' calls 'b_get'
testcases/fields/void-callback.c:77:70: note: 'b_get' calls 'msleep' on a path taken only when its field 'capabilities' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/void-callback.c:88:9: warning: call to 'c_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/void-callback.c:85:9: note: atomic context begins here, at '_raw_spin_lock' in 'rx_flush'
testcases/fields/void-callback.c:88:9: note: 'rx_flush' calls 'c_get'
testcases/fields/void-callback.c:78:70: note: 'c_get' calls 'msleep' on a path taken only when its field 'capabilities' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/void-callback.c:89:9: warning: call to 'd_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/void-callback.c:85:9: note: atomic context begins here, at '_raw_spin_lock' in 'rx_flush'
testcases/fields/void-callback.c:89:9: note: 'rx_flush' calls 'd_get'
testcases/fields/void-callback.c:79:70: note: 'd_get' calls 'msleep' on a path taken only when its field 'capabilities' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/void-callback.c:90:9: warning: call to 'e_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/void-callback.c:85:9: note: atomic context begins here, at '_raw_spin_lock' in 'rx_flush'
testcases/fields/void-callback.c:90:9: note: 'rx_flush' calls 'e_get'
testcases/fields/void-callback.c:80:70: note: 'e_get' calls 'msleep' on a path taken only when its field 'capabilities' of what argument 1 points to has a bit of 0x8000 set, which may sleep
 * check-output-end
 */
