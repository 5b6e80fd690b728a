/*
 * The twin: a device_terminate_all that does not sleep keeps the
 * provider.rst contract; device_alloc_chan_resources may sleep.
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
	foo_started = 1;
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
 * check-name: kernel-doc: the twin: a dmaengine provider's device_terminate_all that does not sleep
 * check-exit-value: 0
 * check-command: export SLEEPCHECK_KERNEL_VERSION=6.1; sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
