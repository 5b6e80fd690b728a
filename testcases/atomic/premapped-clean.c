#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * rules/kernel-assume.rules `premapped`: ACPICA's acpi_hw_read() and
 * acpi_hw_write() reach ioremap_cache() only for a SystemMemory
 * register no mapping covers, and acpi_os_initialize() maps the FADT's
 * PM1 event blocks at boot, which hold acpi_gbl_xpm1[ab]_status and
 * _enable (drivers/acpi/osl.c:1646-1647, acpica/tbfadt.c:689-721).  The
 * shape of drivers/acpi/acpica/hwregs.c: acpi_hw_register_write()
 * switches on its register id (:608-660) and writes PM1 status and
 * enable through acpi_hw_write_multiple() (:769), which passes its
 * registers on.  acpi_hw_clear_acpi_status() (:393-397) writes PM1
 * status under the raw hardware lock: no ioremap there.
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

int acpi_hw_clear_acpi_status(void)
{
	unsigned long flags;
	int status;

	raw_spin_lock_irqsave(&acpi_gbl_hardware_lock, flags);
	status = acpi_hw_register_write(1, 0x8731);
	raw_spin_unlock_irqrestore(&acpi_gbl_hardware_lock, flags);
	return status;
}

int acpi_hw_enable_fixed(u32 bits)
{
	unsigned long flags;
	int status;

	raw_spin_lock_irqsave(&acpi_gbl_hardware_lock, flags);
	status = acpi_hw_register_write(2, bits);
	raw_spin_unlock_irqrestore(&acpi_gbl_hardware_lock, flags);
	return status;
}

/*
 * check-name: ACPI PM1 status and enable registers, mapped at boot, written under the hardware lock (premapped; clean twin of premapped.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
