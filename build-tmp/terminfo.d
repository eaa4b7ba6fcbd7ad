build-tmp/terminfo.o: src/terminfo.c src/terminfo.h
src/terminfo.h:
