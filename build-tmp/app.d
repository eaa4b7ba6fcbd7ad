build-tmp/app.o: src/app.c src/app.h src/doc.h src/glyphs.h src/util.h \
 src/keys.h src/search.h src/text.h
src/app.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/keys.h:
src/search.h:
src/text.h:
