#include <linux/sched.h>

/* a static helper with the name of the one in a.c, which sleeps */
static void helper(void)
{
	msleep(1);
}

void b_entry(void)
{
	helper();
}
