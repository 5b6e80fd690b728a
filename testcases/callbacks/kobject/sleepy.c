/* a ktype whose release sleeps, set on the kobj of a sleepy_obj */
#include <linux/sched.h>
#include "kobject.h"

static void sleepy_release(struct kobject *kobj)
{
	msleep(1);
}

static const struct kobj_type sleepy_ktype = {
	.release = sleepy_release,
};

void sleepy_init(struct sleepy_obj *s)
{
	kobject_init(&s->kobj, &sleepy_ktype);
}
