build-tmp/keys.o: src/keys.c src/keys.h src/util.h src/glyphs.h
src/keys.h:
src/util.h:
src/glyphs.h:
