#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

/*
 * A function that passes its pointer parameter on to kvfree() sleeps
 * only if that pointer may be vmalloc memory (kvfree-vmalloc.c); a
 * module's caller may pass any pointer, so its summary still says it
 * sleeps (lib/rhashtable.c:109 bucket_table_free() is such a function,
 * static there), as kvfree()'s own does.
 */
bool is_vmalloc_addr(const void *x);

void vfree(const void *addr)
{
	might_sleep();
}

void kvfree(const void *addr)
{
	if (is_vmalloc_addr(addr))
		vfree(addr);
	else
		kfree(addr);
}

struct bucket_table {
	unsigned int size;
};

void bucket_table_free(const struct bucket_table *tbl)
{
	kvfree(tbl);
}
/*
 * check-name: the summary of a function that passes its pointer on to kvfree(): it sleeps
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck summary --release=6.1.0-test --config=test -o $tmp/s && grep -v '^# from\|^# sleepcheck summary' $tmp/s
 *
 * check-output-start
# release: 6.1.0-test
# config: test
# written: 3 sleep, 0 sleep-if-gfp, 0 sleep on one of two gfp arguments (as sleep), 0 nosleep, 0 entry-field, 0 contract no-interrupt, 0 contract irqs-on
# left out: 0 named by rules/, 0 that sleep only on a field or flag condition, 0 definitions that sleep only through a pointer call with more than 8 candidates, 0 fields entry-field cannot name
# use: sleepcheck --summary=FILE (or $SLEEPCHECK_SUMMARY); a function whose body is in the database is judged by its body

# functions: sleep, sleep-if-gfp, nosleep
# testcases/gfp/kvfree-summary.c:31: 'bucket_table_free' reaches __might_sleep (rules/kernel-sleep.rules:11) in 3 calls
sleep bucket_table_free
# testcases/gfp/kvfree-summary.c:19: 'kvfree' reaches __might_sleep (rules/kernel-sleep.rules:11) in 2 calls
sleep kvfree
# testcases/gfp/kvfree-summary.c:14: 'vfree' reaches __might_sleep (rules/kernel-sleep.rules:11) in 1 call
sleep vfree

# fields called in atomic context

# contracts carried to their callers
 * check-output-end
 */
