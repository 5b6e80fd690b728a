/*
 * The JSON report names the rule, whose comment quotes the kernel-doc
 * statement it was mined from (file:line in the kernel tree).
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
 * check-name: kernel-doc, JSON: a function documented "can sleep", with no body in the database, called under a spinlock
 * check-exit-value: 1
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report --format=json
 *
 * check-output-start
{"tool": "sleepcheck", "format": 1,
  "findings": [
    {"rule": "sleep-in-atomic", "level": "warning", "message": "call to 'i2c_new_client_device' may sleep with spinlock held",
     "fingerprint": "6155be22e581d79d:0", "baselined": false,
     "atomic": {"function": "mod_attach", "kinds": ["spin"], "begins": {"file": "testcases/kdoc/doc-sleep-json.c", "line": 18, "column": 9, "primitive": "_raw_spin_lock"}, "call": {"file": "testcases/kdoc/doc-sleep-json.c", "line": 19, "column": 22}},
     "sleep": {"function": "mod_attach", "calls": "i2c_new_client_device", "file": "testcases/kdoc/doc-sleep-json.c", "line": 19, "column": 22, "rule": {"file": "rules/kdoc-6.1.rules", "line": 193, "column": 1}},
     "chain": [
       {"function": "mod_attach", "calls": "i2c_new_client_device", "file": "testcases/kdoc/doc-sleep-json.c", "line": 19, "column": 22, "resolved": "direct"}
     ]}
  ],
  "summary": {"new": 1, "baselined": 0, "suppressed": 0, "indirect_calls": 0, "unresolved": 0}
}
 * check-output-end
 */
