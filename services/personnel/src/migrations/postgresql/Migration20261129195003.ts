import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 12: archive entries for the monthly customer details and results, from attendance too. */
export class Migration20261129195003 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "archive_document" drop constraint if exists "archive_document_kind_check";`);
    this.addSql(`alter table "archive_document" drop constraint if exists "archive_document_source_check";`);

    this.addSql(`alter table "archive_document" add constraint "archive_document_kind_check" check("kind" in ('PHOTO', 'RESUME', 'ID_CARD_COPY', 'DIPLOMA_COPY', 'GUARANTEE_LETTER', 'GUARANTOR_ID_COPY', 'LABOUR_CONTRACT', 'COOPERATION_AGREEMENT', 'ASSESSMENT', 'TRAINING_RESULT', 'REWARD', 'PUNISHMENT', 'OTHER', 'CUSTOMER_DETAILS', 'MONTHLY_RESULTS'));`);
    this.addSql(`alter table "archive_document" add constraint "archive_document_source_check" check("source" in ('MANUAL', 'RECRUITMENT', 'PERFORMANCE', 'TRAINING', 'ATTENDANCE'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "archive_document" drop constraint if exists "archive_document_kind_check";`);
    this.addSql(`alter table "archive_document" drop constraint if exists "archive_document_source_check";`);

    this.addSql(`alter table "archive_document" add constraint "archive_document_kind_check" check("kind" in ('PHOTO', 'RESUME', 'ID_CARD_COPY', 'DIPLOMA_COPY', 'GUARANTEE_LETTER', 'GUARANTOR_ID_COPY', 'LABOUR_CONTRACT', 'COOPERATION_AGREEMENT', 'ASSESSMENT', 'TRAINING_RESULT', 'REWARD', 'PUNISHMENT', 'OTHER'));`);
    this.addSql(`alter table "archive_document" add constraint "archive_document_source_check" check("source" in ('MANUAL', 'RECRUITMENT', 'PERFORMANCE', 'TRAINING'));`);
  }

}
