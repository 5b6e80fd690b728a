/* call_fib_notifier() reaches only the blocks register_fib_notifier()
 * registers (rules/kernel-notifier.rules `notifier-block`): here no one
 * registers one, as no driver of the x86_64 defconfig build does; the
 * sleeping block on the vmap purge chain is not reached from the dump
 * under RCU (it was: the call through nb->notifier_call reached every
 * notifier block bound through a pointer) */
#include <linux/kernel.h>
#include "../notifier/notifier.h"

/*
 * check-name: a block call reaches the blocks of its registrar's chain only: none registered
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/fib.c $dir/../notifier/notifier.c && sleepcheck report
 *
 */
