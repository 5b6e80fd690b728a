#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>
#include "uapi/h_abi.h"

/*
 * Structs whose bytes are written wholesale, not field by field: each
 * has one store of its flags field that never sets F_SLOW, yet a test of
 * F_SLOW is not decided, and the sleep behind it is reported.  The bytes
 * come from memcpy() (ext4/md superblocks read from disk), a byte buffer
 * (a network header at skb->data), a byte written through a char * made
 * from the struct's pointer, a linker table the
 * assembler fills (lib/bug.c's __start___bug_table[]), a copy of a whole
 * struct around this one, a packed struct, one with a little-endian
 * member (an on-disk layout), one of the user ABI (include/uapi/), the
 * void * a call other than an allocator returns (kmemdup()), a
 * function with a void * parameter the rules say nothing of, and a
 * pointer to another struct that is not at its start (struct sockaddr
 * over struct sockaddr_in, written through the other's fields).
 */
#define F_FAST	0x1
#define F_SLOW	0x8000

#ifdef __CHECKER__
#define __bitwise __attribute__((bitwise))
#else
#define __bitwise
#endif
typedef unsigned int __bitwise __le32;

spinlock_t big_lock;

struct a_dev { unsigned int flags; };
struct b_hdr { unsigned int flags; };
struct c_cfg { unsigned int flags; };
struct d_entry { unsigned int flags; };
struct e_inner { unsigned int flags; };
struct e_outer { int id; struct e_inner in[2]; };
struct f_pkt { unsigned char type; unsigned int flags; } __attribute__((packed));
struct g_disk { __le32 magic; unsigned int flags; };
struct i_tab { unsigned int flags; };
struct j_obj { unsigned int flags; };
struct k_obj { int id; unsigned int flags; };
struct k_view { int a, b; };

extern struct d_entry __start_d_table[];
void *dup_bytes(const void *src, unsigned long len);
void hand_over(void *obj);

void fill(struct a_dev *a, const void *disk, struct e_outer *o, const unsigned char *data,
	  struct c_cfg **cp, void *arg, struct i_tab **tp, struct j_obj *j)
{
	memcpy(a, disk, sizeof(*a));
	memcpy(o, disk, sizeof(*o));
	((unsigned char *)*cp)[1] = arg ? 0x80 : 0;
	*tp = dup_bytes(disk, sizeof(struct i_tab));
	hand_over(j);
	if (((const struct b_hdr *)data)->flags & F_FAST)
		return;
}

void k_fill(struct k_obj *k)
{
	struct k_view *v = (struct k_view *)k;

	k->flags = F_FAST;
	v->b = -1;
}

static void a_get(struct a_dev *p) { if (p->flags & F_SLOW) msleep(1); }
static void b_get(struct b_hdr *p) { if (p->flags & F_SLOW) msleep(1); }
static void c_get(struct c_cfg *p) { if (p->flags & F_SLOW) msleep(1); }
static void d_get(struct d_entry *p) { if (p->flags & F_SLOW) msleep(1); }
static void e_get(struct e_inner *p) { if (p->flags & F_SLOW) msleep(1); }
static void f_get(struct f_pkt *p) { if (p->flags & F_SLOW) msleep(1); }
static void g_get(struct g_disk *p) { if (p->flags & F_SLOW) msleep(1); }
static void h_get(struct h_abi *p) { if (p->flags & F_SLOW) msleep(1); }
static void i_get(struct i_tab *p) { if (p->flags & F_SLOW) msleep(1); }
static void j_get(struct j_obj *p) { if (p->flags & F_SLOW) msleep(1); }
static void k_get(struct k_obj *p) { if (p->flags & F_SLOW) msleep(1); }

void set_all(struct a_dev *a, struct b_hdr *b, struct c_cfg *c, struct d_entry *d,
	     struct e_inner *e, struct f_pkt *f, struct g_disk *g, struct h_abi *h,
	     struct i_tab *i, struct j_obj *j)
{
	a->flags = F_FAST;
	b->flags = F_FAST;
	c->flags = F_FAST;
	d->flags = F_FAST;
	e->flags = F_FAST;
	f->flags = F_FAST;
	g->flags = F_FAST;
	h->flags = F_FAST;
	i->flags = F_FAST;
	j->flags = F_FAST;
}

void use_all(struct a_dev *a, struct b_hdr *b, struct c_cfg *c, struct e_inner *e,
	     struct f_pkt *f, struct g_disk *g, struct h_abi *h, struct i_tab *i,
	     struct j_obj *j, struct k_obj *k)
{
	spin_lock(&big_lock);
	a_get(a);
	b_get(b);
	c_get(c);
	d_get(&__start_d_table[0]);
	e_get(e);
	f_get(f);
	g_get(g);
	h_get(h);
	i_get(i);
	j_get(j);
	k_get(k);
	spin_unlock(&big_lock);
}
/*
 * check-name: a struct written wholesale (memcpy, a byte buffer, a char * made from it, a linker table, a struct around it, packed, little-endian, user ABI, a copying call, a void * parameter, another struct's pointer) keeps the sleeps behind a test of its field
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/wholesale.c:103:9: warning: call to 'a_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:103:9: note: 'use_all' calls 'a_get'
testcases/fields/wholesale.c:70:61: note: 'a_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/wholesale.c:104:9: warning: call to 'b_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:104:9: note: 'use_all' calls 'b_get'
testcases/fields/wholesale.c:71:61: note: 'b_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/wholesale.c:105:9: warning: call to 'c_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:105:9: note: 'use_all' calls 'c_get'
testcases/fields/wholesale.c:72:61: note: 'c_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/wholesale.c:106:9: warning: call to 'd_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:106:9: note: 'use_all' calls 'd_get'
testcases/fields/wholesale.c:73:63: note: 'd_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/wholesale.c:107:9: warning: call to 'e_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:107:9: note: 'use_all' calls 'e_get'
testcases/fields/wholesale.c:74:63: note: 'e_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/wholesale.c:108:9: warning: call to 'f_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:108:9: note: 'use_all' calls 'f_get'
testcases/fields/wholesale.c:75:61: note: 'f_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/wholesale.c:109:9: warning: call to 'g_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:109:9: note: 'use_all' calls 'g_get'
testcases/fields/wholesale.c:76:62: note: 'g_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/wholesale.c:110:9: warning: call to 'h_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:110:9: note: 'use_all' calls 'h_get'
testcases/fields/wholesale.c:77:61: note: 'h_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/wholesale.c:111:9: warning: call to 'i_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:111:9: note: 'use_all' calls 'i_get'
testcases/fields/wholesale.c:78:61: note: 'i_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/wholesale.c:112:9: warning: call to 'j_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:112:9: note: 'use_all' calls 'j_get'
testcases/fields/wholesale.c:79:61: note: 'j_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
testcases/fields/wholesale.c:113:9: warning: call to 'k_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/wholesale.c:102:9: note: atomic context begins here, at '_raw_spin_lock' in 'use_all'
testcases/fields/wholesale.c:113:9: note: 'use_all' calls 'k_get'
testcases/fields/wholesale.c:80:61: note: 'k_get' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x8000 set, which may sleep
 * check-output-end
 */
