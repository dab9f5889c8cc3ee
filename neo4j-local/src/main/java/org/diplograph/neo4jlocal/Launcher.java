package org.diplograph.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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

  private static int run(LauncherOptions requested) {
    LauncherOptions options;
    String password;
    try {
      options = withConcretePorts(requested);
      password = requested.passwordFile() == null ? null : Password.read(requested.passwordFile());
    } catch (IOException | IllegalStateException e) {
      System.err.println("neo4j-local: " + e.getMessage());
      return 2;
    }
    Path home = options.ephemeral() ? tempHome() : options.dataDir();
    try {
      ServerSettings.prepareHome(home);
    } catch (IOException e) {
      System.err.println("neo4j-local: " + e.getMessage());
      return 2;
    }
    CommunityBootstrapper server = new CommunityBootstrapper();
    int status;
    try {
      status = server.start(home, ServerSettings.of(options, home));
      if (status == 0 && password != null) {
        Password.apply(server, password);
      }
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

  /**
   * Neo4j advertises the address it is configured with, not the one it bound, so a port of 0
   * would be advertised as 0 (and Browser would offer the default 7687): pick the free ports
   * here and configure both the same.
   */
  private static LauncherOptions withConcretePorts(LauncherOptions o) throws IOException {
    return new LauncherOptions(
        o.dataDir(),
        o.ephemeral(),
        o.host(),
        concretePort(o.host(), o.boltPort()),
        concretePort(o.host(), o.httpPort()),
        o.pageCache(),
        o.exitWithParent(),
        o.passwordFile(),
        o.pluginsDir());
  }

  private static int concretePort(String host, int port) throws IOException {
    if (port != 0) {
      return port;
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
      return socket.getLocalPort();
    }
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
            + ",\"auth\":\"" + (options.passwordFile() == null ? "none" : "password") + "\""
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
