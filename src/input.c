/* input.c — keys from the terminal's bytes. */
#include "input.h"

#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "background.h"
#include "keys.h"
#include "text.h"
#include "util.h"

/* The terminal's keys: standard input, or /dev/tty (input_use_fd). */
static int input_fd = STDIN_FILENO;

void input_use_fd(int fd)
{
	input_fd = fd;
}

/* Curses may hold input that no poll of the terminal shows: bytes handed
 * back (ungetch), a second mouse event of one report, its own KEY_RESIZE.
 * Then it is asked before the terminal is polled, until it has nothing. */
static bool curses_holds;

static void hand_back(int ch)
{
	ungetch(ch);
	curses_holds = true;
}

void input_hand_back(int ch)
{
	hand_back(ch);
}

/* Whether a read of the terminal returns at once when nothing is there
 * (VMIN and VTIME are 0): then getch needs no poll before its read. */
static bool reads_never_wait;

void input_start(void)
{
	struct termios modes;

	if (tcgetattr(input_fd, &modes) != 0 || (modes.c_lflag & ICANON))
		return;
	modes.c_cc[VMIN] = 0;
	modes.c_cc[VTIME] = 0;
	if (tcsetattr(input_fd, TCSANOW, &modes) != 0)
		return;
	def_prog_mode(); /* what curses sets again, should it */
	reads_never_wait = true;
}

/* The next byte (or curses key) already there, or ERR: never waits.  A
 * flood of keys is read a key a system call: curses' read, which returns
 * at once when there is nothing, rather than a poll and then the read. */
static int next_now(void)
{
	int ch;

	if (reads_never_wait) {
		ch = getch();
		/* a read that found nothing leaves an ERR in curses' queue,
		 * which the next getch would return: taken now, without a
		 * read (a key that came meanwhile is a key) */
		if (ch == ERR)
			ch = getch();
	} else {
		timeout(0);
		ch = getch();
		timeout(-1);
	}
	if (ch == ERR)
		curses_holds = false;
	return ch;
}

/* A key from getch: a curses KEY_* code or a byte. */
static int translate_key(int ch)
{
	if (ch >= KEY_MIN) {
		switch (ch) {
		case KEY_UP: return K_UP;
		case KEY_DOWN: return K_DOWN;
		case KEY_LEFT: return K_LEFT;
		case KEY_RIGHT: return K_RIGHT;
		case KEY_PPAGE: return K_PAGE_UP;
		case KEY_NPAGE: return K_PAGE_DOWN;
		case KEY_HOME: case KEY_A1: return K_HOME;
		case KEY_END: case KEY_C1: return K_END;
		case KEY_BTAB: return K_BACKTAB;
		case KEY_ENTER: return K_ENTER;
		case KEY_BACKSPACE: return K_BACKSPACE;
		case KEY_RESIZE: return K_RESIZE;
		case KEY_MOUSE: return K_MOUSE;
		default: return 0;
		}
	}
	switch (ch) {
	case '\r': case '\n': return K_ENTER;
	case 127: case 8: return K_BACKSPACE;
	default: return ch;
	}
}

/* The rest of a UTF-8 character whose first byte was lead, as one code
 * point.  curses' own get_wch waits for a broken sequence to complete,
 * swallowing the keys after an invalid byte (a Latin-1 terminal's "é", a
 * binary paste): here an invalid byte is one U+FFFD and what follows it is
 * read again.  The rest of a character comes in the same write, so the wait
 * for it is short and only ever after a lead byte. */
static int utf8_key(int lead)
{
	char bytes[4] = { (char)lead };
	size_t need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 :
	              lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
	size_t n = 1;

	if (need == 0)
		return (int)TEXT_REPLACEMENT;
	while (n < need) {
		timeout(50);
		int c = getch();
		timeout(-1);
		if (c == ERR)
			break;
		if (c >= KEY_MIN || (c & 0xC0) != 0x80) {
			hand_back(c);
			break;
		}
		bytes[n++] = (char)c;
	}
	uint32_t cp;
	if (n < need || text_decode(bytes, n, &cp) != n)
		return (int)TEXT_REPLACEMENT;
	return (int)cp;
}

/* Reads and drops the three bytes (button, column, row) of an X10 mouse
 * report that nobody asked for (--no-mouse, or a terminal that reports
 * anyway): they are not keys, and " q" among them would quit. */
static void skip_mouse_report(void)
{
	for (int i = 0; i < 3 && next_now() != ERR; i++)
		;
}

/* The most bytes of an OSC string read and dropped: what follows is keys
 * again. */
#define OSC_MAX 1024

/* The colour of the last OSC 11 answer read among the keys. */
static struct rgb late_colour;

/* After Esc ]: an OSC string up to BEL or ESC \, which no key of ours
 * sends (Alt-] would start one).  It is the terminal's answer to tui.c's
 * background query that came after the wait for it: read whole (its rest
 * comes in the same write, or soon), never taken for keys.  Returns
 * K_BACKGROUND for an OSC 11 answer (input_background has its colour),
 * else INPUT_NOTHING. */
static int osc_string(void)
{
	char body[64];
	size_t len = 0;
	int ch;

	timeout(50);
	while (len < OSC_MAX && (ch = getch()) != ERR && ch != '\a') {
		if (ch == K_ESC) { /* ESC \ ends it; an ESC before anything else, too */
			if ((ch = getch()) != '\\' && ch != ERR)
				hand_back(ch);
			break;
		}
		if (len < sizeof body)
			body[len] = (char)ch;
		len++;
	}
	timeout(-1);
	if (len <= sizeof body && background_parse_osc11(body, len, &late_colour))
		return K_BACKGROUND;
	return INPUT_NOTHING;
}

struct rgb input_background(void)
{
	return late_colour;
}

/* After an Esc: an escape sequence that terminfo did not describe (curses
 * hands those over byte by byte) is read whole, and is Home, End, an arrow
 * or a page key when it is one of the common forms, else nothing.  A lone
 * Esc stays Esc; so does one followed by what no terminal sends as a key
 * (a control character, or "[" and a bare letter such as q): those keys
 * are read again, not swallowed. */
static int escape_sequence(void)
{
	static const struct { const char *seq; int key; } known[] = {
		{ "[1~", K_HOME }, { "[7~", K_HOME }, { "[H", K_HOME }, { "OH", K_HOME },
		{ "[4~", K_END },  { "[8~", K_END },  { "[F", K_END },  { "OF", K_END },
		{ "[5~", K_PAGE_UP }, { "[6~", K_PAGE_DOWN },
		{ "[A", K_UP }, { "[B", K_DOWN }, { "[C", K_RIGHT }, { "[D", K_LEFT },
		{ "OA", K_UP }, { "OB", K_DOWN }, { "OC", K_RIGHT }, { "OD", K_LEFT },
		{ "[Z", K_BACKTAB }, { "[M", K_MOUSE },
	};
	char seq[16];
	size_t n = 0;
	int ch;

	ch = next_now();
	if (ch == ']')
		return osc_string();
	if (ch != '[' && ch != 'O') {
		if (ch != ERR)
			hand_back(ch);
		return K_ESC;
	}
	seq[n++] = (char)ch;
	/* parameters and intermediates (CSI only), then one final byte */
	while (n < sizeof seq - 1 && (ch = next_now()) != ERR) {
		bool final = ch >= 0x40 && ch <= 0x7E;
		if (!final && !(seq[0] == '[' && ch >= 0x20 && ch <= 0x3F)) {
			hand_back(ch); /* not part of a sequence: a key of its own */
			break;
		}
		seq[n++] = (char)ch;
		if (final)
			break;
	}
	seq[n] = '\0';
	for (size_t i = 0; i < ARRAY_LEN(known); i++) {
		if (strcmp(seq, known[i].seq) == 0) {
			if (known[i].key == K_MOUSE)
				skip_mouse_report();
			return known[i].key == K_MOUSE ? 0 : known[i].key;
		}
	}
	/* no parameters and unknown: Esc, then the bytes as keys again */
	if (n <= 2) {
		for (size_t i = n; i-- > 0;)
			hand_back((unsigned char)seq[i]);
		return K_ESC;
	}
	return 0;
}

void input_after_resize(void)
{
	curses_holds = true; /* its KEY_RESIZE, which input_key drops */
}

bool input_held(void)
{
	return curses_holds;
}

int input_read(void)
{
	/* never waiting: a report curses reads and drops (a mouse button's
	 * release) must not leave it waiting for the next key */
	return next_now();
}

int input_key(int got, bool mouse)
{
	int key = got >= 0x80 && got < 0x100 ? utf8_key(got) : translate_key(got);

	if (key == K_ESC)
		key = escape_sequence();
	if (key == K_MOUSE)
		curses_holds = true; /* a report may carry more than one event */
	if (got == KEY_RESIZE)
		return INPUT_NOTHING; /* resizes come through SIGWINCH */
	if (key == K_MOUSE && !mouse) {
		skip_mouse_report();
		return INPUT_NOTHING;
	}
	return key;
}

struct input_mouse input_mouse(void)
{
	MEVENT ev;
	struct input_mouse m = { .kind = MOUSE_NONE };

	if (getmouse(&ev) != OK)
		return m;
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		m.kind = MOUSE_WHEEL;
		m.delta = ev.bstate & BUTTON4_PRESSED ? -3 : 3;
	} else if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) {
		m.kind = MOUSE_CLICK;
		m.y = ev.y;
		m.x = ev.x;
	}
	return m;
}

bool input_pending(void)
{
	struct pollfd p = { .fd = input_fd, .events = POLLIN };
	return poll(&p, 1, 0) > 0;
}

bool input_gone(void)
{
	struct pollfd p = { .fd = input_fd, .events = POLLIN };
	int n = poll(&p, 1, 0), pending = 0;

	if (n < 0)
		return errno != EINTR;
	if (n == 0)
		return false;
	if (p.revents & (POLLHUP | POLLERR | POLLNVAL))
		return true;
	/* readable, yet curses read nothing: end of file */
	return ioctl(input_fd, FIONREAD, &pending) != 0 || pending == 0;
}
