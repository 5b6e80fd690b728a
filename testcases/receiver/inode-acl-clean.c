/*
 * Receiver typing (solve/receiver.c), as kernfs_iop_permission()
 * (fs/kernfs/inode.c:277) calls generic_permission() under the inode's
 * spinlock: kn_permission() is bound only in the initializers of
 * kn_iops and kn_dir_iops, as .permission, and the only call through
 * .permission passes the inode whose i_op it was loaded from
 * (do_inode_permission(), fs/namei.c:461), so inside it inode->i_op is
 * one of those tables, neither of which has a get_acl: get_acl()'s
 * call through inode->i_op->get_acl reaches nothing sleeping from
 * there (ext_get_acl() is ext_iops's).  set_nlink(), called before with
 * the inode, stores into a member of an anonymous union, not into i_op,
 * as kernfs_refresh_inode()'s set_nlink() (fs/kernfs/inode.c:184).
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

static const struct inode_operations kn_iops = {
	.permission = kn_permission,
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
 * check-name: a function reached only as its tables' entry, with the receiver passed, sees only those tables' members
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
