import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.Node;

/**
 * Readiness probe used by tools/kafka/kafka.sh (compiled once into .cache/kafka/probe).
 *
 * Usage: java -cp 'probe:libs/*' KafkaReady host:port timeoutSeconds
 *
 * Retries until the broker answers a real metadata round trip through the Java
 * AdminClient: DescribeCluster returns at least one broker and an active
 * controller, a Metadata (ListTopics) request succeeds and the group coordinator
 * answers an OffsetFetch for a (never used) group. Exit 0 when ready,
 * 1 on timeout. Only one line is printed (to stderr) on failure.
 */
public final class KafkaReady {
    private static final String PROBE_GROUP = "samspill-kafka-ready-probe";

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        long timeoutMs = TimeUnit.SECONDS.toMillis(args.length > 1 ? Long.parseLong(args[1]) : 60);
        long deadline = System.currentTimeMillis() + timeoutMs;

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "samspill-kafka-ready-probe");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "100");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        props.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "100");
        props.put(AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "200");

        boolean debug = System.getenv("KAFKA_READY_DEBUG") != null;
        long t0 = System.currentTimeMillis();
        String last = "no answer";
        try (Admin admin = Admin.create(props)) {
            while (System.currentTimeMillis() < deadline) {
                try {
                    int apiTimeout = (int) Math.max(1000, Math.min(5000, deadline - System.currentTimeMillis()));
                    DescribeClusterResult cluster =
                        admin.describeCluster(new DescribeClusterOptions().timeoutMs(apiTimeout));
                    Collection<Node> nodes = cluster.nodes().get();
                    Node controller = cluster.controller().get();
                    if (debug) System.err.println((System.currentTimeMillis() - t0) + "ms describeCluster ok");
                    if (nodes.isEmpty()) {
                        last = "no brokers registered yet";
                    } else if (controller == null || controller.isEmpty()) {
                        last = "no active controller yet";
                    } else {
                        admin.listTopics(new ListTopicsOptions().listInternal(true).timeoutMs(apiTimeout))
                            .names().get();
                        if (debug) System.err.println((System.currentTimeMillis() - t0) + "ms listTopics ok");
                        // Group coordinator warm-up: FindCoordinator creates __consumer_offsets
                        // on a fresh broker, and after a restart this waits until the
                        // coordinator has loaded it (no COORDINATOR_LOAD_IN_PROGRESS later).
                        admin.listConsumerGroupOffsets(PROBE_GROUP,
                                new ListConsumerGroupOffsetsOptions().timeoutMs(apiTimeout))
                            .partitionsToOffsetAndMetadata().get();
                        if (debug) System.err.println((System.currentTimeMillis() - t0) + "ms group coordinator ok");
                        System.exit(0);
                    }
                } catch (Exception e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    last = cause.getClass().getSimpleName() + ": " + cause.getMessage();
                    if (debug) System.err.println((System.currentTimeMillis() - t0) + "ms " + last);
                }
                Thread.sleep(200);
            }
        }
        System.err.println("kafka not ready at " + bootstrap + ": " + last);
        System.exit(1);
    }
}
