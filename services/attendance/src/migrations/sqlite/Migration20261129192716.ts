import { Migration } from '@mikro-orm/migrations';

/** Issue 16 items 7 and 6: who led each team from which day (TeamLeadAppointed), and the teams' marketing activities with their attendance (R-2.6, R-2.2). */
export class Migration20261129192716 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`known_team_lead\` (\`team_id\` text not null, \`effective_from\` text not null, \`branch_id\` text not null, \`employee_id\` text not null, primary key (\`team_id\`, \`effective_from\`));`);

    this.addSql(`create table \`marketing_activity\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text not null, \`kind\` text check (\`kind\` in ('COMMUNITY_PROMOTION', 'OUTLET_CAMPAIGN', 'INVESTOR_SEMINAR', 'ROADSHOW', 'OTHER')) not null, \`title\` text not null, \`date\` text not null, \`location\` text not null, \`attendee_ids\` json not null, \`absent_ids\` json not null, \`excused_ids\` json not null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`marketing_activity_branch_id_date_index\` on \`marketing_activity\` (\`branch_id\`, \`date\`);`);
    this.addSql(`create index \`marketing_activity_team_id_date_index\` on \`marketing_activity\` (\`team_id\`, \`date\`);`);
  }

}
