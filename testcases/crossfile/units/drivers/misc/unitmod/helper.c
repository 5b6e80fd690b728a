#include <linux/sched.h>

/* the module's own drv_helper(), with the name of vmlinux's; it sleeps */
void drv_helper(void)
{
	msleep(1);
}
