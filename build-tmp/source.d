build-tmp/source.o: src/source.c src/source.h src/resume.h src/validate.h
src/source.h:
src/resume.h:
src/validate.h:
