build-tmp/background.o: src/background.c src/background.h src/text.h \
 src/util.h
src/background.h:
src/text.h:
src/util.h:
