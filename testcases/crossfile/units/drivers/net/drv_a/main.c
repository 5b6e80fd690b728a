#include "adapter.h"

static void a_reset(struct adapter *ad)
{
}

struct adapter a_adapter = {
	.reset = a_reset,
};
/*
 * check-name: a dispatch through one driver's struct never reaches another driver's struct with the same tag
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file testcases/crossfile/units/drivers/net/drv_a/kick.c testcases/crossfile/units/drivers/net/drv_b/main.c && sleepcheck report
 *
 */
