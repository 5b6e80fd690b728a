/* a block in a member of a struct, filled by assignment and registered
 * on the atomic chain (mac80211's local->ifa6_notifier, net/mac80211/
 * main.c:1428): the chain reaches it, not the blocking chain's member
 * block of another struct (when a block in a member was not known, the
 * chain reached every notifier_call of the build) */
#include <linux/kernel.h>
#include "../notifier/notifier.h"

int addr_register(struct notifier_block *nb);

struct local {
	int state;
	struct notifier_block ifa6_notifier;
};

static int ifa6_changed(struct notifier_block *nb, unsigned long action,
			void *data)
{
	return 0;
}

void hw_register(struct local *l)
{
	l->ifa6_notifier.notifier_call = ifa6_changed;
	addr_register(&l->ifa6_notifier);
}
/*
 * check-name: a block in a struct member, filled by assignment, on an atomic chain: only its function is reached
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/chains.c $dir/../notifier/notifier.c && sleepcheck report
 *
 * check-output-start
 * check-output-end
 */
