build-tmp/text.o: src/text.c src/text.h src/util.h
src/text.h:
src/util.h:
