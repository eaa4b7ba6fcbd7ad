/* main.c — the command line: options, finding and loading the résumé, and
 * choosing between the viewer and plain text. */
#include <errno.h>
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

#include "charts.h"
#include "config.h"
#include "doc.h"
#include "keys.h"
#include "layout.h"
#include "options.h"
#include "print.h"
#include "resume.h"
#include "text.h"
#include "theme.h"
#include "tui.h"
#include "version.h"

struct settings {
	const char *file;
	int section;        /* enum screen_id, or -1 */
	bool print;
	bool validate;
	bool ssh;
	bool no_mouse;
	const char *grep;
	int theme;
	int links;          /* -1 auto, 0 never, 1 always */
	int idle_timeout;   /* seconds; -1: the default */
	int width;          /* 0: automatic */
	bool ascii;
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
	return EXIT_USAGE;
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

/* "--width" of "--width=x". */
static const char *option_name(const char *arg)
{
	return shown(arg, '=');
}

/* --help, laid out like the screens so that it wraps the same way. */
static void help(void)
{
	size_t nopt, nkeys;
	const struct option_doc *opts = options_table(&nopt);
	const struct key_help *keys = keys_help(&nkeys);
	struct doc d;
	struct buf s = {0};

	doc_init(&d, 80, 0);
	doc_add(&d, ROLE_TEXT, "Usage: pushpander [OPTIONS] [FILE]");
	doc_newline(&d);
	doc_gap(&d);
	doc_wrap(&d, ROLE_TEXT, "Shows a JSON Resume file as tabbed screens in the terminal, or "
	         "as plain text. Without FILE it shows the résumé installed with it.");
	doc_newline(&d);
	doc_gap(&d);
	doc_add(&d, ROLE_TEXT, "Options:");
	doc_newline(&d);
	for (size_t i = 0; i < nopt; i++) {
		s.len = 0;
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
		doc_wrap(&d, ROLE_TEXT, opts[i].what);
		doc_newline(&d);
	}
	doc_gap(&d);
	doc_add(&d, ROLE_TEXT, "Keys:");
	doc_newline(&d);
	for (size_t i = 0; i < nkeys; i++) {
		s.len = 0;
		keys_label(&s, &keys[i], text_utf8());
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
	         "128+N ended by signal N (129 when the terminal hangs up).");
	doc_newline(&d);
	s.len = 0;
	print_doc(&s, &d);
	fwrite(s.data, 1, s.len, stdout);
	doc_free(&d);
	buf_free(&s);
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

static int parse_section(const char *name, int *section)
{
	enum screen_id s;

	if (!layout_screen_from_name(name, &s))
		return usage_error("no section named '%s' (about, projects, history, education, "
		                   "incidents, testimonials, stack, contact)", shown(name, 0));
	*section = (int)s;
	return 0;
}

/* What "ssh HOST help" says. */
static void ssh_help(void)
{
	puts("This is pushpander, a résumé you can browse from your terminal.\n"
	     "\n"
	     "  ssh -t HOST                browse it: arrow keys, Enter, ? for help, q to quit\n"
	     "  ssh HOST print             the whole résumé as plain text\n"
	     "  ssh HOST print SECTION     one section: about, projects, history, education,\n"
	     "                             incidents, testimonials, stack or contact\n"
	     "  ssh HOST help              this text");
}

/* --ssh: the visitor's command picks one of a few modes.  It is split into
 * words here and compared with the list; it is never run and never given to
 * a shell.  Returns -1 to go on, or an exit status. */
static int ssh_command(struct settings *set)
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
		ssh_help();
		return 0;
	}
	if (strcmp(words[0], "print") == 0 && n <= 2) {
		set->print = true;
		return n == 2 ? (parse_section(words[1], &set->section) ? EXIT_USAGE : -1) : -1;
	}
refuse:
	fprintf(stderr, "pushpander: '%s' is not offered here; try 'ssh HOST help'\n",
	        shown(cmd, 0));
	return EXIT_USAGE;
}

/* Returns -1 to go on, or an exit status. */
static int parse_args(int argc, char **argv, struct settings *set)
{
	size_t n;
	const struct option_doc *table = options_table(&n);
	struct option longopts[16];
	char shortopts[40];
	size_t sp = 0;

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
				return usage_error("no theme named '%s' (auto, 256, 8, mono, "
				                   "high-contrast, light, dark)", shown(optarg, 0));
			set->theme = (int)th;
			break;
		}
		case OPT_LINKS:
			if (strcmp(optarg, "auto") == 0)
				set->links = -1;
			else if (strcmp(optarg, "always") == 0)
				set->links = 1;
			else if (strcmp(optarg, "never") == 0)
				set->links = 0;
			else
				return usage_error("--links takes auto, always or never, not '%s'",
				                   shown(optarg, 0));
			break;
		case OPT_GREP:
			set->grep = optarg;
			set->print = true;
			break;
		case OPT_NO_MOUSE:
			set->no_mouse = true;
			break;
		case OPT_IDLE_TIMEOUT:
			if ((status = parse_number("--idle-timeout", optarg, 0, 86400,
			                           &set->idle_timeout)))
				return status;
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
			help();
			return 0;
		case OPT_VERSION:
			puts("pushpander " PUSHPANDER_VERSION);
			return 0;
		case ':':
			return usage_error("%s needs an argument", option_name(argv[optind - 1]));
		default:
			/* a long option given a value it does not take, or unknown */
			if (strncmp(argv[optind - 1], "--", 2) == 0 && strchr(argv[optind - 1], '='))
				return usage_error("%s takes no value", option_name(argv[optind - 1]));
			if (optopt > 0 && optopt < 128 && strncmp(argv[optind - 1], "--", 2) != 0)
				return usage_error("unknown option '-%c'", optopt);
			return usage_error("unknown option '%s'", option_name(argv[optind - 1]));
		}
	}
	/* "--print incidents": with --print, an operand that names a section is
	 * its argument (getopt has moved the operands to the end) */
	for (int i = optind; set->print && set->section < 0 && i < argc; i++) {
		if (!layout_screen_from_name(argv[i], &(enum screen_id){ 0 }))
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
	size_t n = layout_screens(r, shown_screens);

	for (size_t i = 0; i < n; i++)
		if ((int)shown_screens[i] == section)
			return true;
	return false;
}

/* --validate: every problem on standard output, one a line. */
static int validate(const struct settings *set, struct resume *r, struct diagnostics *warnings,
                    int status, char *error)
{
	if (error)
		printf("%s\n", error);
	for (size_t i = 0; i < warnings->n; i++)
		printf("%s\n", warnings->lines[i]);
	if (!status && warnings->n == 0)
		printf("%s: valid\n", set->file);
	if (!status)
		resume_free(r);
	size_t problems = warnings->n;
	free(error);
	diagnostics_free(warnings);
	if (fflush(stdout) != 0)
		return EXIT_TERMINAL;
	return status ? status : problems ? EXIT_DATA : 0;
}

/* The charts' "today": now, or SOURCE_DATE_EPOCH when it is set, so that
 * output can be reproduced. */
static void set_today(void)
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
	if (gmtime_r(&now, &tm))
		chart_set_today(tm.tm_year + 1900, tm.tm_mon + 1);
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

int main(int argc, char **argv)
{
	struct settings set = { .section = -1, .idle_timeout = -1, .links = -1 };
	char path[PATH_MAX + 32];

	setlocale(LC_ALL, "");
	bool utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;

	int status = parse_args(argc, argv, &set);
	text_set_utf8(utf8 && !set.ascii);
	if (status >= 0)
		return status;
	if (set.ssh && (status = ssh_command(&set)) >= 0)
		return status;
	if (set.idle_timeout < 0)
		set.idle_timeout = set.ssh ? 600 : 0;
	if (!set.file)
		set.file = default_file(path, sizeof path);
	set_today();

	struct resume r;
	struct diagnostics warnings = { 0 };
	char *error = NULL;
	status = resume_load(set.file, &r, &warnings, &error);
	if (set.validate)
		return validate(&set, &r, &warnings, status, error);
	if (status) {
		fprintf(stderr, "pushpander: %s\n", error);
		free(error);
		diagnostics_free(&warnings);
		return status;
	}

	if (set.section >= 0 && !has_screen(&r, set.section)) {
		fprintf(stderr, "pushpander: %s has no %s section\n", shown(set.file, 0),
		        layout_screen_name((enum screen_id)set.section));
		resume_free(&r);
		diagnostics_free(&warnings);
		return EXIT_USAGE;
	}

	bool tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	if (!set.print && tty) {
		const char *no_color = getenv("NO_COLOR");
		struct tui_options o = {
			.ascii = !text_utf8(),
			.color = !set.no_color && !(no_color && *no_color),
			.start = set.section,
			.problems = (int)warnings.n,
			.idle_timeout = set.idle_timeout,
			.mouse = !set.no_mouse,
			.theme = set.theme,
			.links = set.links < 0 ? terminal_has_links() : set.links,
		};
		status = tui_run(&r, &o);
		if (status != TUI_UNUSABLE)
			goto out;
		fprintf(stderr, "pushpander: cannot drive terminal type '%s'; printing plain text\n",
		        shown(getenv("TERM") ? getenv("TERM") : "", 0));
	}
	for (size_t i = 0; i < warnings.n; i++)
		fprintf(stderr, "pushpander: warning: %s\n", warnings.lines[i]);
	int width = set.width ? set.width : terminal_width();
	size_t matches = 0;
	if (set.grep) {
		status = print_grep(stdout, &r, width, set.section, set.grep, &matches);
		if (!status && matches == 0)
			status = 1;
	} else {
		status = print_resume(stdout, &r, width, set.section);
	}
	if (status == EXIT_TERMINAL)
		fprintf(stderr, "pushpander: cannot write the output: %s\n", strerror(errno));
out:
	resume_free(&r);
	diagnostics_free(&warnings);
	return status;
}
