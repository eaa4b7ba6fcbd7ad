build-tmp/util.o: src/util.c src/util.h src/exitcodes.h
src/util.h:
src/exitcodes.h:
