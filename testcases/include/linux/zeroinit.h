/* a core struct for testcases/fields/zero-partial.c: defined outside
 * the directory of the files checked with it */
#ifndef _LINUX_ZEROINIT_H
#define _LINUX_ZEROINIT_H
#include <linux/spinlock.h>

struct core_ctl {
	int order;
	bool contig;
	spinlock_t *lock;
};
#endif
