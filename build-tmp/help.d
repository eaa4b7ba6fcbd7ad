build-tmp/help.o: src/help.c src/help.h src/doc.h src/glyphs.h src/util.h \
 src/keys.h src/text.h src/version.h
src/help.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/keys.h:
src/text.h:
src/version.h:
