build-tmp/tui.o: src/tui.c src/tui.h src/layout.h src/doc.h src/glyphs.h \
 src/util.h src/resume.h src/screens.h src/visit.h src/app.h src/keys.h \
 src/search.h src/background.h src/input.h src/paint.h src/theme.h \
 src/view.h src/sandbox.h src/source.h src/validate.h src/terminfo.h \
 src/text.h src/watch.h
src/tui.h:
src/layout.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/resume.h:
src/screens.h:
src/visit.h:
src/app.h:
src/keys.h:
src/search.h:
src/background.h:
src/input.h:
src/paint.h:
src/theme.h:
src/view.h:
src/sandbox.h:
src/source.h:
src/validate.h:
src/terminfo.h:
src/text.h:
src/watch.h:
