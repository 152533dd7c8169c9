#!/usr/bin/env bash
# Ranks a category from 10,000 judge scores and 10 million votes and prints how long it takes.
# Usage (from the repository root): bash bench/scoring/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q -DskipTests compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
classpath="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
# The benchmark sits in the scoring package to reach its package-private evaluation, so it is compiled
# next to the application's classes rather than into the application.
javac -encoding UTF-8 -d target/bench -cp "$classpath" bench/scoring/RankingBenchmark.java
java -Xmx1g -cp "target/bench:$classpath" cn.laurel.scoring.RankingBenchmark
