#include <linux/spinlock.h>
#include <linux/slab.h>

/*
 * The clean twin of ll-request-embedded.c: the struct hid_ll_driver held
 * by value in another struct is given a list of its own that sets
 * .request, and the compound literal stored into another one sets it
 * too: no object has it NULL, nothing is reported.
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

static struct hid_transport transport = {
	.id = 1,
	.ll = { .start = usbhid_start, .request = usbhid_request },
};

void other_probe(struct hid_device *hdev, struct hid_ll_driver *drv)
{
	*drv = (struct hid_ll_driver){ .request = usbhid_request };
	hdev->ll_driver = &transport.ll;
}
/*
 * check-name: a struct held in another whose list sets the function pointer has no NULL branch
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
