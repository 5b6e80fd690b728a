#include <linux/spinlock.h>
#include <linux/sched.h>

struct bucket {
	spinlock_t lock;
};

struct bucket *bucket_of(int key);
int op_faults(void);

#define swap(a, b) do { typeof(a) __tmp = (a); (a) = (b); (b) = __tmp; } while (0)

/* like double_lock_hb(): in address order, one lock when they are one */
static inline void double_lock(struct bucket *b1, struct bucket *b2)
{
	if (b1 > b2)
		swap(b1, b2);
	spin_lock(&b1->lock);
	if (b1 != b2)
		spin_lock(&b2->lock);
}

/* drops the second lock only when the two are one: the first of two
 * distinct buckets stays held */
static inline void double_unlock(struct bucket *b1, struct bucket *b2)
{
	spin_unlock(&b1->lock);
	if (b1 == b2)
		spin_unlock(&b2->lock);
}

/* like futex_wake_op(): both unlocked before it sleeps and goes round */
int wake_op(int k1, int k2)
{
	struct bucket *b1 = bucket_of(k1), *b2 = bucket_of(k2);

retry:
	double_lock(b1, b2);
	if (op_faults()) {
		double_unlock(b1, b2);
		msleep(1);
		goto retry;
	}
	double_unlock(b1, b2);
	return 0;
}
/*
 * check-name: two locks taken under a comparison of their addresses, one of them kept where the loop sleeps
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/pair-lock-loop.c:41:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/pair-lock-loop.c:38:9: note: atomic context begins here, at '_raw_spin_lock' in 'wake_op'
testcases/atomic/pair-lock-loop.c:41:17: note: 'wake_op' calls 'msleep', which may sleep
 * check-output-end
 */
