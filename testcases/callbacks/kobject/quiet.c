/* a ktype whose release does not sleep, set on the kobj of a quiet_obj */
#include <linux/kernel.h>
#include "kobject.h"

static void quiet_release(struct kobject *kobj)
{
	kobj->refcount = -1;
}

static const struct kobj_type quiet_ktype = {
	.release = quiet_release,
};

void quiet_init(struct quiet_obj *q)
{
	kobject_init(&q->kobj, &quiet_ktype);
}
