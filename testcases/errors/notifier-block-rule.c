#include <linux/kernel.h>

/*
 * A notifier-block rule of the wrong shape stops the load with one error
 * line at the rule, and exit 2: a kind that is no chain's, an argument
 * that is not a number, a missing registrar; the right shape is quiet.
 */
int call_fib_notifier(void *nb, int event_type, void *info)
{
	return event_type;
}
/*
 * check-name: a notifier-block rule of the wrong shape is an error at the rule
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && for r in 'sleepy call_fib_notifier 1 register_fib_notifier' 'atomic call_fib_notifier x register_fib_notifier' 'atomic call_fib_notifier 1' 'atomic call_fib_notifier 1 2' 'atomic call_fib_notifier 1 register_fib_notifier'; do rm -rf $tmp/r && mkdir $tmp/r && printf 'notifier-block %s\n' "$r" > $tmp/r/zz.rules && sleepcheck report --rules=$tmp/r 2>&1 | sed "s|$tmp/||"; echo "$r: exit ${PIPESTATUS[0]}"; done
 *
 * check-output-start
r/zz.rules:1:16: error: notifier chain kind must be atomic, blocking, raw or srcu
sleepy call_fib_notifier 1 register_fib_notifier: exit 2
r/zz.rules:1:41: error: argument number must be 1..26
atomic call_fib_notifier x register_fib_notifier: exit 2
r/zz.rules:1:1: error: expected 'notifier-block KIND NAME BLOCK-ARG REGISTRAR'
atomic call_fib_notifier 1: exit 2
r/zz.rules:1:43: error: 'notifier-block' takes a function name and a registration function's name
atomic call_fib_notifier 1 2: exit 2
atomic call_fib_notifier 1 register_fib_notifier: exit 0
 * check-output-end
 */
