package dev.vetted.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How worth checking a sentence looks, from 0 to 1: attributed, specific (numbers, names,
 * dates), about events and positions; not a question, not the writer's own framing.
 */
final class CheckWorthiness {

    private static final Pattern NUMBER = Pattern.compile(
            "\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                    + "hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|"
                    + "percent|per cent|majority|all|none|every|first|last|most|double|triple)\\b");
    private static final Pattern TIME = Pattern.compile(
            "\\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last week|this week|"
                    + "days|weeks|months|years|since|until|in \\d{4})\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(i|we|our|us|my)\\b");

    private CheckWorthiness() {
    }

    static double score(String sentence, Attribution.Found attribution) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Token> tokens = Token.of(sentence);
        long words = tokens.stream().filter(Token::isWord).count();
        if (words < 6 || sentence.strip().endsWith("?")) return 0.05;

        double score = 0.25;
        if (attribution.source() != null) score += attribution.inherited() ? 0.25 : 0.3;
        if (attribution.quote() != null) score += 0.05;
        if (NUMBER.matcher(lower).find()) score += 0.15;
        if (TIME.matcher(lower).find()) score += 0.05;
        long names = tokens.stream().skip(1).filter(t -> t.isWord() && t.isCapitalized()).count();
        if (names >= 2) score += 0.1;
        long events = tokens.stream().filter(t -> Lexicon.EVENT_WORDS.contains(t.lower())).count();
        score += Math.min(0.15, events * 0.05);
        for (String hedge : Lexicon.WRITER_HEDGES) {
            if (lower.contains(hedge)) {
                // inside attributed speech the framing is the source's, not the writer's
                if (attribution.source() == null) score -= 0.3;
                break;
            }
        }
        if (attribution.source() == null && FIRST_PERSON.matcher(unquoted(lower)).find()) score -= 0.2;
        if (words > 70) score -= 0.1;
        return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
    }

    private static String unquoted(String lower) {
        return lower.replaceAll("“[^”]*”|\"[^\"]*\"", " ");
    }
}
