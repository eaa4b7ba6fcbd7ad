build-tmp/resume_read.o: src/resume_read.c src/resume.h src/exitcodes.h \
 src/text.h src/util.h
src/resume.h:
src/exitcodes.h:
src/text.h:
src/util.h:
