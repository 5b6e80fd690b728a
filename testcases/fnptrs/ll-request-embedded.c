#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * hid_hw_request()'s fallback as in ll-request-clean.c, but a struct
 * hid_ll_driver is held by value in another struct, whose static
 * initializer gives it no list: its .request is NULL, and the sleep is
 * reported.
 */
struct hid_device;

struct hid_ll_driver {
	int (*start)(struct hid_device *hdev);
	void (*request)(struct hid_device *hdev, int report, int reqtype);
	int max_buffer_size;
};

struct hid_device {
	spinlock_t lock;
	const struct hid_ll_driver *ll_driver;
};

static int usbhid_start(struct hid_device *hdev)
{
	return 0;
}

static void usbhid_request(struct hid_device *hdev, int report, int reqtype)
{
}

static const struct hid_ll_driver usb_hid_driver = {
	.start = usbhid_start,
	.request = usbhid_request,
};

static void __hid_request(struct hid_device *hdev, int report, int reqtype)
{
	kfree(kmalloc(64, GFP_KERNEL));
}

void hid_hw_request(struct hid_device *hdev, int report, int reqtype)
{
	if (hdev->ll_driver->request)
		return hdev->ll_driver->request(hdev, report, reqtype);
	__hid_request(hdev, report, reqtype);
}

void hid_probe(struct hid_device *hdev, struct hid_ll_driver *mine)
{
	struct hid_ll_driver local = { usbhid_start, usbhid_request, 8 };

	mine->request = usbhid_request;
	hdev->ll_driver = &usb_hid_driver;
	hid_hw_request(hdev, 0, 1);
	hdev->ll_driver = &local;
	hid_hw_request(hdev, 0, 1);
}

void lg4ff_play(struct hid_device *hdev)
{
	spin_lock(&hdev->lock);
	hid_hw_request(hdev, 1, 2);
	spin_unlock(&hdev->lock);
}

struct hid_transport {
	int id;
	struct hid_ll_driver ll;
};

static struct hid_transport transport = { .id = 1 };

void other_probe(struct hid_device *hdev)
{
	hdev->ll_driver = &transport.ll;
}
/*
 * check-name: a struct held in another whose list leaves it out keeps its NULL branch
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnptrs/ll-request-embedded.c:63:9: warning: call to 'hid_hw_request' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnptrs/ll-request-embedded.c:62:9: note: atomic context begins here, at '_raw_spin_lock' in 'lg4ff_play'
testcases/fnptrs/ll-request-embedded.c:63:9: note: 'lg4ff_play' calls 'hid_hw_request'
testcases/fnptrs/ll-request-embedded.c:46:9: note: 'hid_hw_request' calls '__hid_request' on a path taken only when its function pointer 'struct hid_ll_driver.request' is NULL
testcases/fnptrs/ll-request-embedded.c:39:15: note: '__hid_request' calls '__kmalloc' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
 * check-output-end
 */
