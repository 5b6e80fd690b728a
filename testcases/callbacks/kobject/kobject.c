/* lib/kobject.c of Linux 6.1, cut down: the last put calls the ktype's
 * release two calls down (kobject_release() -> kobject_cleanup()) */
#include <linux/kernel.h>
#include "kobject.h"

void kobject_init(struct kobject *kobj, const struct kobj_type *ktype)
{
	kobj->ktype = ktype;
	kobj->refcount = 1;
}

static void kobject_cleanup(struct kobject *kobj)
{
	const struct kobj_type *t = kobj->ktype;

	if (t && t->release)
		t->release(kobj);
}

static void kobject_release(struct kobject *kobj)
{
	kobject_cleanup(kobj);
}

void kobject_put(struct kobject *kobj)
{
	if (--kobj->refcount == 0)
		kobject_release(kobj);
}
