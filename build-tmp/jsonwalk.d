build-tmp/jsonwalk.o: src/jsonwalk.c src/jsonwalk.h src/json.h src/text.h \
 src/util.h
src/jsonwalk.h:
src/json.h:
src/text.h:
src/util.h:
