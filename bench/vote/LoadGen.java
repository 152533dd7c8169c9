import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The voting bench's load generator: plain HTTP/1.1 over keep-alive sockets, one thread per
 * connection, so that it costs the machine as little as possible next to the app it measures.
 *
 * <pre>
 * java LoadGen bench PORT CONNECTIONS WARMUP_S MEASURE_S VOTERS   (ping, then votes; prints the figures)
 * java LoadGen load  PORT CONNECTIONS SECONDS VOTERS ACKED_FILE  (votes; every acknowledged one to the file;
 *                                                                 ACKED_FILE.started appears when voting begins)
 * java LoadGen read  PORT CONNECTIONS WARMUP_S MEASURE_S         (each public page a crowd reads, against the no-op)
 * java LoadGen check PORT ACKED_FILE                              (every acknowledged vote is stored?)
 * java LoadGen probe PORT PATH                                    (exits non-zero unless PATH answers 200)
 * </pre>
 */
public class LoadGen {

	/** Latency buckets: 10 µs wide below 10 ms, 1 ms wide up to 10 s. */
	private static final int FINE = 1000;

	private static final int BUCKETS = FINE + 10_000;

	private final int port;

	private volatile int phase; // 0 warm-up, 1 measuring, 2 stop

	private final AtomicLong sequence = new AtomicLong();

	private List<String> voterKeys;

	private List<String> tokens;

	private long[] candidates;

	private long campaign;

	LoadGen(int port) {
		this.port = port;
	}

	public static void main(String[] args) throws Exception {
		LoadGen gen = new LoadGen(Integer.parseInt(args[1]));
		switch (args[0]) {
			case "bench" -> gen.bench(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
					Integer.parseInt(args[5]));
			case "load" -> gen.load(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
					Path.of(args[5]));
			case "read" -> gen.read(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
			case "check" -> System.exit(gen.check(Path.of(args[2])) ? 0 : 1);
			case "probe" -> gen.get(args[2]);
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	/** Slices of ping and vote load alternate, so both meet the same background load on a shared machine. */
	private static final int SLICE_SECONDS = 2;

	void bench(int connections, int warmup, int measure, int voters) throws Exception {
		prepare(voters);
		run(connections, warmup, 0, PING, null);
		Result votes = run(connections, warmup, 0, VOTE, null);
		Result ping = new Result(0);
		List<Double> pairRatios = new ArrayList<>();
		for (int round = 0; round < Math.max(1, measure / SLICE_SECONDS); round++) {
			Result pingSlice = run(connections, 0, SLICE_SECONDS, PING, null);
			Result voteSlice = run(connections, 0, SLICE_SECONDS, VOTE, null);
			ping.add(pingSlice);
			votes.add(voteSlice);
			pairRatios.add(voteSlice.rate() / pingSlice.rate());
		}
		pairRatios.sort(null);
		// what each request cost the whole machine (app, database and this generator): steadier than rates
		double pingCpu = ping.cpuMicrosPerRequest();
		double voteCpu = votes.cpuMicrosPerRequest();
		long stored = stored().size();
		long counted = Long.parseLong(get("/public/vote/bench/counted?campaign=" + this.campaign).trim());
		System.out.printf("connections %d (one thread each); warm-up %d s each; measured %d s each, in alternating"
				+ " %d-s slices%n", connections, warmup, measure, SLICE_SECONDS);
		System.out.printf("(a) no-op  POST /ping          %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   errors %d%n",
				ping.rate(), ping.percentile(50), ping.percentile(99), ping.errors);
		System.out.printf("(b) vote   POST /api/votes     %8.0f votes/s p50 %6.2f ms   p99 %6.2f ms   refused %d, errors %d%n",
				votes.rate(), votes.percentile(50), votes.percentile(99), votes.refused, votes.errors);
		System.out.printf("ratio b/a                      %8.2f   (slice pairs: median %.2f, middle half %.2f-%.2f)%n",
				votes.rate() / ping.rate(), quantile(pairRatios, 0.5), quantile(pairRatios, 0.25),
				quantile(pairRatios, 0.75));
		if (pingCpu > 0) {
			System.out.printf("machine CPU per request        no-op %.0f µs, vote %.0f µs (ratio %.2f)%n", pingCpu, voteCpu,
					pingCpu / voteCpu);
		}
		System.out.printf("acknowledged votes %d, stored votes %d, counted by the tallies %d -> %s%n",
				votes.acknowledged, stored, counted,
				votes.acknowledged == stored && stored == counted ? "equal" : "DIFFERENT");
		String[] commits = get("/public/vote/bench/commits").trim().split(" ");
		System.out.printf("commits %s, %.1f votes each on average, %s retried because a vote's number was taken%n",
				commits[0], Double.parseDouble(commits[1]), commits[2]);
		System.out.printf("distinct voters %d, candidates %d%n", voters, this.candidates.length);
	}

	/**
	 * The pages a crowd from a shared link reads, each against the no-op GET in alternating slices: the public home
	 * page, the voting landing page, a category's candidates with their counts, a candidate's page and its photo.
	 * Readers send no cookies, as a first visit from WeChat does not.
	 */
	void read(int connections, int warmup, int measure) throws Exception {
		prepare(1);
		long candidate = this.candidates[0];
		List<String> pages = List.of("/public", "/public/vote/" + this.campaign,
				"/public/vote/" + this.campaign + "/categories/" + candidate / 1000, "/public/vote/candidates/" + candidate,
				"/public/vote/candidates/" + candidate + "/photo");
		System.out.printf("connections %d (one thread each); warm-up %d s each; measured %d s each, in alternating"
				+ " %d-s slices against GET /public/vote/ping%n", connections, warmup, measure, SLICE_SECONDS);
		for (String page : pages) {
			run(connections, warmup, 0, page, null);
			Result reads = new Result(0);
			Result ping = new Result(0);
			for (int round = 0; round < Math.max(1, measure / SLICE_SECONDS); round++) {
				ping.add(run(connections, 0, SLICE_SECONDS, "GET /public/vote/ping", null));
				reads.add(run(connections, 0, SLICE_SECONDS, page, null));
			}
			System.out.printf("%-48s %7.0f req/s p50 %6.2f ms p99 %6.2f ms errors %d | no-op %7.0f req/s | ratio %.2f%n",
					page, reads.rate(), reads.percentile(50), reads.percentile(99), reads.errors, ping.rate(),
					reads.rate() / ping.rate());
		}
	}

	void load(int connections, int seconds, int voters, Path ackedFile) throws Exception {
		prepare(voters);
		Files.writeString(ackedFile.resolveSibling(ackedFile.getFileName() + ".started"), "");
		try (BufferedWriter acked = Files.newBufferedWriter(ackedFile)) {
			Result result = run(connections, 0, seconds, VOTE, acked);
			System.out.printf("acknowledged %d votes, %d connection errors (the app was killed under load)%n",
					result.acknowledged, result.errors);
		}
	}

	boolean check(Path ackedFile) throws Exception {
		this.campaign = Long.parseLong(setup().split("\n")[0]);
		Set<String> stored = stored();
		List<String> acked = Files.readAllLines(ackedFile);
		long missing = acked.stream().filter(line -> !stored.contains(line)).count();
		long counted = Long.parseLong(get("/public/vote/bench/counted?campaign=" + this.campaign).trim());
		System.out.printf("acknowledged %d, stored %d, acknowledged but missing %d, counted by the tallies %d%n",
				acked.size(), stored.size(), missing, counted);
		boolean passed = missing == 0 && counted == stored.size();
		System.out.println(passed ? "CRASH TEST PASSED: every acknowledged vote is stored, and counted"
				: "CRASH TEST FAILED: acknowledged votes were lost, or the tallies disagree with the votes");
		return passed;
	}

	private void prepare(int voters) throws Exception {
		String[] setup = setup().split("\n");
		this.campaign = Long.parseLong(setup[0]);
		this.candidates = new long[setup.length - 1];
		for (int i = 1; i < setup.length; i++) {
			this.candidates[i - 1] = Long.parseLong(setup[i]);
		}
		this.voterKeys = new ArrayList<>(voters);
		this.tokens = new ArrayList<>(voters);
		for (int from = 0; from < voters; from += 10_000) {
			for (String line : get("/public/vote/bench/tokens?from=" + from + "&count=" + Math.min(10_000, voters - from))
				.split("\n")) {
				int space = line.indexOf(' ');
				this.voterKeys.add(line.substring(0, space));
				this.tokens.add(line.substring(space + 1));
			}
		}
	}

	/** Opens voting on the demo campaign, once the app has loaded it (just after it starts answering). */
	private String setup() throws Exception {
		for (int attempt = 0;; attempt++) {
			try {
				return get("/public/vote/bench/setup");
			}
			catch (IOException ex) {
				if (attempt == 120) {
					throw ex;
				}
				Thread.sleep(500);
			}
		}
	}

	private Set<String> stored() throws Exception {
		Set<String> stored = new HashSet<>(List.of(get("/public/vote/bench/stored?campaign=" + this.campaign).split("\n")));
		stored.remove("");
		return stored;
	}

	/** What the workers send: the vote's POST, the no-op with the very same request, or {@code GET <path>}. */
	private static final String VOTE = "vote";

	private static final String PING = "ping";

	private Result run(int connections, int warmup, int measure, String target, BufferedWriter acked)
			throws Exception {
		this.phase = warmup > 0 ? 0 : 1;
		List<Worker> workers = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			Worker worker = new Worker(target, acked);
			workers.add(worker);
			worker.start();
		}
		Thread.sleep(warmup * 1000L);
		this.phase = 1;
		long start = System.nanoTime();
		long busyBefore = busyJiffies();
		Thread.sleep(measure * 1000L);
		this.phase = 2;
		double seconds = (System.nanoTime() - start) / 1e9;
		Result result = new Result(seconds);
		result.busySeconds = (busyJiffies() - busyBefore) / 100.0;
		for (Worker worker : workers) {
			worker.join();
			result.add(worker.counts);
		}
		return result;
	}

	private final class Worker extends Thread {

		private final boolean votes;

		/** {@code GET <path>} without cookies, or {@code null} for the vote's POST (or the no-op's). */
		private final byte[] read;

		private final BufferedWriter acked;

		final Result counts = new Result(0);

		Worker(String target, BufferedWriter acked) {
			this.votes = target.equals(VOTE);
			this.read = target.startsWith("GET ") || target.startsWith("/")
					? (target.startsWith("GET ") ? target : "GET " + target).concat(" HTTP/1.1\r\nHost: localhost\r\n"
							+ "User-Agent: Mozilla/5.0 (iPhone) MicroMessenger/8.0.50\r\n\r\n")
						.getBytes(StandardCharsets.ISO_8859_1)
					: null;
			this.acked = acked;
		}

		@Override
		public void run() {
			Connection connection = null;
			while (phase < 2) {
				try {
					if (connection == null) {
						connection = new Connection(port);
					}
					long index = sequence.getAndIncrement();
					int voter = (int) (index % voterKeys.size());
					long candidate = candidates[(int) ((voter + index / voterKeys.size()) % candidates.length)];
					byte[] request = this.read != null ? this.read
							: request(this.votes ? "/public/vote/api/votes?candidate=" + candidate : "/public/vote/ping",
									voter);
					boolean measuring = phase == 1;
					long began = System.nanoTime();
					int status = connection.exchange(request);
					long micros = (System.nanoTime() - began) / 1000;
					if (this.votes && status == 200) {
						this.counts.acknowledged++;
						if (this.acked != null) {
							synchronized (this.acked) {
								this.acked.write(voterKeys.get(voter) + ' ' + candidate + '\n');
							}
						}
					}
					else if (this.votes && status == 409) {
						this.counts.refused++;
					}
					else if (status != 200) {
						this.counts.errors++;
					}
					if (measuring) {
						this.counts.measured++;
						this.counts.latency[(int) Math.min(BUCKETS - 1,
								micros < 10_000 ? micros / 10 : FINE + micros / 1000 - 10)]++;
					}
				}
				catch (IOException ex) {
					this.counts.errors++;
					connection = null;
					pause();
				}
			}
		}

		/** A vote's request; the ping gets the very same one, with only the path changed. */
		private byte[] request(String path, int voter) {
			int address = voter / 4;
			return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
					+ "Cookie: laurel-voter=" + tokens.get(voter) + "; laurel-device=bench-device-" + voter
					+ "; XSRF-TOKEN=bench-csrf\r\nX-XSRF-TOKEN: bench-csrf\r\n"
					+ "X-Forwarded-For: 10." + ((address >> 16) & 255) + '.' + ((address >> 8) & 255) + '.'
					+ (address & 255) + "\r\nUser-Agent: Mozilla/5.0 (iPhone) MicroMessenger/8.0." + (voter % 50)
					+ "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
		}

		private void pause() {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/** One keep-alive HTTP/1.1 connection; reads Content-Length and chunked bodies. */
	private static final class Connection {

		private final Socket socket;

		private final OutputStream out;

		private final InputStream in;

		private final byte[] drain = new byte[65_536];

		Connection(int port) throws IOException {
			this.socket = new Socket("127.0.0.1", port);
			this.socket.setTcpNoDelay(true);
			this.socket.setSoTimeout(30_000);
			this.out = this.socket.getOutputStream();
			this.in = new BufferedInputStream(this.socket.getInputStream(), 16_384);
		}

		int exchange(byte[] request) throws IOException {
			this.out.write(request);
			this.out.flush();
			String statusLine = line();
			int status = Integer.parseInt(statusLine.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase();
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(header.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
			}
			if (chunked) {
				for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
					skip(size);
					line();
				}
				line();
			}
			else if (length > 0) {
				skip(length);
			}
			return status;
		}

		/** Reads and drops a body into one reusable buffer: skip() would read a large body 2 KB at a time. */
		private void skip(long bytes) throws IOException {
			for (long left = bytes; left > 0;) {
				int read = this.in.read(this.drain, 0, (int) Math.min(this.drain.length, left));
				if (read < 0) {
					throw new IOException("closed");
				}
				left -= read;
			}
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
				if (c < 0) {
					throw new IOException("closed");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

	}

	private static final class Result {

		double seconds;

		final long[] latency = new long[BUCKETS];

		long measured;

		long acknowledged;

		long refused;

		long errors;

		/** CPU time the whole machine was busy while measuring. */
		double busySeconds;

		Result(double seconds) {
			this.seconds = seconds;
		}

		/** Adds another slice: its measured time and requests; acknowledgements count whenever they came. */
		void add(Result other) {
			for (int i = 0; i < BUCKETS; i++) {
				this.latency[i] += other.latency[i];
			}
			this.seconds += other.seconds;
			this.busySeconds += other.busySeconds;
			this.measured += other.measured;
			this.acknowledged += other.acknowledged;
			this.refused += other.refused;
			this.errors += other.errors;
		}

		double rate() {
			return this.measured / this.seconds;
		}

		/** 0 where the machine does not say ({@code /proc/stat} is Linux's). */
		double cpuMicrosPerRequest() {
			return this.busySeconds * 1e6 / Math.max(1, this.measured);
		}

		/** In milliseconds, the upper edge of the bucket holding the percentile. */
		double percentile(double p) {
			long rank = (long) Math.ceil(this.measured * p / 100);
			long seen = 0;
			for (int i = 0; i < BUCKETS; i++) {
				seen += this.latency[i];
				if (seen >= rank && rank > 0) {
					return i < FINE ? (i + 1) * 0.01 : (i - FINE + 11);
				}
			}
			return Double.NaN;
		}

	}

	/** The q-quantile of sorted values, nearest rank: how much the machine's drift moves a pair of slices. */
	private static double quantile(List<Double> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
	}

	/** CPU time of all cores in user, nice, system, irq and softirq so far, in USER_HZ ticks (1/100 s); 0 off Linux. */
	private static long busyJiffies() {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			return Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3]) + Long.parseLong(cpu[6])
					+ Long.parseLong(cpu[7]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private String get(String path) throws Exception {
		HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + this.port + path)
			.toURL()
			.openConnection();
		connection.setReadTimeout(120_000);
		try (InputStream body = connection.getInputStream()) {
			if (connection.getResponseCode() != 200) {
				throw new IOException(path + " answered " + connection.getResponseCode());
			}
			return new String(body.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
