import { Migration } from '@mikro-orm/migrations';

export class Migration20261128193425 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`candidate\` (\`id\` text not null, \`requisition_id\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`name\` text not null, \`id_number\` text null, \`phone\` text null, \`channel\` text check (\`channel\` in ('JOB_WEBSITE', 'TALENT_MARKET', 'SCHOOL_ENTERPRISE', 'REFERRAL', 'OTHER')) not null, \`channel_detail\` text null, \`skill_tags\` text not null default '', \`employment_type\` text check (\`employment_type\` in ('FULL_TIME', 'PART_TIME')) not null, \`stage\` text check (\`stage\` in ('APPLIED', 'SCREENED', 'CERTIFICATES_VERIFIED', 'PRE_EMPLOYMENT_TRAINING', 'EVALUATED', 'PROBATION', 'HIRED', 'REJECTED', 'WITHDRAWN')) not null default 'APPLIED', \`last_stage\` text check (\`last_stage\` in ('APPLIED', 'SCREENED', 'CERTIFICATES_VERIFIED', 'PRE_EMPLOYMENT_TRAINING', 'EVALUATED', 'PROBATION', 'HIRED', 'REJECTED', 'WITHDRAWN')) null, \`reason\` text null, \`applied_on\` text not null, \`stage_changed_at\` datetime not null, \`stage_changed_by\` text not null, \`hired_on\` text null, \`employee_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`candidate_id_number_index\` on \`candidate\` (\`id_number\`);`);
    this.addSql(`create index \`candidate_stage_skill_tags_index\` on \`candidate\` (\`stage\`, \`skill_tags\`);`);
    this.addSql(`create index \`candidate_stage_stage_changed_at_id_index\` on \`candidate\` (\`stage\`, \`stage_changed_at\`, \`id\`);`);
    this.addSql(`create index \`candidate_requisition_id_stage_index\` on \`candidate\` (\`requisition_id\`, \`stage\`);`);
    this.addSql(`create index \`candidate_applied_on_id_index\` on \`candidate\` (\`applied_on\`, \`id\`);`);
    this.addSql(`create index \`candidate_stage_applied_on_id_index\` on \`candidate\` (\`stage\`, \`applied_on\`, \`id\`);`);
    this.addSql(`create index \`candidate_branch_id_stage_applied_on_id_index\` on \`candidate\` (\`branch_id\`, \`stage\`, \`applied_on\`, \`id\`);`);

    this.addSql(`create table \`candidate_document\` (\`id\` text not null, \`candidate_id\` text not null, \`kind\` text check (\`kind\` in ('PHOTO', 'RESUME', 'ID_CARD_COPY', 'DIPLOMA_COPY', 'GUARANTEE_LETTER', 'GUARANTOR_ID_COPY')) not null, \`file_ref\` text not null, \`added_by\` text not null, \`added_at\` datetime not null, \`genuine\` integer null, \`verified_by\` text null, \`verified_at\` datetime null, \`method\` text check (\`method\` in ('ORIGINAL_SIGHTED', 'ISSUER_CONFIRMED', 'ONLINE_REGISTRY', 'OTHER')) null, \`note\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`candidate_document_candidate_id_index\` on \`candidate_document\` (\`candidate_id\`);`);

    this.addSql(`create table \`candidate_evaluation\` (\`id\` text not null, \`candidate_id\` text not null, \`requisition_id\` text not null, \`training_score\` double null, \`interview_score\` double null, \`overall_score\` double not null, \`passed\` integer not null, \`conclusion\` text not null, \`evaluated_by\` text not null, \`evaluated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`candidate_evaluation_candidate_id_index\` on \`candidate_evaluation\` (\`candidate_id\`);`);

    this.addSql(`create table \`inbox_entry\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`known_employee\` (\`id\` text not null, \`name\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`group_id\` text null, \`status\` text not null, \`version\` integer not null default 0, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`known_employee_branch_id_index\` on \`known_employee\` (\`branch_id\`);`);
    this.addSql(`create index \`known_employee_team_id_index\` on \`known_employee\` (\`team_id\`);`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`topic\` text not null, \`key\` text not null, \`type\` text not null, \`payload\` text not null, \`created_at\` datetime not null, \`sent_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_sent_at_seq_index\` on \`outbox_message\` (\`sent_at\`, \`seq\`);`);

    this.addSql(`create table \`probation\` (\`id\` text not null, \`candidate_id\` text not null, \`requisition_id\` text not null, \`starts_on\` text not null, \`ends_on\` text not null, \`started_by\` text not null, \`outcome\` text check (\`outcome\` in ('PASSED', 'FAILED')) null, \`outcome_note\` text null, \`decided_by\` text null, \`decided_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`probation_candidate_id_index\` on \`probation\` (\`candidate_id\`);`);

    this.addSql(`create table \`requisition\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`title\` text not null, \`posts\` integer not null, \`employment_type\` text check (\`employment_type\` in ('FULL_TIME', 'PART_TIME')) not null, \`channel_plan_list\` text not null default '', \`note\` text null, \`status\` text check (\`status\` in ('OPEN', 'FILLED', 'CLOSED')) not null default 'OPEN', \`opened_on\` text not null, \`opened_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`requisition_status_branch_id_index\` on \`requisition\` (\`status\`, \`branch_id\`);`);

    this.addSql(`create table \`stage_move\` (\`id\` text not null, \`candidate_id\` text not null, \`requisition_id\` text not null, \`from\` text check (\`from\` in ('APPLIED', 'SCREENED', 'CERTIFICATES_VERIFIED', 'PRE_EMPLOYMENT_TRAINING', 'EVALUATED', 'PROBATION', 'HIRED', 'REJECTED', 'WITHDRAWN')) null, \`to\` text check (\`to\` in ('APPLIED', 'SCREENED', 'CERTIFICATES_VERIFIED', 'PRE_EMPLOYMENT_TRAINING', 'EVALUATED', 'PROBATION', 'HIRED', 'REJECTED', 'WITHDRAWN')) not null, \`by\` text not null, \`at\` datetime not null, \`note\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`stage_move_candidate_id_index\` on \`stage_move\` (\`candidate_id\`);`);

    this.addSql(`create table \`training_enrolment\` (\`id\` text not null, \`session_id\` text not null, \`person_id\` text not null, \`person_kind\` text check (\`person_kind\` in ('EMPLOYEE', 'CANDIDATE')) not null, \`person_name\` text not null, \`branch_id\` text not null, \`attended\` integer null, \`score\` double null, \`passed\` integer null, \`result_by\` text null, \`enrolled_by\` text not null, \`enrolled_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_enrolment_person_id_index\` on \`training_enrolment\` (\`person_id\`);`);
    this.addSql(`create unique index \`training_enrolment_session_id_person_id_unique\` on \`training_enrolment\` (\`session_id\`, \`person_id\`);`);

    this.addSql(`create table \`training_programme\` (\`id\` text not null, \`title\` text not null, \`category\` text check (\`category\` in ('ACCOUNT_OPENING', 'SALES_SKILLS', 'QUALIFICATION_EXAM', 'PRODUCTS', 'COMPLIANCE')) not null, \`description\` text null, \`branch_id\` text null, \`created_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_programme_branch_id_index\` on \`training_programme\` (\`branch_id\`);`);

    this.addSql(`create table \`training_record\` (\`id\` text not null, \`employee_id\` text not null, \`branch_id\` text null, \`title\` text not null, \`category\` text check (\`category\` in ('ACCOUNT_OPENING', 'SALES_SKILLS', 'QUALIFICATION_EXAM', 'PRODUCTS', 'COMPLIANCE')) not null, \`session_date\` text not null, \`trainer\` text not null, \`content\` text null, \`score\` double null, \`passed\` integer not null, \`session_id\` text null, \`enrolment_id\` text null, \`recorded_by\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`training_record_employee_id_index\` on \`training_record\` (\`employee_id\`);`);
    this.addSql(`create index \`training_record_session_date_index\` on \`training_record\` (\`session_date\`);`);
    this.addSql(`create unique index \`training_record_enrolment_id_unique\` on \`training_record\` (\`enrolment_id\`);`);

    this.addSql(`create table \`training_session\` (\`id\` text not null, \`programme_id\` text not null, \`branch_id\` text not null, \`date\` text not null, \`starts_at\` text not null, \`ends_at\` text not null, \`place\` text not null, \`trainer\` text not null, \`content\` text not null, \`created_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_session_programme_id_index\` on \`training_session\` (\`programme_id\`);`);
    this.addSql(`create index \`training_session_branch_id_index\` on \`training_session\` (\`branch_id\`);`);
  }

}
