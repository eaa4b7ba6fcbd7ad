build-tmp/resume.o: src/resume.c src/resume.h /usr/include/cjson/cJSON.h \
 src/exitcodes.h src/json.h src/jsonwalk.h src/text.h src/util.h
src/resume.h:
/usr/include/cjson/cJSON.h:
src/exitcodes.h:
src/json.h:
src/jsonwalk.h:
src/text.h:
src/util.h:
