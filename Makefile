# pushpander — a terminal résumé viewer.  Plain make; see README.md.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/pushpander
MANDIR  ?= $(PREFIX)/share/man
DESTDIR ?=

CC      ?= cc
PKG_CONFIG ?= pkg-config
BUILD   ?= build
BIN     ?= pushpander

WARNINGS = -Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes -Wmissing-prototypes
ifeq ($(CI),true)
WARNINGS += -Werror
endif
CFLAGS  ?= -O2 -g
# Deferred (=, not :=): on a fresh machine "make deps check" installs
# pkg-config and the libraries before these are first needed.
DEP_CFLAGS = $(shell $(PKG_CONFIG) --cflags ncursesw libcjson libseccomp 2>/dev/null)
DEP_LIBS   = $(shell $(PKG_CONFIG) --libs ncursesw libcjson libseccomp 2>/dev/null)
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(CPPFLAGS) $(WARNINGS) $(CFLAGS) $(SANITIZE) $(DEP_CFLAGS) -I$(BUILD) -Isrc -MMD -MP
ALL_LDFLAGS = $(LDFLAGS) $(SANITIZE)

# Debian packages: to build, and to run every test.
BUILD_DEPS = make gcc pkg-config libncurses-dev libcjson-dev libseccomp-dev
TEST_DEPS  = tmux jq clang libclang-rt-14-dev valgrind strace ncurses-term \
             openssh-server openssh-client procps time python3
BENCH_DEPS = less

CORE = util text glyphs json jsonwalk doc inline resume resume_read validate source bigtext blocks card_screens page_screens about screens layout charts \
       print search keys app theme background options help view sandbox visit slots
OBJS_CORE = $(CORE:%=$(BUILD)/%.o)
OBJS = $(OBJS_CORE) $(BUILD)/watch.o $(BUILD)/input.o $(BUILD)/paint.o $(BUILD)/paint_chrome.o $(BUILD)/terminfo.o $(BUILD)/termquery.o $(BUILD)/tui.o $(BUILD)/main.o
UNIT_SRCS = $(wildcard tests/unit/*.c)

.PHONY: all run deps check check-code check-data check-unit check-e2e check-man check-seed \
        check-golden check-golden-data asan check-asan fuzz-build fuzz check-fuzz check-valgrind \
        install uninstall man clean FORCE install-ssh uninstall-ssh check-ssh bench bench-ssh

all: $(BIN)

$(BIN): $(OBJS)
	$(CC) $(ALL_LDFLAGS) -o $@ $(OBJS) $(DEP_LIBS)

$(BUILD)/%.o: src/%.c | $(BUILD)/config.h
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Rewritten only when DATADIR changes, so that main.o is rebuilt then.
$(BUILD)/config.h: FORCE
	@mkdir -p $(BUILD)
	@printf '#define PUSHPANDER_DATADIR "%s"\n' '$(DATADIR)' > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

$(BUILD)/main.o: $(BUILD)/config.h

# ---- running and installing ----

run: $(BIN)
	./$(BIN)

# Installs the Debian packages that building and testing need (as root, or
# with sudo), only those that are missing.  A policy-rc.d (invoke-rc.d(8))
# keeps the install from starting services: openssh-server is only for the
# test's own sshd, never the machine's.
# DEPS_WANTED is the list; "make screenshots" passes its own.
DEPS_WANTED = $(BUILD_DEPS) $(TEST_DEPS) $(BENCH_DEPS)
deps:
	@missing=$$(for p in $(DEPS_WANTED); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
		echo "installing:" $$missing; \
		policy=; if [ ! -e /usr/sbin/policy-rc.d ]; then policy=/usr/sbin/policy-rc.d; \
			printf '#!/bin/sh\nexit 101\n' | $$sudo tee $$policy >/dev/null; \
			$$sudo chmod 755 $$policy; fi; \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
		status=$$?; [ -z "$$policy" ] || $$sudo rm -f $$policy; exit $$status; \
	fi

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/pushpander
	install -m 644 data/resume.json $(DESTDIR)$(DATADIR)/resume.json
	install -m 644 man/pushpander.1 $(DESTDIR)$(MANDIR)/man1/pushpander.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pushpander $(DESTDIR)$(DATADIR)/resume.json \
	      $(DESTDIR)$(MANDIR)/man1/pushpander.1
	-rmdir $(DESTDIR)$(DATADIR)

# ---- serving over ssh (README.md: "Serving over ssh") ----
# The account's login shell goes in LIBDIR.  INSTALL_SSH_FLAGS go to
# contrib/install-ssh (e.g. --reload, --login key, --user NAME; see its --help).
LIBDIR ?= $(PREFIX)/lib/pushpander
INSTALL_SSH_FLAGS ?=

install-ssh: install
	contrib/install-ssh --bin $(BINDIR)/pushpander --libdir $(LIBDIR) \
		$(if $(DESTDIR),--destdir $(DESTDIR)) $(INSTALL_SSH_FLAGS)

uninstall-ssh:
	contrib/install-ssh --remove $(INSTALL_SSH_FLAGS)

# ---- the man page: OPTIONS and KEYS come from the tables in src/ ----

# The option table names the sections and themes from their own tables, so
# the tool links the core.
$(BUILD)/gen-man: src/manpage.c $(OBJS_CORE)
	$(CC) $(ALL_CFLAGS) -o $@ $(filter %.c %.o,$^) $(ALL_LDFLAGS) $(DEP_LIBS)

man: $(BUILD)/gen-man
	$(BUILD)/gen-man < man/pushpander.1.in > man/pushpander.1
	$(BUILD)/gen-man --readme < README.md > README.md.tmp && mv README.md.tmp README.md

check-man: $(BUILD)/gen-man
	@$(BUILD)/gen-man < man/pushpander.1.in | cmp -s - man/pushpander.1 || \
		{ echo "man/pushpander.1 is out of date: run 'make man'"; echo "check-man: 0 passed, 1 failed"; exit 1; }
	@$(BUILD)/gen-man --readme < README.md | cmp -s - README.md || \
		{ echo "README.md's option or key table is out of date: run 'make man'"; echo "check-man: 1 passed, 1 failed"; exit 1; }
	@echo "check-man: 2 passed, 0 failed"

# ---- tests ----
# check-code tests the program on fixtures under tests/, so it passes
# whatever résumé data/resume.json holds; check-data tests data/resume.json
# itself (README.md: "Tests").

$(BUILD)/unit-tests: $(UNIT_SRCS) $(OBJS_CORE)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $(UNIT_SRCS) $(OBJS_CORE) $(ALL_LDFLAGS) $(DEP_LIBS)

check-unit: $(BUILD)/unit-tests
	$(BUILD)/unit-tests

# A pty that stops reading, for the e2e tests of blocked output.
$(BUILD)/stallpty: tests/e2e/stallpty.c
	@mkdir -p $(BUILD)
	$(CC) -std=c11 -Wall -Wextra $(CPPFLAGS) $(CFLAGS) -o $@ $< -lutil

check-e2e: $(BIN) $(BUILD)/stallpty
	STALLPTY=$(BUILD)/stallpty PUSHPANDER=./$(BIN) tests/e2e.sh

check-ssh: $(BIN)
	PUSHPANDER=./$(BIN) tests/ssh.sh

check-seed:
	tests/seed_coverage.sh

check-golden: $(BIN)
	PUSHPANDER=./$(BIN) tests/golden.sh

check-golden-data: $(BIN)
	PUSHPANDER=./$(BIN) tests/golden.sh --data

# The sanitizer build lives in its own directory, so it never mixes with
# the normal objects.
asan:
	$(MAKE) BUILD=build-asan BIN=build-asan/pushpander CC=clang \
		SANITIZE='-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
		build-asan/pushpander build-asan/unit-tests build-asan/stallpty

check-asan: asan
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 build-asan/unit-tests
	ASAN_OPTIONS=detect_leaks=0 STALLPTY=build-asan/stallpty PUSHPANDER=build-asan/pushpander \
		tests/e2e.sh

# The fuzzer: the loader, layout and printer under libFuzzer with ASan and
# UBSan, in its own directory (clang; the core objects are instrumented for
# coverage).  check-fuzz replays the fixtures and the committed corpus,
# tests/fuzz/corpus, once each; "make fuzz" fuzzes for FUZZ_SECONDS (60;
# "make fuzz FUZZ_SECONDS=600" longer) and keeps what it finds in
# build-fuzz/corpus for the next run (tests/fuzz/run.sh says how to add it
# to the committed corpus).
FUZZ_SECONDS ?= 60
FUZZ_SANITIZE = -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all

$(BUILD)/fuzz-resume: tests/fuzz/fuzz_resume.c $(OBJS_CORE)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(OBJS_CORE) $(ALL_LDFLAGS) $(DEP_LIBS)

fuzz-build:
	$(MAKE) BUILD=build-fuzz CC=clang SANITIZE='$(FUZZ_SANITIZE)' build-fuzz/fuzz-resume

fuzz: fuzz-build
	tests/fuzz/run.sh build-fuzz/fuzz-resume $(if $(FUZZ_SECONDS),$(FUZZ_SECONDS),60) build-fuzz

check-fuzz: fuzz-build
	tests/fuzz/run.sh build-fuzz/fuzz-resume replay build-fuzz

# The plain-text paths under valgrind: no memory error and no leak.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	--show-leak-kinds=definite,indirect,possible \
	--errors-for-leak-kinds=definite,indirect,possible

check-valgrind: $(BIN)
	@passed=0; failed=0; \
	vg() { want=$$1; shift; \
		env -i PATH="$$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8 $(VALGRIND) \
			--log-file=$(BUILD)/valgrind.log ./$(BIN) "$$@" </dev/null >$(BUILD)/valgrind.out 2>&1; \
		rc=$$?; \
		if [ $$rc = $$want ] && ! [ -s $(BUILD)/valgrind.log ]; then \
			passed=$$((passed + 1)); echo "ok   valgrind $$* (status $$rc)"; \
		else \
			failed=$$((failed + 1)); echo "FAIL valgrind $$*: status $$rc, expected $$want"; \
			cat $(BUILD)/valgrind.log; \
		fi; }; \
	vg 0 --print tests/fixtures/seed.json; \
	vg 0 --print tests/fixtures/full.json -w 40; \
	vg 0 --print --ascii tests/fixtures/full.json; \
	vg 0 tests/fixtures/seed.json; \
	vg 0 --validate tests/fixtures/seed.json; \
	vg 65 --validate tests/e2e/fixtures/missing-comma.json; \
	vg 65 --validate tests/e2e/fixtures/unterminated-string.json; \
	vg 0 --print tests/e2e/fixtures/hostile.json; \
	vg 0 --print tests/e2e/fixtures/planted.json; \
	vg 0 --print tests/e2e/fixtures/nameless.json; \
	vg 0 --grep pwned tests/e2e/fixtures/planted.json; \
	vg 1 --grep no-such-text tests/fixtures/seed.json; \
	vg 66 tests/e2e/fixtures/no-such-file.json; \
	vg 64 --width 5 tests/fixtures/seed.json; \
	vg 0 --help; \
	echo "valgrind: $$passed passed, $$failed failed"; \
	[ $$failed = 0 ]

check: check-code check-data

check-code: all check-unit check-man check-golden check-e2e check-ssh check-asan check-valgrind check-fuzz

check-data: check-seed check-golden-data

# Speed, size and bandwidth against baselines measured in the same run; it
# reports and never fails (README.md: "Performance").
bench: all
	PUSHPANDER=./$(BIN) CC="$(CC)" tests/bench/run

# pushpander over a real sshd on 127.0.0.1 to 10, 50 and 200 visitors at once,
# beside 1 and a plain login; needs root, reports and never fails
# (README.md: "Serving many visitors").  Not part of check.
bench-ssh: all
	PUSHPANDER=./$(BIN) CC="$(CC)" tests/bench/ssh

# ---- pictures for the README: real tmux captures rendered to docs/*.png ----
# A documentation tool, not a run-time dependency (contrib/screenshots).
DOC_DEPS = tmux python3 python3-pil fonts-dejavu-core fonts-noto-color-emoji

.PHONY: screenshots
screenshots: $(BIN)
	@$(MAKE) --no-print-directory deps DEPS_WANTED='$(DOC_DEPS)'
	PUSHPANDER=./$(BIN) contrib/screenshots

clean:
	rm -rf build build-asan build-fuzz $(BIN)

-include $(wildcard $(BUILD)/*.d)
