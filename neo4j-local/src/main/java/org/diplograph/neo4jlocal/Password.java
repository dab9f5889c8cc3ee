package org.diplograph.neo4jlocal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.server.CommunityBootstrapper;

/**
 * The neo4j user's password comes from a file the Node side creates (owner-only) in the data
 * directory; it is read here so it never appears on a command line.
 */
final class Password {
  private Password() {}

  static String read(Path file) throws IOException {
    String password = Files.readString(file, StandardCharsets.UTF_8).trim();
    if (password.length() < 8) {
      throw new IllegalStateException("the password in " + file + " is shorter than 8 characters");
    }
    return password;
  }

  /**
   * Sets it on every start: the file is the one truth, and a data directory created with
   * authentication off (user neo4j/neo4j, change required) gets it without a manual step.
   * Embedded transactions run with full rights, so no old password is needed.
   */
  static void apply(CommunityBootstrapper server, String password) {
    try {
      server
          .getDatabaseManagementService()
          .database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to the one it already has: nothing to do then.
      if (!e.getMessage().contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }
}
