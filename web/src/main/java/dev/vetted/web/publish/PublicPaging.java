package dev.vetted.web.publish;

import dev.vetted.core.common.InputRules;
import dev.vetted.core.common.NotFoundException;
import dev.vetted.core.common.PageRequest;

/**
 * Pages of the public list and feeds, numbered from 1 as readers and feed readers count them.
 * Page 1 always exists (it may be empty); a page beyond the last is a 404 that names the last.
 */
final class PublicPaging {

    static final int SIZE = 20;

    private PublicPaging() {
    }

    /** The page asked for ("?page=2"); anything but a whole number from 1 is refused as such, not as a missing page. */
    static PageRequest request(String page) {
        int p;
        try {
            p = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 1 || p > PageRequest.MAX_PAGE) {
            new InputRules().fail("page", "must be a whole number between 1 and " + PageRequest.MAX_PAGE).check();
        }
        return new PageRequest(p - 1, SIZE);
    }

    static int last(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** Refuses a page past the end, now that the total is known. */
    static void requireWithin(PageRequest request, long total) {
        int last = last(total);
        if (request.page() + 1 > last) {
            throw NotFoundException.described("Page " + (request.page() + 1) + " is beyond the last page (" + last + ").");
        }
    }
}
