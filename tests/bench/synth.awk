# synth.awk — a synthetic JSON Resume of about `size` bytes, for make bench.
#
#   LC_ALL=C awk -v size=10000000 -f tests/bench/synth.awk > big.json
#
# The same screens as data/resume.json (About, Projects, History, Incidents,
# Testimonials, Stack, Contact) with a few entries each, and as many work
# entries (History cards) as it takes to reach the size: about 300 bytes
# each, so 10 MB is some 30,000 of them.  Strict JSON in UTF-8, no repeated
# key, so that the loader takes its normal path.  Run it in the C locale:
# sizes are counted in bytes.

function emit(s) {
	printf "%s", s
	written += length(s)
}

BEGIN {
	size += 0
	emit("{\n\"basics\":{\"name\":\"Ada Synthétique\",\"label\":\"Site reliability engineer\"," \
	     "\"tagline\":\"Generated for benchmarks — not a person.\"," \
	     "\"summary\":\"A résumé made up by tests/bench/synth.awk, so that the viewer can be " \
	     "timed on files of any size. Its work history goes on for as long as it takes.\"," \
	     "\"email\":\"ada@example.org\",\"url\":\"https://example.org\"," \
	     "\"location\":{\"city\":\"Pune\",\"countryCode\":\"IN\"}," \
	     "\"profiles\":[{\"network\":\"GitHub\",\"username\":\"ada\",\"url\":\"https://github.com/ada\"}]},\n")
	emit("\"projects\":[")
	for (i = 1; i <= 3; i++)
		emit(sprintf("%s{\"name\":\"Project %d\",\"status\":\"live\",\"description\":\"A service " \
		     "that does one thing well, number %d.\",\"highlights\":[\"Serves a lot of " \
		     "requests\",\"Never pages anyone\"],\"keywords\":[\"C\",\"Go\",\"SQL\"]}", \
		     i > 1 ? "," : "", i, i))
	emit("],\n\"incidents\":[")
	for (i = 1; i <= 4; i++)
		emit(sprintf("%s{\"id\":\"INC-%03d\",\"severity\":\"SEV%d\",\"urgent\":%s,\"ttd\":\"%dm\"," \
		     "\"ttr\":\"%dm\",\"stress\":%d,\"title\":\"Queue %d stopped draining at 3 AM\"," \
		     "\"happened\":\"Consumers of queue %d stalled on a poison message.\"," \
		     "\"impact\":\"Some emails went out an hour late.\",\"rootCause\":\"No dead-letter " \
		     "queue.\",\"actions\":[\"Added a dead-letter queue\",\"Alert on queue age\"]," \
		     "\"learned\":\"Measure the age of the oldest message, not the length.\"}", \
		     i > 1 ? "," : "", i, i, i % 2 ? "true" : "false", i * 3, i * 11, 4 + i, i, i))
	emit("],\n\"references\":[{\"name\":\"A. Colleague\",\"role\":\"Manager\",\"reference\":" \
	     "\"Calm under fire.\"},{\"name\":\"B. Colleague\",\"role\":\"Peer\",\"reference\":" \
	     "\"Writes the post-mortem before anyone asks.\"}],\n")
	emit("\"skills\":[{\"name\":\"Languages\",\"keywords\":[\"C\",\"Go\",\"Python\"]}," \
	     "{\"name\":\"Operations\",\"keywords\":[\"Linux\",\"Postgres\",\"Kafka\"]}],\n")
	emit("\"hire\":{\"title\":\"Hire me\",\"text\":\"Write to ada@example.org.\"},\n")
	emit("\"work\":[\n")
	tail = "\n]}\n"
	for (n = 0; n < 12 || written + length(tail) < size; n++)
		emit(sprintf("%s{\"name\":\"Company %d\",\"position\":\"Engineer\",\"startDate\":" \
		     "\"%04d-%02d\",\"endDate\":\"%04d-%02d\",\"summary\":\"Ran system %d: ingestion, " \
		     "billing and the pager.\",\"highlights\":[\"Cut p99 latency of service %d by " \
		     "80%%\",\"Moved %d cron jobs onto a queue with retries\"],\"keywords\":[\"C\"," \
		     "\"Go\",\"SQL\"]}", n ? ",\n" : "", n, 1990 + n % 30, 1 + n % 12, \
		     1991 + n % 30, 1 + (n * 7) % 12, n, n, n))
	emit(tail)
	printf "work entries: %d\n", n > "/dev/stderr"
}
