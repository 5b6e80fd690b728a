#ifndef _STUB_TIMER_H
#define _STUB_TIMER_H
#include <linux/kernel.h>
struct timer_list {
	unsigned long expires;
	void (*function)(struct timer_list *);
	unsigned int flags;
};
/* kernel/time/timer.c */
void init_timer_key(struct timer_list *timer,
		    void (*func)(struct timer_list *), unsigned int flags,
		    const char *name, void *key);
#define timer_setup(timer, callback, flags) \
	init_timer_key((timer), (callback), (flags), #timer, NULL)
#define from_timer(var, callback_timer, timer_fieldname) \
	container_of(callback_timer, __typeof__(*var), timer_fieldname)
int mod_timer(struct timer_list *timer, unsigned long expires);
#endif
