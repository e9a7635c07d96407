import { Migration } from '@mikro-orm/migrations';

export class Migration20261128193425 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "candidate" ("id" varchar(36) not null, "requisition_id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "name" varchar(100) not null, "id_number" varchar(18) null, "phone" varchar(30) null, "channel" text check ("channel" in ('JOB_WEBSITE', 'TALENT_MARKET', 'SCHOOL_ENTERPRISE', 'REFERRAL', 'OTHER')) not null, "channel_detail" varchar(200) null, "skill_tags" varchar(500) not null default '', "employment_type" text check ("employment_type" in ('FULL_TIME', 'PART_TIME')) not null, "stage" text check ("stage" in ('APPLIED', 'SCREENED', 'CERTIFICATES_VERIFIED', 'PRE_EMPLOYMENT_TRAINING', 'EVALUATED', 'PROBATION', 'HIRED', 'REJECTED', 'WITHDRAWN')) not null default 'APPLIED', "last_stage" text check ("last_stage" in ('APPLIED', 'SCREENED', 'CERTIFICATES_VERIFIED', 'PRE_EMPLOYMENT_TRAINING', 'EVALUATED', 'PROBATION', 'HIRED', 'REJECTED', 'WITHDRAWN')) null, "reason" text null, "applied_on" varchar(10) not null, "stage_changed_at" timestamptz not null, "stage_changed_by" varchar(100) not null, "hired_on" varchar(10) null, "employee_id" varchar(36) null, "version" int not null default 1, "created_at" timestamptz not null, constraint "candidate_pkey" primary key ("id"));`);
    this.addSql(`create index "candidate_id_number_index" on "candidate" ("id_number");`);
    this.addSql(`create index "candidate_stage_skill_tags_index" on "candidate" ("stage", "skill_tags");`);
    this.addSql(`create index "candidate_stage_stage_changed_at_id_index" on "candidate" ("stage", "stage_changed_at", "id");`);
    this.addSql(`create index "candidate_requisition_id_stage_index" on "candidate" ("requisition_id", "stage");`);
    this.addSql(`create index "candidate_applied_on_id_index" on "candidate" ("applied_on", "id");`);
    this.addSql(`create index "candidate_stage_applied_on_id_index" on "candidate" ("stage", "applied_on", "id");`);
    this.addSql(`create index "candidate_branch_id_stage_applied_on_id_index" on "candidate" ("branch_id", "stage", "applied_on", "id");`);

    this.addSql(`create table "candidate_document" ("id" varchar(36) not null, "candidate_id" varchar(36) not null, "kind" text check ("kind" in ('PHOTO', 'RESUME', 'ID_CARD_COPY', 'DIPLOMA_COPY', 'GUARANTEE_LETTER', 'GUARANTOR_ID_COPY')) not null, "file_ref" varchar(200) not null, "added_by" varchar(100) not null, "added_at" timestamptz not null, "genuine" boolean null, "verified_by" varchar(100) null, "verified_at" timestamptz null, "method" text check ("method" in ('ORIGINAL_SIGHTED', 'ISSUER_CONFIRMED', 'ONLINE_REGISTRY', 'OTHER')) null, "note" text null, constraint "candidate_document_pkey" primary key ("id"));`);
    this.addSql(`create index "candidate_document_candidate_id_index" on "candidate_document" ("candidate_id");`);

    this.addSql(`create table "candidate_evaluation" ("id" varchar(36) not null, "candidate_id" varchar(36) not null, "requisition_id" varchar(36) not null, "training_score" double precision null, "interview_score" double precision null, "overall_score" double precision not null, "passed" boolean not null, "conclusion" text not null, "evaluated_by" varchar(100) not null, "evaluated_at" timestamptz not null, constraint "candidate_evaluation_pkey" primary key ("id"));`);
    this.addSql(`create index "candidate_evaluation_candidate_id_index" on "candidate_evaluation" ("candidate_id");`);

    this.addSql(`create table "inbox_entry" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_entry_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "known_employee" ("id" varchar(36) not null, "name" varchar(100) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "group_id" varchar(36) null, "status" varchar(20) not null, "version" int not null default 0, "updated_at" timestamptz not null, constraint "known_employee_pkey" primary key ("id"));`);
    this.addSql(`create index "known_employee_branch_id_index" on "known_employee" ("branch_id");`);
    this.addSql(`create index "known_employee_team_id_index" on "known_employee" ("team_id");`);

    this.addSql(`create table "outbox_message" ("seq" bigserial primary key, "event_id" varchar(36) not null, "topic" varchar(100) not null, "key" varchar(100) not null, "type" varchar(100) not null, "payload" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_sent_at_seq_index" on "outbox_message" ("sent_at", "seq");`);

    this.addSql(`create table "probation" ("id" varchar(36) not null, "candidate_id" varchar(36) not null, "requisition_id" varchar(36) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "started_by" varchar(100) not null, "outcome" text check ("outcome" in ('PASSED', 'FAILED')) null, "outcome_note" text null, "decided_by" varchar(100) null, "decided_at" timestamptz null, constraint "probation_pkey" primary key ("id"));`);
    this.addSql(`create index "probation_candidate_id_index" on "probation" ("candidate_id");`);

    this.addSql(`create table "requisition" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "title" varchar(200) not null, "posts" int not null, "employment_type" text check ("employment_type" in ('FULL_TIME', 'PART_TIME')) not null, "channel_plan_list" varchar(200) not null default '', "note" text null, "status" text check ("status" in ('OPEN', 'FILLED', 'CLOSED')) not null default 'OPEN', "opened_on" varchar(10) not null, "opened_by" varchar(100) not null, "created_at" timestamptz not null, constraint "requisition_pkey" primary key ("id"));`);
    this.addSql(`create index "requisition_status_branch_id_index" on "requisition" ("status", "branch_id");`);

    this.addSql(`create table "stage_move" ("id" varchar(36) not null, "candidate_id" varchar(36) not null, "requisition_id" varchar(36) not null, "from" text check ("from" in ('APPLIED', 'SCREENED', 'CERTIFICATES_VERIFIED', 'PRE_EMPLOYMENT_TRAINING', 'EVALUATED', 'PROBATION', 'HIRED', 'REJECTED', 'WITHDRAWN')) null, "to" text check ("to" in ('APPLIED', 'SCREENED', 'CERTIFICATES_VERIFIED', 'PRE_EMPLOYMENT_TRAINING', 'EVALUATED', 'PROBATION', 'HIRED', 'REJECTED', 'WITHDRAWN')) not null, "by" varchar(100) not null, "at" timestamptz not null, "note" text null, constraint "stage_move_pkey" primary key ("id"));`);
    this.addSql(`create index "stage_move_candidate_id_index" on "stage_move" ("candidate_id");`);

    this.addSql(`create table "training_enrolment" ("id" varchar(36) not null, "session_id" varchar(36) not null, "person_id" varchar(36) not null, "person_kind" text check ("person_kind" in ('EMPLOYEE', 'CANDIDATE')) not null, "person_name" varchar(100) not null, "branch_id" varchar(36) not null, "attended" boolean null, "score" double precision null, "passed" boolean null, "result_by" varchar(100) null, "enrolled_by" varchar(100) not null, "enrolled_at" timestamptz not null, constraint "training_enrolment_pkey" primary key ("id"));`);
    this.addSql(`create index "training_enrolment_person_id_index" on "training_enrolment" ("person_id");`);
    this.addSql(`alter table "training_enrolment" add constraint "training_enrolment_session_id_person_id_unique" unique ("session_id", "person_id");`);

    this.addSql(`create table "training_programme" ("id" varchar(36) not null, "title" varchar(200) not null, "category" text check ("category" in ('ACCOUNT_OPENING', 'SALES_SKILLS', 'QUALIFICATION_EXAM', 'PRODUCTS', 'COMPLIANCE')) not null, "description" text null, "branch_id" varchar(36) null, "created_by" varchar(100) not null, "created_at" timestamptz not null, constraint "training_programme_pkey" primary key ("id"));`);
    this.addSql(`create index "training_programme_branch_id_index" on "training_programme" ("branch_id");`);

    this.addSql(`create table "training_record" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) null, "title" varchar(200) not null, "category" text check ("category" in ('ACCOUNT_OPENING', 'SALES_SKILLS', 'QUALIFICATION_EXAM', 'PRODUCTS', 'COMPLIANCE')) not null, "session_date" varchar(10) not null, "trainer" varchar(100) not null, "content" text null, "score" double precision null, "passed" boolean not null, "session_id" varchar(36) null, "enrolment_id" varchar(36) null, "recorded_by" varchar(100) null, constraint "training_record_pkey" primary key ("id"));`);
    this.addSql(`create index "training_record_employee_id_index" on "training_record" ("employee_id");`);
    this.addSql(`create index "training_record_session_date_index" on "training_record" ("session_date");`);
    this.addSql(`alter table "training_record" add constraint "training_record_enrolment_id_unique" unique ("enrolment_id");`);

    this.addSql(`create table "training_session" ("id" varchar(36) not null, "programme_id" varchar(36) not null, "branch_id" varchar(36) not null, "date" varchar(10) not null, "starts_at" varchar(5) not null, "ends_at" varchar(5) not null, "place" varchar(200) not null, "trainer" varchar(100) not null, "content" text not null, "created_by" varchar(100) not null, constraint "training_session_pkey" primary key ("id"));`);
    this.addSql(`create index "training_session_programme_id_index" on "training_session" ("programme_id");`);
    this.addSql(`create index "training_session_branch_id_index" on "training_session" ("branch_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "candidate" cascade;`);

    this.addSql(`drop table if exists "candidate_document" cascade;`);

    this.addSql(`drop table if exists "candidate_evaluation" cascade;`);

    this.addSql(`drop table if exists "inbox_entry" cascade;`);

    this.addSql(`drop table if exists "known_employee" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "probation" cascade;`);

    this.addSql(`drop table if exists "requisition" cascade;`);

    this.addSql(`drop table if exists "stage_move" cascade;`);

    this.addSql(`drop table if exists "training_enrolment" cascade;`);

    this.addSql(`drop table if exists "training_programme" cascade;`);

    this.addSql(`drop table if exists "training_record" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);
  }

}
