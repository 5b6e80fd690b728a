#include <linux/seqlock.h>
#include <linux/sched.h>

struct clock { seqcount_t seq; };

void clock_update(struct clock *c)
{
	write_seqcount_begin(&c->seq);
	msleep(1);
	write_seqcount_end(&c->seq);
}
/*
 * check-name: _Generic picks no preemption change for another type
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
