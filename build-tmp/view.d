build-tmp/view.o: src/view.c src/view.h src/app.h src/doc.h src/glyphs.h \
 src/util.h src/keys.h src/search.h src/layout.h src/resume.h \
 src/screens.h src/help.h
src/view.h:
src/app.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/keys.h:
src/search.h:
src/layout.h:
src/resume.h:
src/screens.h:
src/help.h:
