package org.diplograph.neo4jlocal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The neo4j.conf of the embedded server, built from the launcher's options (ports already concrete). */
final class ServerSettings {
  /** Where Diplograph's pages sit beside Browser's own, in this jar (see pom.xml). */
  static final String SITE = "/browser/diplograph/";

  private ServerSettings() {}

  /**
   * APOC reads its own settings from apoc.conf in the configuration directory only (not from
   * Neo4j's settings, nor, embedded, from the environment): exports to files are on.
   */
  static void prepareHome(Path home) throws IOException {
    // Exports land in the import directory, which Neo4j does not create.
    Files.createDirectories(home.resolve("import"));
    Path conf = Files.createDirectories(home.resolve("conf"));
    Files.writeString(conf.resolve("apoc.conf"), "apoc.export.file.enabled=true\n");
  }

  static Map<String, String> of(LauncherOptions options, Path home) {
    String boltAddress = options.host() + ":" + options.boltPort();
    String httpAddress = options.host() + ":" + options.httpPort();
    String origin = "http://" + httpAddress;
    Map<String, String> config = new HashMap<>();
    config.put("server.directories.data", home.resolve("data").toString());
    config.put("server.directories.logs", home.resolve("logs").toString());
    config.put("server.directories.import", home.resolve("import").toString());
    Path plugins = options.pluginsDir() != null ? options.pluginsDir() : home.resolve("plugins");
    config.put("server.directories.plugins", plugins.toString());
    config.put("server.default_listen_address", options.host());
    config.put("server.default_advertised_address", options.host());
    config.put("server.bolt.listen_address", boltAddress);
    config.put("server.bolt.advertised_address", boltAddress);
    config.put("server.http.listen_address", httpAddress);
    config.put("server.http.advertised_address", httpAddress);
    config.put("server.https.enabled", "false");

    // Any web page the analyst opens can send requests to loopback. With a password, a page
    // cannot log in over Bolt-over-WebSocket; the HTTP Cypher endpoints (which answered any
    // origin with "*") are not served at all: Browser and Diplograph speak Bolt.
    config.put("dbms.security.auth_enabled", String.valueOf(options.passwordFile() != null));
    config.put("server.http_enabled_modules", "BROWSER");
    config.put("dbms.security.http_access_control_allow_origin", origin);

    // Browser: Diplograph's style and guide on connect, fetched from this same server.
    config.put(
        "browser.post_connect_cmd",
        "style " + origin + SITE + "diplograph.grass; play " + origin + SITE + "guide.html");
    // Neo4j 5.26 still names it "whitelist" (the docs' "allowlist" is refused as unknown).
    config.put("browser.remote_content_hostname_whitelist", options.host());
    // Offline and local: no usage reports from Browser either, and no banner asking about them.
    config.put("client.allow_telemetry", "false");

    // APOC Core: its export procedures write GraphML/CSV/JSON under the import directory.
    config.put("dbms.security.procedures.unrestricted", "apoc.*");

    config.put("server.memory.pagecache.size", options.pageCache());
    // No network here and none wanted: no usage reports.
    config.put("dbms.usage_report.enabled", "false");
    config.put("db.tx_log.rotation.retention_policy", "2 files");
    // Bolt otherwise waits 5 s twice on shutdown for connections a local server no longer has.
    config.put("internal.server.bolt.connection_shutdown_wait_time", "1s");
    config.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");
    return config;
  }
}
