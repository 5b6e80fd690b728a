#include <linux/spinlock.h>

static spinlock_t stub_lock;

void fmt_msg(void);

/* a call in the EFI stub reaches the stub's fmt_msg(), which sleeps */
void stub_entry(void)
{
	spin_lock(&stub_lock);
	fmt_msg();
	spin_unlock(&stub_lock);
}
/*
 * check-name: a call resolves in its own unit first: the module's helper, the EFI stub's fmt_msg (libclang)
 * check-exit-value: 1
 * check-command: sleepcheck clang-check -Itestcases/include testcases/crossfile/units/lib/fmt.c testcases/crossfile/units/drivers/firmware/efi/libstub/fmt.c $file && sleepcheck clang-check -Itestcases/include -DMODULE '-DKBUILD_MODNAME="unitmod"' testcases/crossfile/units/drivers/misc/unitmod/main.c testcases/crossfile/units/drivers/misc/unitmod/helper.c && sleepcheck report
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
