package dev.vetted.core.extract;

import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The committed model, and the training that makes it: same data, same bytes. */
class CheckWorthinessModelTest {

    @Test
    void theCommittedModelRanksAFigureAboveAnOpinion() {
        double figure = CheckWorthinessModel.probability(Token.of("Unemployment fell to 4.1 percent in 2023, the lowest rate since 2000."));
        double opinion = CheckWorthinessModel.probability(Token.of("I think we all love this wonderful country."));
        assertThat(figure).isBetween(0.0, 1.0).isGreaterThan(opinion + 0.3);
    }

    @Test
    void trainingTwiceOnTheSameDataGivesTheSameBytes(@TempDir Path dir) throws IOException {
        writeData(dir);
        DoccatModel first = CheckWorthinessTraining.train(dir);
        DoccatModel second = CheckWorthinessTraining.train(dir);
        CheckWorthinessTraining.write(first, dir.resolve("a.bin"));
        CheckWorthinessTraining.write(second, dir.resolve("b.bin"));
        assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(Files.readAllBytes(dir.resolve("b.bin")));

        CheckWorthinessTraining.Evaluation e = CheckWorthinessTraining.evaluate(first, dir);
        assertThat(e.sentences()).isEqualTo(4);
        assertThat(e.worthy()).isEqualTo(2);
        assertThat(e.truePositives() + e.falseNegatives()).isEqualTo(2);
    }

    @Test
    void dataWithoutTheLabelColumnIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(CheckWorthinessTraining.TRAIN_FILE), "Sentence_id,Text\n1,Hello there\n");
        Files.writeString(dir.resolve(CheckWorthinessTraining.HELD_OUT_FILE), "Sentence_id,Text\n1,Hello there\n");
        assertThatThrownBy(() -> CheckWorthinessTraining.train(dir)).hasMessageContaining("Text and Verdict");
    }

    @Test
    void csvKeepsQuotedCommasAndQuotes() {
        assertThat(Csv.parse("a,\"b, \"\"c\"\"\",d\r\n1,2,3\n")).containsExactly(List.of("a", "b, \"c\"", "d"), List.of("1", "2", "3"));
    }

    /** Sentences written for this test in ClaimBuster's columns: figures are worthy, chatter is not. */
    private static void writeData(Path dir) throws IOException {
        String[] worthy = {"Taxes rose by 12 percent in 2019.", "The deficit reached 400 billion dollars last year.",
                "Crime fell 8 percent in the city since 2015.", "We spent 3 million dollars on the new school."};
        String[] other = {"Thank you all for coming tonight.", "I think that is a great idea.",
                "Good evening and welcome.", "Let me say this about that."};
        List<String> rows = new ArrayList<>(List.of("Sentence_id,Text,Speaker,Verdict"));
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < worthy.length; i++) rows.add(round * 10 + i + ",\"" + worthy[i] + "\",X,1");
            for (int i = 0; i < other.length; i++) rows.add(round * 10 + 5 + i + ",\"" + other[i] + "\",X,-1");
        }
        Files.write(dir.resolve(CheckWorthinessTraining.TRAIN_FILE), rows);
        Files.write(dir.resolve(CheckWorthinessTraining.HELD_OUT_FILE), List.of("Sentence_id,Text,Speaker,Verdict",
                "1,\"Prices rose 5 percent in 2020.\",Y,1", "2,\"Wages fell 2 percent in 2021.\",Y,1",
                "3,\"Thank you very much.\",Y,-1", "4,\"Good evening everyone.\",Y,0"));
    }
}
