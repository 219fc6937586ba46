package dev.vetted.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How worth checking a sentence looks, from 0 to 1: attributed, specific (numbers, names,
 * dates), about events and positions; not a question, not the writer's own framing.
 */
final class CheckWorthiness {

    private static final Set<String> NUMBER_WORDS = Lexicon.words("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen", "dozens",
            "half", "percent", "majority", "all", "none", "every", "first", "last", "most", "double", "triple", "%");
    private static final Set<String> TIME_WORDS = Lexicon.words("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "week", "days", "weeks",
            "months", "years", "since", "until");
    private static final Set<String> FIRST_PERSON = Lexicon.words("i", "we", "our", "us", "my");

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
        boolean number = false;
        boolean time = false;
        boolean firstPerson = false;
        int names = 0;
        int events = 0;
        boolean inQuote = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (w.equals("“") || w.equals("”") || w.equals("\"")) inQuote = !w.equals("”") && !(inQuote && w.equals("\""));
            if (Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w)) number = true;
            if (TIME_WORDS.contains(w)) time = true;
            if (i > 0 && t.isWord() && t.isCapitalized()) names++;
            if (Lexicon.EVENT_WORDS.contains(w)) events++;
            if (!inQuote && FIRST_PERSON.contains(w)) firstPerson = true;
        }
        if (number) score += 0.15;
        if (time) score += 0.05;
        if (names >= 2) score += 0.1;
        score += Math.min(0.15, events * 0.05);
        for (String hedge : Lexicon.WRITER_HEDGES) {
            if (lower.contains(hedge)) {
                // inside attributed speech the framing is the source's, not the writer's
                if (attribution.source() == null) score -= 0.3;
                break;
            }
        }
        if (attribution.source() == null && firstPerson) score -= 0.2;
        if (words > 70) score -= 0.1;
        return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
    }
}
