# Shared by run.sh and crash.sh: builds the app jar, the bench plug-in and the load generator,
# and starts or kills the app on an embedded PostgreSQL with the bench catalogue enabled.
# Needs only Java 17+ (the Maven wrapper fetches Maven; PostgreSQL comes embedded).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT="$ROOT/target/bench-vote"
PORT=${PORT:-18080}
JAR="$ROOT/target/laurel-0.1.0-SNAPSHOT.jar"

build() {
	cd "$ROOT"
	if [[ ! -f "$JAR" || -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]]; then
		echo "building the app jar (tests skipped) ..."
		./mvnw -B -ntp -q package -DskipTests
	fi
	rm -rf "$OUT/app" "$OUT/plugin" "$OUT/loadgen"
	mkdir -p "$OUT/app" "$OUT/plugin" "$OUT/loadgen"
	(cd "$OUT/app" && jar xf "$JAR")
	javac -nowarn -parameters -d "$OUT/plugin" -cp "$OUT/app/BOOT-INF/classes:$OUT/app/BOOT-INF/lib/*" \
		"$ROOT/bench/vote/plugin/cn/laurel/voting/VoteBench.java"
	javac -d "$OUT/loadgen" "$ROOT/bench/vote/LoadGen.java"
}

# start_app DATA_DIR FRESH(true|false) LOG
start_app() {
	if [[ "$2" == true ]]; then
		rm -rf "$1"
	fi
	java ${JVM_ARGS:-} -Xms1g -Xmx1g -Dloader.path="$OUT/plugin" -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher \
		--server.port="$PORT" \
		--laurel.voting.bench.enabled=true \
		--laurel.embedded-db.data-dir="$1" \
		--laurel.embedded-db.wipe-on-start="$2" \
		--server.forward-headers-strategy=native \
		--server.tomcat.max-keep-alive-requests=-1 \
		--logging.level.root=WARN --logging.level.cn.laurel=INFO ${APP_ARGS:-} >"$3" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 240); do
		if curl_ok "/public/vote/ping"; then
			return 0
		fi
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			echo "the app died on start; see $3" >&2
			return 1
		fi
		sleep 0.5
	done
	echo "the app did not answer within 120 s; see $3" >&2
	return 1
}

stop_app() {
	if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
}

# a GET through Java, so that no curl is needed
curl_ok() {
	java -cp "$OUT/loadgen" LoadGen probe "$PORT" "$1" >/dev/null 2>&1
}
