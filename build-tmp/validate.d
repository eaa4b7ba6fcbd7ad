build-tmp/validate.o: src/validate.c src/validate.h src/resume.h \
 /usr/include/cjson/cJSON.h src/jsonwalk.h src/text.h src/util.h
src/validate.h:
src/resume.h:
/usr/include/cjson/cJSON.h:
src/jsonwalk.h:
src/text.h:
src/util.h:
