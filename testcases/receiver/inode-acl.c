/*
 * inode-acl-clean.c with kn_iops's own get_acl, which allocates with
 * GFP_KERNEL: the table kn_permission() is reached through holds it, so
 * its call under the spinlock may sleep.
 */
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/slab.h>

struct inode;
struct inode_operations {
	int (*permission)(int ns, struct inode *inode, int mask);
	void *(*get_acl)(struct inode *inode, int type);
};

struct inode {
	const struct inode_operations *i_op;
	spinlock_t i_lock;
	int i_mode;
	union {
		const unsigned int i_nlink;
		unsigned int __i_nlink;
	};
};

/* a store into a member of an anonymous union: no store of i_op (as
 * fs/inode.c:375 set_nlink()) */
void set_nlink(struct inode *inode, unsigned int nlink)
{
	inode->__i_nlink = nlink;
}

void *get_acl(struct inode *inode, int type)
{
	if (!inode->i_op->get_acl)
		return NULL;
	return inode->i_op->get_acl(inode, type);
}

int generic_permission(int ns, struct inode *inode, int mask)
{
	if (inode->i_mode & 0x38)
		return get_acl(inode, 1) ? 1 : 0;
	return 0;
}

static int do_inode_permission(int ns, struct inode *inode, int mask)
{
	int ret;

	if (inode->i_op->permission)
		ret = inode->i_op->permission(ns, inode, mask);
	else
		ret = generic_permission(ns, inode, mask);
	return ret;
}

int inode_permission(int ns, struct inode *inode, int mask)
{
	int ret = do_inode_permission(ns, inode, mask);

	return ret;
}

static void *ext_get_acl(struct inode *inode, int type)
{
	return kmalloc(16, GFP_KERNEL);
}

static const struct inode_operations ext_iops = {
	.get_acl = ext_get_acl,
};

int kn_permission(int ns, struct inode *inode, int mask)
{
	int ret;

	spin_lock(&inode->i_lock);
	set_nlink(inode, 2);
	ret = generic_permission(ns, inode, mask);
	spin_unlock(&inode->i_lock);
	return ret;
}

static void *kn_get_acl(struct inode *inode, int type)
{
	return kmalloc(16, GFP_KERNEL);
}

static const struct inode_operations kn_iops = {
	.permission = kn_permission,
	.get_acl = kn_get_acl,
};

static const struct inode_operations kn_dir_iops = {
	.permission = kn_permission,
};

void ext_init(struct inode *inode)
{
	inode->i_op = &ext_iops;
}

void kn_init(struct inode *inode, int dir)
{
	inode->i_op = dir ? &kn_dir_iops : &kn_iops;
}
/*
 * check-name: the table the function is reached through has the sleeping member
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/receiver/inode-acl.c:80:15: warning: call to 'generic_permission' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/receiver/inode-acl.c:78:9: note: atomic context begins here, at '_raw_spin_lock' in 'kn_permission'
testcases/receiver/inode-acl.c:80:15: note: 'kn_permission' calls 'generic_permission'
testcases/receiver/inode-acl.c:43:24: note: 'generic_permission' calls 'get_acl' on a path taken only when its field 'i_mode' of what argument 2 points to has a bit of 0x38 set
testcases/receiver/inode-acl.c:37:16: note: 'get_acl' calls 'kn_get_acl' via 'struct inode_operations'.get_acl = kn_get_acl at testcases/receiver/inode-acl.c:92:20 on a path taken only when its function pointer 'struct inode_operations.get_acl' is set
testcases/receiver/inode-acl.c:87:16: note: 'kn_get_acl' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
