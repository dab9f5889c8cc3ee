package org.diplograph.neo4jlocal;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Command-line options of the launcher; every value has a default so Node can pass only what it changes. */
record LauncherOptions(
    Path dataDir,
    boolean ephemeral,
    String host,
    int boltPort,
    int httpPort,
    String pageCache,
    boolean exitWithParent,
    /** Null: authentication off (the user opted out). */
    Path passwordFile,
    /** Null: no plugins (APOC lives in the build's target/plugins). */
    Path pluginsDir) {

  static LauncherOptions parse(String[] args) {
    Map<String, String> values = new TreeMap<>();
    boolean ephemeral = false;
    boolean exitWithParent = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--ephemeral" -> ephemeral = true;
        case "--exit-with-parent" -> exitWithParent = true;
        case "--data-dir",
            "--host",
            "--bolt-port",
            "--http-port",
            "--page-cache",
            "--password-file",
            "--plugins-dir" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          values.put(arg, args[++i]);
        }
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (!ephemeral && !values.containsKey("--data-dir")) {
      throw new IllegalArgumentException("give --data-dir PATH, or --ephemeral for a throw-away database");
    }
    return new LauncherOptions(
        values.containsKey("--data-dir") ? Path.of(values.get("--data-dir")).toAbsolutePath() : null,
        ephemeral,
        values.getOrDefault("--host", "127.0.0.1"),
        port(values, "--bolt-port", 7687),
        port(values, "--http-port", 7474),
        values.getOrDefault("--page-cache", "256m"),
        exitWithParent,
        path(values, "--password-file"),
        path(values, "--plugins-dir"));
  }

  private static Path path(Map<String, String> values, String name) {
    return values.containsKey(name) ? Path.of(values.get(name)).toAbsolutePath() : null;
  }

  private static int port(Map<String, String> values, String name, int fallback) {
    String raw = values.get(name);
    if (raw == null) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(raw);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number from 0 to 65535, got " + raw);
    }
  }
}
