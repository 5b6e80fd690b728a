/*
 * Linux 6.1's kernel-doc of free_percpu() says "Context: Can be called
 * from atomic context." (rules/kdoc-6.1.rules: contract atomic-ok): an
 * implementation that takes a mutex breaks it, with no caller needed.
 */
#include <linux/mutex.h>

static struct mutex pcpu_alloc_mutex;
static void *pcpu_last;

void free_percpu(void *ptr)
{
	mutex_lock(&pcpu_alloc_mutex);
	pcpu_last = ptr;
	mutex_unlock(&pcpu_alloc_mutex);
}
/*
 * check-name: kernel-doc: an implementation that sleeps breaks "Context: Can be called from atomic context"
 * check-exit-value: 1
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/kdoc/atomic-ok.c:13:9: warning: 'free_percpu' may sleep, but it is documented as callable in interrupt context [-Wcontract]
rules/kdoc-6.1.rules:1081:1: note: contract 'free_percpu', documented at mm/percpu.c:2265
testcases/kdoc/atomic-ok.c:13:9: note: 'free_percpu' calls 'mutex_lock', which may sleep
 * check-output-end
 */
