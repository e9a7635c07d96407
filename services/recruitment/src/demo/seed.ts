import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { DEMO_EMPLOYEES, demoRandom } from '@bg/service';
import { TrainingCategory, TrainingRecord } from '../training/training-record.entity';

const SESSIONS = [
  { title: '创业板开户业务培训', category: TrainingCategory.ACCOUNT_OPENING, sessionDate: '2026-09-10', trainer: '冯涛' },
  { title: '基金产品营销话术', category: TrainingCategory.SALES_SKILLS, sessionDate: '2026-09-24', trainer: '冯涛' },
  { title: '证券市场基础知识考前辅导', category: TrainingCategory.QUALIFICATION_EXAM, sessionDate: '2026-10-15', trainer: '唐亮' },
  { title: '反洗钱与合规展业', category: TrainingCategory.COMPLIANCE, sessionDate: '2026-10-22', trainer: '唐亮' },
];

/** Demo training archive: each demo employee attended some of the sessions. */
export async function seedDemoTraining(em: EntityManager): Promise<void> {
  if (await em.count(TrainingRecord, {})) return;
  for (const e of DEMO_EMPLOYEES) {
    const rnd = demoRandom(`training:${e.id}`);
    for (const s of SESSIONS) {
      if (rnd() < 0.3) continue;
      const score = Math.round(55 + rnd() * 45);
      em.create(TrainingRecord, { id: randomUUID(), employeeId: e.id, ...s, score, passed: score >= 60 });
    }
  }
  await em.flush();
}
