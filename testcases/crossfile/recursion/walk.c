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
		schedule();
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
 * check-name: mutual recursion reaches a sleep
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/crossfile/recursion/walk.c:29:9: warning: call to 'walk_right' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/crossfile/recursion/walk.c:28:9: note: atomic context begins here, at '_raw_spin_lock' in 'walk'
testcases/crossfile/recursion/walk.c:29:9: note: 'walk' calls 'walk_right'
testcases/crossfile/recursion/walk.c:22:9: note: 'walk_right' calls 'walk_left' on a path taken only when its argument 1 is non-zero
testcases/crossfile/recursion/walk.c:15:17: note: 'walk_left' calls 'schedule' on a path taken only when its argument 1 is non-zero, which may sleep
 * check-output-end
 */
