package dev.vetted.deploy;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command-line tools run outside Quarkus, where the log manager on the class path starts with
 * every level enabled: the JDBC driver then builds a log record for each value it returns, which
 * cost the audit export benchmark a tenth of its time. Quarkus itself sets the levels from its
 * configuration, so the application needs none of this.
 */
final class DriverLogs {

    private DriverLogs() {
    }

    static void quiet() {
        // the same log manager the libraries expect (it complains when another one came first)
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        Logger.getLogger("org.postgresql").setLevel(Level.INFO);
    }
}
