build-tmp/charts.o: src/charts.c src/charts.h src/doc.h src/glyphs.h \
 src/util.h src/resume.h src/blocks.h src/text.h
src/charts.h:
src/doc.h:
src/glyphs.h:
src/util.h:
src/resume.h:
src/blocks.h:
src/text.h:
