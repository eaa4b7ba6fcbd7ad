build-tmp/layout.o: src/layout.c src/layout.h src/doc.h src/glyphs.h \
 src/util.h src/resume.h src/screens.h src/blocks.h src/text.h
src/layout.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/resume.h:
src/screens.h:
src/blocks.h:
src/text.h:
