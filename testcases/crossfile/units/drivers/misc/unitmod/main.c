#include <linux/spinlock.h>

static spinlock_t mod_lock;

void drv_helper(void);
void fmt_msg(void);

/* drv_helper() is the module's own, which sleeps; fmt_msg() is vmlinux's
 * (the module has none), not the EFI stub's */
void mod_entry(void)
{
	spin_lock(&mod_lock);
	drv_helper();
	fmt_msg();
	spin_unlock(&mod_lock);
}
/*
 * check-name: a call resolves in its own unit first: the module's helper, the EFI stub's fmt_msg
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include testcases/crossfile/units/lib/fmt.c testcases/crossfile/units/drivers/firmware/efi/libstub/fmt.c testcases/crossfile/units/drivers/firmware/efi/libstub/stub.c && sleepcheck --no-local-report -Itestcases/include -DMODULE '-DKBUILD_MODNAME="unitmod"' $file testcases/crossfile/units/drivers/misc/unitmod/helper.c && sleepcheck report
 *
 * check-output-start
testcases/crossfile/units/drivers/firmware/efi/libstub/stub.c:11:9: warning: call to 'fmt_msg' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/crossfile/units/drivers/firmware/efi/libstub/stub.c:10:9: note: atomic context begins here, at '_raw_spin_lock' in 'stub_entry'
testcases/crossfile/units/drivers/firmware/efi/libstub/stub.c:11:9: note: 'stub_entry' calls 'fmt_msg'
testcases/crossfile/units/drivers/firmware/efi/libstub/fmt.c:7:9: note: 'fmt_msg' calls 'msleep', which may sleep
testcases/crossfile/units/drivers/misc/unitmod/main.c:13:9: warning: call to 'drv_helper' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/crossfile/units/drivers/misc/unitmod/main.c:12:9: note: atomic context begins here, at '_raw_spin_lock' in 'mod_entry'
testcases/crossfile/units/drivers/misc/unitmod/main.c:13:9: note: 'mod_entry' calls 'drv_helper'
testcases/crossfile/units/drivers/misc/unitmod/helper.c:6:9: note: 'drv_helper' calls 'msleep', which may sleep
 * check-output-end
 */
