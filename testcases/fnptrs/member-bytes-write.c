/*
 * A call through a member of what a parameter points to, given the
 * address of a struct embedded in another (`timecounter_init(&adapter->
 * tc, &adapter->cc)`, drivers/net/ethernet/intel/e1000e/netdev.c:3944,
 * kernel/time/timecounter.c:13 `cc->read(cc)`): the outer struct is
 * written as bytes elsewhere (e1000e/ethtool.c:2098 converts the adapter
 * to a `char *`; this one writes through it), which may put a plain
 * object's function there (drivers/ptp/ptp_vclock.c:181, 203: a
 * `struct cyclecounter` initialized with a sleeping read, copied whole).
 * A per-member reading of `adapter->cc.read` must not hide the sleeping
 * read while the adapter is written wholesale (README, Limits: "a
 * walker's `func`").
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

struct cyclecounter {
	unsigned long long (*read)(const struct cyclecounter *cc);
	int shift;
};

struct timecounter {
	const struct cyclecounter *cc;
	unsigned long long last;
};

struct adapter {
	int flags;
	struct timecounter tc;
	struct cyclecounter cc;
};

void timecounter_init(struct timecounter *tc, const struct cyclecounter *cc)
{
	tc->cc = cc;
	tc->last = cc->read(cc);
}

static unsigned long long fast_read(const struct cyclecounter *cc)
{
	return 1;
}

static unsigned long long sleepy_read(const struct cyclecounter *cc)
{
	msleep(1);
	return 0;
}

static const struct cyclecounter vclock_cc = { .read = sleepy_read, .shift = 31 };
static spinlock_t systim_lock;

void adapter_setup(struct adapter *a)
{
	a->cc.read = fast_read;
}

/* restores a saved region of the adapter by offset */
void adapter_restore(struct adapter *a, unsigned long off)
{
	memcpy((char *)a + off, &vclock_cc, sizeof(vclock_cc));
}

void systim_reset(struct adapter *a)
{
	spin_lock(&systim_lock);
	timecounter_init(&a->tc, &a->cc);
	spin_unlock(&systim_lock);
}
/*
 * check-name: a member of an embedded struct written as bytes keeps every function a plain object holds
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnptrs/member-bytes-write.c:69:9: warning: call to 'timecounter_init' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fnptrs/member-bytes-write.c:68:9: note: atomic context begins here, at '_raw_spin_lock' in 'systim_reset'
testcases/fnptrs/member-bytes-write.c:69:9: note: 'systim_reset' calls 'timecounter_init'
testcases/fnptrs/member-bytes-write.c:38:20: note: 'timecounter_init' calls 'sleepy_read' via 'struct cyclecounter'.read = sleepy_read at testcases/fnptrs/member-bytes-write.c:52:56
testcases/fnptrs/member-bytes-write.c:48:9: note: 'sleepy_read' calls 'msleep', which may sleep
 * check-output-end
 */
