/*
 * Documentation/driver-api/dmaengine/provider.rst says device_terminate_all
 * "can be called in an interrupt context" (rules/kdoc-6.1.rules: contract
 * atomic-ok-field dma_device device_terminate_all): a driver's function
 * bound to that field, here by an assignment, must not sleep.
 */
#include <linux/mutex.h>

struct dma_chan;
struct dma_device {
	int (*device_alloc_chan_resources)(struct dma_chan *chan);
	int (*device_terminate_all)(struct dma_chan *chan);
};

static struct mutex foo_lock;
static int foo_started;

static int foo_terminate_all(struct dma_chan *chan)
{
	mutex_lock(&foo_lock);
	foo_started = 1;
	mutex_unlock(&foo_lock);
	return 0;
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
	dd->device_terminate_all = foo_terminate_all;
}
/*
 * check-name: kernel-doc: a dmaengine provider's device_terminate_all that sleeps breaks provider.rst
 * check-exit-value: 1
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/kdoc/field.c:20:9: warning: 'foo_terminate_all' may sleep, but it is documented as callable in interrupt context [-Wcontract]
rules/kdoc-6.1.rules:1237:1: note: contract 'foo_terminate_all', documented at Documentation/driver-api/dmaengine/provider.rst:503
testcases/kdoc/field.c:20:9: note: 'foo_terminate_all' calls 'mutex_lock', which may sleep
 * check-output-end
 */
