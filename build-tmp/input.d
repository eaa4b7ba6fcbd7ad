build-tmp/input.o: src/input.c src/input.h src/background.h src/keys.h \
 src/util.h src/text.h
src/input.h:
src/background.h:
src/keys.h:
src/util.h:
src/text.h:
