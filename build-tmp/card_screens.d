build-tmp/card_screens.o: src/card_screens.c src/card_screens.h src/doc.h \
 src/glyphs.h src/util.h src/resume.h src/blocks.h src/charts.h
src/card_screens.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/resume.h:
src/blocks.h:
src/charts.h:
