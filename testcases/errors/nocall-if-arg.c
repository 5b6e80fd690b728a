#include <linux/slab.h>

/*
 * Rules checked against the code: a nocall-if rule names its caller's
 * integer flags argument by its number.  Where a call of the caller
 * passes gfp flags there, or no argument that far, the report says so
 * at the rule's line, naming the call, and exits 2; the rule with the
 * right number is quiet, and one of the wrong shape stops the load.
 */
struct completion { unsigned int done; };
void wait_for_completion(struct completion *x);
static struct completion done;

static int queue_op(int cpu, gfp_t gfp, unsigned int flags)
{
	void *p = kmalloc(16, gfp);

	if (!(flags & 1))
		wait_for_completion(&done);
	kfree(p);
	return cpu;
}

int queue_one(int cpu)
{
	return queue_op(cpu, GFP_KERNEL, 1);
}
/*
 * check-name: a nocall-if rule whose argument is not integer flags is an error at the rule
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && for r in '2 0x1' '4 0x1' '3 0x1' '3' '3 0'; do rm -rf $tmp/r && mkdir $tmp/r && cp rules/*.rules $tmp/r && printf 'nocall-if queue_op wait_for_completion %s\n' "$r" > $tmp/r/zz.rules && sleepcheck report --rules=$tmp/r 2>&1 | sed "s|$tmp/||"; echo "$r: exit ${PIPESTATUS[0]}"; done
 *
 * check-output-start
r/zz.rules:1:1: error: argument 2 of 'queue_op' is not integer flags: the call at testcases/errors/nocall-if-arg.c:26:16 passes gfp flags there
2 0x1: exit 2
r/zz.rules:1:1: error: 'queue_op' has no argument 4: the call at testcases/errors/nocall-if-arg.c:26:16 passes 3
4 0x1: exit 2
3 0x1: exit 0
r/zz.rules:1:1: error: expected 'nocall-if CALLER CALLEE ARG MASK'
3: exit 2
r/zz.rules:1:42: error: '0' is not a non-zero mask
3 0: exit 2
 * check-output-end
 */
