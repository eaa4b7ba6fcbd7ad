build-tmp/glyphs.o: src/glyphs.c src/glyphs.h
src/glyphs.h:
