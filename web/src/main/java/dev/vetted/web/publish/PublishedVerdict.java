package dev.vetted.web.publish;

import dev.vetted.core.claim.Claim;
import dev.vetted.core.publish.FactCheck;
import dev.vetted.core.publish.FactCheckVersion;

/** A fact check with the claim it rates and the version readers see now: what a page or a feed entry shows. */
public record PublishedVerdict(FactCheck check, Claim claim, FactCheckVersion current) {
}
