build-tmp/theme.o: src/theme.c src/theme.h src/doc.h src/glyphs.h \
 src/util.h
src/theme.h:
src/doc.h:
src/glyphs.h:
src/util.h:
