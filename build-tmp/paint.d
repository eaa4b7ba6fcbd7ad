build-tmp/paint.o: src/paint.c src/paint.h src/app.h src/doc.h \
 src/glyphs.h src/util.h src/keys.h src/search.h src/theme.h src/view.h \
 src/layout.h src/resume.h src/screens.h src/help.h src/text.h
src/paint.h:
src/app.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/keys.h:
src/search.h:
src/theme.h:
src/view.h:
src/layout.h:
src/resume.h:
src/screens.h:
src/help.h:
src/text.h:
