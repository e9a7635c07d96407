import { Migration } from '@mikro-orm/migrations';

export class Migration20261128194924 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`attendance_day\` (\`employee_id\` text not null, \`date\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`status\` text check (\`status\` in ('ON_TIME', 'LATE', 'EARLY_LEAVE', 'LATE_AND_EARLY', 'ABSENT', 'ON_LEAVE', 'ON_VISIT')) not null, \`check_in\` text null, \`check_out\` text null, \`minutes_late\` integer not null default 0, \`minutes_early\` integer not null default 0, \`overtime_minutes\` integer not null default 0, \`note\` text null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, primary key (\`employee_id\`, \`date\`));`);

    this.addSql(`create table \`attendance_month_event\` (\`id\` text not null, \`branch_id\` text not null, \`month\` text not null, \`action\` text check (\`action\` in ('CLOSED', 'REOPENED')) not null, \`by\` text not null, \`at\` datetime not null, \`reason\` text null, \`employees\` integer not null default 0, primary key (\`id\`));`);
    this.addSql(`create index \`attendance_month_event_branch_id_month_index\` on \`attendance_month_event\` (\`branch_id\`, \`month\`);`);

    this.addSql(`create table \`branch_month_close\` (\`id\` text not null, \`branch_id\` text not null, \`month\` text not null, \`state\` text check (\`state\` in ('OPEN', 'CLOSED')) not null default 'OPEN', \`closings\` integer not null default 0, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create unique index \`branch_month_close_branch_id_month_unique\` on \`branch_month_close\` (\`branch_id\`, \`month\`);`);

    this.addSql(`create table \`branch_work_day\` (\`branch_id\` text not null, \`date\` text not null, primary key (\`branch_id\`, \`date\`));`);

    this.addSql(`create table \`closed_month_figures\` (\`id\` text not null, \`branch_id\` text not null, \`month\` text not null, \`employee_id\` text not null, \`days_worked\` integer not null, \`late\` integer not null, \`early\` integer not null, \`absent\` integer not null, \`leave_days\` double not null, \`visits\` integer not null, \`overtime_minutes\` integer not null, \`closing\` integer not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`closed_month_figures_branch_id_month_employee_id_unique\` on \`closed_month_figures\` (\`branch_id\`, \`month\`, \`employee_id\`);`);

    this.addSql(`create table \`customer_visit\` (\`id\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`date\` text not null, \`customer_name\` text not null, \`tier\` text check (\`tier\` in ('VIP', 'KEY', 'ORDINARY')) not null, \`standing\` text check (\`standing\` in ('NEW', 'POTENTIAL', 'EXISTING')) not null, \`discussed\` text not null, \`logged_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`customer_visit_team_id_date_index\` on \`customer_visit\` (\`team_id\`, \`date\`);`);
    this.addSql(`create index \`customer_visit_branch_id_date_index\` on \`customer_visit\` (\`branch_id\`, \`date\`);`);
    this.addSql(`create index \`customer_visit_employee_id_date_index\` on \`customer_visit\` (\`employee_id\`, \`date\`);`);

    this.addSql(`create table \`employee_post\` (\`employee_id\` text not null, \`outlet_id\` text null, \`hired_on\` text null, \`departed_on\` text null, primary key (\`employee_id\`));`);

    this.addSql(`create table \`inbox_entry\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`known_employee\` (\`id\` text not null, \`name\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`group_id\` text null, \`status\` text not null, \`version\` integer not null default 0, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`known_employee_branch_id_index\` on \`known_employee\` (\`branch_id\`);`);
    this.addSql(`create index \`known_employee_team_id_index\` on \`known_employee\` (\`team_id\`);`);

    this.addSql(`create table \`leave_request\` (\`id\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`kind\` text check (\`kind\` in ('PERSONAL', 'SICK')) not null, \`start_date\` text not null, \`end_date\` text not null, \`half_day\` text check (\`half_day\` in ('AM', 'PM')) null, \`days\` double not null, \`reason\` text not null, \`status\` text check (\`status\` in ('REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED')) not null default 'REQUESTED', \`requested_at\` datetime not null, \`decided_by\` text null, \`decided_at\` datetime null, \`decision_reason\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`leave_request_branch_id_index\` on \`leave_request\` (\`branch_id\`);`);
    this.addSql(`create index \`leave_request_team_id_start_date_index\` on \`leave_request\` (\`team_id\`, \`start_date\`);`);
    this.addSql(`create index \`leave_request_employee_id_start_date_index\` on \`leave_request\` (\`employee_id\`, \`start_date\`);`);

    this.addSql(`create table \`meeting\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('MORNING', 'WEEKLY', 'MONTHLY')) not null, \`branch_id\` text not null, \`team_id\` text null, \`scope\` text not null, \`slot\` text not null, \`date\` text not null, \`topic\` text not null, \`status\` text check (\`status\` in ('SCHEDULED', 'HELD')) not null default 'SCHEDULED', \`minutes\` text null, \`agenda\` json not null, \`attendee_ids\` json not null, \`absent_ids\` json not null, \`scheduled_by\` text not null, \`recorded_by\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`meeting_branch_id_date_index\` on \`meeting\` (\`branch_id\`, \`date\`);`);
    this.addSql(`create unique index \`meeting_kind_scope_slot_unique\` on \`meeting\` (\`kind\`, \`scope\`, \`slot\`);`);

    this.addSql(`create table \`meeting_missed_flag\` (\`key\` text not null, \`flagged_at\` datetime not null, primary key (\`key\`));`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`topic\` text not null, \`key\` text not null, \`type\` text not null, \`payload\` text not null, \`created_at\` datetime not null, \`sent_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_sent_at_seq_index\` on \`outbox_message\` (\`sent_at\`, \`seq\`);`);

    this.addSql(`create table \`outlet_hours\` (\`outlet_id\` text not null, \`branch_id\` text not null, \`opens_at\` text not null, \`closes_at\` text not null, \`updated_by\` text not null, \`updated_at\` datetime not null, primary key (\`outlet_id\`));`);
    this.addSql(`create index \`outlet_hours_branch_id_index\` on \`outlet_hours\` (\`branch_id\`);`);

    this.addSql(`create table \`patrol\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text not null, \`outlet_id\` text not null, \`date\` text not null, \`time\` text not null, \`present_ids\` json not null, \`missing_ids\` json not null, \`staff_remarks\` text not null, \`note\` text null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`patrol_team_id_date_index\` on \`patrol\` (\`team_id\`, \`date\`);`);

    this.addSql(`create table \`spot_check\` (\`id\` text not null, \`draw_id\` text not null, \`kind\` text check (\`kind\` in ('VISIT_SLIP', 'WORK_LOG')) not null, \`item_id\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`result\` text check (\`result\` in ('CONFIRMED', 'DISCREPANCY')) null, \`method\` text check (\`method\` in ('PHONE_CALL', 'ON_SITE', 'CUSTOMER_RECORDS', 'OTHER')) null, \`note\` text null, \`checked_by\` text null, \`checked_on\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`spot_check_draw_id_index\` on \`spot_check\` (\`draw_id\`);`);
    this.addSql(`create index \`spot_check_employee_id_index\` on \`spot_check\` (\`employee_id\`);`);

    this.addSql(`create table \`spot_check_draw\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('VISIT_SLIP', 'WORK_LOG')) not null, \`branch_id\` text not null, \`team_id\` text not null, \`period_start\` text not null, \`period_end\` text not null, \`rate_percent\` integer not null, \`seed\` text not null, \`population\` json not null, \`selected\` json not null, \`drawn_by\` text not null, \`drawn_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`spot_check_draw_team_id_kind_period_start_period_end_unique\` on \`spot_check_draw\` (\`team_id\`, \`kind\`, \`period_start\`, \`period_end\`);`);

    this.addSql(`create table \`visit_issue\` (\`id\` text not null, \`visit_id\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`customer_name\` text not null, \`raised_on\` text not null, \`description\` text not null, \`due_on\` text not null, \`status\` text check (\`status\` in ('OPEN', 'PASSED', 'RESOLVED')) not null default 'OPEN', \`passed_to\` text null, \`chases\` integer not null default 0, \`outcome\` text null, \`customer_told_on\` text null, \`steps\` json not null, \`overdue_flagged_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`visit_issue_visit_id_index\` on \`visit_issue\` (\`visit_id\`);`);
    this.addSql(`create index \`visit_issue_branch_id_raised_on_index\` on \`visit_issue\` (\`branch_id\`, \`raised_on\`);`);
    this.addSql(`create index \`visit_issue_team_id_status_index\` on \`visit_issue\` (\`team_id\`, \`status\`);`);

    this.addSql(`create table \`visit_slip\` (\`id\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`date\` text not null, \`destination\` text not null, \`person_visited\` text not null, \`contact\` text not null, \`purpose\` text not null, \`time_out\` text not null, \`time_back\` text not null, \`filed_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`visit_slip_branch_id_date_index\` on \`visit_slip\` (\`branch_id\`, \`date\`);`);
    this.addSql(`create index \`visit_slip_team_id_date_index\` on \`visit_slip\` (\`team_id\`, \`date\`);`);
    this.addSql(`create index \`visit_slip_employee_id_date_index\` on \`visit_slip\` (\`employee_id\`, \`date\`);`);

    this.addSql(`create table \`weekly_goal\` (\`id\` text not null, \`employee_id\` text not null, \`week_start\` text not null, \`new_customers\` integer not null, \`potential_customers\` integer not null, \`set_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`weekly_goal_employee_id_week_start_unique\` on \`weekly_goal\` (\`employee_id\`, \`week_start\`);`);

    this.addSql(`create table \`work_log\` (\`id\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`date\` text not null, \`done\` text not null, \`customers_contacted\` integer not null, \`next_steps\` text not null, \`written_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`work_log_team_id_date_index\` on \`work_log\` (\`team_id\`, \`date\`);`);
    this.addSql(`create unique index \`work_log_employee_id_date_unique\` on \`work_log\` (\`employee_id\`, \`date\`);`);
  }

}
