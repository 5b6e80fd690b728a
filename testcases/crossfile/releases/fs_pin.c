#include <linux/rcupdate.h>
#include <linux/sched.h>
#include "pin.h"

/* fs/fs_pin.c:30-68: the RCU read lock its caller took is dropped on
 * every path, before the kill callback (which may sleep) */
void pin_kill(struct fs_pin *p)
{
	if (!p) {
		rcu_read_unlock();
		return;
	}
	if (!p->done) {
		p->done = -1;
		rcu_read_unlock();
		p->kill(p);
		return;
	}
	rcu_read_unlock();
	msleep(1);
}
