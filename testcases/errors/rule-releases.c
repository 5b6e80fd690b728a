#include <linux/rcupdate.h>
#include <linux/sched.h>

/*
 * Rules checked against the code: `releases KINDS NAME` says NAME drops
 * KINDS its caller holds.  Where the database has NAME's body, some call
 * in it must run below NAME's entry in each of KINDS; a body that never
 * does contradicts the rule: the report says so at the rule's line,
 * naming the body, and exits 2.  The rule that holds (drop_read() drops
 * the RCU read lock) is quiet, and so is one whose function has no body
 * here (another file's, checked where that file is).
 */
void drop_read(void)
{
	rcu_read_unlock();
	msleep(1);
}

void keep_read(void)
{
	msleep(1);
}
/*
 * check-name: a releases rule whose function never drops that kind is an error at the rule
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && mkdir $tmp/bad $tmp/good && cp rules/*.rules $tmp/bad && cp rules/*.rules $tmp/good && printf 'releases rcu keep_read\nreleases spin drop_read\n' > $tmp/bad/zz.rules && printf 'releases rcu drop_read\nreleases rcu not_here\n' > $tmp/good/zz.rules && sleepcheck report --rules=$tmp/bad 2>&1 | sed "s|$tmp/||"; echo "exit ${PIPESTATUS[0]}"; sleepcheck report --rules=$tmp/good; echo "exit $?"
 *
 * check-output-start
bad/zz.rules:1:1: error: 'keep_read' is said to release its caller's rcu, but its body in testcases/errors/rule-releases.c never runs below its entry in rcu
bad/zz.rules:2:1: error: 'drop_read' is said to release its caller's spin, but its body in testcases/errors/rule-releases.c never runs below its entry in spin
exit 2
exit 0
 * check-output-end
 */
