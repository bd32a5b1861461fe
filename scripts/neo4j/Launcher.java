// Runs a real Neo4j Community DBMS (embedded), secure by default, until SIGTERM/SIGINT or until its parent goes away.
//
// Usage: java -Xmx2g -cp <classpath> Launcher.java <dataDir> <boltPort> [pageCache=2g] [txTimeout=60s]
// The first line of stdin is the password of the `neo4j` user (never on the command line, where `ps` shows it); the
// launcher then keeps reading stdin and stops Neo4j at end of input, so a parent killed with -9 leaves no JVM behind,
// also while Neo4j is still starting (the JVM then exits at once, as after a crash: the next start recovers the store).
// Bolt listens on 127.0.0.1 only, with authentication on; LOAD CSV can read no file and fetch no URL; the Bolt port
// speaks Bolt only (no WebSocket, which a web page in the user's browser could reach).
// With -Dnewsgraph.cds.dir=<folder> -Dnewsgraph.cds.stamp=<classpath stamp> (and -XX:+RecordDynamicDumpInfo) a stop after
// READY dumps the class-data-sharing archive of the classes loaded so far into that folder, once (src/graph/neo4j.ts,
// classDataSharing).
// A stop reports its phases and, every 2 s, the JVM's CPU time on stdout, so the parent kills only a stop that has stalled.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.ObjectName;

import inet.ipaddr.IPAddressString;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Launcher <dataDir> <boltPort> [pageCache] [txTimeout]  (password on the first line of stdin)");
            System.exit(64);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = args.length > 2 ? args[2] : "2g";
        Duration txTimeout = parseDuration(args.length > 3 ? args[3] : "60s");
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = stdin.readLine();
        if (password == null || password.isEmpty()) {
            System.err.println("launcher: no password on stdin");
            System.exit(64);
        }
        Files.createDirectories(dataDir);
        String cdsDir = System.getProperty("newsgraph.cds.dir");
        // A class archive is dumped only for a start that completed (READY) and a stop the parent asked for.
        AtomicBoolean ready = new AtomicBoolean(false);
        AtomicBoolean parentGone = new AtomicBoolean(false);

        // The parent holds our stdin open while it lives; end of input means it is gone (exited, crashed or killed).
        // Watched from here on, not from READY: a start takes 20-60 s on a busy machine, and a parent stopped meanwhile
        // (Ctrl-C, SIGTERM, kill -9) would otherwise leave Neo4j starting, then running, until it read the end of input.
        Thread parentWatch = new Thread(() -> {
            try {
                while (stdin.readLine() != null) { /* nothing else is sent */ }
            } catch (Exception ignored) { /* a broken pipe is an end of input too */ }
            parentGone.set(true);
            System.err.println("launcher: parent process gone (stdin closed), stopping Neo4j");
            System.exit(0);
        }, "parent-watch");
        parentWatch.setDaemon(true);
        parentWatch.start();

        // Set once build() has returned: a stop before that (the parent gone, SIGTERM, SIGINT) has no server to shut down.
        AtomicReference<DatabaseManagementService> built = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        // The JVM runs shutdown hooks on SIGTERM, SIGINT and System.exit: shutdown() waits for open transactions to close.
        // Registered before build(), so a stop during start-up exits at once rather than after Neo4j is ready.
        // The stop's phases (NEO4J STOPPING, STOPPED, DUMPING) and, every 2 s meanwhile, the JVM's CPU time (NEO4J BUSY
        // cpu=<ms>) go to stdout: the parent waits for a stop that makes progress and kills only one that shows none.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService server = built.get();
            reportProgress();
            if (server != null) {
                phase("STOPPING");
                server.shutdown();
                phase("STOPPED");
            }
            if (cdsDir != null && ready.get() && !parentGone.get()) dumpClassArchive(Path.of(cdsDir), System.getProperty("newsgraph.cds.stamp", "0"));
            stopped.countDown();
        }, "neo4j-shutdown"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            // Other users of the machine and web pages reach 127.0.0.1 too: every Bolt connection logs in.
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // LOAD CSV reads no local file (file:///etc/passwd) ...
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            // ... and fetches no URL: http, https and ftp are checked against this block list before any connection.
            .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
            // A runaway query cannot hold the server: every transaction is bounded.
            .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
            .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
            // Plans follow the graph as it grows: a plan made while the graph was empty (a surname lookup planned as a label
            // scan took 0.3-1.5 s instead of 7-20 ms) is replanned once the statistics it used have moved by half, checked
            // at most every 10 s. A graph growing by loads diverges that much a few times (doublings), so replans stay rare.
            .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofSeconds(10))
            .setConfig(GraphDatabaseSettings.query_statistics_divergence_threshold, 0.5)
            // No phoning home: these machines reach no such host.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Bolt's event loops wait a quiet period before stopping; once the databases are closed that only delays Ctrl-C.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            // Cypher expressions are interpreted, not compiled to bytecode: compiling makes new classes for each plan (again
            // at every replan while a loading graph grows), which the JVM's JIT then compiles too. A load's small UNWIND
            // statements seldom repay that: Neo4j CPU of the 2nd-5th load of 1,000 articles into a fresh server 17-27 s -> 13-22 s
            // (README, Scale); the same later on.
            .setConfig(GraphDatabaseInternalSettings.cypher_expression_engine, GraphDatabaseInternalSettings.CypherExpressionEngine.INTERPRETED)
            .build();
        built.set(dbms);

        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boltOnly(system);
        setPassword(system, password);
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails here, before READY, if the store can't open
        System.out.println("NEO4J READY bolt://127.0.0.1:" + port + " version=" + Version.getNeo4jVersion()
            + " pid=" + ProcessHandle.current().pid());
        System.out.flush();
        ready.set(true);
        stopped.await();
    }

    private static void phase(String name) {
        System.out.println("NEO4J " + name);
        System.out.flush();
    }

    /**
     * A daemon thread printing the process's CPU time every 2 s until the JVM halts: a stop that is working (a checkpoint,
     * the class-data dump) uses CPU, a wedged one hardly any, and the parent tells them apart by it (src/graph/neo4j.ts).
     */
    private static void reportProgress() {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) return;
        Thread beat = new Thread(() -> {
            try {
                for (;;) {
                    Thread.sleep(2000);
                    System.out.println("NEO4J BUSY cpu=" + os.getProcessCpuTime() / 1_000_000);
                    System.out.flush();
                }
            } catch (InterruptedException ignored) { /* the JVM is halting */ }
        }, "stop-progress");
        beat.setDaemon(true);
        beat.start();
    }

    /**
     * The `neo4j` user gets the password the parent passed. A store created with auth off has the user with the default
     * password (and "change required"); a store that already has this password keeps it (Neo4j refuses to set the same one).
     */
    private static void setPassword(GraphDatabaseAPI system, String password) {
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    /**
     * Neo4j 5 serves Bolt over WebSocket on the Bolt port with no setting to turn it off and no Origin check; a page in the
     * user's browser could open one. A gate placed first in each new connection's pipeline lets a connection through only
     * when its first four bytes are Bolt's magic preamble, so an HTTP upgrade request is closed unanswered.
     */
    private static void boltOnly(GraphDatabaseAPI system) {
        BoltServer bolt = system.getDependencyResolver().resolveDependency(BoltServer.class);
        for (Connector<?> connector : bolt.getConnectors()) {
            connector.registerListener(new ConnectorListener() {
                @Override
                public void onConnectionCreated(Connection connection) {
                    connection.modifyPipeline(pipeline -> pipeline.addFirst("newsgraph-bolt-only", new BoltPreambleGate()));
                }
            });
            // Bolt started listening inside build(): a connection that came in before the gate was placed is closed.
            connector.connectionRegistry().stopAll(Duration.ofSeconds(2));
        }
    }

    /**
     * Dumps the classes loaded so far into a class-data-sharing archive in `dir`, unless another start's archive is there
     * already. The JVM writes the whole dump or removes it (a write error ends the JVM), so the file is complete once the
     * command returns; it is then linked into place under a name carrying its jars' stamp and its size
     * (neo4j-<stamp>-<bytes>.jsa), which the next start checks before mapping it. Never fatal: a stop that cannot dump
     * stops as usual.
     */
    private static void dumpClassArchive(Path dir, String stamp) {
        try {
            try (DirectoryStream<Path> archives = Files.newDirectoryStream(dir, "neo4j-" + stamp + "-*.jsa")) {
                if (archives.iterator().hasNext()) return;
            }
            phase("DUMPING");
            long t0 = System.nanoTime();
            Path dump = dir.resolve("neo4j." + ProcessHandle.current().pid() + ".jsa.tmp");
            Files.deleteIfExists(dump);
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmCds",
                new Object[] {new String[] {"dynamic_dump", dump.toString()}}, new String[] {String[].class.getName()});
            if (!Files.isRegularFile(dump) || Files.size(dump) == 0) {
                Files.deleteIfExists(dump);
                System.err.println("launcher: no class-data archive written: " + String.valueOf(out).trim().replace('\n', ' '));
                return;
            }
            long size = Files.size(dump);
            Path archive = dir.resolve("neo4j-" + stamp + "-" + size + ".jsa");
            try {
                Files.createLink(archive, dump); // fails if another stop linked one first: that one stays
            } catch (FileAlreadyExistsException e) {
                // another start's archive is in place
            } catch (IOException | UnsupportedOperationException e) {
                Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE); // a file system without hard links
            }
            Files.deleteIfExists(dump);
            System.err.printf("launcher: class-data archive %s written (%d MB) in %.1f s%n", archive, size >> 20, (System.nanoTime() - t0) / 1e9);
        } catch (Exception e) {
            System.err.println("launcher: no class-data archive written: " + e);
        }
    }

    private static Duration parseDuration(String s) {
        String t = s.trim().toLowerCase();
        if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        if (t.endsWith("m")) return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(t));
    }
}

/** Passes a connection on unchanged when it opens with Bolt's preamble (0x6060B017); closes any other (HTTP, TLS, junk). */
class BoltPreambleGate extends ByteToMessageDecoder {
    private static final int BOLT_MAGIC = 0x6060B017;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) return;
        if (in.getInt(in.readerIndex()) == BOLT_MAGIC) {
            ctx.pipeline().remove(this); // the bytes read so far go on to Bolt's own handlers
        } else {
            in.skipBytes(in.readableBytes());
            ctx.close();
        }
    }
}
