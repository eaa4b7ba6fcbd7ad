/* test_util.c — the byte buffer's promises (util.c). */
#include <string.h>

#include "check.h"
#include "util.h"

TEST(buf_clear_keeps_the_nul)
{
	struct buf b = {0};

	/* a buffer that never held anything: "" afterwards, never NULL */
	buf_clear(&b);
	CHECK(b.data != NULL);
	CHECK_INT_EQ(b.len, 0);
	CHECK_STR_EQ(b.data, "");

	/* emptied, it reads as empty, not as what it held */
	buf_puts(&b, "English · Native");
	buf_clear(&b);
	CHECK_INT_EQ(b.len, 0);
	CHECK_STR_EQ(b.data, "");
	buf_puts(&b, "jazz");
	CHECK_STR_EQ(b.data, "jazz");
	CHECK_INT_EQ(b.len, 4);

	/* and keeps its memory for what comes next */
	size_t cap = b.cap;
	buf_clear(&b);
	CHECK_INT_EQ(b.cap, cap);
	buf_free(&b);
	CHECK(b.data == NULL);
}
