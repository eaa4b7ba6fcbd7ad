/* halfopen.c — a flood of half-open ssh connections: TCP connections to an
 * sshd that never send a byte, so that none ever gets past the version
 * exchange, each reopened soon after the server closes it.
 *
 * Used by tests/bench/ssh (make bench-ssh) to see whether someone else gets
 * in while sshd's MaxStartups slots are full; not part of pushpander.  Each
 * connection that sshd accepts holds one of those slots (and a pre-auth
 * sshd process) until LoginGraceTime; the ones it drops it answers with
 * "Exceeded MaxStartups" or just closes.
 *
 *   halfopen [OPTIONS] ADDRESS PORT
 *
 * The connections come from consecutive loopback source addresses, -k of
 * them from each (so that they are spread over many "sources", as a flood
 * from many machines is, rather than stopped by PerSourceMaxStartups alone).
 * It runs until SIGTERM or SIGINT, then closes them all and prints "NAME
 * VALUE" lines: attempts (connections tried), accepted (sshd sent its
 * version), dropped (closed, or answered with something else, before
 * that), failed (connect() failed), expired (closed by sshd after its
 * version: LoginGraceTime), held_now and held_max (accepted and not yet
 * closed, at the end and at most), seconds.
 *
 * Options:
 *   -n N     connections to keep trying (100)
 *   -a ADDR  the first source address (127.0.1.1)
 *   -k K     connections from each source address (2)
 *   -r MS    pause before reopening a closed connection (100) */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "benchlib.h"

#define MAX_CONNECTIONS 4096

enum state { IDLE, CONNECTING, WAITING_VERSION, HELD };

struct conn {
	enum state state;
	int fd;
	double reopen_ms;          /* IDLE: when to try again */
	struct in_addr source;
};


static struct conn conns[MAX_CONNECTIONS];
static long attempts, accepted, dropped, failed, expired;
static int held, held_max, pause_ms = 100;

static void close_conn(struct conn *c)
{
	if (c->state == HELD)
		held--;
	close(c->fd);
	c->fd = -1;
	c->state = IDLE;
	c->reopen_ms = now_ms() + pause_ms;
}

static void open_conn(struct conn *c, const struct sockaddr_in *to)
{
	struct sockaddr_in from = { .sin_family = AF_INET, .sin_addr = c->source };

	attempts++;
	c->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (c->fd < 0) {
		fprintf(stderr, "halfopen: socket: %s\n", strerror(errno));
		exit(1);
	}
	if (bind(c->fd, (const struct sockaddr *)&from, sizeof from) != 0 ||
	    (connect(c->fd, (const struct sockaddr *)to, sizeof *to) != 0 && errno != EINPROGRESS)) {
		failed++;
		c->state = CONNECTING; /* for close_conn */
		close_conn(c);
		return;
	}
	c->state = CONNECTING;
}

/* The connection is readable or finished connecting. */
static void service(struct conn *c, short revents)
{
	if (c->state == CONNECTING) {
		int err = 0;
		socklen_t len = sizeof err;
		getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
		if (err) {
			failed++;
			close_conn(c);
			return;
		}
		c->state = WAITING_VERSION;
		if (!(revents & (POLLIN | POLLHUP)))
			return;
	}
	char buf[512];
	ssize_t n = read(c->fd, buf, sizeof buf);
	if (n < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	if (c->state == WAITING_VERSION) {
		if (n >= 4 && memcmp(buf, "SSH-", 4) == 0) {
			accepted++;
			c->state = HELD;
			if (++held > held_max)
				held_max = held;
			return; /* and never answer */
		}
		dropped++;
		close_conn(c);
		return;
	}
	if (n <= 0) { /* HELD: sshd gave up on it */
		expired++;
		close_conn(c);
	}
}

int main(int argc, char **argv)
{
	int n = 100, per_source = 2, c;
	const char *first = "127.0.1.1";

	while ((c = getopt(argc, argv, "n:a:k:r:")) != -1) {
		switch (c) {
		case 'n': n = atoi(optarg); break;
		case 'a': first = optarg; break;
		case 'k': per_source = atoi(optarg); break;
		case 'r': pause_ms = atoi(optarg); break;
		default: goto usage;
		}
	}
	struct sockaddr_in to = { .sin_family = AF_INET };
	struct in_addr source;
	if (argc - optind != 2 || n < 1 || n > MAX_CONNECTIONS || per_source < 1 ||
	    inet_pton(AF_INET, argv[optind], &to.sin_addr) != 1 || inet_pton(AF_INET, first, &source) != 1)
		goto usage;
	to.sin_port = htons((unsigned short)atoi(argv[optind + 1]));
	for (int i = 0; i < n; i++) {
		conns[i].fd = -1;
		conns[i].source.s_addr = htonl(ntohl(source.s_addr) + (uint32_t)(i / per_source));
	}

	sigset_t sigs;
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	sigprocmask(SIG_BLOCK, &sigs, NULL);
	int sfd = signalfd(-1, &sigs, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sfd < 0) {
		perror("halfopen: signalfd");
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);

	static struct pollfd p[MAX_CONNECTIONS + 1];
	static int who[MAX_CONNECTIONS + 1];
	double began = now_ms();
	for (bool stop = false; !stop;) {
		double t = now_ms(), next = t + 1000;
		for (int i = 0; i < n; i++) {
			if (conns[i].state == IDLE && conns[i].reopen_ms <= t)
				open_conn(&conns[i], &to);
			if (conns[i].state == IDLE && conns[i].reopen_ms < next)
				next = conns[i].reopen_ms;
		}
		int np = 0;
		p[np++] = (struct pollfd){ .fd = sfd, .events = POLLIN };
		for (int i = 0; i < n; i++)
			if (conns[i].state != IDLE) {
				who[np] = i;
				p[np++] = (struct pollfd){ .fd = conns[i].fd,
				                           .events = conns[i].state == CONNECTING ? POLLOUT : POLLIN };
			}
		double wait = next - now_ms();
		if (poll(p, (nfds_t)np, wait < 0 ? 0 : (int)wait + 1) < 0 && errno != EINTR) {
			perror("halfopen: poll");
			return 1;
		}
		if (p[0].revents & POLLIN)
			stop = true;
		for (int k = 1; k < np; k++)
			if (p[k].revents)
				service(&conns[who[k]], p[k].revents);
	}
	printf("attempts %ld\naccepted %ld\ndropped %ld\nfailed %ld\nexpired %ld\n", attempts, accepted,
	       dropped, failed, expired);
	printf("held_now %d\nheld_max %d\nseconds %.1f\n", held, held_max, (now_ms() - began) / 1e3);
	for (int i = 0; i < n; i++)
		if (conns[i].fd >= 0)
			close(conns[i].fd);
	return 0;
usage:
	fprintf(stderr, "usage: halfopen [-n N] [-a FIRST-SOURCE] [-k PER-SOURCE] [-r MS] ADDRESS PORT\n");
	return 2;
}
