package dev.vetted.core.extract;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Trains the check-worthiness model on the ClaimBuster data (Arslan, Hassan, Li, Tremayne 2020;
 * CC BY 4.0): the crowd-labelled sentences ({@code crowdsourced.csv}) to learn from, the
 * experts' ground truth ({@code groundtruth.csv}) held back to measure on. A sentence is
 * "worthy" when labelled a check-worthy factual sentence (1), "other" when unimportant factual
 * (0) or non-factual (-1). Maximum entropy (a logistic regression) over {@link NewsFeatures},
 * trained with fixed parameters on one thread, so the same data gives the same model.
 */
public final class CheckWorthinessTraining {

    public static final String TRAIN_FILE = "crowdsourced.csv";
    public static final String HELD_OUT_FILE = "groundtruth.csv";

    /** Precision and recall of "worthy" on the held-back sentences at the 0.5 cut. */
    public record Evaluation(int sentences, int worthy, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return worthy == 0 ? 0 : (double) truePositives / worthy;
        }
    }

    private CheckWorthinessTraining() {
    }

    public static DoccatModel train(Path dataDir) throws IOException {
        // the few sentences that appear in both files are left out of training, so the measure stays honest
        Set<String> heldOut = new HashSet<>();
        for (DocumentSample s : read(dataDir.resolve(HELD_OUT_FILE))) heldOut.add(String.join(" ", s.getText()));
        // (the samples hold features, not words, but the same sentence gives the same features)
        List<DocumentSample> samples = new ArrayList<>();
        for (DocumentSample s : read(dataDir.resolve(TRAIN_FILE))) {
            if (!heldOut.contains(String.join(" ", s.getText()))) samples.add(s);
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 150);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        // the standard bag-of-words generator over NewsFeatures' strings: the model names no class of ours
        DoccatFactory factory = new DoccatFactory();
        return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params, factory);
    }

    public static Evaluation evaluate(DoccatModel model, Path dataDir) throws IOException {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        int n = 0, worthy = 0, tp = 0, fp = 0, fn = 0;
        for (DocumentSample s : read(dataDir.resolve(HELD_OUT_FILE))) {
            n++;
            boolean truth = s.getCategory().equals(CheckWorthinessModel.WORTHY);
            boolean said = categorizer.categorize(s.getText())[categorizer.getIndex(CheckWorthinessModel.WORTHY)] >= 0.5;
            if (truth) worthy++;
            if (truth && said) tp++;
            if (!truth && said) fp++;
            if (truth && !said) fn++;
        }
        return new Evaluation(n, worthy, tp, fp, fn);
    }

    /**
     * Writes the model so that the same training gives the same bytes: OpenNLP stamps the
     * manifest with the training time and the zip entries with the clock, so both are fixed here.
     */
    public static void write(DoccatModel model, Path file) throws IOException {
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        model.serialize(serialized);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(serialized.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) content = stableManifest(content);
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
    }

    private static final long FIXED_TIME = 315_532_800_000L; // 1980-01-01, the zip format's first date

    private static byte[] stableManifest(byte[] properties) {
        StringBuilder b = new StringBuilder();
        for (String line : new String(properties, StandardCharsets.ISO_8859_1).split("\\R")) {
            if (line.startsWith("#") || line.startsWith("Timestamp=")) continue;
            b.append(line).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** ClaimBuster's CSV: a header naming {@code Text} and {@code Verdict}, quoted fields with doubled quotes. */
    static List<DocumentSample> read(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) throw new IOException(csv + ": no such file (expected ClaimBuster's " + csv.getFileName() + ")");
        List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        if (rows.isEmpty()) throw new IOException(csv + ": empty");
        List<String> header = rows.get(0);
        int text = header.indexOf("Text");
        int verdict = header.indexOf("Verdict");
        if (text < 0 || verdict < 0) throw new IOException(csv + ": the header names no Text and Verdict columns");
        List<DocumentSample> samples = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(text, verdict)) continue;
            String label = row.get(verdict).strip().equals("1") ? CheckWorthinessModel.WORTHY : CheckWorthinessModel.OTHER;
            String[] words = CheckWorthinessModel.words(Token.of(row.get(text)));
            if (words.length > 0) samples.add(new DocumentSample(label, NewsFeatures.of(words)));
        }
        return samples;
    }
}
