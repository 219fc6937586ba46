package dev.vetted.deploy;

import dev.vetted.core.audit.AuditVerifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * `./vetted audit verify EXPORT [--key VERIFIER_KEY]`: checks an audit export offline. Exit 0 when
 * it verifies, 1 naming the first line that does not, 2 for a usage mistake. The key is the
 * string served at /api/audit/public-key, or a file holding it.
 */
public final class AuditCommand {

    private AuditCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[0].equals("verify")) {
            err.println("vetted audit: usage: ./vetted audit verify EXPORT [--key VERIFIER_KEY]");
            return 2;
        }
        Path file = Path.of(args[1]);
        String key = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--key") && i + 1 < args.length) {
                key = args[++i];
            } else if (args[i].startsWith("--key=")) {
                key = args[i].substring("--key=".length());
            } else {
                err.println("vetted audit: unknown option '" + args[i] + "'; usage: ./vetted audit verify EXPORT [--key VERIFIER_KEY]");
                return 2;
            }
        }
        try {
            if (key != null && Files.isRegularFile(Path.of(key))) key = Files.readString(Path.of(key)).strip();
            if (Files.isDirectory(file)) throw new IOException("is a folder, not an export file");
            long size = Files.size(file);
            boolean showProgress = size > 20L * 1024 * 1024;
            AuditVerifier.Result result = AuditVerifier.verify(file, key,
                    showProgress ? n -> err.printf("\rverified %,d lines", n) : null);
            if (showProgress) err.println();
            if (!result.valid()) {
                err.println("vetted audit verify: " + file + ": line " + result.line() + ": " + result.message());
                return 1;
            }
            out.println("valid: " + result.events() + " events" + (result.signatureChecked()
                    ? "; checkpoint signature verified"
                    : "; checkpoint signature NOT checked (pass --key with the key from /api/audit/public-key)"));
            return 0;
        } catch (NoSuchFileException e) {
            err.println("vetted audit verify: " + file + ": no such file");
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("vetted audit verify: " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
