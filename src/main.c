/* main.c — the command line: options, finding and loading the résumé, and
 * choosing between the viewer and plain text. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <langinfo.h>
#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "doc.h"
#include "exitcodes.h"
#include "keys.h"
#include "layout.h"
#include "options.h"
#include "print.h"
#include "resume.h"
#include "sandbox.h"
#include "slots.h"
#include "source.h"
#include "text.h"
#include "theme.h"
#include "tui.h"
#include "version.h"
#include "visit.h"

struct settings {
	const char *file;
	int section;        /* enum screen_id, or -1 */
	bool print;
	bool validate;
	bool ssh;
	bool no_mouse;
	bool watch;
	const char *grep;
	int theme;
	int links;          /* -1 auto, 0 never, 1 always */
	int idle_timeout;   /* seconds; -1: the default */
	int max_session;    /* seconds; -1: the default */
	const char *slots;  /* --slots DIR, or NULL */
	int width;          /* 0: automatic */
	bool ascii;
	bool utf8_locale;   /* the locale's character set is UTF-8 */
	bool no_color;
};

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("pushpander: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("; see 'pushpander --help'\n", stderr);
	return EX_USAGE;
}

/* An argument as it may be shown in a message: printable ASCII only, at
 * most 60 characters, up to stop (or the end). Two calls may share one
 * message. */
static const char *shown(const char *arg, char stop)
{
	static char names[2][64];
	static int which;
	char *name = names[which++ % 2];
	size_t n = 0;

	for (; *arg && *arg != stop && n + 1 < sizeof names[0]; arg++)
		name[n++] = (*arg >= 0x20 && *arg < 0x7F) ? *arg : '?';
	name[n] = '\0';
	return name;
}

/* After the last write to standard output: 0, or EX_IOERR after saying
 * why on standard error (a full disk, a closed descriptor). */
static int output_status(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	fprintf(stderr, "pushpander: cannot write the output: %s\n", strerror(errno));
	return EX_IOERR;
}

/* "--width" of "--width=x". */
static const char *option_name(const char *arg)
{
	return shown(arg, '=');
}

/* --help, laid out like the screens so that it wraps the same way, in
 * ASCII when the locale is not UTF-8 or --ascii came before it.  Returns
 * the exit status. */
static int help(const struct settings *set)
{
	size_t nopt, nkeys;
	const struct option_doc *opts = options_table(&nopt);
	const struct key_help *keys = keys_help(&nkeys);
	const struct layout_ctx ctx = { .width = 80, .utf8 = set->utf8_locale && !set->ascii };
	struct doc d;
	struct buf s = {0};

	doc_init(&d, &ctx, 0);
	doc_add(&d, ROLE_TEXT, "Usage: pushpander [OPTIONS] [FILE]");
	doc_newline(&d);
	doc_gap(&d);
	doc_wrap(&d, ROLE_TEXT, "Shows a JSON Resume file as tabbed screens in the terminal, or "
	         "as plain text. Without FILE it shows the résumé installed with it; FILE - reads "
	         "it from standard input (keys then come from the terminal).");
	doc_newline(&d);
	doc_gap(&d);
	doc_add(&d, ROLE_TEXT, "Options:");
	doc_newline(&d);
	for (size_t i = 0; i < nopt; i++) {
		buf_clear(&s);
		if (opts[i].short_name) {
			buf_puts(&s, (char[]){ '-', opts[i].short_name, ',', ' ', 0 });
		} else {
			buf_puts(&s, "    ");
		}
		buf_puts(&s, "--");
		buf_puts(&s, opts[i].name);
		if (opts[i].arg) {
			buf_puts(&s, opts[i].arg_optional ? " [" : " ");
			buf_puts(&s, opts[i].arg);
			if (opts[i].arg_optional)
				buf_putc(&s, ']');
		}
		doc_pad_to(&d, 2);
		doc_add(&d, ROLE_TEXT, s.data);
		if (d.col > 22)
			doc_newline(&d);
		doc_pad_to(&d, 24);
		buf_clear(&s);
		options_describe(&s, &opts[i]);
		doc_wrap(&d, ROLE_TEXT, s.data);
		doc_newline(&d);
	}
	doc_gap(&d);
	doc_add(&d, ROLE_TEXT, "Keys:");
	doc_newline(&d);
	for (size_t i = 0; i < nkeys; i++) {
		buf_clear(&s);
		keys_label(&s, &keys[i], ctx.utf8);
		doc_pad_to(&d, 2);
		doc_add(&d, ROLE_TEXT, s.data);
		if (d.col > 22)
			doc_newline(&d);
		doc_pad_to(&d, 24);
		doc_wrap(&d, ROLE_TEXT, keys[i].what);
		doc_newline(&d);
	}
	doc_gap(&d);
	doc_wrap(&d, ROLE_TEXT, "Exit status: 0 success, 64 usage error, 65 invalid résumé, "
	         "66 résumé cannot be read, 70 out of memory, 74 output failed, "
	         "75 busy (--slots), 78 --slots directory unusable, 128+N ended by signal N (129 when the terminal hangs up).");
	doc_newline(&d);
	buf_clear(&s);
	print_doc(&s, &d);
	fwrite(s.data, 1, s.len, stdout);
	doc_free(&d);
	buf_free(&s);
	return output_status();
}

static int parse_number(const char *option, const char *arg, int min, int max, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(arg, &end, 10);
	if (errno || end == arg || *end || v < min || v > max)
		return usage_error("%s needs a number from %d to %d, not '%s'", option, min, max,
		                   shown(arg, 0));
	*out = (int)v;
	return 0;
}

/* A usage error that ends with the names a table knows: "(a, b, c)". */
static int usage_error_names(const char *what, const char *arg,
                             void (*names)(struct buf *out))
{
	struct buf list = {0};

	names(&list);
	int status = usage_error("no %s named '%s' (%s)", what, shown(arg, 0), list.data);
	buf_free(&list);
	return status;
}

static void section_names(struct buf *out)
{
	screen_names(out, ", ");
}

static void theme_list(struct buf *out)
{
	theme_names(out, ", ", false);
}

static int parse_section(const char *name, int *section)
{
	enum screen_id s;

	if (!screen_from_name(name, &s))
		return usage_error_names("section", name, section_names);
	*section = (int)s;
	return 0;
}

/* What "ssh HOST help" says.  The sections are wrapped as a document is;
 * the rest is written as it stands, in UTF-8, the likeliest for a visitor
 * whose locale is unknown.  Returns the exit status. */
static int ssh_help(void)
{
	const struct layout_ctx ctx = { .width = 80, .utf8 = true };
	struct buf s = {0}, out = {0};
	struct doc d;

	buf_puts(&s, "one section: ");
	screen_names(&s, " or ");
	doc_init(&d, &ctx, 0);
	doc_add(&d, ROLE_TEXT, "  ssh HOST print SECTION");
	doc_pad_to(&d, 29);
	doc_wrap(&d, ROLE_TEXT, s.data);
	doc_newline(&d);
	print_doc(&out, &d);
	fputs("This is pushpander, a résumé you can browse from your terminal.\n"
	      "\n"
	      "  ssh -t HOST                browse it: arrow keys, Enter, ? for help, q to quit\n"
	      "  ssh HOST print             the whole résumé as plain text\n", stdout);
	fputs(out.data, stdout);
	puts("  ssh HOST help              this text");
	doc_free(&d);
	buf_free(&s);
	buf_free(&out);
	return output_status();
}

/* --ssh: the visitor's command picks one of a few modes.  It is split into
 * words here and compared with the list; it is never run and never given to
 * a shell.  Returns -1 to go on, or an exit status. */
static int ssh_command(struct settings *set, struct visit *visit)
{
	const char *cmd = getenv("SSH_ORIGINAL_COMMAND");
	char words[3][32];
	size_t n = 0;

	if (!cmd)
		return -1;
	for (const char *p = cmd; *p;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		size_t len = strcspn(p, " \t");
		if (n == ARRAY_LEN(words) || len >= sizeof words[0])
			goto refuse;
		memcpy(words[n], p, len);
		words[n++][len] = '\0';
		p += len;
	}
	if (n == 0)
		return -1;
	if (strcmp(words[0], "help") == 0 && n == 1) {
		visit->mode = "help";
		return ssh_help();
	}
	if (strcmp(words[0], "print") == 0 && n <= 2) {
		set->print = true;
		return n == 2 ? (parse_section(words[1], &set->section) ? EX_USAGE : -1) : -1;
	}
refuse:
	visit->mode = "refused";
	fprintf(stderr, "pushpander: '%s' is not offered here; try 'ssh HOST help'\n",
	        shown(cmd, 0));
	return EX_USAGE;
}

/* getopt_long's long and short options, from the option table. */
static void getopt_tables(struct option longopts[24], char shortopts[40])
{
	size_t n, sp = 0;
	const struct option_doc *table = options_table(&n);

	shortopts[sp++] = ':'; /* report a missing argument as ':' */
	for (size_t i = 0; i < n; i++) {
		int has_arg = !table[i].arg ? no_argument :
		              table[i].arg_optional ? optional_argument : required_argument;
		longopts[i] = (struct option){ table[i].name, has_arg, NULL, (int)table[i].id };
		if (table[i].short_name) {
			shortopts[sp++] = table[i].short_name;
			if (table[i].arg)
				shortopts[sp++] = ':';
			if (table[i].arg_optional)
				shortopts[sp++] = ':';
		}
	}
	longopts[n] = (struct option){ 0 };
	shortopts[sp] = '\0';
}

/* The operands, after getopt has moved them to the end: the file, and with
 * --print a section's name ("--print incidents").  Returns -1 to go on, or
 * an exit status. */
static int operands(int argc, char **argv, struct settings *set)
{
	for (int i = optind; set->print && set->section < 0 && i < argc; i++) {
		if (!screen_from_name(argv[i], &(enum screen_id){ 0 }))
			continue;
		parse_section(argv[i], &set->section);
		memmove(&argv[optind + 1], &argv[optind], (size_t)(i - optind) * sizeof *argv);
		optind++;
	}
	if (argc - optind > 1)
		return usage_error("one résumé at a time, not '%s' too", shown(argv[optind + 1], 0));
	if (optind < argc)
		set->file = argv[optind];
	return -1;
}

/* --links WHEN: -1 auto, 1 always, 0 never.  Returns 0, or an exit status. */
static int parse_links(const char *when, int *links)
{
	static const char *const names[] = { "never", "always", "auto" };

	for (int i = 0; i < 3; i++)
		if (strcmp(when, names[i]) == 0) {
			*links = i == 2 ? -1 : i;
			return 0;
		}
	return usage_error("--links takes auto, always or never, not '%s'", shown(when, 0));
}

/* What getopt_long's answer c (':' or '?') says of the argument arg that
 * it could not take, as a usage error. */
static int getopt_error(int c, const char *arg)
{
	if (c == ':')
		return usage_error("%s needs an argument", option_name(arg));
	/* a long option given a value it does not take, or unknown */
	if (strncmp(arg, "--", 2) == 0 && strchr(arg, '='))
		return usage_error("%s takes no value", option_name(arg));
	if (optopt > 0 && optopt < 256 && strncmp(arg, "--", 2) != 0)
		return usage_error("unknown option '-%s'", shown((char[]){ (char)optopt, 0 }, 0));
	return usage_error("unknown option '%s'", option_name(arg));
}

/* Returns -1 to go on, or an exit status. */
static int parse_args(int argc, char **argv, struct settings *set)
{
	struct option longopts[24];
	char shortopts[40];

	getopt_tables(longopts, shortopts);
	opterr = 0;
	int c, status;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		switch (c) {
		case OPT_SECTION:
			if ((status = parse_section(optarg, &set->section)))
				return status;
			break;
		case OPT_PRINT:
			set->print = true;
			if (optarg && (status = parse_section(optarg, &set->section)))
				return status;
			break;
		case OPT_VALIDATE:
			set->validate = true;
			break;
		case OPT_SSH:
			set->ssh = true;
			break;
		case OPT_THEME: {
			enum theme_id th;
			if (!theme_from_name(optarg, &th))
				return usage_error_names("theme", optarg, theme_list);
			set->theme = (int)th;
			break;
		}
		case OPT_LINKS:
			if ((status = parse_links(optarg, &set->links)))
				return status;
			break;
		case OPT_GREP:
			set->grep = optarg;
			set->print = true;
			break;
		case OPT_NO_MOUSE:
			set->no_mouse = true;
			break;
		case OPT_WATCH:
			set->watch = true;
			break;
		case OPT_IDLE_TIMEOUT:
		case OPT_MAX_SESSION: {
			bool idle = c == OPT_IDLE_TIMEOUT;
			if ((status = parse_number(idle ? "--idle-timeout" : "--max-session", optarg,
			                           0, 86400, idle ? &set->idle_timeout : &set->max_session)))
				return status;
			break;
		}
		case OPT_SLOTS:
			set->slots = optarg;
			break;
		case OPT_WIDTH:
			if ((status = parse_number("--width", optarg, 20, 1000, &set->width)))
				return status;
			break;
		case OPT_ASCII:
			set->ascii = true;
			break;
		case OPT_NO_COLOR:
			set->no_color = true;
			break;
		case OPT_HELP:
			return help(set);
		case OPT_VERSION:
			puts("pushpander " PUSHPANDER_VERSION);
			return output_status();
		default:
			return getopt_error(c, argv[optind - 1]);
		}
	}
	return operands(argc, argv, set);
}

/* The résumé shown without FILE: data/resume.json beside the binary when
 * run from a checkout, else the installed one. */
static const char *default_file(char *path, size_t size)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);

	if (n > 0) {
		exe[n] = '\0';
		int len = snprintf(path, size, "%s/data/resume.json", dirname(exe));
		if (len > 0 && (size_t)len < size && access(path, R_OK) == 0)
			return path;
	}
	return PUSHPANDER_DATADIR "/resume.json";
}

static bool has_screen(const struct resume *r, int section)
{
	enum screen_id shown_screens[SCREEN_COUNT];
	size_t n = screens_present(r, shown_screens);

	for (size_t i = 0; i < n; i++)
		if ((int)shown_screens[i] == section)
			return true;
	return false;
}

/* The line after the first RESUME_MAX_WARNINGS problems, to f after
 * prefix: "FILE: and 12 more problems". */
static void more_problems(FILE *f, const char *prefix, const char *file, size_t dropped)
{
	char *name = text_sanitize_name(file);

	fprintf(f, "%s%s: and %zu more problem%s\n", prefix, name, dropped, dropped == 1 ? "" : "s");
	free(name);
}

/* --validate: every problem on standard output, one a line, then the
 * notes (near-miss keys) and how many unknown keys were let be; notes
 * alone do not fail. */
static int validate(const struct settings *set, struct resume *r, struct validation *found,
                    int status, char *error)
{
	char *name = text_sanitize_name(source_name(set->file));
	struct diagnostics *warnings = &found->problems;

	if (error)
		printf("%s\n", error);
	for (size_t i = 0; i < warnings->n; i++)
		printf("%s\n", warnings->lines[i]);
	if (warnings->dropped)
		more_problems(stdout, "", source_name(set->file), warnings->dropped);
	for (size_t i = 0; i < found->notes.n; i++)
		printf("%s\n", found->notes.lines[i]);
	if (!status && found->ignored)
		printf("%s: %zu unknown key%s ignored (extensions are allowed)\n", name,
		       found->ignored, found->ignored == 1 ? "" : "s");
	if (!status && warnings->n == 0 && !warnings->dropped)
		printf("%s: valid\n", name);
	if (!status)
		resume_free(r);
	size_t problems = warnings->n + warnings->dropped;
	free(error);
	free(name);
	validation_free(found);
	if (output_status())
		return EX_IOERR;
	return status ? status : problems ? EX_DATAERR : 0;
}

/* The charts' "today" (as struct layout_ctx counts months): now, or
 * SOURCE_DATE_EPOCH when it is set, so that output can be reproduced. */
static int today(void)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	char *end;
	time_t now = time(NULL);
	struct tm tm;

	if (epoch && *epoch) {
		long long v = strtoll(epoch, &end, 10);
		if (!*end && v >= 0)
			now = (time_t)v;
	}
	if (!gmtime_r(&now, &tm))
		return 2026 * 12 + 10; /* a time beyond gmtime: any month will do */
	return (tm.tm_year + 1900) * 12 + tm.tm_mon;
}

/* Whether the terminal is one known to support OSC 8 hyperlinks. Others
 * mostly ignore them, but some print them: when in doubt, leave them out. */
static bool terminal_has_links(void)
{
	static const char *const programs[] = { "iTerm.app", "WezTerm", "vscode", "ghostty" };
	static const char *const terms[] = { "kitty", "foot", "wezterm", "ghostty", "alacritty" };
	const char *program = getenv("TERM_PROGRAM"), *term = getenv("TERM");
	const char *vte = getenv("VTE_VERSION");

	if (getenv("KITTY_WINDOW_ID") || getenv("WT_SESSION") || (vte && atoi(vte) >= 5000))
		return true;
	for (size_t i = 0; program && i < ARRAY_LEN(programs); i++)
		if (strcmp(program, programs[i]) == 0)
			return true;
	for (size_t i = 0; term && i < ARRAY_LEN(terms); i++)
		if (strstr(term, terms[i]))
			return true;
	return false;
}

static int terminal_width(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col > 1000 ? 1000 : ws.ws_col;
	return 80;
}

/* Where the viewer reads keys: standard input, or the terminal itself
 * when the résumé came down a pipe on it (as less does); -1 for none. */
static int keyboard(const struct settings *set)
{
	if (!source_is_stdin(set->file) || set->print || isatty(STDIN_FILENO))
		return STDIN_FILENO;
	if (!isatty(STDOUT_FILENO))
		return -1;
	return open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
}

/* --print, --grep, or no terminal: the warnings, then the text.  Returns
 * the exit status. */
static int plain_text(const struct settings *set, const struct resume *r,
                      const struct diagnostics *warnings, struct layout_ctx *ctx)
{
	size_t matches = 0;
	int status;

	for (size_t i = 0; i < warnings->n; i++)
		fprintf(stderr, "pushpander: warning: %s\n", warnings->lines[i]);
	if (warnings->dropped)
		more_problems(stderr, "pushpander: warning: ", source_name(set->file), warnings->dropped);
	ctx->width = set->width ? set->width : terminal_width();
	if (set->grep) {
		status = print_grep(stdout, r, ctx, set->section, set->grep, &matches);
		if (!status && matches == 0)
			status = EXIT_NO_MATCH;
	} else {
		status = print_resume(stdout, r, ctx, set->section);
	}
	if (status == EX_IOERR)
		fprintf(stderr, "pushpander: cannot write the output: %s\n", strerror(errno));
	return status;
}

/* --slots: holds a free session slot to the end (its descriptor stays
 * open), or says in one line why not.  Returns -1 to go on, or an exit
 * status. */
static int take_slot(const char *dir, struct visit *visit)
{
	struct slots s = slots_take(dir);

	if (s.fd >= 0)
		return -1;
	visit->mode = "refused";
	if (s.err || s.total == 0) {
		fprintf(stderr, "pushpander: cannot use the session slots in %s: %s\n", shown(dir, 0),
		        s.err ? strerror(s.err) : "it has no slot-N files");
		return EX_CONFIG;
	}
	visit->end = VISIT_BUSY;
	if (s.total == 1)
		fputs("pushpander: busy: the one session allowed is in use; please try again later\n",
		      stderr);
	else
		fprintf(stderr, "pushpander: busy: all %d sessions are in use; please try again later\n",
		        s.total);
	return EX_TEMPFAIL;
}

/* What the viewer is told: the settings, the layout context, where the
 * keys come from and the visit to count. */
static struct tui_options viewer_options(const struct settings *set, const struct layout_ctx *ctx,
                                         int keys_fd, struct visit *visit)
{
	const char *no_color = getenv("NO_COLOR");

	return (struct tui_options){
		.ascii = !ctx->utf8,
		.today = ctx->today,
		.color = !set->no_color && !(no_color && *no_color),
		.start = set->section,
		.idle_timeout = set->idle_timeout,
		.max_session = set->max_session,
		.mouse = !set->no_mouse,
		.theme = set->theme,
		.links = set->links < 0 ? terminal_has_links() : set->links,
		.input_fd = keys_fd,
		.watch = set->watch ? set->file : NULL,
		.visit = visit,
	};
}

/* main, once the command line is read: the résumé loaded, then the
 * viewer or plain text.  Under --ssh, visit is told what the visitor did.
 * Returns the exit status. */
static int run(struct settings *set, struct visit *visit)
{
	char path[PATH_MAX + 32];
	int status;

	if (set->slots && (status = take_slot(set->slots, visit)) >= 0)
		return status;
	if (set->ssh && (status = ssh_command(set, visit)) >= 0)
		return status;
	if (set->idle_timeout < 0)
		set->idle_timeout = set->ssh ? 600 : 0;
	if (set->max_session < 0)
		set->max_session = set->ssh ? 1800 : 0;
	if (!set->file)
		set->file = default_file(path, sizeof path);
	struct layout_ctx ctx = {
		.utf8 = set->utf8_locale && !set->ascii,
		.today = today(),
	};

	struct resume r;
	struct validation found = { 0 };
	struct diagnostics warnings = { 0 };
	char *error = NULL;
	status = source_load(set->file, &r, &found, &error);
	if (set->validate) {
		sandbox_enter(); /* what is left is writing the report */
		return validate(set, &r, &found, status, error);
	}
	warnings = found.problems; /* the notes are for --validate */
	found.problems = (struct diagnostics){ 0 };
	validation_free(&found);
	if (status) {
		fprintf(stderr, "pushpander: %s\n", error);
		free(error);
		diagnostics_free(&warnings);
		return status;
	}

	if (set->section >= 0 && !has_screen(&r, set->section)) {
		fprintf(stderr, "pushpander: %s has no %s section\n", shown(source_name(set->file), 0),
		        screen_name((enum screen_id)set->section));
		resume_free(&r);
		diagnostics_free(&warnings);
		return EX_USAGE;
	}

	int keys_fd = keyboard(set);
	bool tty = keys_fd >= 0 && isatty(keys_fd) && isatty(STDOUT_FILENO);
	if (!set->print && tty) {
		struct tui_options o = viewer_options(set, &ctx, keys_fd, visit);
		o.problems = (int)(warnings.n + warnings.dropped);
		status = tui_run(&r, &o);
		if (status != TUI_UNUSABLE) {
			visit->mode = "viewer";
			goto out;
		}
		fprintf(stderr, "pushpander: cannot drive terminal type '%s'; printing plain text\n",
		        shown(getenv("TERM") ? getenv("TERM") : "", 0));
	}
	/* the viewer enters the sandbox once curses has started; the printer
	 * only writes from here on */
	sandbox_enter();
	status = plain_text(set, &r, &warnings, &ctx);
out:
	if (keys_fd > STDERR_FILENO)
		close(keys_fd);
	resume_free(&r);
	diagnostics_free(&warnings);
	return status;
}

int main(int argc, char **argv)
{
	struct settings set = { .section = -1, .idle_timeout = -1, .max_session = -1, .links = -1 };

	setlocale(LC_ALL, "");
	set.utf8_locale = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;

	int status = parse_args(argc, argv, &set);
	if (status >= 0)
		return status;
	if (set.watch && set.ssh)
		return usage_error("--watch is for the owner's terminal, not with --ssh");
	if (set.watch && set.file && source_is_stdin(set.file))
		return usage_error("--watch needs a file to watch, not - (standard input)");
	if (!set.ssh)
		return run(&set, &(struct visit){ 0 });
	/* the syslog socket is opened now, before the viewer
	 * starts and whatever it forbids itself after that (a seccomp filter
	 * that allows no socket or connect): the last line is a write to a
	 * socket already open */
	visit_log_open();
	long long began = monotonic_ms() / 1000;
	struct visit visit = { .mode = "print", .end = VISIT_QUIT };
	status = run(&set, &visit);
	visit.seconds = monotonic_ms() / 1000 - began;
	visit_log(&visit);
	return status;
}
