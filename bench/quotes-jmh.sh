#!/usr/bin/env bash
# In-process landed-cost quote throughput (JMH), one thread. Usage: bench/quotes-jmh.sh [extra JMH args]
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-home.sh
./mvnw -q -B test-compile -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  'LandedCostBenchmark' -rf text -rff target/jmh-quotes.txt "$@"
