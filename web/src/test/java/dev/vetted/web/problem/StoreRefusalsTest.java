package dev.vetted.web.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What each failure of the store answers, read from the exception chain as it reaches the top. */
class StoreRefusalsTest {

    static Problem problemFor(Throwable cause) {
        return StoreRefusals.problem(new RuntimeException("wrapped by the persistence layer", cause), "/api/tasks");
    }

    @Test
    void aPoolThatRanDryIsBusyNotAnInternalError() {
        Problem p = problemFor(new SQLException("Sorry, acquisition timeout!"));
        assertThat(p).isNotNull();
        assertThat(p.status()).isEqualTo(503);
        assertThat(p.type()).endsWith("busy");
    }

    @Test
    void aLostOrRefusedConnectionIsBusyToo() {
        assertThat(problemFor(new SQLException("connection refused", "08001")).status()).isEqualTo(503);
        assertThat(problemFor(new SQLException("the database system is starting up", "57P03")).status()).isEqualTo(503);
        assertThat(problemFor(new SQLException("too many clients already", "53300")).status()).isEqualTo(503);
    }

    @Test
    void racesAndBadValuesKeepTheirAnswers() {
        assertThat(problemFor(new SQLException("duplicate key", "23505")).status()).isEqualTo(409);
        assertThat(problemFor(new SQLException("value too long", "22001")).status()).isEqualTo(422);
        assertThat(problemFor(new SQLException("something else entirely"))).isNull();
    }
}
