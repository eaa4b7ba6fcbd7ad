build-tmp/json.o: src/json.c src/json.h src/text.h src/util.h
src/json.h:
src/text.h:
src/util.h:
