#include <linux/spinlock.h>
#include "adapter.h"

static spinlock_t b_lock;

/* driver b calls its own reset under a lock: b_reset() sleeps */
void b_kick_locked(struct adapter *ad)
{
	spin_lock(&b_lock);
	ad->reset(ad);
	spin_unlock(&b_lock);
}
/*
 * check-name: a dispatch under a lock through a driver's own struct reaches its sleeping callback
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include testcases/crossfile/units/drivers/net/drv_a/main.c testcases/crossfile/units/drivers/net/drv_a/kick.c testcases/crossfile/units/drivers/net/drv_b/main.c $file && sleepcheck report
 *
 * check-output-start
testcases/crossfile/units/drivers/net/drv_b/main.c:6:9: warning: call to 'msleep' may sleep in atomic context, in 'b_reset' [-Wsleep-in-atomic]
testcases/crossfile/units/drivers/net/drv_b/locked.c:10:9: note: 'b_reset' runs in atomic context: 'b_kick_locked' calls through 'struct adapter'.reset here with spinlock held
testcases/crossfile/units/drivers/net/drv_b/locked.c:9:9: note: atomic context begins here, at '_raw_spin_lock' in 'b_kick_locked'
testcases/crossfile/units/drivers/net/drv_b/main.c:10:18: note: 'b_reset' is bound to 'struct adapter.reset' here, in the initializer of 'b_adapter'
testcases/crossfile/units/drivers/net/drv_b/main.c:6:9: note: 'b_reset' calls 'msleep', which may sleep
 * check-output-end
 */
