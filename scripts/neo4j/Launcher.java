// Runs a real Neo4j Community DBMS (embedded) with Bolt on loopback until SIGTERM/SIGINT.
//
// Usage: java -Xmx2g -cp <classpath> Launcher.java <dataDir> <boltPort> [pageCache=2g] [txTimeout=60s]
// Auth is off: the server listens on 127.0.0.1 only and is the developer's own default store;
// users who need auth run their own Neo4j and set NEO4J_URI.
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Launcher <dataDir> <boltPort> [pageCache] [txTimeout]");
            System.exit(64);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = args.length > 2 ? args[2] : "2g";
        Duration txTimeout = parseDuration(args.length > 3 ? args[3] : "60s");
        Files.createDirectories(dataDir);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
            // A runaway query cannot hold the server: every transaction is bounded.
            .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
            .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
            // The loader runs a fixed set of statements while the data grows fast: replanning them every few seconds as
            // statistics change costs more than it gains (their plans are index seeks from the start).
            .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(10))
            // No phoning home: these machines reach no such host.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Bolt's event loops wait a quiet period before stopping; once the databases are closed that only delays Ctrl-C.
            .setConfig(org.neo4j.configuration.GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(org.neo4j.configuration.GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .build();

        CountDownLatch stopped = new CountDownLatch(1);
        // The JVM runs shutdown hooks on SIGTERM and SIGINT: shutdown() waits for open transactions to close.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J STOPPING");
            System.out.flush();
            dbms.shutdown();
            System.out.println("NEO4J STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-shutdown"));

        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails here, before READY, if the store can't open
        System.out.println("NEO4J READY bolt://127.0.0.1:" + port + " version=" + Version.getNeo4jVersion()
            + " pid=" + ProcessHandle.current().pid());
        System.out.flush();
        stopped.await();
    }

    private static Duration parseDuration(String s) {
        String t = s.trim().toLowerCase();
        if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        if (t.endsWith("m")) return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(t));
    }
}
