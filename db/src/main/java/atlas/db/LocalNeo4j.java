package atlas.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community (embedded DBMS with its Bolt connector) for Chain Atlas's local development
 * and tests. Bolt listens on 127.0.0.1 only and authentication is off: nothing off this machine can
 * reach it, and the API is the only client. Point NEO4J_URI at any other Neo4j 5 for anything else.
 *
 * <p>Arguments: {@code --data-dir DIR --port N [--pagecache-mb N] [--watch-stdin]}. With
 * --watch-stdin the database shuts down when standard input closes, so that a parent process that
 * dies without signalling (kill -9) still leaves no Java process behind.
 *
 * <p>SIGTERM and SIGINT run the shutdown hook, which closes the store cleanly.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = null;
    int port = 7687;
    long pageCacheMb = 512;
    boolean watchStdin = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data-dir" -> dataDir = Path.of(args[++i]);
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
        case "--watch-stdin" -> watchStdin = true;
        default -> {
          System.err.println("unknown argument: " + args[i]);
          System.exit(2);
        }
      }
    }
    if (dataDir == null) {
      System.err.println("--data-dir is required");
      System.exit(2);
    }
    Files.createDirectories(dataDir);

    long started = System.nanoTime();
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            // Bolt waits 5 s per connector for idle worker threads on shutdown; the store is already
            // closed by then, so a short wait only makes Ctrl-C and test teardown quicker.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean(false);
    Runnable stop =
        () -> {
          if (stopping.compareAndSet(false, true)) {
            System.out.println("STOPPING");
            dbms.shutdown();
            System.out.println("STOPPED");
            System.out.flush();
          }
          stopped.countDown();
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println("READY bolt://127.0.0.1:" + port + " in " + ms + " ms");
    System.out.flush();

    if (watchStdin) {
      Thread watcher =
          new Thread(
              () -> {
                try (InputStream in = System.in) {
                  while (in.read() != -1) {
                    // Input is ignored; only its end matters.
                  }
                } catch (IOException ignored) {
                  // A broken pipe means the parent is gone: same as end of input.
                }
                System.exit(0);
              },
              "stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }
}
