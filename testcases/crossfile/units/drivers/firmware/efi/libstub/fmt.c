#include <linux/sched.h>

/* the EFI stub's own copy, linked into the boot image (a link-unit rule),
 * not into vmlinux; it sleeps here to show which copy a call reaches */
void fmt_msg(void)
{
	msleep(1);
}
