build-tmp/blocks.o: src/blocks.c src/blocks.h src/doc.h src/glyphs.h \
 src/util.h src/resume.h src/text.h
src/blocks.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/resume.h:
src/text.h:
