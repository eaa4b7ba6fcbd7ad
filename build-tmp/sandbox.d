build-tmp/sandbox.o: src/sandbox.c src/sandbox.h src/util.h
src/sandbox.h:
src/util.h:
