#include <linux/spinlock.h>

/* driver a's private adapter; driver b has its own with the same tag */
struct adapter {
	spinlock_t lock;
	void (*reset)(struct adapter *ad);
};
