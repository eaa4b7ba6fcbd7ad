#define PUSHPANDER_DATADIR "/usr/local/share/pushpander"
