-- Indexes that fit the inbox's filters and orderings, so a page of tasks is read from an index in
-- order instead of sorting every task (measured on 137,000 tasks: the All tasks tab sorted them
-- all, and "Decided by me" scanned them for want of an index on decided_by).

-- the active inbox (open and claimed tasks) in its order: overdue first, then by due time
create index review_task_active_order on review_task (overdue desc, due_at, id) where state in ('OPEN', 'CLAIMED');
-- the All tasks tab, in the same order over every state
create index review_task_order on review_task (overdue desc, due_at, id);
-- "Decided by me", newest first
create index review_task_decided_by on review_task (decided_by, decided_at desc, id) where decided_by is not null;
-- "Mine": the tasks a person holds
create index review_task_assignee on review_task (assignee, state) where assignee is not null;
-- the four-eyes test looks for the checks of a claim a person decided
create index review_task_claim_decider on review_task (claim_id, decided_by_subject) where decided_by_subject is not null;
