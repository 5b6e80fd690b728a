#include <linux/spinlock.h>
#include <linux/sched.h>

/* seq-bit-lock-clean.c's read_seqbegin_or_lock() pattern
 * (include/linux/seqlock.h:1184-1268 of 6.1, kernel/sys.c:1802-1873),
 * where the lock is still held at the sleep (the address passed to a
 * function not expanded, or the bit changed by `(*p)++` in an inline
 * function, leave the variable unknown; libclang's reaching definitions
 * differ from sparse's there, so they are not tested here) */
struct seqlk {
	unsigned sequence;
	spinlock_t lock;
};

static struct seqlk sl;

void cpu_relax(void);
int seq_changed(struct seqlk *s, unsigned seq);
unsigned read_seq(struct seqlk *s);

static inline unsigned seq_begin(struct seqlk *s)
{
	unsigned r;

	while ((r = read_seq(s)) & 1)
		cpu_relax();
	return r;
}

static inline void begin_or_lock(struct seqlk *s, int *seq)
{
	if (!(*seq & 1))
		*seq = seq_begin(s);
	else
		spin_lock(&s->lock);
}

static inline void done_retry(struct seqlk *s, int seq)
{
	if (seq & 1)
		spin_unlock(&s->lock);
}

/* a sleep inside the section: the lock is held when seq is odd */
void sleep_inside(int *out)
{
	unsigned int seq = 0;

retry:
	begin_or_lock(&sl, &seq);
	msleep(1);
	*out = sl.sequence;
	if (!(seq & 1) && seq_changed(&sl, seq)) {
		seq = 1;
		goto retry;
	}
	done_retry(&sl, seq);
}

/* the sequence made odd again after the section: the lock is taken
 * again, and held at the sleep */
void again(int *out)
{
	unsigned int seq = 0;

retry:
	begin_or_lock(&sl, &seq);
	*out = sl.sequence;
	if (!(seq & 1) && seq_changed(&sl, seq)) {
		seq = 1;
		goto retry;
	}
	done_retry(&sl, seq);
	seq = 1;
	begin_or_lock(&sl, &seq);
	msleep(1);
	done_retry(&sl, seq);
}

/* a way out of the section that skips the release */
void early_out(int *out)
{
	unsigned int seq = 0;

retry:
	begin_or_lock(&sl, &seq);
	*out = sl.sequence;
	if (!*out)
		goto out;
	if (!(seq & 1) && seq_changed(&sl, seq)) {
		seq = 1;
		goto retry;
	}
	done_retry(&sl, seq);
out:
	msleep(1);
}
/*
 * check-name: a lock taken when one bit of a local is set, not dropped before the sleep: inside the section, taken again after the bit is set again, a way out that skips the release (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/seq-bit-lock.c:51:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/seq-bit-lock.c:50:9: note: atomic context begins here, at '_raw_spin_lock' in 'sleep_inside'
testcases/atomic/seq-bit-lock.c:51:9: note: 'sleep_inside' calls 'msleep', which may sleep
testcases/atomic/seq-bit-lock.c:76:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/seq-bit-lock.c:75:9: note: atomic context begins here, at '_raw_spin_lock' in 'again'
testcases/atomic/seq-bit-lock.c:76:9: note: 'again' calls 'msleep', which may sleep
testcases/atomic/seq-bit-lock.c:96:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/seq-bit-lock.c:86:9: note: atomic context begins here, at '_raw_spin_lock' in 'early_out'
testcases/atomic/seq-bit-lock.c:96:9: note: 'early_out' calls 'msleep', which may sleep
 * check-output-end
 */
