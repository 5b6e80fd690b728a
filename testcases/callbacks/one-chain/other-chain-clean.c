/* a notifier block is on one chain at a time (one `next` link): the bus
 * chain, whose blocks are not all known, does not reach the sleeping
 * block registered on the vmap purge chain only (it did: every binding
 * of notifier_call) */
#include "../notifier/notifier.h"

void bus_event(void);

void bus_tick(void)
{
	bus_event();
}
/*
 * check-name: a chain with unknown blocks does not reach a block registered on another chain
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/chains.c $dir/../notifier/notifier.c && sleepcheck report
 *
 */
