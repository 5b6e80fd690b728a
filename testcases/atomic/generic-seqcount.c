#include <linux/seqlock.h>
#include <linux/sched.h>

struct clock { seqcount_mutex_t seq; };

void clock_update(struct clock *c)
{
	write_seqcount_begin(&c->seq);
	msleep(1);
	write_seqcount_end(&c->seq);
}
/*
 * check-name: _Generic picks the seqcount variant that disables preemption
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/generic-seqcount.c:9:9: warning: call to 'msleep' may sleep with preemption disabled [-Wsleep-in-atomic]
testcases/atomic/generic-seqcount.c:8:9: note: atomic context begins here, at '__preempt_count_add' in 'clock_update'
testcases/atomic/generic-seqcount.c:9:9: note: 'clock_update' calls 'msleep', which may sleep
 * check-output-end
 */
