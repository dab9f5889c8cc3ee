package org.diplograph.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.CommunityBootstrapper;
import sun.misc.Signal;

/**
 * Runs a real Neo4j Community server (Bolt, HTTP, Neo4j Browser) inside this JVM.
 *
 * <p>The Node side reads exactly one line starting with {@link #READY} from stdout; everything else
 * on stdout and stderr is Neo4j's own log. Exit codes: 0 clean stop, 2 bad options, 3 Neo4j failed.
 */
public final class Launcher {
  static final String READY = "DIPLOGRAPH_NEO4J_READY ";

  private Launcher() {}

  public static void main(String[] args) {
    LauncherOptions options;
    try {
      options = LauncherOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("neo4j-local: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.exit(run(options));
  }

  private static int run(LauncherOptions options) {
    Path home = options.ephemeral() ? tempHome() : options.dataDir();
    CommunityBootstrapper server = new CommunityBootstrapper();
    int status;
    try {
      status = server.start(home, serverConfig(options, home));
    } catch (RuntimeException e) {
      System.err.println("neo4j-local: " + e.getMessage());
      return 3;
    }
    if (status != 0) {
      System.err.println("neo4j-local: Neo4j did not start (status " + status + "); see the log above");
      return 3;
    }
    announceReady(server, options);
    Runnable shutdown = () -> stopAndExit(server, options.ephemeral() ? home : null);
    // Neo4j's own handlers call System.exit and stop the server from a shutdown hook, where an
    // ephemeral directory could not be removed safely afterwards; ours stop first, then exit.
    for (String signal : new String[] {"TERM", "INT"}) {
      Signal.handle(new Signal(signal), received -> shutdown.run());
    }
    if (options.exitWithParent()) {
      runWhenStdinCloses(shutdown);
    }
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static synchronized void stopAndExit(CommunityBootstrapper server, Path ephemeralHome) {
    stopQuietly(server);
    if (ephemeralHome != null) {
      deleteTree(ephemeralHome);
    }
    System.exit(0);
  }

  private static Map<String, String> serverConfig(LauncherOptions options, Path home) {
    Map<String, String> config = new HashMap<>();
    config.put("server.directories.data", home.resolve("data").toString());
    config.put("server.directories.logs", home.resolve("logs").toString());
    config.put("server.directories.import", home.resolve("import").toString());
    config.put("server.directories.plugins", home.resolve("plugins").toString());
    config.put("server.default_listen_address", options.host());
    config.put("server.bolt.listen_address", options.host() + ":" + options.boltPort());
    config.put("server.http.listen_address", options.host() + ":" + options.httpPort());
    config.put("server.https.enabled", "false");
    // Loopback-only developer database: no password to forget, Browser connects with "No authentication".
    config.put("dbms.security.auth_enabled", "false");
    config.put("server.memory.pagecache.size", options.pageCache());
    // No network here and none wanted: no usage reports.
    config.put("dbms.usage_report.enabled", "false");
    config.put("db.tx_log.rotation.retention_policy", "2 files");
    // Bolt otherwise waits 5 s twice on shutdown for connections a local server no longer has.
    config.put("internal.server.bolt.connection_shutdown_wait_time", "1s");
    config.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");
    return config;
  }

  private static void announceReady(CommunityBootstrapper server, LauncherOptions options) {
    GraphDatabaseAPI system = (GraphDatabaseAPI) server.getDatabaseManagementService().database("system");
    ConnectorPortRegister ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
    HostnamePort http = ports.getLocalAddress(ConnectorType.HTTP);
    String dataDir = options.ephemeral() ? "" : options.dataDir().toString().replace("\\", "\\\\").replace("\"", "\\\"");
    System.out.println(
        READY
            + "{\"pid\":" + ProcessHandle.current().pid()
            + ",\"boltPort\":" + bolt.getPort()
            + ",\"httpPort\":" + http.getPort()
            + ",\"host\":\"" + options.host() + "\""
            + ",\"ephemeral\":" + options.ephemeral()
            + ",\"dataDir\":\"" + dataDir + "\"}");
    System.out.flush();
  }

  /** The parent holds our stdin open; EOF means it is gone, even after a kill -9 it could not handle. */
  private static void runWhenStdinCloses(Runnable action) {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // Input carries no commands; only its end matters.
                }
              } catch (IOException e) {
                // A broken pipe means the same as EOF here.
              }
              action.run();
            },
            "neo4j-local-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void stopQuietly(CommunityBootstrapper server) {
    try {
      if (server.isRunning()) {
        server.stop();
      }
    } catch (RuntimeException e) {
      System.err.println("neo4j-local: error while stopping: " + e);
    }
  }

  private static Path tempHome() {
    try {
      return Files.createTempDirectory("diplograph-neo4j-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("neo4j-local: could not remove " + root + ": " + e.getMessage());
    }
  }
}
