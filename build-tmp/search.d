build-tmp/search.o: src/search.c src/search.h src/doc.h src/glyphs.h \
 src/util.h src/text.h
src/search.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/text.h:
