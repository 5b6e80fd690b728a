#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

/*
 * Rules checked against the code: a rule that names the gfp argument by
 * its number is wrong where the function takes its gfp_t elsewhere (as
 * Linux 6.1's idr_alloc(), whose gfp is the fifth argument).  The report
 * says so at the rule's line, naming a call, and exits 2; the twin rule
 * (the right number) is quiet.  The same for an irqs-off-ok contract.
 */
struct idr;
int idr_get_slot(struct idr *idr, void *ptr, int start, int end, gfp_t gfp);

void rule_arg(struct idr *idr, void *p)
{
	spin_lock(&lock);
	idr_get_slot(idr, p, 0, 16, GFP_NOWAIT);
	spin_unlock(&lock);
}
/*
 * check-name: a sleep-if-gfp rule whose argument is not the gfp_t is an error at the rule
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && mkdir $tmp/bad $tmp/good && cp rules/*.rules $tmp/bad && cp rules/*.rules $tmp/good && printf 'sleep-if-gfp idr_get_slot 4\n' > $tmp/bad/zz.rules && printf 'sleep-if-gfp idr_get_slot 5\n' > $tmp/good/zz.rules && sleepcheck report --rules=$tmp/bad 2>&1 | sed "s|$tmp/||"; echo "exit ${PIPESTATUS[0]}"; sleepcheck report --rules=$tmp/good; echo "exit $?"; mkdir $tmp/ct && cp rules/*.rules $tmp/ct && printf 'contract irqs-off-ok idr_get_slot 4\n' > $tmp/ct/zz.rules && sleepcheck report --rules=$tmp/ct 2>&1 >/dev/null | sed "s|$tmp/||"; echo "contract exit ${PIPESTATUS[0]}"
 *
 * check-output-start
bad/zz.rules:1:1: error: argument 4 of 'idr_get_slot' is not a gfp_t: the call at testcases/errors/rule-arg.c:19:9 passes gfp flags as argument 5
testcases/errors/rule-arg.c:19:9: warning: call to 'idr_get_slot' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/errors/rule-arg.c:18:9: note: atomic context begins here, at '_raw_spin_lock' in 'rule_arg'
testcases/errors/rule-arg.c:19:9: note: 'rule_arg' calls 'idr_get_slot' with GFP flags not known to forbid blocking, which may sleep
exit 2
exit 0
ct/zz.rules:1:1: error: argument 4 of 'idr_get_slot' is not a gfp_t: the call at testcases/errors/rule-arg.c:19:9 passes gfp flags as argument 5
contract exit 2
 * check-output-end
 */
