#include <linux/spinlock.h>
#include <linux/sched.h>

/* include/linux/seqlock.h:1184-1268 (6.1): read_seqbegin_or_lock_irqsave()
 * takes the lock only when the sequence it is passed is odd,
 * need_seqretry() retries only when it is even, done_seqretry_irqrestore()
 * drops the lock exactly when it is odd; kernel/sys.c:1802-1873
 * getrusage() passes the address of an `unsigned int seq` as the `int *`
 * (sparse keeps it in memory), then calls mmput() */
struct seqlk {
	unsigned sequence;
	spinlock_t lock;
};

static struct seqlk sl;

void cpu_relax(void);
/* read_seqretry() (a barrier in the kernel): not expanded here */
int seq_changed(struct seqlk *s, unsigned seq);
unsigned read_seq(struct seqlk *s);

/* read_seqbegin(): waits while the sequence is odd */
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

/* the variable in memory, its address converted to `int *` */
void read_stats(int *out)
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
	msleep(1);
}

/* the same with an `int seq` (sparse's SSA value) */
void read_stats_int(int *out)
{
	int seq = 0;

retry:
	begin_or_lock(&sl, &seq);
	*out = sl.sequence;
	if (!(seq & 1) && seq_changed(&sl, seq)) {
		seq = 1;
		goto retry;
	}
	done_retry(&sl, seq);
	msleep(1);
}
/*
 * check-name: a lock taken when one bit of a local is set and dropped exactly when it is set (seqlock.h's read_seqbegin_or_lock()), the local's address passed to inline functions: released before the sleep (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
