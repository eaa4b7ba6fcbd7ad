/* tui.c — the terminal and the event loop: curses set up and torn down,
 * signals, the terminal's size, and keys dispatched to app.c. */
#include "tui.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "app.h"
#include "input.h"
#include "keys.h"
#include "paint.h"
#include "view.h"

/* Above this size curses is told this size: an ssh client may announce
 * 65535×65535, and curses would try to allocate gigabytes for it. */
#define MAX_COLS 512
#define MAX_ROWS 256

static volatile sig_atomic_t caught_signal, resized, idle;

static void on_signal(int sig)
{
	caught_signal = sig;
}

static void on_winch(int sig)
{
	(void)sig;
	resized = 1;
}

/* The idle timeout is one alarm, re-armed by every key: nothing wakes the
 * process while it waits. */
static void on_alarm(int sig)
{
	(void)sig;
	idle = 1;
}

static void install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: a blocked read returns EINTR */
	struct sigaction old;
	/* under nohup SIGHUP stays ignored: the end of input ends us then */
	if (sigaction(SIGHUP, NULL, &old) == 0 && old.sa_handler != SIG_IGN)
		sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	/* our own SIGWINCH handler, so that curses does not install one and
	 * resize to whatever size is announced (see terminal_size) */
	sa.sa_handler = on_winch;
	sigaction(SIGWINCH, &sa, NULL);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

/* The terminal's size from the kernel, clamped to what curses can afford.
 * Returns false when the kernel does not know it. */
static bool terminal_size(int *rows, int *cols, bool *clamped)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0)
		return false;
	*clamped = ws.ws_row > MAX_ROWS || ws.ws_col > MAX_COLS;
	*rows = ws.ws_row > MAX_ROWS ? MAX_ROWS : ws.ws_row;
	*cols = ws.ws_col > MAX_COLS ? MAX_COLS : ws.ws_col;
	return true;
}

/* Tells curses the (clamped) new size after a SIGWINCH. */
static void apply_resize(void)
{
	int rows, cols;
	bool clamped;

	resized = 0;
	if (terminal_size(&rows, &cols, &clamped))
		resizeterm(rows, cols);
}

static bool can_address_cursor(void)
{
	const char *cup = tigetstr("cup");
	return cup && cup != (char *)-1;
}

/* Starts curses on the terminal, or returns NULL (having written nothing)
 * when it cannot be driven. */
static SCREEN *start_curses(const struct tui_options *o)
{
	const char *term = getenv("TERM");
	if (!term || !*term)
		return NULL;
	int rows, cols;
	bool clamped = false;
	if (terminal_size(&rows, &cols, &clamped) && clamped) {
		/* curses takes LINES and COLUMNS over the kernel's size */
		char num[16];
		snprintf(num, sizeof num, "%d", rows);
		setenv("LINES", num, 1);
		snprintf(num, sizeof num, "%d", cols);
		setenv("COLUMNS", num, 1);
	}
	SCREEN *screen = newterm(NULL, stdout, stdin);
	if (!screen)
		return NULL;
	if (!can_address_cursor()) {
		endwin();
		delscreen(screen);
		return NULL;
	}
	set_escdelay(25);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	if (o->mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
	if (clamped) {
		/* from now on resizes come through apply_resize */
		unsetenv("LINES");
		unsetenv("COLUMNS");
	}
	return screen;
}

/* The viewer's parts, for the loop. */
struct tui {
	const struct tui_options *o;
	struct view view;
	struct app_state st;
	struct painter painter;
};

/* A click on the tab bar switches tab, on a card selects or opens it; the
 * wheel scrolls. */
static unsigned mouse_event(struct tui *t, const struct app_view *v)
{
	struct input_mouse m = input_mouse();

	if (m.kind == MOUSE_WHEEL)
		return app_wheel(&t->st, v, m.delta);
	if (m.kind != MOUSE_CLICK)
		return 0;
	if (m.y == 0 && !t->st.help_open) {
		int tab = paint_tab_at(&t->painter, &t->view, m.x);
		if (tab == PAINT_TAB_PREV || tab == PAINT_TAB_NEXT)
			return app_update(&t->st, tab == PAINT_TAB_PREV ? ACT_PREV_TAB : ACT_NEXT_TAB, v);
		return tab >= 0 ? app_update(&t->st, (enum action)(ACT_TAB1 + tab), v) : 0;
	}
	if (m.y >= 2 && m.y < LINES - 1)
		return app_click(&t->st, v, app_scroll(&t->st) + m.y - 2);
	return 0;
}

/* A key, with the document laid out as far as the key needs. */
static unsigned dispatch_key(struct tui *t, int key)
{
	struct app_view v = view_app_view(&t->view, &t->st);

	if (key == K_MOUSE && app_mode(&t->st) != APP_PROMPT)
		return app_dismiss(&t->st) | mouse_event(t, &v);
	unsigned flags = app_key(&t->st, key, &v);
	if (flags & APP_NEED_WHOLE) {
		/* End shows the last card: every card must be laid out */
		view_cover(&t->view, &t->st, true);
		v = view_app_view(&t->view, &t->st);
		flags = (flags & ~(unsigned)APP_NEED_WHOLE) | app_key(&t->st, key, &v);
	}
	return flags;
}

/* A key while the terminal is too small: only quitting and resizing mean
 * anything. */
static unsigned too_small_key(int key)
{
	enum action a = key == K_RESIZE ? ACT_RESIZE : keys_action(key);

	if (a == ACT_QUIT || a == ACT_EXIT)
		return APP_QUIT;
	return a == ACT_RESIZE ? APP_RELAYOUT : 0;
}

/* Lays out and paints what the flags ask for.  While keys are queued (a
 * paste, key repeat) it paints only now and then, so that the screen keeps
 * up with the keyboard. */
static void show(struct tui *t, unsigned flags, bool *dirty, int *deferred)
{
	if (flags & APP_RELAYOUT) {
		int rows, cols;
		getmaxyx(stdscr, rows, cols);
		view_resize(&t->view, rows, cols);
		if (!paint_too_small(&t->view)) {
			view_relayout(&t->view, &t->st);
			struct app_view v = view_app_view(&t->view, &t->st);
			app_settle(&t->st, &v, true);
		}
	}
	if (flags & (APP_REPAINT | APP_RELAYOUT) && !paint_too_small(&t->view))
		view_cover(&t->view, &t->st, false); /* where the key or the settling moved to */
	if (flags & APP_CLEAR)
		clearok(curscr, TRUE);
	if (flags & (APP_REPAINT | APP_RELAYOUT | APP_CLEAR))
		*dirty = true;
	if (*dirty && (!input_pending() || ++*deferred >= 64)) {
		paint_frame(&t->painter, &t->view, &t->st);
		refresh();
		paint_links(&t->painter);
		*dirty = false;
		*deferred = 0;
	}
}

/* Reads keys and shows what they do until a quit, a signal, the idle
 * timeout or the end of input; returns the exit status. */
static int event_loop(struct tui *t)
{
	unsigned flags = APP_RELAYOUT;
	int errors = 0, deferred = 0;
	bool dirty = false;

	while (!(flags & APP_QUIT)) {
		show(t, flags, &dirty, &deferred);
		flags = 0;
		errno = 0;
		if (t->o->idle_timeout > 0)
			alarm((unsigned)t->o->idle_timeout);
		int got = getch();
		if (caught_signal)
			return 128 + caught_signal;
		if (idle)
			return 0;
		if (resized) {
			apply_resize();
			flags = APP_RELAYOUT;
			errors = 0;
			continue;
		}
		if (got == ERR) {
			/* curses returns ERR for signals and after resizes too; only
			 * the kernel can tell whether the terminal is really gone.
			 * The counter stops a spin should it never say so. */
			if (input_gone() || ++errors > 1000)
				return 128 + SIGHUP;
			continue;
		}
		errors = 0;
		int key = input_key(got, t->o->mouse);
		if (key == INPUT_NOTHING)
			continue;
		flags = paint_too_small(&t->view) ? too_small_key(key) : dispatch_key(t, key);
	}
	return 0;
}

int tui_run(const struct resume *r, const struct tui_options *o)
{
	struct tui t;

	memset(&t, 0, sizeof t);
	t.o = o;
	view_init(&t.view, r, !o->ascii, o->mouse);
	int start = view_tab_of(&t.view, o->start);
	app_init(&t.st, t.view.ntabs, start < 0 ? 0 : start);

	install_signals();
	SCREEN *screen = start_curses(o);
	if (!screen) {
		view_free(&t.view);
		app_free(&t.st);
		return TUI_UNUSABLE;
	}
	paint_init(&t.painter, o->color, o->theme, !o->ascii, o->links, o->problems);
	int status = event_loop(&t);
	alarm(0);
	endwin();
	delscreen(screen);
	if (idle)
		fprintf(stderr, "pushpander: closed after %d second%s without a key\n",
		        o->idle_timeout, o->idle_timeout == 1 ? "" : "s");
	view_free(&t.view);
	app_free(&t.st);
	paint_free(&t.painter);
	return status;
}
