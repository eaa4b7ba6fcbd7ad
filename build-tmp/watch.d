build-tmp/watch.o: src/watch.c src/watch.h src/util.h
src/watch.h:
src/util.h:
