#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * A flag passed in a value not otherwise known: intel_guc_send_nb()
 * passes MAKE_SEND_FLAGS(g2h_len_dw), `FIELD_PREP(GUC_SEND_G2H_DW_MASK,
 * len) | INTEL_GUC_CT_SEND_NB` (drivers/gpu/drm/i915/gt/uc/
 * intel_guc_ct.h:112), and intel_guc_ct_send() takes the non-blocking
 * ct_send_nb() whenever that bit is set (intel_guc_ct.c:781); only
 * ct_send() waits.  Here the caller under the lock passes only the length
 * field: the bit is surely clear, the wait may run.
 */
#define SEND_NB		0x80000000u
#define G2H_MASK	0x00ff0000u

static spinlock_t lock;

static int ct_send(unsigned int *action, int len)
{
	msleep(1);
	return action[len];
}

static int ct_send_nb(unsigned int *action, int len)
{
	return action[len];
}

int guc_ct_send(unsigned int *action, int len, unsigned int flags)
{
	if (flags & SEND_NB)
		return ct_send_nb(action, len);
	return ct_send(action, len);
}

static inline int guc_send_len(unsigned int *action, int len, int g2h)
{
	return guc_ct_send(action, len, ((unsigned int)g2h << 16) & G2H_MASK);
}

void add_request(unsigned int *action, int len, int g2h)
{
	spin_lock(&lock);
	guc_send_len(action, len, g2h);
	spin_unlock(&lock);
}
/*
 * check-name: a flag surely clear in a value not otherwise known
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/gfp/known-bits.c:44:9: warning: call to 'guc_send_len' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/gfp/known-bits.c:43:9: note: atomic context begins here, at '_raw_spin_lock' in 'add_request'
testcases/gfp/known-bits.c:44:9: note: 'add_request' calls 'guc_ct_send' through inline 'guc_send_len'
testcases/gfp/known-bits.c:33:16: note: 'guc_ct_send' calls 'ct_send' on a path taken only when its argument 3 has no bit of 0x80000000 set
testcases/gfp/known-bits.c:20:9: note: 'ct_send' calls 'msleep', which may sleep
 * check-output-end
 */
