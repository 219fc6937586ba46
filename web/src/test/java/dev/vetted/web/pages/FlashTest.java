package dev.vetted.web.pages;

import jakarta.ws.rs.core.NewCookie;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The flash cookie's rules, without a server: what it carries, and what it refuses to show. */
class FlashTest {

    @Test
    void aMessageTravelsAsAShortLivedHttpOnlyCookieAndReadsBackTheSame() {
        NewCookie cookie = Flash.carrying("Decision recorded: Mostly true — «checked».", true);
        assertThat(cookie.getName()).isEqualTo("vetted-flash");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getMaxAge()).isEqualTo(60);
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getValue()).matches("[A-Za-z0-9_-]+");
        assertThat(Flash.decode(cookie.getValue())).isEqualTo("Decision recorded: Mostly true — «checked».");
    }

    @Test
    void aMessageIsOneLineAndCappedInLength() {
        assertThat(Flash.oneLine("Imported.\r\nThe article\u2028reads as English.")).isEqualTo("Imported. The article reads as English.");
        String longOne = Flash.oneLine("x".repeat(2000));
        assertThat(longOne).hasSize(600).endsWith("…");
        assertThat(Flash.decode(Flash.carrying("é".repeat(599), false).getValue())).hasSize(599);
    }

    @Test
    void aValueTheDeskDidNotWriteShowsNothing() {
        assertThat(Flash.decode("%%%not-base64")).isNull();
        assertThat(Flash.decode("")).isNull();
        assertThat(Flash.decode(null)).isNull();
        assertThat(Flash.decode("ICAg")).as("blank").isNull();
        assertThat(Flash.decode("A".repeat(4000))).as("longer than any the desk writes").isNull();
    }
}
