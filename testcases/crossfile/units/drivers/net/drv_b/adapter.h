/* driver b's private adapter, another struct with driver a's tag */
struct adapter {
	int id;
	void (*reset)(struct adapter *ad);
};
