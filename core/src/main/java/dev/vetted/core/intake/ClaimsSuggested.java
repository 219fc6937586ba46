package dev.vetted.core.intake;

import java.time.Duration;

/**
 * Fired (as a CDI event) each time the extractor has read an imported article, so operators can
 * see how long suggesting claims takes without core knowing about metrics.
 *
 * @param took        the extractor's time on the article's text
 * @param characters  the length of the text read
 * @param suggestions how many suggestions it made
 */
public record ClaimsSuggested(Duration took, int characters, int suggestions) {
}
