/*
 * The twin on another kernel: the kdoc-6.1 and kdoc-6.12 rules are
 * guarded by `version`, so checked as Linux 5.10 neither applies.
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
	spin_lock(&mod_lock);
	mod_client = i2c_new_client_device(adap, info);
	spin_unlock(&mod_lock);
}
/*
 * check-name: kernel-doc: the twin: another kernel version, whose rules are not shipped
 * check-exit-value: 0
 * check-command: export SLEEPCHECK_KERNEL_VERSION=5.10; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
