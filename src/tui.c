/* tui.c — the terminal and the event loop: curses set up and torn down,
 * signals, the terminal's size, and keys dispatched to app.c. */
#include "tui.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "background.h"
#include "input.h"
#include "keys.h"
#include "paint.h"
#include "sandbox.h"
#include "source.h"
#include "terminfo.h"
#include "termquery.h"
#include "text.h"
#include "view.h"
#include "watch.h"

/* Above this size curses is told this size: an ssh client may announce
 * 65535×65535, and curses would try to allocate gigabytes for it. */
#define MAX_COLS 512
#define MAX_ROWS 256

/* While keys keep coming, a frame at most this often (milliseconds): the
 * screen keeps up and a flood of keys costs little. */
#define FRAME_MS 40

/* ---- signals ---- */

static volatile sig_atomic_t caught_signal, resized, idle, limit_reached;
/* Curses may be writing: a terminal that stopped reading (a stalled ssh
 * client) would keep a write blocked, and the flags above unread. */
static volatile sig_atomic_t in_output;

/* What the terminal was before curses, and the bytes that undo what curses
 * did to it (the alternate screen, mouse reporting, the cursor, colours),
 * for leaving where nothing but async-signal-safe calls may be made. */
static struct termios saved_modes;
static bool have_saved_modes;
static char leave_bytes[256];
static size_t leave_len;

static void add_leave(const char *cap)
{
	size_t n = cap && cap != (char *)-1 ? strlen(cap) : 0;
	if (n && leave_len + n < sizeof leave_bytes) {
		memcpy(leave_bytes + leave_len, cap, n);
		leave_len += n;
	}
}

/* Restores the terminal as well as can be done from a signal handler:
 * its modes, then the undoing bytes, written without waiting for a
 * terminal that may never read them. */
static void restore_from_handler(void)
{
	int saved_errno = errno;
	if (have_saved_modes)
		tcsetattr(STDOUT_FILENO, TCSANOW, &saved_modes);
	int fl = fcntl(STDOUT_FILENO, F_GETFL);
	if (fl >= 0 && fcntl(STDOUT_FILENO, F_SETFL, fl | O_NONBLOCK) == 0) {
		ssize_t w = write(STDOUT_FILENO, leave_bytes, leave_len);
		(void)w;
		fcntl(STDOUT_FILENO, F_SETFL, fl);
	}
	errno = saved_errno;
}

/* SIGTERM, SIGHUP, SIGINT and the other signals that end a process: the
 * loop ends and curses restores the terminal; or, when output is blocked,
 * here and now. */
static void on_signal(int sig)
{
	caught_signal = sig;
	if (in_output) {
		restore_from_handler();
		_exit(128 + sig);
	}
}

static void on_winch(int sig)
{
	(void)sig;
	resized = 1;
}

/* The timers: the idle timeout is one alarm (SIGALRM), re-armed by every
 * key and nothing else, so nothing wakes the process while it waits;
 * --max-session is a second timer with its own signal (LIMIT_SIGNAL) that
 * no key re-arms.  Both end the session with status 0. */
#define LIMIT_SIGNAL SIGRTMIN
static void on_timer(int sig)
{
	if (sig == SIGALRM)
		idle = 1;
	else
		limit_reached = 1;
	if (in_output) {
		restore_from_handler();
		_exit(0);
	}
}

/* A fault (SIGSEGV, SIGABRT, …): restore the terminal, then die of it. */
static void on_fault(int sig)
{
	restore_from_handler();
	signal(sig, SIG_DFL);
	raise(sig);
}

static bool is_fault(int sig)
{
	return sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE || sig == SIGILL ||
	       sig == SIGABRT || sig == SIGTRAP || sig == SIGSYS;
}

/* Signals whose default is not to end the process, and those no handler
 * can catch. */
static bool is_harmless(int sig)
{
	return sig == SIGKILL || sig == SIGSTOP || sig == SIGCHLD || sig == SIGCONT ||
	       sig == SIGURG || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU ||
	       sig == SIGPIPE || sig == SIGWINCH || sig == SIGALRM;
}

static void install_signals(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: a blocked wait returns EINTR */
	for (int sig = 1; sig < NSIG; sig++) {
		if (is_harmless(sig) || sigaction(sig, NULL, &old) != 0)
			continue;
		/* what was ignored stays ignored (nohup: the end of input ends
		 * us then), and a fault already handled (a sanitizer's) keeps
		 * its handler */
		if (old.sa_handler == SIG_IGN || (is_fault(sig) && old.sa_handler != SIG_DFL))
			continue;
		sa.sa_handler = is_fault(sig) ? on_fault : on_signal;
		sigaction(sig, &sa, NULL);
	}
	/* our own SIGWINCH handler, so that curses does not install one and
	 * resize to whatever size is announced (see terminal_size) */
	sa.sa_handler = on_winch;
	sigaction(SIGWINCH, &sa, NULL);
	sa.sa_handler = on_timer;
	sigaction(SIGALRM, &sa, NULL);
	sigaction(LIMIT_SIGNAL, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

/* The signals the loop looks at, blocked except while it waits. */
static void loop_signals(sigset_t *set)
{
	sigfillset(set);
	sigdelset(set, SIGSEGV);
	sigdelset(set, SIGBUS);
	sigdelset(set, SIGFPE);
	sigdelset(set, SIGILL);
}

/* ---- the terminal ---- */

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

/* The bytes that leave what start_curses entered. */
static void prepare_leave(bool mouse)
{
	leave_len = 0;
	if (mouse)
		add_leave("\033[?1000l\033[?1002l\033[?1003l\033[?1006l");
	add_leave(tigetstr("rmkx"));
	add_leave(tigetstr("sgr0"));
	add_leave(tigetstr("cnorm"));
	add_leave(tigetstr("rmcup"));
}

/* Starts curses on the terminal, or returns NULL (having written nothing)
 * when it cannot be driven. */
static SCREEN *start_curses(const struct tui_options *o, FILE **keys)
{
	if (!terminfo_usable(STDOUT_FILENO))
		return NULL;
	int rows, cols;
	bool clamped = false;
	/* the size comes from the kernel: LINES and COLUMNS from the
	 * environment would let a 3000×3000 screen past the clamp, so they
	 * are only ever the clamped size, set here */
	unsetenv("LINES");
	unsetenv("COLUMNS");
	if (terminal_size(&rows, &cols, &clamped) && clamped) {
		char num[16];
		snprintf(num, sizeof num, "%d", rows);
		setenv("LINES", num, 1);
		snprintf(num, sizeof num, "%d", cols);
		setenv("COLUMNS", num, 1);
	}
	have_saved_modes = tcgetattr(STDOUT_FILENO, &saved_modes) == 0;
	*keys = o->input_fd == STDIN_FILENO ? stdin : fdopen(dup(o->input_fd), "r");
	SCREEN *screen = *keys ? newterm(NULL, stdout, *keys) : NULL;
	unsetenv("LINES");
	unsetenv("COLUMNS");
	if (!screen) {
		if (*keys && *keys != stdin)
			fclose(*keys);
		return NULL;
	}
	input_use_fd(o->input_fd);
	if (LINES > MAX_ROWS || COLS > MAX_COLS)
		resizeterm(LINES > MAX_ROWS ? MAX_ROWS : LINES, COLS > MAX_COLS ? MAX_COLS : COLS);
	prepare_leave(o->mouse);
	install_signals();
	set_escdelay(25);
	typeahead(-1); /* no poll for keys in every refresh: the loop paces frames */
	raw();
	noecho();
	nonl();
	input_start();
	keypad(stdscr, TRUE);
	curs_set(0);
	if (o->mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
	return screen;
}

/* Whether the background is worth asking: the theme follows it, there are
 * colours, and the terminal may be asked. */
static bool background_wanted(const struct tui_options *o, const struct painter *p)
{
	return theme_follows_background((enum theme_id)o->theme) && p->colors > 0 &&
	       termquery_allowed(o->input_fd);
}

/* Out of memory while curses runs: the terminal comes back first. */
static void restore_for_exit(void)
{
	in_output = 1; /* should endwin block, a signal still ends us */
	endwin();
	in_output = 0;
}

/* The viewer's parts, for the loop. */
struct tui {
	const struct tui_options *o;
	struct view view;
	struct app_state st;
	struct painter painter;
	bool light;             /* drawn for a light background */
	bool asked;             /* the background was asked for; no answer came in time */
	struct watch watch;     /* --watch, or fd -1 */
	struct resume loaded;   /* the last résumé loaded by --watch */
	bool reloaded;          /* loaded holds one */
	bool keyed;             /* a key came since the idle timeout was armed */
	unsigned tabs_seen;     /* a bit for each tab shown */
	uint64_t cards_seen[APP_MAX_TABS]; /* a bit for each card opened (the first 64) */
};

/* Notes the tab shown and the card open, for the visit's line. */
static void note_seen(struct tui *t)
{
	int tab = t->st.tab, card = t->st.pos[tab < 0 ? 0 : tab].selected;

	if (tab < 0 || tab >= APP_MAX_TABS)
		return;
	t->tabs_seen |= 1u << tab;
	if (t->st.card_open && card >= 0 && card < 64)
		t->cards_seen[tab] |= (uint64_t)1 << card;
}

/* Fills o->visit, if asked for, once the loop has ended with status. */
static void tell_visit(const struct tui *t, int status)
{
	struct visit *v = t->o->visit;

	if (!v)
		return;
	v->end = limit_reached ? VISIT_LIMIT : idle ? VISIT_IDLE : status == 0 ? VISIT_QUIT :
	         status == 128 + SIGHUP ? VISIT_HANGUP : VISIT_SIGNAL;
	v->tabs = __builtin_popcount(t->tabs_seen);
	v->cards = 0;
	for (int i = 0; i < APP_MAX_TABS; i++)
		v->cards += __builtin_popcountll(t->cards_seen[i]);
}

/* A click on row `row` of the content, column x.  In a split, a click on
 * the detail moves the keys into it; one on the list moves them back and
 * selects the card there. */
static unsigned content_click(struct tui *t, const struct app_view *v, int x, int row)
{
	if (!t->st.help_open && view_split(&t->view, t->st.tab)) {
		bool on_detail = x >= view_detail_pane(&t->view, t->st.tab).x - 1;
		if (on_detail)
			return t->st.card_open ? 0 : app_update(&t->st, ACT_OPEN, v);
		if (t->st.card_open) {
			unsigned flags = app_update(&t->st, ACT_CLOSE, v);
			view_cover(&t->view, &t->st, false);
			struct app_view list = view_app_view(&t->view, &t->st);
			return flags | app_click(&t->st, &list, app_scroll(&t->st) + row);
		}
	}
	return app_click(&t->st, v, app_scroll(&t->st) + row);
}

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
		return content_click(t, v, m.x, m.y - 2);
	return 0;
}

/* The palette for a light background or a dark one: as the theme says,
 * else as the terminal answers (asked at asked_at, or -1: not asked), else
 * as COLORFGBG says, else dark. */
static void choose_palette(struct tui *t, long long asked_at)
{
	enum background bg = asked_at >= 0 ? termquery_hear_background(t->o->input_fd, asked_at, &caught_signal) :
	                                     BACKGROUND_UNKNOWN;

	t->asked = asked_at >= 0 && bg == BACKGROUND_UNKNOWN;
	if (bg == BACKGROUND_UNKNOWN)
		bg = background_from_colorfgbg(getenv("COLORFGBG"));
	t->light = theme_is_light((enum theme_id)t->o->theme, bg == BACKGROUND_LIGHT);
	paint_palette(&t->painter, t->o->theme, t->light);
}

/* The terminal told its background after the wait for it: the palette
 * follows, once, if it was asked for. */
static unsigned late_background(struct tui *t)
{
	bool light;

	if (!t->asked)
		return 0;
	t->asked = false;
	light = theme_is_light((enum theme_id)t->o->theme,
	                       background_of(input_background()) == BACKGROUND_LIGHT);
	if (light == t->light)
		return 0;
	t->light = light;
	paint_palette(&t->painter, t->o->theme, light);
	return APP_CLEAR | APP_REPAINT;
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

/* A key while the terminal is too small: only quitting means anything (a
 * resize comes by SIGWINCH). */
static unsigned too_small_key(int key)
{
	enum action a = keys_action(key);

	return a == ACT_QUIT || a == ACT_EXIT ? APP_QUIT : 0;
}

/* Lays out what the flags ask for, and says whether to paint. */
static bool lay_out(struct tui *t, unsigned flags)
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
	return flags & (APP_REPAINT | APP_RELAYOUT | APP_CLEAR);
}

static void paint(struct tui *t)
{
	if (!paint_too_small(&t->view))
		view_detail(&t->view, &t->st);
	in_output = 1;
	paint_frame(&t->painter, &t->view, &t->st);
	refresh();
	paint_links(&t->painter);
	in_output = 0;
}

/* A flag the loop must look at before it waits. */
static bool interrupted(void)
{
	return caught_signal || idle || limit_reached || resized;
}

/* --max-session: starts the timer that ends the session after seconds
 * (CLOCK_MONOTONIC: a change of the clock does not move it).  Returns
 * false when there is none to start or it cannot be. */
static bool start_limit(timer_t *timer, int seconds)
{
	struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = LIMIT_SIGNAL };
	struct itimerspec when = { .it_value = { .tv_sec = seconds } };

	if (seconds <= 0 || timer_create(CLOCK_MONOTONIC, &ev, timer) != 0)
		return false;
	if (timer_settime(*timer, 0, &when, NULL) != 0) {
		timer_delete(*timer);
		return false;
	}
	return true;
}

/* What wait_input found, or what it is to watch. */
enum { WAIT_KEYS = 1, WAIT_FILE = 2 };

/* Waits for what watch asks (WAIT_* flags: the keys, the watched file), a
 * signal or timeout_ms (-1: for ever; 0: only looks) with the loop's
 * signals let through only while it waits, so that none can slip in
 * between looking at the flags and waiting.  Returns WAIT_* flags. */
static int wait_input(const struct tui *t, const sigset_t *waiting, int watch, int timeout_ms)
{
	struct pollfd p[2];
	nfds_t n = 0;
	int keys = -1, file = -1;
	struct timespec ts = { timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000 };

	if (watch & WAIT_KEYS) {
		keys = (int)n;
		p[n++] = (struct pollfd){ .fd = t->o->input_fd, .events = POLLIN };
	}
	if (watch & WAIT_FILE && t->watch.fd >= 0) {
		file = (int)n;
		p[n++] = (struct pollfd){ .fd = t->watch.fd, .events = POLLIN };
	}
	if (interrupted())
		return 0;
	if (ppoll(p, n, timeout_ms < 0 ? NULL : &ts, waiting) <= 0)
		return 0;
	return (keys >= 0 && p[keys].revents ? WAIT_KEYS : 0) |
	       (file >= 0 && p[file].revents ? WAIT_FILE : 0);
}

/* The status line's notice: s sanitised. */
static void set_notice(struct tui *t, const char *s)
{
	char *clean = text_sanitize(s, strlen(s));
	snprintf(t->st.notice, sizeof t->st.notice, "%s", clean);
	free(clean);
}

/* Shows r in place of the résumé shown: the view laid out anew, the state
 * kept where the same screens are still there. */
static void show_resume(struct tui *t, const struct resume *r, int problems)
{
	int old[SCREEN_COUNT], now[SCREEN_COUNT], cards[SCREEN_COUNT];
	int old_n = t->view.ntabs, rows = t->view.rows, cols = t->view.cols;
	const struct layout_ctx ctx = t->view.ctx;

	for (int i = 0; i < old_n; i++)
		old[i] = (int)t->view.tabs[i];
	view_free(&t->view);
	view_init(&t->view, r, &ctx, t->o->mouse);
	view_resize(&t->view, rows, cols);
	for (int i = 0; i < t->view.ntabs; i++) {
		now[i] = (int)t->view.tabs[i];
		cards[i] = (int)screen_card_count(r, t->view.tabs[i]);
	}
	app_retab(&t->st, old, old_n, now, t->view.ntabs, cards);
	t->painter.problems = problems;
}

/* --watch: the file changed; load it again.  A save that breaks it keeps
 * the résumé shown and says what is wrong until the next good save. */
static unsigned reload(struct tui *t)
{
	struct resume r;
	struct validation found = { 0 };
	char *error = NULL;

	if (!watch_changed(&t->watch))
		return 0;
	int status = source_load_at(t->watch.dir, t->watch.name, t->o->watch, &r, &found, &error);
	if (status) {
		/* the file's own name, not its path: the status line is short */
		const char *path = t->o->watch, *base = strrchr(path, '/');
		size_t n = strlen(path);
		char said[160];
		base = base ? base + 1 : path;
		if (faccessat(t->watch.dir, t->watch.name, F_OK, 0) != 0 && errno == ENOENT)
			snprintf(said, sizeof said, "%s is gone: waiting for it to come back", base);
		else if (strncmp(error, path, n) == 0)
			snprintf(said, sizeof said, "%s%s", base, error + n);
		else
			snprintf(said, sizeof said, "%s", error);
		set_notice(t, said);
		free(error);
		validation_free(&found);
		return APP_REPAINT;
	}
	t->st.notice[0] = '\0';
	show_resume(t, &r, (int)found.problems.n);
	validation_free(&found);
	if (t->reloaded)
		resume_free(&t->loaded);
	t->loaded = r;
	t->reloaded = true;
	t->view.r = &t->loaded; /* r was a copy of what loaded holds now */
	return APP_RELAYOUT | APP_CLEAR;
}

/* Arms the idle timeout again if a key came since it was armed: not at
 * every key of a flood, which would cost a system call each, but before
 * any wait or frame and once a millisecond while keys are read. */
static void rearm_idle(struct tui *t)
{
	if (t->keyed && t->o->idle_timeout > 0)
		alarm((unsigned)t->o->idle_timeout);
	t->keyed = false;
}

/* What the key that starts with got (a getch result other than ERR) does:
 * APP_* flags. */
static unsigned take_key(struct tui *t, int got)
{
	int key = input_key(got, t->o->mouse);
	unsigned flags;

	if (key == INPUT_NOTHING)
		return 0;
	if (key == K_BACKGROUND)
		return late_background(t);
	t->keyed = true; /* keys only: resizes come by SIGWINCH, not here */
	flags = paint_too_small(&t->view) ? too_small_key(key) : dispatch_key(t, key);
	note_seen(t);
	return flags;
}

/* Reads keys and shows what they do until a quit, a signal, the idle
 * timeout or the end of input; returns the exit status.  While keys keep
 * coming a frame is painted at most every FRAME_MS, and the loop sleeps
 * until it is due rather than waking for each key: then it reads every
 * key queued meanwhile, one after the other without polling first, and
 * paints.  A flood costs a wake-up or two a frame, not one a key, and the
 * screen still keeps up. */
static int event_loop(struct tui *t)
{
	sigset_t blocked, waiting;
	unsigned flags = APP_REPAINT; /* laid out by tui_run */
	int errors = 0;
	bool dirty = false;
	bool queued = false; /* keys may be waiting: read on until there are none */
	long long painted = 0, looked = 0;

	loop_signals(&blocked);
	sigprocmask(SIG_BLOCK, &blocked, &waiting);
	if (t->o->idle_timeout > 0)
		alarm((unsigned)t->o->idle_timeout);
	while (!(flags & APP_QUIT)) {
		dirty |= lay_out(t, flags);
		flags = 0;
		if (caught_signal)
			return 128 + caught_signal;
		if (idle || limit_reached)
			return 0;
		if (resized) {
			apply_resize();
			input_after_resize();
			flags = APP_RELAYOUT;
			continue;
		}
		long long now = monotonic_ms();
		if (queued && now != looked) {
			/* a stream of keys must not keep a resize, a SIGTERM or
			 * the watched file out: once a millisecond, a look */
			looked = now;
			rearm_idle(t);
			if (wait_input(t, &waiting, WAIT_FILE, 0) & WAIT_FILE)
				flags |= reload(t);
			if (interrupted() || flags)
				continue;
		}
		if (!queued)
			rearm_idle(t); /* a frame or a wait next */
		/* the keys queued go into the frame, unless they keep coming
		 * for so long that the screen would fall behind */
		if (dirty && now - painted >= FRAME_MS && (!queued || now - painted >= 2 * FRAME_MS)) {
			/* signals let through: a write that never ends must not
			 * keep them out */
			sigprocmask(SIG_SETMASK, &waiting, NULL);
			paint(t);
			sigprocmask(SIG_BLOCK, &blocked, NULL);
			painted = monotonic_ms();
			dirty = false;
		}
		int got;
		if (queued || input_held()) {
			got = input_read();
			queued = got != ERR;
			if (!queued)
				continue; /* none left: paint, or wait */
		} else {
			/* a frame still to paint: asleep until it is due, not
			 * woken by keys, then reading what came; else waiting
			 * for a key */
			long long wait = painted + FRAME_MS - monotonic_ms();
			int ready = dirty ? wait_input(t, &waiting, WAIT_FILE, wait < 0 ? 0 : (int)wait) :
			                    wait_input(t, &waiting, WAIT_KEYS | WAIT_FILE, -1);
			if (ready & WAIT_FILE)
				flags |= reload(t);
			queued = dirty;
			if (!(ready & WAIT_KEYS))
				continue;
			got = input_read();
			if (got == ERR) {
				/* readable, yet nothing to read: the terminal is
				 * gone (or so it seems, should that keep happening) */
				if (input_gone() || ++errors > 1000)
					return 128 + SIGHUP;
				continue;
			}
			queued = true;
		}
		errors = 0;
		flags |= take_key(t, got);
	}
	return 0;
}

int tui_run(const struct resume *r, const struct tui_options *o)
{
	struct tui t;

	memset(&t, 0, sizeof t);
	t.o = o;
	const struct layout_ctx ctx = { .utf8 = !o->ascii, .today = o->today };
	view_init(&t.view, r, &ctx, o->mouse);
	int start = view_tab_of(&t.view, o->start);
	app_init(&t.st, t.view.ntabs, start < 0 ? 0 : start);

	FILE *keys = NULL;
	SCREEN *screen = start_curses(o, &keys);
	if (!screen) {
		view_free(&t.view);
		app_free(&t.st);
		return TUI_UNUSABLE;
	}
	util_on_fatal(restore_for_exit);
	paint_init(&t.painter, o->color, !o->ascii, o->links, o->problems);
	/* the terminal answers while the first frame is laid out */
	long long asked_at = -1;
	if (background_wanted(o, &t.painter)) {
		in_output = 1; /* a terminal that does not read must not keep signals out */
		asked_at = termquery_ask_background(STDOUT_FILENO);
		in_output = 0;
	}
	lay_out(&t, APP_RELAYOUT);
	choose_palette(&t, asked_at);
	t.watch.fd = t.watch.dir = -1;
	if (o->watch && !watch_open(&t.watch, o->watch)) {
		char why[160];
		snprintf(why, sizeof why, "cannot watch %s: %s", o->watch, strerror(errno));
		set_notice(&t, why);
	}
	timer_t limit;
	bool limited = start_limit(&limit, o->max_session);
	note_seen(&t);
	/* terminfo and the locale are read: no file is opened from here on,
	 * but for the watched one, from its directory */
	sandbox_enter_watching(t.watch.dir);
	int status = event_loop(&t);
	alarm(0);
	if (limited)
		timer_delete(limit);
	tell_visit(&t, status);
	in_output = 1;
	endwin();
	in_output = 0;
	util_on_fatal(NULL);
	delscreen(screen);
	if (keys != stdin)
		fclose(keys);
	if (limit_reached) {
		char said[32];
		visit_duration(said, sizeof said, o->max_session);
		fprintf(stderr, "pushpander: this session has ended after %s; thanks for visiting\n",
		        said);
	} else if (idle) {
		fprintf(stderr, "pushpander: closed after %d second%s without a key\n",
		        o->idle_timeout, o->idle_timeout == 1 ? "" : "s");
	}
	view_free(&t.view);
	app_free(&t.st);
	paint_free(&t.painter);
	watch_close(&t.watch);
	if (t.reloaded)
		resume_free(&t.loaded);
	return status;
}
