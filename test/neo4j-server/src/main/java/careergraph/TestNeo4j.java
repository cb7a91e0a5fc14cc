package careergraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A throw-away Neo4j for the test suites: an in-process Neo4j (neo4j-harness) with Bolt on 127.0.0.1, no
 * authentication, no HTTP server, a small page cache and its store in a temporary folder that is deleted on
 * close.
 *
 * <p>When Bolt accepts connections it prints exactly one line, {@code NEO4J_URI=bolt://127.0.0.1:PORT}, on
 * stdout. It then runs until SIGTERM/SIGINT (shutdown hook) or until its stdin reaches end of file, so a parent
 * that dies (and so closes the pipe) never leaves it running. Pass {@code --ignore-stdin} to run it by hand with
 * stdin at /dev/null; {@code -Dneo4j.port=7687} picks a fixed port (default: a free one).
 */
public final class TestNeo4j {
    private static final AtomicBoolean closed = new AtomicBoolean();

    private TestNeo4j() {}

    public static void main(String[] args) throws Exception {
        boolean watchStdin = true;
        for (String arg : args) {
            if (arg.equals("--ignore-stdin")) {
                watchStdin = false;
            } else {
                System.err.println("TestNeo4j: unknown argument " + arg + " (known: --ignore-stdin)");
                System.exit(2);
            }
        }
        int port = Integer.getInteger("neo4j.port", 0);
        Path workDir = Files.createTempDirectory("careergraph-neo4j-");
        AtomicReference<Neo4j> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running.get(), workDir), "test-neo4j-shutdown"));
        if (watchStdin) {
            // started before Neo4j so that a parent dying during start-up stops it too
            Thread stdinWatcher = new Thread(TestNeo4j::exitAtEndOfStdin, "test-neo4j-stdin");
            stdinWatcher.setDaemon(true);
            stdinWatcher.start();
        }

        Neo4j neo4j;
        try {
            neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
                    .withDisabledServer() // no HTTP/HTTPS connector, no browser
                    .withConfig(GraphDatabaseSettings.auth_enabled, false)
                    .withConfig(BoltConnector.enabled, true)
                    .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .withConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024)
                    .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .withConfig(GraphDatabaseSettings.preallocate_store_files, false)
                    .withConfig(GraphDatabaseSettings.udc_enabled, false)
                    // by default Bolt waits 5 s for its thread pool and 5 s for its connections when stopping
                    .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                    .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                    .build();
        } catch (Throwable e) {
            System.err.println("TestNeo4j: Neo4j did not start");
            e.printStackTrace();
            System.exit(1);
            return;
        }
        running.set(neo4j);

        System.out.println("NEO4J_URI=bolt://127.0.0.1:" + neo4j.boltURI().getPort());
        System.out.flush();
        new CountDownLatch(1).await(); // until System.exit or a signal runs the shutdown hook
    }

    private static void exitAtEndOfStdin() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // ignore input; only end of file matters
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone too
        }
        System.exit(0); // runs the shutdown hook
    }

    private static void stop(Neo4j neo4j, Path workDir) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (neo4j != null) {
            try {
                neo4j.close();
            } catch (RuntimeException e) {
                System.err.println("TestNeo4j: close failed: " + e);
            }
        }
        deleteQuietly(workDir);
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it is under the temporary folder
        }
    }
}
