package dev.vetted.web.pages;

import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.report.DeskFigures;
import dev.vetted.core.report.DeskFigures.Figures;
import dev.vetted.core.report.DeskFigures.StepTime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The desk at a glance: claims per status, open and overdue tasks per step, claims published
 * per day and time spent per step. Charts are drawn on the server as SVG, each with its
 * figures in a table beside it for screen readers and for copying.
 */
@Path("/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    static final int DAYS = 30;

    /** One bar of a chart, in the chart's own coordinates. */
    public record Bar(String label, long value, String shown, double x, double y, double width, double height, boolean tick) {
        /** Where a text beside the bar sits: its baseline, and just right of its end. */
        public double textY() {
            return y + 15;
        }

        public double endX() {
            return x + width + 6;
        }
    }

    public record Chart(List<Bar> bars, double width, double height, long max) {
        /** Room under the plot for the day labels. */
        public double viewHeight() {
            return height + 22;
        }

        public double tickY() {
            return height + 14;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Viewer viewer, Figures figures, List<ClaimStatus> statuses,
                                                 Chart published, long publishedTotal, Chart stepTimes);
    }

    private final Viewers viewers;
    private final DeskFigures desk;

    public DashboardPage(Viewers viewers, DeskFigures desk) {
        this.viewers = viewers;
        this.desk = desk;
    }

    @GET
    public TemplateInstance dashboard() {
        Figures figures = desk.now(DAYS);
        long total = figures.publishedPerDay().values().stream().mapToLong(Long::longValue).sum();
        return Templates.dashboard(viewers.current(), figures, List.of(ClaimStatus.values()),
                perDay(figures.publishedPerDay()), total, stepTimes(figures.timePerStep()));
    }

    /** Vertical bars, one a day, in a 900 x 140 box. */
    static Chart perDay(Map<LocalDate, Long> perDay) {
        double width = 900;
        double height = 140;
        long max = Math.max(1, perDay.values().stream().mapToLong(Long::longValue).max().orElse(1));
        double slot = width / Math.max(1, perDay.size());
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (var e : perDay.entrySet()) {
            double h = e.getValue() * (height - 20) / max;
            bars.add(new Bar(Labels.day(e.getKey()), e.getValue(), String.valueOf(e.getValue()),
                    i * slot + 1, height - h, Math.max(1, slot - 2), h, i % 5 == 0 || i == perDay.size() - 1));
            i++;
        }
        return new Chart(bars, width, height, max);
    }

    /** Horizontal bars of the median time per step, in a 900-wide box. */
    static Chart stepTimes(List<StepTime> times) {
        double width = 900;
        double labelWidth = 170;
        double row = 34;
        long max = Math.max(1, times.stream().mapToLong(t -> t.median().toSeconds()).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (StepTime t : times) {
            double w = t.median().toSeconds() * (width - labelWidth - 90) / max;
            bars.add(new Bar(t.step().title(), t.median().toSeconds(),
                    t.decided() == 0 ? "no decisions yet" : Labels.spoken(t.median()),
                    labelWidth, i * row + 6, Math.max(t.decided() == 0 ? 0 : 2, w), row - 12, false));
            i++;
        }
        return new Chart(bars, width, times.size() * row, max);
    }
}
