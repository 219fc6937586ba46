package dev.vetted.deploy;

import dev.vetted.core.extract.CheckWorthinessTraining;
import opennlp.tools.doccat.DoccatModel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * `./vetted train checkworthiness DATA_DIR [--out FILE]`: trains the check-worthiness model on
 * the ClaimBuster folder (crowdsourced.csv to learn, groundtruth.csv to measure), writes it
 * (by default over the committed model in core's resources) and prints the data's SHA-256 and
 * the held-out precision and recall, the figures the README quotes.
 */
public final class TrainCommand {

    static final Path COMMITTED = Path.of("core/src/main/resources/dev/vetted/core/extract/checkworthiness.bin");

    private TrainCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[0].equals("checkworthiness")) {
            err.println("vetted train: usage: ./vetted train checkworthiness DATA_DIR [--out FILE]");
            return 2;
        }
        Path data = Path.of(args[1]);
        Path target = COMMITTED;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) target = Path.of(args[++i]);
            else {
                err.println("vetted train: unknown argument '" + args[i] + "'");
                return 2;
            }
        }
        if (!Files.isDirectory(data)) {
            err.println("vetted train: " + data + ": no such folder (the ClaimBuster folder with "
                    + CheckWorthinessTraining.TRAIN_FILE + " and " + CheckWorthinessTraining.HELD_OUT_FILE + ")");
            return 1;
        }
        try {
            out.println("training on " + data.resolve(CheckWorthinessTraining.TRAIN_FILE) + " sha256 "
                    + sha256(data.resolve(CheckWorthinessTraining.TRAIN_FILE)));
            DoccatModel model = CheckWorthinessTraining.train(data);
            CheckWorthinessTraining.Evaluation e = CheckWorthinessTraining.evaluate(model, data);
            out.println("held out " + data.resolve(CheckWorthinessTraining.HELD_OUT_FILE) + " sha256 "
                    + sha256(data.resolve(CheckWorthinessTraining.HELD_OUT_FILE)));
            out.printf("held-out sentences %d, check-worthy %d: precision %.3f, recall %.3f (at 0.5)%n",
                    e.sentences(), e.worthy(), e.precision(), e.recall());
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            CheckWorthinessTraining.write(model, target);
            out.println("model written to " + target + " sha256 " + sha256(target));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("vetted train: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
