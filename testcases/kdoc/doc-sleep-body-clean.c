/*
 * The twin with a body: this database has a definition of
 * i2c_new_client_device() that does not sleep, so the kernel-doc rule
 * (doc-sleep) does not apply: a body keeps its computed summary.
 */
#include <linux/spinlock.h>

struct i2c_adapter;
struct i2c_client { int addr; };
struct i2c_board_info { int addr; };

/* the body is in the database: its computed summary (no sleep) wins */
struct i2c_client *i2c_new_client_device(struct i2c_adapter *adap,
					 const struct i2c_board_info *info)
{
	static struct i2c_client one;

	one.addr = info->addr;
	return &one;
}

static spinlock_t mod_lock;
struct i2c_client *mod_client;

void mod_attach(struct i2c_adapter *adap, const struct i2c_board_info *info)
{
	spin_lock(&mod_lock);
	mod_client = i2c_new_client_device(adap, info);
	spin_unlock(&mod_lock);
}
/*
 * check-name: kernel-doc: the twin: a definition that does not sleep wins over the documented sleep
 * check-exit-value: 0
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
