#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;
struct node { struct node *left, *right; int busy; };

static void walk_right(struct node *n);

static void walk_left(struct node *n)
{
	if (!n)
		return;
	walk_right(n->left);
	if (n->busy)
		n->busy = 0;
}

static void walk_right(struct node *n)
{
	if (!n)
		return;
	walk_left(n->right);
	walk_right(n->left);
}

void walk(struct node *root)
{
	spin_lock(&lock);
	walk_right(root);
	spin_unlock(&lock);
}
/*
 * check-name: mutual recursion without a sleep is clean
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
