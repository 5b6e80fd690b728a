#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void incremental(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: re-checking a changed file replaces its facts; other files keep theirs
 * check-exit-value: 0
 * check-command: top=$PWD; cp $file $tmp/x.c && cp testcases/atomic/irqsave-msleep.c $tmp/y.c && cd $tmp && sleepcheck --no-local-report -I$top/testcases/include x.c y.c && sed -i "s/incremental/renamed/; s/msleep(1);//" x.c && sleepcheck --no-local-report -I$top/testcases/include x.c && sleepcheck report; echo "report exit $?"; sqlite3 sleepcheck.db "select name from func order by name"
 *
 * check-output-start
y.c:9:9: warning: call to 'msleep' may sleep with interrupts disabled [-Wsleep-in-atomic]
y.c:8:9: note: atomic context begins here, at 'arch_local_irq_save' in 'irqsave_msleep'
y.c:9:9: note: 'irqsave_msleep' calls 'msleep', which may sleep
report exit 1
irqsave_msleep
renamed
 * check-output-end
 */
