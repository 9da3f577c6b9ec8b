package org.exovigil.signals.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session on this machine for tests: no web UI, few shuffle partitions for small files, loopback only. */
final class LocalSpark {

    private LocalSpark() {}

    static SparkSession session(int threads) {
        return SparkSession.builder()
                .master("local[" + threads + "]")
                .appName("exovigil-signals-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(threads))
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
