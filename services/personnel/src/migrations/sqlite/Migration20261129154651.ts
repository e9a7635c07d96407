import { Migration } from '@mikro-orm/migrations';

/** 岗位: every employee has a post; those hired before it are client managers. */
export class Migration20261129154651 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table `employee` add column `post` text check (`post` in ('CLIENT_MANAGER', 'BRANCH_MANAGER', 'DEPUTY_MANAGER', 'FINANCE', 'ATTENDANCE_CLERK', 'ARCHIVE_CLERK', 'ASSET_KEEPER', 'RECRUITER', 'TRAINER', 'HEAD_OFFICE')) not null default 'CLIENT_MANAGER';");
  }
}
