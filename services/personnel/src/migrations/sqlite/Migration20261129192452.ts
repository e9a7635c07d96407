import { Migration } from '@mikro-orm/migrations';

export class Migration20261129192452 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`actor\` text not null, \`actor_employee_id\` text null, \`actor_roles\` text not null, \`action\` text not null, \`subject\` text not null, \`branch_id\` text null, \`employee_id\` text null, \`allowed\` integer not null, \`refusal\` text null, \`request_id\` text not null, \`at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_action_at_index\` on \`audit_entry\` (\`action\`, \`at\`);`);
    this.addSql(`create index \`audit_entry_branch_id_at_index\` on \`audit_entry\` (\`branch_id\`, \`at\`);`);

    this.addSql(`alter table \`archive_audit\` add column \`request_id\` text null;`);

  }

}
