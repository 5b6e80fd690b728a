/* a struct of the user ABI, as include/uapi/ defines them (wholesale.c) */
struct h_abi {
	unsigned int len;
	unsigned int flags;
};
