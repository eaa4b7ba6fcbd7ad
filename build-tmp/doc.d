build-tmp/doc.o: src/doc.c src/doc.h src/glyphs.h src/util.h src/text.h
src/doc.h:
src/glyphs.h:
src/util.h:
src/text.h:
