build-tmp/page_screens.o: src/page_screens.c src/page_screens.h src/doc.h \
 src/glyphs.h src/util.h src/resume.h src/blocks.h src/charts.h \
 src/text.h
src/page_screens.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/resume.h:
src/blocks.h:
src/charts.h:
src/text.h:
