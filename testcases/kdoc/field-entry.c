/*
 * One bug, two rules: provider.rst's contract on device_issue_pending
 * (rules/kdoc-6.1.rules: contract atomic-ok-field) and the entry-field
 * rule that says it runs in atomic context (rules/kernel-entry.rules).
 * The sleep is reported once, as the entry's finding.
 */
#include <linux/mutex.h>

struct dma_chan;
struct dma_device {
	int (*device_alloc_chan_resources)(struct dma_chan *chan);
	void (*device_issue_pending)(struct dma_chan *chan);
};

static struct mutex foo_lock;
static int foo_started;

static void foo_issue_pending(struct dma_chan *chan)
{
	mutex_lock(&foo_lock);
	foo_started = 1;
	mutex_unlock(&foo_lock);
}

/* may sleep: "These functions can sleep." */
static int foo_alloc_chan_resources(struct dma_chan *chan)
{
	mutex_lock(&foo_lock);
	foo_started = 0;
	mutex_unlock(&foo_lock);
	return 0;
}

void foo_probe(struct dma_device *dd)
{
	dd->device_alloc_chan_resources = foo_alloc_chan_resources;
	dd->device_issue_pending = foo_issue_pending;
}
/*
 * check-name: a contract broken by the sleep an entry finding reports is that finding, reported once
 * check-exit-value: 1
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/kdoc/field-entry.c:20:9: warning: call to 'mutex_lock' may sleep in atomic context, in 'foo_issue_pending' [-Wsleep-in-atomic]
rules/kernel-entry.rules:65:1: note: a function stored in 'struct dma_device.device_issue_pending' runs in atomic context
testcases/kdoc/field-entry.c:37:34: note: 'foo_issue_pending' runs in atomic context: stored in 'struct dma_device.device_issue_pending' here
testcases/kdoc/field-entry.c:20:9: note: 'foo_issue_pending' calls 'mutex_lock', which may sleep
 * check-output-end
 */
