build-tmp/main.o: src/main.c build-tmp/config.h src/doc.h src/glyphs.h \
 src/util.h src/exitcodes.h src/keys.h src/layout.h src/resume.h \
 src/screens.h src/options.h src/print.h src/sandbox.h src/source.h \
 src/validate.h src/text.h src/theme.h src/tui.h src/visit.h \
 src/version.h
build-tmp/config.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/exitcodes.h:
src/keys.h:
src/layout.h:
src/resume.h:
src/screens.h:
src/options.h:
src/print.h:
src/sandbox.h:
src/source.h:
src/validate.h:
src/text.h:
src/theme.h:
src/tui.h:
src/visit.h:
src/version.h:
