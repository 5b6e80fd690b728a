#include <linux/sched.h>
#include "adapter.h"

static void b_reset(struct adapter *ad)
{
	msleep(1);
}

struct adapter b_adapter = {
	.reset = b_reset,
};

/* driver b calls its own reset without a lock */
void b_kick(struct adapter *ad)
{
	ad->reset(ad);
}
/*
 * check-name: a dispatch through one driver's struct never reaches another driver's struct with the same tag (libclang)
 * check-exit-value: 0
 * check-command: sleepcheck clang-check -Itestcases/include testcases/crossfile/units/drivers/net/drv_a/main.c testcases/crossfile/units/drivers/net/drv_a/kick.c $file && sleepcheck report
 *
 */
