package dev.vetted.web.publish;

import dev.vetted.core.publish.FactCheckVersion;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

/**
 * One page of the Atom feed of verdicts. Each verdict is one entry with a stable id (its page's
 * address), updated when a correction is approved; its summary says the verdict and, once
 * corrected, the correction. Text that XML 1.0 cannot carry (control characters) is dropped.
 */
final class AtomFeed {

    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String write(ClaimReviews reviews, List<PublishedVerdict> verdicts, FactCheckFeeds.FeedLinks links, Instant updated) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            text(x, "id", reviews.newsroomUrl() + "/fact-checks/feed.atom");
            text(x, "title", reviews.newsroom() + " fact checks");
            text(x, "updated", updated.toString());
            x.writeStartElement("author");
            text(x, "name", reviews.newsroom());
            text(x, "uri", reviews.newsroomUrl());
            x.writeEndElement();
            link(x, "self", links.self(), "application/atom+xml");
            link(x, "alternate", links.html(), "text/html");
            link(x, "first", links.first(), null);
            link(x, "last", links.last(), null);
            if (links.previous() != null) link(x, "previous", links.previous(), null);
            if (links.next() != null) link(x, "next", links.next(), null);
            for (PublishedVerdict v : verdicts) entry(x, reviews, v);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the Atom feed could not be written", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter x, ClaimReviews reviews, PublishedVerdict v) throws XMLStreamException {
        String url = reviews.pageUrl(v.check());
        FactCheckVersion now = v.current();
        x.writeStartElement("entry");
        text(x, "id", url);
        text(x, "title", now.verdict.words() + ": " + v.claim().text);
        link(x, "alternate", url, "text/html");
        text(x, "published", v.check().firstPublishedAt.toString());
        text(x, "updated", v.check().changedAt().toString());
        x.writeStartElement("category");
        x.writeAttribute("term", now.verdict.name());
        x.writeAttribute("label", now.verdict.words());
        x.writeEndElement();
        text(x, "summary", summary(v));
        x.writeEndElement();
    }

    static String summary(PublishedVerdict v) {
        FactCheckVersion now = v.current();
        StringBuilder s = new StringBuilder();
        if (v.claim().speaker != null) s.append("Claim by ").append(v.claim().speaker).append(". ");
        s.append("Verdict: ").append(now.verdict.words()).append('.');
        if (now.explanation != null) s.append(' ').append(now.explanation);
        if (now.isCorrection()) s.append(" Corrected ").append(now.publishedAt.toString(), 0, 10).append(": ").append(now.correctionNote);
        return s.toString();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        if (type != null) x.writeAttribute("type", type);
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(xmlSafe(value));
        x.writeEndElement();
    }

    /** Keeps what XML 1.0 allows: tab, line breaks and everything from the space up, bar the surrogates' misuse and U+FFFE/F. */
    static String xmlSafe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(b::appendCodePoint);
        return b.toString();
    }
}
