/*
 * A module checked alone: i2c_new_client_device() is not in its database,
 * and Linux 6.1's kernel-doc says "Context: can sleep" (rules/kdoc-6.1.rules):
 * called outside the lock, it is not.
 */
#include <linux/spinlock.h>

struct i2c_adapter;
struct i2c_board_info;
struct i2c_client;
struct i2c_client *i2c_new_client_device(struct i2c_adapter *adap,
					 const struct i2c_board_info *info);

static spinlock_t mod_lock;
struct i2c_client *mod_client;

void mod_attach(struct i2c_adapter *adap, const struct i2c_board_info *info)
{
	struct i2c_client *c = i2c_new_client_device(adap, info);

	spin_lock(&mod_lock);
	mod_client = c;
	spin_unlock(&mod_lock);
}
/*
 * check-name: kernel-doc: the twin: the function documented "can sleep" called before the spinlock is taken
 * check-exit-value: 0
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
