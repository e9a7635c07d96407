import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 8: the customer register, its handovers and tier thresholds; visits refer to a customer. */
export class Migration20261129184825 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`customer\` (\`id\` text not null, \`branch_id\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('INDIVIDUAL', 'INSTITUTION')) not null, \`crm_ref\` text null, \`assets_fen\` bigint not null, \`assets_as_of\` text not null, \`tier\` text check (\`tier\` in ('VIP', 'KEY', 'ORDINARY')) not null, \`responsible_employee_id\` text not null, \`registered_on\` text not null, \`registered_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`customer_responsible_employee_id_index\` on \`customer\` (\`responsible_employee_id\`);`);
    this.addSql(`create index \`customer_branch_id_name_index\` on \`customer\` (\`branch_id\`, \`name\`);`);
    this.addSql(`create unique index \`customer_branch_id_crm_ref_unique\` on \`customer\` (\`branch_id\`, \`crm_ref\`);`);

    this.addSql(`create table \`customer_handover\` (\`id\` text not null, \`customer_id\` text not null, \`branch_id\` text not null, \`from_employee_id\` text not null, \`to_employee_id\` text not null, \`effective_on\` text not null, \`reason\` text not null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`customer_handover_branch_id_effective_on_index\` on \`customer_handover\` (\`branch_id\`, \`effective_on\`);`);
    this.addSql(`create index \`customer_handover_customer_id_effective_on_index\` on \`customer_handover\` (\`customer_id\`, \`effective_on\`);`);

    this.addSql(`create table \`customer_tier_threshold\` (\`branch_id\` text not null, \`vip_min_assets_fen\` bigint not null, \`key_min_assets_fen\` bigint not null, \`set_by\` text null, \`set_at\` datetime null, primary key (\`branch_id\`));`);

    this.addSql(`alter table \`customer_visit\` add column \`customer_id\` text null;`);
    this.addSql(`create index \`customer_visit_customer_id_index\` on \`customer_visit\` (\`customer_id\`);`);
  }

}
