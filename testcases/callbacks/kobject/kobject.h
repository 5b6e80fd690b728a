/* the kobject API of Linux 6.1 include/linux/kobject.h, cut down */
#ifndef KOBJECT_H
#define KOBJECT_H

struct kobject;

struct kobj_type {
	void (*release)(struct kobject *kobj);
};

struct kobject {
	const struct kobj_type *ktype;
	int refcount;
};

void kobject_init(struct kobject *kobj, const struct kobj_type *ktype);
void kobject_put(struct kobject *kobj);

/* two users of kobjects, each with a ktype of its own (quiet.c, sleepy.c) */
struct quiet_obj {
	struct kobject kobj;
	int users;
};

struct sleepy_obj {
	long flags;
	struct kobject kobj;
};

void quiet_init(struct quiet_obj *q);
void sleepy_init(struct sleepy_obj *s);

#endif
