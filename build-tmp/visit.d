build-tmp/visit.o: src/visit.c src/visit.h
src/visit.h:
