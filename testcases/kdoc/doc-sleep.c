/*
 * A module checked alone: i2c_new_client_device() is not in its database,
 * and Linux 6.1's kernel-doc says "Context: can sleep" (rules/kdoc-6.1.rules):
 * called under a spinlock, it is reported.
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
 * check-name: kernel-doc: a function documented "can sleep", with no body in the database, called under a spinlock
 * check-exit-value: 1
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/kdoc/doc-sleep.c:20:22: warning: call to 'i2c_new_client_device' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/kdoc/doc-sleep.c:19:9: note: atomic context begins here, at '_raw_spin_lock' in 'mod_attach'
testcases/kdoc/doc-sleep.c:20:22: note: 'mod_attach' calls 'i2c_new_client_device', which may sleep
 * check-output-end
 */
