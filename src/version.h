/* version.h — the release number, shown by --version and in help. */
#ifndef PUSHPANDER_VERSION_H
#define PUSHPANDER_VERSION_H

#define PUSHPANDER_VERSION "0.1.0"

#endif
