struct fs_pin {
	int done;
	void (*kill)(struct fs_pin *);
};

void pin_kill(struct fs_pin *p);
