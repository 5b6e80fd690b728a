#include <linux/slab.h>

/* the global helper that c.c calls */
void helper(void)
{
	kfree(kmalloc(4, GFP_KERNEL));
}
