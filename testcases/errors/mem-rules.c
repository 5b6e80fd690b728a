#include <linux/spinlock.h>

/*
 * The mem-* rules of rules/kernel-memory.rules, written wrong: too few
 * words, an argument number out of range, a name that is not one.  Each
 * stops the run with the rule's file:line:col.
 */
void mem_rules(void)
{
}
/*
 * check-name: a bad mem-new, mem-keep or mem-zero rule stops the run with file:line:col
 * check-exit-value: 0
 * check-command: for r in 'mem-zero memset 1' 'mem-keep kfree 0' 'mem-new 9x'; do rm -rf $tmp/r; mkdir $tmp/r && cp rules/*.rules $tmp/r && printf '%s\n' "$r" > $tmp/r/zz.rules && sleepcheck --rules=$tmp/r $file 2>&1 | sed "s|$tmp/||"; echo "exit ${PIPESTATUS[0]}"; done
 *
 * check-output-start
r/zz.rules:1:1: error: wrong number of words for 'mem-zero'
exit 2
r/zz.rules:1:16: error: argument number must be 1..32
exit 2
r/zz.rules:1:9: error: '9x' is not a function name
exit 2
 * check-output-end
 */
