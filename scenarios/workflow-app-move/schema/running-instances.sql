-- The old server's process data at 1.0.0: 4,000 leave approvals (LR-000001 … LR-004000) and
-- 1,500 expense approvals (EC-000001 … EC-001500), three in four still running. Generated
-- here, in SQL, because their shape is structural (which activities are open depends on
-- where each instance is), and deterministic: every choice is a hash of the row number,
-- so the same file gives the same instances on any server. Running leave instances sit
-- at the first activity (submit, sent back for changes), the second (approve, some with
-- two approvers: a multi-instance activity) or the third, where the flow splits into two
-- parallel branches (hr_review and payroll_update, some with one branch already done).

create function pg_temp.pick(salt text, n bigint, m integer) returns integer
  language sql immutable as $$ select (abs(hashtextextended(salt || ':' || n, 20261121)) % m)::integer $$;
create function pg_temp.usr(salt text, n bigint, m integer) returns text
  language sql immutable as $$ select 'u' || lpad((pg_temp.pick(salt, n, m) + 1)::text, 6, '0') $$;

create temp table pilot_leave as
select n,
       'P-L-' || lpad(n::text, 6, '0') as id,
       case when n % 4 = 0 then 'done'
            when pg_temp.pick('pos', n, 10) < 2 then 'submit'
            when pg_temp.pick('pos', n, 10) < 6 then 'approve'
            when pg_temp.pick('pos', n, 10) < 9 then 'parallel'
            else 'payroll' end as pos,
       pg_temp.pick('multi', n, 100) < 15 as multi,
       pg_temp.usr('starter', n, 1000) as starter,
       pg_temp.usr('manager', n, 60) as manager,
       pg_temp.usr('manager2', n, 60) as manager2,
       pg_temp.usr('hr', n, 8) as hr,
       'u' || lpad((pg_temp.pick('payroll', n, 4) + 61)::text, 6, '0') as payroll,
       timestamptz '2026-01-05 08:00:00+00' + n * interval '37 minutes' as t0
from generate_series(1, 4000) as n;

insert into wf_process (id, process_def_id, state, record_id, started_by, started, last_state_time)
select id, 'workflow_app#1#leave_approval',
       case when pos <> 'done' then 'open.running' when pg_temp.pick('aborted', n, 10) = 0 then 'closed.aborted' else 'closed.completed' end,
       'LR-' || lpad(n::text, 6, '0'), starter, t0, t0 + interval '2 days'
from pilot_leave;

insert into wf_activity (id, process_id, activity_def_id, state, assignee, created)
select 'A-' || id || '-submit', id, 'submit', case when pos = 'submit' then 'open.running' else 'closed.completed' end, starter, t0
from pilot_leave
union all
select 'A-' || id || '-approve-1', id, 'approve', case when pos = 'approve' then 'open.not_running.not_started' else 'closed.completed' end, manager, t0 + interval '1 hour'
from pilot_leave where pos <> 'submit'
union all
select 'A-' || id || '-approve-2', id, 'approve', 'open.not_running.not_started', manager2, t0 + interval '1 hour'
from pilot_leave where pos = 'approve' and multi
union all
select 'A-' || id || '-hr_review', id, 'hr_review', case when pos = 'parallel' then 'open.running' else 'closed.completed' end, hr, t0 + interval '1 day'
from pilot_leave where pos in ('parallel', 'payroll', 'done')
union all
select 'A-' || id || '-payroll_update', id, 'payroll_update', case when pos = 'done' then 'closed.completed' else 'open.not_running.not_started' end, payroll, t0 + interval '1 day 1 minute'
from pilot_leave where pos in ('parallel', 'payroll', 'done')
union all
select 'A-' || id || '-notify', id, 'notify', 'closed.completed', null, t0 + interval '2 days'
from pilot_leave where pos = 'done';

insert into wf_variable (process_id, name, value)
select id, 'leaveType', (array['annual', 'sick', 'unpaid', 'parental', 'compassionate'])[pg_temp.pick('type', n, 5) + 1] from pilot_leave
union all
select id, 'days', (pg_temp.pick('days', n, 20) + 1)::text from pilot_leave
union all
select id, 'status', case pos when 'submit' then 'returned' when 'approve' then 'submitted' else 'approved' end from pilot_leave
union all
select id, 'escalated', (pg_temp.pick('escalated', n, 10) = 0)::text from pilot_leave
union all
select id, 'comment', case pg_temp.pick('comment', n, 4) when 0 then null when 1 then 'Genehmigt – schöne Ferien 🌴' when 2 then 'OK, "back" on Monday' else '' end from pilot_leave;

create temp table pilot_expense as
select n,
       'P-E-' || lpad(n::text, 6, '0') as id,
       case when n % 5 = 0 then 'done' when pg_temp.pick('epos', n, 10) < 6 then 'review' else 'pay' end as pos,
       pg_temp.usr('estarter', n, 1000) as starter,
       pg_temp.usr('finance', n, 20) as finance,
       timestamptz '2026-02-01 09:00:00+00' + n * interval '53 minutes' as t0
from generate_series(1, 1500) as n;

insert into wf_process (id, process_def_id, state, record_id, started_by, started, last_state_time)
select id, 'workflow_app#3#expense_approval', case when pos = 'done' then 'closed.completed' else 'open.running' end,
       'EC-' || lpad(n::text, 6, '0'), starter, t0, t0 + interval '5 days'
from pilot_expense;

insert into wf_activity (id, process_id, activity_def_id, state, assignee, created)
select 'A-' || id || '-submit', id, 'submit', 'closed.completed', starter, t0 from pilot_expense
union all
select 'A-' || id || '-review', id, 'review', case when pos = 'review' then 'open.running' else 'closed.completed' end, finance, t0 + interval '2 hours' from pilot_expense
union all
select 'A-' || id || '-pay', id, 'pay', case when pos = 'pay' then 'open.not_running.not_started' else 'closed.completed' end, 'u000001', t0 + interval '1 day'
from pilot_expense where pos <> 'review';

insert into wf_variable (process_id, name, value)
select id, 'amount', ((pg_temp.pick('amount', n, 2500000) + 1) / 100.0)::numeric(12, 2)::text from pilot_expense
union all
select id, 'currency', (array['USD', 'EUR', 'GBP', 'JPY', 'MYR'])[pg_temp.pick('currency', n, 5) + 1] from pilot_expense
union all
select id, 'category', (array['travel', 'meals', 'lodging', 'equipment', 'training', 'other'])[pg_temp.pick('category', n, 6) + 1] from pilot_expense;

-- The audit trail: every start, every completed activity, every abort.
insert into wf_audit (process_id, activity_def_id, action, actor, at)
select id, null, 'start', started_by, started from wf_process
union all
select process_id, activity_def_id, 'complete', assignee, created + interval '30 minutes' from wf_activity where state = 'closed.completed'
union all
select id, null, 'abort', 'u000001', last_state_time from wf_process where state = 'closed.aborted'
order by 5, 1, 2;

drop table pilot_leave;
drop table pilot_expense;
drop function pg_temp.usr(text, bigint, integer);
drop function pg_temp.pick(text, bigint, integer);
