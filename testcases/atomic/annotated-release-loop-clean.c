#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * fs/dcache.c's dput() (dcache.c:898-919) in miniature: a loop that
 * takes a node's lock and hands the node to node_kill(), annotated
 * __releases() of that lock, which returns the parent to put next.  Its
 * body drops the lock on every path, but through a helper that drops
 * the parent's lock only when there is a parent (__dentry_kill(),
 * dcache.c:609): counted by the body alone, the path that took the
 * parent's lock keeps one lock, and the loop seemed to sleep with it.
 * The annotation is a floor on what the callee releases.  The lock is a
 * member of an unnamed struct (struct lockref's lock, behind
 * dentry->d_lock, is in an unnamed struct of an unnamed union), found by
 * both front ends.
 *
 * node_move() is fs/fs-writeback.c's locked_inode_to_wb_and_lock_list()
 * (fs-writeback.c:331-334): it drops one lock and returns holding
 * another, named through a variable no annotation can see
 * (`__acquires(&l->lock)`), so its __releases() says nothing of the
 * whole and its body counts: the caller drops the lock it returns with
 * before it sleeps.
 */
struct ref {
	struct {
		spinlock_t lock;
		int count;
	};
};

struct node {
	struct ref r;
	struct node *parent;
};

struct list {
	spinlock_t lock;
	int n;
};

struct list *list_of(struct node *n);

/* like __dentry_kill(): the parent's lock is dropped only if there is one */
static void node_free(struct node *n, struct node *parent)
{
	if (parent)
		spin_unlock(&parent->r.lock);
	spin_unlock(&n->r.lock);
}

static struct node *node_kill(struct node *n)
	__releases(&n->r.lock)
{
	struct node *parent = NULL;

	if (n->parent != n) {
		parent = n->parent;
		if (!spin_trylock(&parent->r.lock)) {
			spin_unlock(&n->r.lock);
			return NULL;
		}
	}
	node_free(n, parent);
	return parent;
}

void node_put(struct node *n)
{
	do {
		msleep(1);
		spin_lock(&n->r.lock);
		if (--n->r.count) {
			spin_unlock(&n->r.lock);
			return;
		}
		n = node_kill(n);
	} while (n);
}

static struct list *node_move(struct node *n)
	__releases(&n->r.lock)
	__acquires(&l->lock)
{
	struct list *l = list_of(n);

	spin_unlock(&n->r.lock);
	spin_lock(&l->lock);
	return l;
}

void node_requeue(struct node *n)
{
	struct list *l;

	spin_lock(&n->r.lock);
	l = node_move(n);
	l->n++;
	spin_unlock(&l->lock);
	msleep(1);
}
/*
 * check-name: a callee annotated __releases() of the lock a loop takes drops it, whatever its body shows
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
