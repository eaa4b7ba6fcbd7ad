/* test_slots.c — session slots (slots.c): each taken once, freed by close. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "slots.h"

/* A directory of n slot files and one file that is not a slot. */
static char *slot_dir(int n)
{
	static char dir[64];
	char path[96];

	snprintf(dir, sizeof dir, "/tmp/pushpander-slots-XXXXXX");
	if (!mkdtemp(dir))
		return NULL;
	for (int i = 1; i <= n; i++) {
		snprintf(path, sizeof path, "%s/slot-%d", dir, i);
		close(open(path, O_CREAT | O_WRONLY, 0444));
	}
	snprintf(path, sizeof path, "%s/README", dir);
	close(open(path, O_CREAT | O_WRONLY, 0444));
	return dir;
}

static void remove_dir(const char *dir, int n)
{
	char path[96];

	for (int i = 1; i <= n; i++) {
		snprintf(path, sizeof path, "%s/slot-%d", dir, i);
		unlink(path);
	}
	snprintf(path, sizeof path, "%s/README", dir);
	unlink(path);
	rmdir(dir);
}

TEST(slots_each_taken_once)
{
	char *dir = slot_dir(3);
	struct slots s[4];

	CHECK(dir != NULL);
	for (int i = 0; i < 3; i++) {
		s[i] = slots_take(dir);
		CHECK_MSG(s[i].fd >= 0, "slot %d of 3 not taken", i + 1);
		CHECK_INT_EQ(s[i].err, 0);
	}
	s[3] = slots_take(dir);
	CHECK_INT_EQ(s[3].fd, -1);
	CHECK_INT_EQ(s[3].err, 0);
	CHECK_INT_EQ(s[3].total, 3); /* README is not a slot */
	for (int i = 0; i < 3; i++)
		close(s[i].fd);
	remove_dir(dir, 3);
}

TEST(slots_freed_when_the_holder_closes)
{
	char *dir = slot_dir(1);
	struct slots a = slots_take(dir);

	CHECK(a.fd >= 0);
	CHECK_INT_EQ(slots_take(dir).fd, -1);
	close(a.fd); /* as the kernel does when a session ends, however it ends */
	struct slots b = slots_take(dir);
	CHECK(b.fd >= 0);
	close(b.fd);
	/* a directory without slots is full from the start */
	remove_dir(dir, 1);
	dir = slot_dir(0);
	struct slots none = slots_take(dir);
	CHECK_INT_EQ(none.fd, -1);
	CHECK_INT_EQ(none.total, 0);
	CHECK_INT_EQ(none.err, 0);
	remove_dir(dir, 0);
}

TEST(slots_missing_directory)
{
	struct slots s = slots_take("/nonexistent/pushpander-slots");

	CHECK_INT_EQ(s.fd, -1);
	CHECK_INT_EQ(s.err, ENOENT);
}
