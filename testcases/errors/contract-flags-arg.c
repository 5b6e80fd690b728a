#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

/*
 * Rules checked against the code: an atomic-ok-if contract names an
 * integer flags argument by its number.  Where that argument is the gfp
 * flags, or past the last one passed, the report says so at the rule's
 * line, naming a call, and exits 2; the twin rule (the right number) is
 * quiet.
 */
struct device;
int dev_queue_op(struct device *dev, gfp_t gfp, int flags);

void contract_flags_arg(struct device *dev)
{
	spin_lock(&lock);
	dev_queue_op(dev, GFP_NOWAIT, 1);
	spin_unlock(&lock);
}
/*
 * check-name: an atomic-ok-if contract whose argument is not integer flags is an error at the rule
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && for n in 2 4 3; do mkdir $tmp/r$n && cp rules/*.rules $tmp/r$n && printf 'contract atomic-ok-if dev_queue_op %s 0x1\n' $n > $tmp/r$n/zz.rules && sleepcheck report --rules=$tmp/r$n 2>&1 | sed "s|$tmp/||"; echo "argument $n: exit ${PIPESTATUS[0]}"; done
 *
 * check-output-start
r2/zz.rules:1:1: error: argument 2 of 'dev_queue_op' is not integer flags: the call at testcases/errors/contract-flags-arg.c:19:9 passes gfp flags there
argument 2: exit 2
r4/zz.rules:1:1: error: 'dev_queue_op' has no argument 4: the call at testcases/errors/contract-flags-arg.c:19:9 passes 3
argument 4: exit 2
argument 3: exit 0
 * check-output-end
 */
