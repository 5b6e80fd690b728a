#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * A fallback taken only when a function-pointer field is NULL:
 * hid_hw_request() calls hdev->ll_driver->request when it is set, else
 * __hid_request(), which allocates with GFP_KERNEL
 * (drivers/hid/hid-core.c:2457, 1966).  Every struct hid_ll_driver the
 * program makes sets .request (drivers/hid/usbhid/hid-core.c:1340
 * usb_hid_driver; here also a local one and one stored field by field),
 * so the fallback never runs: nothing is reported.
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
/*
 * check-name: a fallback taken only when a function pointer no object leaves NULL is NULL never runs
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
