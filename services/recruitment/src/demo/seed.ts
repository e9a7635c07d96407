import type { EntityManager } from '@mikro-orm/core';
import { DEMO_BRANCHES, DEMO_EMPLOYEES, demoRandom } from '@bg/service';
import { TrainingCategory, TrainingRecord } from '../training/training-record.entity';
import { TraineeKind, TrainingEnrolment, TrainingProgramme, TrainingSession } from '../training/training.entity';
import { EmploymentType, Requisition } from '../requisitions/requisition.entity';
import { Candidate, CandidateDocument, StageMove } from '../candidates/candidate.entity';
import { CandidateChannel, CandidateDocumentKind, CandidateStage, PIPELINE, skillTags } from '../pipeline/pipeline.rules';

const PROGRAMMES = [
  {
    id: 'TP-ACCOUNT',
    title: '创业板开户业务培训',
    category: TrainingCategory.ACCOUNT_OPENING,
    sessionDate: '2026-09-10',
    trainer: '冯涛',
    content: '创业板投资者适当性、开户流程与风险揭示',
  },
  {
    id: 'TP-SCRIPTS',
    title: '基金产品营销话术',
    category: TrainingCategory.SALES_SKILLS,
    sessionDate: '2026-09-24',
    trainer: '冯涛',
    content: '基金定投的营销话术与异议处理',
  },
  {
    id: 'TP-EXAM',
    title: '证券市场基础知识考前辅导',
    category: TrainingCategory.QUALIFICATION_EXAM,
    sessionDate: '2026-10-15',
    trainer: '唐亮',
    content: '证券市场基础知识、证券交易',
  },
  {
    id: 'TP-AML',
    title: '反洗钱与合规展业',
    category: TrainingCategory.COMPLIANCE,
    sessionDate: '2026-10-22',
    trainer: '唐亮',
    content: '客户身份识别、可疑交易报告、展业禁止行为',
  },
];

/**
 * Demo data: four head-office programmes, one session of each per branch whose attendance and
 * results fill the training archive, and an SZ01 requisition with candidates along the pipeline.
 */
export async function seedDemoRecruitment(em: EntityManager): Promise<void> {
  if (await em.count(TrainingProgramme, {})) return;
  for (const p of PROGRAMMES) {
    em.create(TrainingProgramme, { id: p.id, title: p.title, category: p.category, branchId: null, createdBy: 'trainer.ho' } as TrainingProgramme);
    for (const b of DEMO_BRANCHES) {
      const session = em.create(TrainingSession, {
        id: `${p.id}-${b.id}`,
        programmeId: p.id,
        branchId: b.id,
        date: p.sessionDate,
        startsAt: '14:00',
        endsAt: '17:00',
        place: `${b.name} 会议室`,
        trainer: p.trainer,
        content: p.content,
        createdBy: 'trainer.ho',
      } as TrainingSession);
      for (const e of DEMO_EMPLOYEES.filter((x) => x.branchId === b.id)) {
        const rnd = demoRandom(`training:${e.id}:${p.id}`);
        if (rnd() < 0.3) continue;
        const score = Math.round(55 + rnd() * 45);
        const enrolment = em.create(TrainingEnrolment, {
          sessionId: session.id,
          personId: e.id,
          personKind: TraineeKind.EMPLOYEE,
          personName: e.name,
          branchId: e.branchId,
          attended: true,
          score,
          passed: score >= 60,
          resultBy: 'trainer.ho',
          enrolledBy: 'trainer.ho',
        } as TrainingEnrolment);
        em.create(TrainingRecord, {
          employeeId: e.id,
          branchId: e.branchId,
          title: p.title,
          category: p.category,
          sessionDate: p.sessionDate,
          trainer: p.trainer,
          content: p.content,
          score,
          passed: score >= 60,
          sessionId: session.id,
          enrolmentId: enrolment.id,
          recordedBy: 'trainer.ho',
        } as TrainingRecord);
      }
    }
  }

  const requisition = em.create(Requisition, {
    id: 'REQ-SZ01-2026-11',
    branchId: 'SZ01',
    teamId: 'SZ01-T2',
    title: '客户经理',
    posts: 3,
    employmentType: EmploymentType.FULL_TIME,
    channelPlanList: 'JOB_WEBSITE,SCHOOL_ENTERPRISE,REFERRAL',
    openedOn: '2026-11-02',
    openedBy: 'rec.sz',
  } as Requisition);
  const people = [
    { name: '林晓', channel: CandidateChannel.SCHOOL_ENTERPRISE, channelDetail: '深圳大学', skills: ['基金', '证券从业资格'], stage: CandidateStage.APPLIED },
    { name: '高远', channel: CandidateChannel.JOB_WEBSITE, channelDetail: '智联招聘', skills: ['银行渠道', '理财'], stage: CandidateStage.SCREENED },
    { name: '赵敏', channel: CandidateChannel.REFERRAL, channelDetail: '张伟 (E1001)', skills: ['客户开发'], stage: CandidateStage.CERTIFICATES_VERIFIED },
  ];
  people.forEach((p, i) => {
    const c = em.create(Candidate, {
      id: `C-DEMO-${i + 1}`,
      requisitionId: requisition.id,
      branchId: 'SZ01',
      teamId: requisition.teamId,
      name: p.name,
      channel: p.channel,
      channelDetail: p.channelDetail,
      skillTags: skillTags(p.skills),
      employmentType: EmploymentType.FULL_TIME,
      appliedOn: '2026-11-05',
      stage: p.stage,
      stageChangedBy: 'rec.sz',
    } as Candidate);
    const reached = PIPELINE.slice(0, PIPELINE.indexOf(p.stage) + 1);
    reached.forEach((to, j) =>
      em.create(StageMove, { candidateId: c.id, requisitionId: requisition.id, from: j ? reached[j - 1] : null, to, by: 'rec.sz' } as StageMove),
    );
    for (const kind of Object.values(CandidateDocumentKind)) {
      const verified = p.stage === CandidateStage.CERTIFICATES_VERIFIED;
      em.create(CandidateDocument, {
        candidateId: c.id,
        kind,
        fileRef: `files/demo-${c.id}-${kind.toLowerCase()}`,
        addedBy: 'rec.sz',
        ...(verified ? { genuine: true, verifiedBy: 'rec.sz', verifiedAt: new Date('2026-11-08T02:00:00Z'), method: 'ORIGINAL_SIGHTED' } : {}),
      } as CandidateDocument);
    }
  });
  await em.flush();
}
