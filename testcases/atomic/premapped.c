#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * rules/kernel-assume.rules `premapped`: only acpi_gbl_xpm1[ab]_status
 * and _enable are mapped at boot (drivers/acpi/osl.c:1646-1647).  The
 * PM1 control and PM2 control blocks are not: writing them under the
 * raw hardware lock may reach ioremap_cache() (acpi_write_bit_register()
 * for a control bit, acpi/acpica/hwxface.c:258), and so may a register
 * that is no premapped object (a global the rule does not name), and a
 * pointer passed on from a caller that says nothing of it.  The shape of
 * drivers/acpi/acpica/hwregs.c, as in premapped-clean.c.
 */
struct acpi_generic_address {
	unsigned char space_id;
	unsigned char bit_width;
	u64 address;
};

struct acpi_table_fadt {
	unsigned int flags;
	struct acpi_generic_address xpm1a_control_block;
	struct acpi_generic_address xpm1b_control_block;
	struct acpi_generic_address xpm2_control_block;
};

struct acpi_generic_address acpi_gbl_xpm1a_status;
struct acpi_generic_address acpi_gbl_xpm1b_status;
struct acpi_generic_address acpi_gbl_xpm1a_enable;
struct acpi_generic_address acpi_gbl_xpm1b_enable;
struct acpi_table_fadt acpi_gbl_FADT;

void *ioremap_cache(u64 phys, unsigned long size);
void iounmap(void *virt);
void *acpi_map_vaddr_lookup(u64 phys, unsigned int size);
void acpi_os_write_port(u64 port, u32 value, u32 width);
void writew(u32 value, void *virt);

int acpi_os_write_memory(u64 phys, u64 value, u32 width)
{
	void *virt = acpi_map_vaddr_lookup(phys, width / 8);
	int unmap = 0;

	if (!virt) {
		virt = ioremap_cache(phys, width / 8);
		if (!virt)
			return -1;
		unmap = 1;
	}
	writew((u32)value, virt);
	if (unmap)
		iounmap(virt);
	return 0;
}

int acpi_hw_write(u64 value, struct acpi_generic_address *reg)
{
	if (reg->space_id == 0)
		return acpi_os_write_memory(reg->address, value, reg->bit_width);
	acpi_os_write_port(reg->address, (u32)value, reg->bit_width);
	return 0;
}

static int acpi_hw_write_multiple(u32 value, struct acpi_generic_address *a,
				  struct acpi_generic_address *b)
{
	int status = acpi_hw_write(value, a);

	if (status)
		return status;
	if (b->address)
		status = acpi_hw_write(value, b);
	return status;
}

int acpi_hw_register_write(u32 register_id, u32 value)
{
	int status;

	switch (register_id) {
	case 1:
		status = acpi_hw_write_multiple(value, &acpi_gbl_xpm1a_status,
						&acpi_gbl_xpm1b_status);
		break;
	case 2:
		status = acpi_hw_write_multiple(value, &acpi_gbl_xpm1a_enable,
						&acpi_gbl_xpm1b_enable);
		break;
	case 3:
		status = acpi_hw_write_multiple(value, &acpi_gbl_FADT.xpm1a_control_block,
						&acpi_gbl_FADT.xpm1b_control_block);
		break;
	case 4:
		status = acpi_hw_write(value, &acpi_gbl_FADT.xpm2_control_block);
		break;
	default:
		status = -1;
		break;
	}
	return status;
}

static raw_spinlock_t acpi_gbl_hardware_lock;

struct acpi_generic_address acpi_gbl_reset_register;

int acpi_hw_write_control(u32 bits)
{
	unsigned long flags;
	int status;

	raw_spin_lock_irqsave(&acpi_gbl_hardware_lock, flags);
	status = acpi_hw_register_write(3, bits);
	raw_spin_unlock_irqrestore(&acpi_gbl_hardware_lock, flags);
	return status;
}

int acpi_hw_reset(u32 value)
{
	unsigned long flags;
	int status;

	raw_spin_lock_irqsave(&acpi_gbl_hardware_lock, flags);
	status = acpi_hw_write(value, &acpi_gbl_reset_register);
	raw_spin_unlock_irqrestore(&acpi_gbl_hardware_lock, flags);
	return status;
}

int acpi_hw_write_locked(u32 value, struct acpi_generic_address *reg)
{
	unsigned long flags;
	int status;

	raw_spin_lock_irqsave(&acpi_gbl_hardware_lock, flags);
	status = acpi_hw_write_multiple(value, &acpi_gbl_xpm1a_status, reg);
	raw_spin_unlock_irqrestore(&acpi_gbl_hardware_lock, flags);
	return status;
}

/*
 * check-name: ACPI PM1 control, a register not mapped at boot and one passed on, written under the hardware lock (premapped)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/premapped.c:113:18: warning: call to 'acpi_hw_register_write' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/premapped.c:112:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'acpi_hw_write_control'
testcases/atomic/premapped.c:113:18: note: 'acpi_hw_write_control' calls 'acpi_hw_register_write'
testcases/atomic/premapped.c:90:26: note: 'acpi_hw_register_write' calls 'acpi_hw_write_multiple' on a path taken only when its argument 1 is 3
testcases/atomic/premapped.c:67:22: note: 'acpi_hw_write_multiple' calls 'acpi_hw_write'
testcases/atomic/premapped.c:59:24: note: 'acpi_hw_write' calls 'acpi_os_write_memory'
testcases/atomic/premapped.c:45:24: note: 'acpi_os_write_memory' calls 'ioremap_cache', which may sleep
testcases/atomic/premapped.c:124:18: warning: call to 'acpi_hw_write' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/premapped.c:123:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'acpi_hw_reset'
testcases/atomic/premapped.c:124:18: note: 'acpi_hw_reset' calls 'acpi_hw_write'
testcases/atomic/premapped.c:59:24: note: 'acpi_hw_write' calls 'acpi_os_write_memory'
testcases/atomic/premapped.c:45:24: note: 'acpi_os_write_memory' calls 'ioremap_cache', which may sleep
testcases/atomic/premapped.c:135:18: warning: call to 'acpi_hw_write_multiple' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/premapped.c:134:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'acpi_hw_write_locked'
testcases/atomic/premapped.c:135:18: note: 'acpi_hw_write_locked' calls 'acpi_hw_write_multiple'
testcases/atomic/premapped.c:72:26: note: 'acpi_hw_write_multiple' calls 'acpi_hw_write'
testcases/atomic/premapped.c:59:24: note: 'acpi_hw_write' calls 'acpi_os_write_memory'
testcases/atomic/premapped.c:45:24: note: 'acpi_os_write_memory' calls 'ioremap_cache', which may sleep
 * check-output-end
 */
