build-tmp/options.o: src/options.c src/options.h src/util.h src/screens.h \
 src/doc.h src/glyphs.h src/resume.h src/theme.h
src/options.h:
src/util.h:
src/screens.h:
src/doc.h:
src/glyphs.h:
src/resume.h:
src/theme.h:
