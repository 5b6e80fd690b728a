/*
 * The same on Linux 6.12: rules/kdoc-6.12.rules says it too.
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
 * check-name: kernel-doc: on 6.12, a function documented "can sleep", with no body in the database, called under a spinlock
 * check-exit-value: 1
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.12.117; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/kdoc/doc-sleep-612.c:18:22: warning: call to 'i2c_new_client_device' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/kdoc/doc-sleep-612.c:17:9: note: atomic context begins here, at '_raw_spin_lock' in 'mod_attach'
testcases/kdoc/doc-sleep-612.c:18:22: note: 'mod_attach' calls 'i2c_new_client_device', which may sleep
 * check-output-end
 */
