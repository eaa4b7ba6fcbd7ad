build-tmp/print.o: src/print.c src/print.h src/doc.h src/glyphs.h \
 src/util.h src/layout.h src/resume.h src/screens.h src/exitcodes.h \
 src/search.h
src/print.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/layout.h:
src/resume.h:
src/screens.h:
src/exitcodes.h:
src/search.h:
