import { Migration } from '@mikro-orm/migrations';

export class Migration20261128194924 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "attendance_day" ("employee_id" varchar(36) not null, "date" varchar(10) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "status" text check ("status" in ('ON_TIME', 'LATE', 'EARLY_LEAVE', 'LATE_AND_EARLY', 'ABSENT', 'ON_LEAVE', 'ON_VISIT')) not null, "check_in" varchar(5) null, "check_out" varchar(5) null, "minutes_late" int not null default 0, "minutes_early" int not null default 0, "overtime_minutes" int not null default 0, "note" varchar(500) null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "attendance_day_pkey" primary key ("employee_id", "date"));`);

    this.addSql(`create table "attendance_month_event" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "month" varchar(7) not null, "action" text check ("action" in ('CLOSED', 'REOPENED')) not null, "by" varchar(100) not null, "at" timestamptz not null, "reason" varchar(500) null, "employees" int not null default 0, constraint "attendance_month_event_pkey" primary key ("id"));`);
    this.addSql(`create index "attendance_month_event_branch_id_month_index" on "attendance_month_event" ("branch_id", "month");`);

    this.addSql(`create table "branch_month_close" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "month" varchar(7) not null, "state" text check ("state" in ('OPEN', 'CLOSED')) not null default 'OPEN', "closings" int not null default 0, "version" int not null default 1, constraint "branch_month_close_pkey" primary key ("id"));`);
    this.addSql(`alter table "branch_month_close" add constraint "branch_month_close_branch_id_month_unique" unique ("branch_id", "month");`);

    this.addSql(`create table "branch_work_day" ("branch_id" varchar(36) not null, "date" varchar(10) not null, constraint "branch_work_day_pkey" primary key ("branch_id", "date"));`);

    this.addSql(`create table "closed_month_figures" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "month" varchar(7) not null, "employee_id" varchar(36) not null, "days_worked" int not null, "late" int not null, "early" int not null, "absent" int not null, "leave_days" double precision not null, "visits" int not null, "overtime_minutes" int not null, "closing" int not null, constraint "closed_month_figures_pkey" primary key ("id"));`);
    this.addSql(`alter table "closed_month_figures" add constraint "closed_month_figures_branch_id_month_employee_id_unique" unique ("branch_id", "month", "employee_id");`);

    this.addSql(`create table "customer_visit" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "date" varchar(10) not null, "customer_name" varchar(100) not null, "tier" text check ("tier" in ('VIP', 'KEY', 'ORDINARY')) not null, "standing" text check ("standing" in ('NEW', 'POTENTIAL', 'EXISTING')) not null, "discussed" text not null, "logged_at" timestamptz not null, constraint "customer_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_visit_team_id_date_index" on "customer_visit" ("team_id", "date");`);
    this.addSql(`create index "customer_visit_branch_id_date_index" on "customer_visit" ("branch_id", "date");`);
    this.addSql(`create index "customer_visit_employee_id_date_index" on "customer_visit" ("employee_id", "date");`);

    this.addSql(`create table "employee_post" ("employee_id" varchar(36) not null, "outlet_id" varchar(36) null, "hired_on" varchar(10) null, "departed_on" varchar(10) null, constraint "employee_post_pkey" primary key ("employee_id"));`);

    this.addSql(`create table "inbox_entry" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_entry_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "known_employee" ("id" varchar(36) not null, "name" varchar(100) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "group_id" varchar(36) null, "status" varchar(20) not null, "version" int not null default 0, "updated_at" timestamptz not null, constraint "known_employee_pkey" primary key ("id"));`);
    this.addSql(`create index "known_employee_branch_id_index" on "known_employee" ("branch_id");`);
    this.addSql(`create index "known_employee_team_id_index" on "known_employee" ("team_id");`);

    this.addSql(`create table "leave_request" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "kind" text check ("kind" in ('PERSONAL', 'SICK')) not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "half_day" text check ("half_day" in ('AM', 'PM')) null, "days" double precision not null, "reason" varchar(500) not null, "status" text check ("status" in ('REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED')) not null default 'REQUESTED', "requested_at" timestamptz not null, "decided_by" varchar(100) null, "decided_at" timestamptz null, "decision_reason" varchar(500) null, constraint "leave_request_pkey" primary key ("id"));`);
    this.addSql(`create index "leave_request_branch_id_index" on "leave_request" ("branch_id");`);
    this.addSql(`create index "leave_request_team_id_start_date_index" on "leave_request" ("team_id", "start_date");`);
    this.addSql(`create index "leave_request_employee_id_start_date_index" on "leave_request" ("employee_id", "start_date");`);

    this.addSql(`create table "meeting" ("id" varchar(36) not null, "kind" text check ("kind" in ('MORNING', 'WEEKLY', 'MONTHLY')) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "scope" varchar(36) not null, "slot" varchar(10) not null, "date" varchar(10) not null, "topic" varchar(200) not null, "status" text check ("status" in ('SCHEDULED', 'HELD')) not null default 'SCHEDULED', "minutes" text null, "agenda" jsonb not null, "attendee_ids" jsonb not null, "absent_ids" jsonb not null, "scheduled_by" varchar(100) not null, "recorded_by" varchar(100) null, constraint "meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_branch_id_date_index" on "meeting" ("branch_id", "date");`);
    this.addSql(`alter table "meeting" add constraint "meeting_kind_scope_slot_unique" unique ("kind", "scope", "slot");`);

    this.addSql(`create table "meeting_missed_flag" ("key" varchar(120) not null, "flagged_at" timestamptz not null, constraint "meeting_missed_flag_pkey" primary key ("key"));`);

    this.addSql(`create table "outbox_message" ("seq" bigserial primary key, "event_id" varchar(36) not null, "topic" varchar(100) not null, "key" varchar(100) not null, "type" varchar(100) not null, "payload" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_sent_at_seq_index" on "outbox_message" ("sent_at", "seq");`);

    this.addSql(`create table "outlet_hours" ("outlet_id" varchar(36) not null, "branch_id" varchar(36) not null, "opens_at" varchar(5) not null, "closes_at" varchar(5) not null, "updated_by" varchar(100) not null, "updated_at" timestamptz not null, constraint "outlet_hours_pkey" primary key ("outlet_id"));`);
    this.addSql(`create index "outlet_hours_branch_id_index" on "outlet_hours" ("branch_id");`);

    this.addSql(`create table "patrol" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "outlet_id" varchar(36) not null, "date" varchar(10) not null, "time" varchar(5) not null, "present_ids" jsonb not null, "missing_ids" jsonb not null, "staff_remarks" text not null, "note" text null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "patrol_pkey" primary key ("id"));`);
    this.addSql(`create index "patrol_team_id_date_index" on "patrol" ("team_id", "date");`);

    this.addSql(`create table "spot_check" ("id" varchar(36) not null, "draw_id" varchar(36) not null, "kind" text check ("kind" in ('VISIT_SLIP', 'WORK_LOG')) not null, "item_id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "result" text check ("result" in ('CONFIRMED', 'DISCREPANCY')) null, "method" text check ("method" in ('PHONE_CALL', 'ON_SITE', 'CUSTOMER_RECORDS', 'OTHER')) null, "note" varchar(500) null, "checked_by" varchar(100) null, "checked_on" varchar(10) null, constraint "spot_check_pkey" primary key ("id"));`);
    this.addSql(`create index "spot_check_draw_id_index" on "spot_check" ("draw_id");`);
    this.addSql(`create index "spot_check_employee_id_index" on "spot_check" ("employee_id");`);

    this.addSql(`create table "spot_check_draw" ("id" varchar(36) not null, "kind" text check ("kind" in ('VISIT_SLIP', 'WORK_LOG')) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "period_start" varchar(10) not null, "period_end" varchar(10) not null, "rate_percent" int not null, "seed" varchar(64) not null, "population" jsonb not null, "selected" jsonb not null, "drawn_by" varchar(100) not null, "drawn_at" timestamptz not null, constraint "spot_check_draw_pkey" primary key ("id"));`);
    this.addSql(`alter table "spot_check_draw" add constraint "spot_check_draw_team_id_kind_period_start_period_end_unique" unique ("team_id", "kind", "period_start", "period_end");`);

    this.addSql(`create table "visit_issue" ("id" varchar(36) not null, "visit_id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "customer_name" varchar(100) not null, "raised_on" varchar(10) not null, "description" text not null, "due_on" varchar(10) not null, "status" text check ("status" in ('OPEN', 'PASSED', 'RESOLVED')) not null default 'OPEN', "passed_to" varchar(100) null, "chases" int not null default 0, "outcome" text null, "customer_told_on" varchar(10) null, "steps" jsonb not null, "overdue_flagged_at" timestamptz null, constraint "visit_issue_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_issue_visit_id_index" on "visit_issue" ("visit_id");`);
    this.addSql(`create index "visit_issue_branch_id_raised_on_index" on "visit_issue" ("branch_id", "raised_on");`);
    this.addSql(`create index "visit_issue_team_id_status_index" on "visit_issue" ("team_id", "status");`);

    this.addSql(`create table "visit_slip" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "date" varchar(10) not null, "destination" varchar(200) not null, "person_visited" varchar(100) not null, "contact" varchar(100) not null, "purpose" varchar(500) not null, "time_out" varchar(5) not null, "time_back" varchar(5) not null, "filed_at" timestamptz not null, constraint "visit_slip_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_slip_branch_id_date_index" on "visit_slip" ("branch_id", "date");`);
    this.addSql(`create index "visit_slip_team_id_date_index" on "visit_slip" ("team_id", "date");`);
    this.addSql(`create index "visit_slip_employee_id_date_index" on "visit_slip" ("employee_id", "date");`);

    this.addSql(`create table "weekly_goal" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "week_start" varchar(10) not null, "new_customers" int not null, "potential_customers" int not null, "set_at" timestamptz not null, constraint "weekly_goal_pkey" primary key ("id"));`);
    this.addSql(`alter table "weekly_goal" add constraint "weekly_goal_employee_id_week_start_unique" unique ("employee_id", "week_start");`);

    this.addSql(`create table "work_log" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "date" varchar(10) not null, "done" text not null, "customers_contacted" int not null, "next_steps" text not null, "written_at" timestamptz not null, constraint "work_log_pkey" primary key ("id"));`);
    this.addSql(`create index "work_log_team_id_date_index" on "work_log" ("team_id", "date");`);
    this.addSql(`alter table "work_log" add constraint "work_log_employee_id_date_unique" unique ("employee_id", "date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attendance_day" cascade;`);

    this.addSql(`drop table if exists "attendance_month_event" cascade;`);

    this.addSql(`drop table if exists "branch_month_close" cascade;`);

    this.addSql(`drop table if exists "branch_work_day" cascade;`);

    this.addSql(`drop table if exists "closed_month_figures" cascade;`);

    this.addSql(`drop table if exists "customer_visit" cascade;`);

    this.addSql(`drop table if exists "employee_post" cascade;`);

    this.addSql(`drop table if exists "inbox_entry" cascade;`);

    this.addSql(`drop table if exists "known_employee" cascade;`);

    this.addSql(`drop table if exists "leave_request" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "meeting_missed_flag" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "outlet_hours" cascade;`);

    this.addSql(`drop table if exists "patrol" cascade;`);

    this.addSql(`drop table if exists "spot_check" cascade;`);

    this.addSql(`drop table if exists "spot_check_draw" cascade;`);

    this.addSql(`drop table if exists "visit_issue" cascade;`);

    this.addSql(`drop table if exists "visit_slip" cascade;`);

    this.addSql(`drop table if exists "weekly_goal" cascade;`);

    this.addSql(`drop table if exists "work_log" cascade;`);
  }

}
