import { Migration } from '@mikro-orm/migrations';
import { projectionMigrationSql } from '@bg/service';

/** The shared projections of personnel's data (employee periods, organisation), carrying the known employees over. */
export class Migration20261129154710 extends Migration {
  override async up(): Promise<void> {
    for (const sql of projectionMigrationSql('sqlite', { join: 'left join employee_grade g on g.employee_id = k.id', level: "coalesce(g.level, 'L1')", employmentType: "coalesce(g.employment_type, 'FULL_TIME')", outletId: 'null', hiredOn: 'g.hired_on', departedOn: 'null' })) this.addSql(sql);
    this.addSql('drop table if exists `employee_grade`;');
    this.addSql("alter table `payroll_line` add column `level_segments_json` text not null default '[]';");
  }
}
