build-tmp/screens.o: src/screens.c src/screens.h src/doc.h src/glyphs.h \
 src/util.h src/resume.h src/blocks.h src/card_screens.h \
 src/page_screens.h
src/screens.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/resume.h:
src/blocks.h:
src/card_screens.h:
src/page_screens.h:
