#ifndef _STUB_SCHED_H
#define _STUB_SCHED_H
/* include/linux/kernel.h with CONFIG_DEBUG_ATOMIC_SLEEP */
void __might_sleep(const char *file, int line);
#define might_sleep()		do { __might_sleep(__FILE__, __LINE__); } while (0)
#define might_sleep_if(cond)	do { if (cond) might_sleep(); } while (0)
void schedule(void);
long schedule_timeout(long timeout);
void msleep(unsigned int msecs);
void udelay(unsigned long usecs);	/* busy-waits */
#endif
