/* the notifier API of Linux 6.1 include/linux/notifier.h, cut down */
#ifndef NOTIFIER_H
#define NOTIFIER_H

struct notifier_block {
	int (*notifier_call)(struct notifier_block *nb, unsigned long action,
			     void *data);
	struct notifier_block *next;
	int priority;
};

struct atomic_notifier_head {
	int lock;
	struct notifier_block *head;
};

struct blocking_notifier_head {
	int rwsem;
	struct notifier_block *head;
};

int atomic_notifier_chain_register(struct atomic_notifier_head *nh,
				   struct notifier_block *nb);
int blocking_notifier_chain_register(struct blocking_notifier_head *nh,
				     struct notifier_block *nb);
int atomic_notifier_call_chain(struct atomic_notifier_head *nh,
			       unsigned long val, void *v);
int blocking_notifier_call_chain(struct blocking_notifier_head *nh,
				 unsigned long val, void *v);

/* chains.c */
int register_a_notifier(struct notifier_block *nb);
void fire_a(void);
void fire_b(void);
extern struct blocking_notifier_head b_chain;

#endif
