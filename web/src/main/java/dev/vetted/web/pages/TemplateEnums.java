package dev.vetted.web.pages;

import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.TaskState;
import io.quarkus.qute.TemplateData;

/**
 * The domain's enums as template namespaces ({@code {#if claim.status == ClaimStatus:SUGGESTED}}), so
 * a template compares constants that the build checks exist, not names written as strings that
 * would silently never match after a rename. Declared here because core does not know Qute.
 */
@TemplateData(target = ClaimStatus.class, namespace = TemplateData.SIMPLENAME)
@TemplateData(target = TaskState.class, namespace = TemplateData.SIMPLENAME)
@TemplateData(target = ReviewStep.class, namespace = TemplateData.SIMPLENAME)
@TemplateData(target = ProcessMap.Progress.class, namespace = "Progress")
final class TemplateEnums {

    private TemplateEnums() {
    }
}
