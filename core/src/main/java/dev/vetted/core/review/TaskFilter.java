package dev.vetted.core.review;

import java.util.List;
import java.util.UUID;

/** Which review tasks to list in an inbox; every part optional. */
public record TaskFilter(ReviewStep step, List<TaskState> states, String assignee, List<String> roles,
                         UUID claimId, String text, String speaker, Boolean overdue, String decidedBy) {

    public TaskFilter(ReviewStep step, List<TaskState> states, String assignee, List<String> roles,
                      UUID claimId, String text, String speaker) {
        this(step, states, assignee, roles, claimId, text, speaker, null, null);
    }
}
