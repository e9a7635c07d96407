/**
 * Recruitment & training through the gateway (embedded graph, dev-realm tokens): a candidate from
 * application to hire with the employee and archive appearing in personnel, a rejection into the
 * talent pool and its re-activation, illegal moves and results refused with nothing written,
 * redelivered hires, who sees candidate data, and training results into the archive.
 */
import { OutboxMessage } from '@bg/events';
import { startTestGraph, type GqlResult, type TestGraph } from './test-graph';
import { approveRoute } from './approval-route';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
}, 60_000);
afterAll(() => t?.stop());

const DOCUMENTS = ['PHOTO', 'RESUME', 'ID_CARD_COPY', 'DIPLOMA_COPY', 'GUARANTEE_LETTER', 'GUARANTOR_ID_COPY'];

function data(r: GqlResult): any {
  expect(r.body.errors).toBeUndefined();
  return r.body.data;
}
function refused(r: GqlResult, code: string): any {
  expect(r.body.errors?.[0]?.extensions?.code).toBe(code);
  return r.body.errors![0];
}

/** A valid resident ID number (check digit computed) from a 17-digit base. */
function idNumber(base: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return base + '10X98765432'[weights.reduce((s, w, i) => s + w * Number(base[i]), 0) % 11];
}

async function openRequisition(user: string, branchId: string, teamId: string, posts = 2): Promise<string> {
  const r = await t.ask(user, `mutation($i: OpenRequisitionInput!) { openRequisition(input: $i) { id status channelPlan } }`, {
    i: { branchId, teamId, posts, employmentType: 'FULL_TIME', channelPlan: ['SCHOOL_ENTERPRISE', 'REFERRAL'], openedOn: '2026-11-02' },
  });
  const id = data(r).openRequisition.id;
  // the requisition takes candidates once the staffing approval has gone the whole route
  await t.graph.settle();
  await approveRoute(t, data(await t.ask('bo.han', `{ requisition(id: "${id}") { approvalId } }`)).requisition.approvalId);
  await t.graph.settle();
  return id;
}

async function addCandidate(user: string, requisitionId: string, name: string, id: string, skills: string[] = ['基金']): Promise<string> {
  const r = await t.ask(user, `mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id stage } }`, {
    i: {
      requisitionId,
      name,
      idNumber: idNumber(id),
      phone: '13800000000',
      channel: 'SCHOOL_ENTERPRISE',
      channelDetail: '深圳大学',
      skills,
      appliedOn: '2026-11-05',
      documents: DOCUMENTS.map((kind) => ({ kind, fileRef: `files/${id}-${kind.toLowerCase()}` })),
    },
  });
  return data(r).addCandidate.id;
}

const CANDIDATE = `stage lastStage reason requisitionId employeeId history { from to by requisitionId } documents { id kind genuine verifiedBy method }
  evaluations { passed trainingScore } probations { startsOn outcome }`;
const candidate = async (id: string, user = 'rec.sz') => data(await t.ask(user, `{ candidate(id: "${id}") { ${CANDIDATE} } }`)).candidate;
const moveTo = (id: string, to: string, user = 'rec.sz') => t.ask(user, `mutation { moveCandidate(candidateId: "${id}", to: ${to}) { stage } }`);

async function verifyAll(id: string): Promise<void> {
  for (const d of (await candidate(id)).documents) {
    const method = d.kind === 'DIPLOMA_COPY' ? 'ONLINE_REGISTRY' : 'ORIGINAL_SIGHTED';
    data(await t.ask('rec.sz', `mutation { verifyCandidateDocument(documentId: "${d.id}", genuine: true, method: ${method}, note: "核对无误") { genuine } }`));
  }
}

async function toTraining(id: string): Promise<void> {
  data(await moveTo(id, 'SCREENED'));
  await verifyAll(id);
  data(await moveTo(id, 'CERTIFICATES_VERIFIED'));
  data(await moveTo(id, 'PRE_EMPLOYMENT_TRAINING'));
}

async function session(programmeTitle: string, date: string): Promise<string> {
  const p = data(
    await t.ask('trainer.sz', `mutation { createTrainingProgramme(input: { title: "${programmeTitle}", category: SALES_SKILLS }) { id branchId } }`),
  ).createTrainingProgramme;
  expect(p.branchId).toBe('SZ01');
  const s = await t.ask('trainer.sz', `mutation($i: SessionInput!) { scheduleTrainingSession(input: $i) { id } }`, {
    i: {
      programmeId: p.id,
      branchId: 'SZ01',
      date,
      startsAt: '09:00',
      endsAt: '12:00',
      place: '福田营业部三楼会议室',
      trainer: '冯涛',
      content: '开户流程与营销话术',
    },
  });
  return data(s).scheduleTrainingSession.id;
}

const employeesNamed = async (name: string) =>
  data(
    await t.ask('mgr.sz', '{ employees(branchId: "SZ01", page: { first: 200 }) { nodes { id name status employmentType teamId } } }'),
  ).employees.nodes.filter((n: any) => n.name === name);

describe('a candidate from application to hire', () => {
  let candidateId: string;
  let requisitionId: string;

  it('goes through every stage, the illegal moves refused with nothing written', async () => {
    requisitionId = await openRequisition('rec.sz', 'SZ01', 'SZ01-T1');
    candidateId = await addCandidate('rec.sz', requisitionId, '候选人甲', '44030419990101123');
    data(await moveTo(candidateId, 'SCREENED'));

    const skip = refused(await moveTo(candidateId, 'PRE_EMPLOYMENT_TRAINING'), 'BAD_USER_INPUT');
    expect(skip.extensions.problems).toEqual([{ field: 'to', problem: 'SCREENED -> PRE_EMPLOYMENT_TRAINING skips CERTIFICATES_VERIFIED' }]);
    const unchecked = refused(await moveTo(candidateId, 'CERTIFICATES_VERIFIED'), 'BAD_USER_INPUT');
    expect(unchecked.extensions.problems[0].problem).toContain('not checked yet');
    let c = await candidate(candidateId);
    expect(c.stage).toBe('SCREENED');
    expect(c.history.map((h: any) => h.to)).toEqual(['APPLIED', 'SCREENED']);
    expect(c.history.every((h: any) => h.by === 'rec.sz')).toBe(true);

    await verifyAll(candidateId);
    const again = await t.ask(
      'rec.sz',
      `mutation { verifyCandidateDocument(documentId: "${c.documents[0].id}", genuine: false, method: OTHER, note: null) { genuine } }`,
    );
    refused(again, 'CONFLICT'); // a check is not rewritten
    data(await moveTo(candidateId, 'CERTIFICATES_VERIFIED'));
    data(await moveTo(candidateId, 'PRE_EMPLOYMENT_TRAINING'));

    // Pre-employment training: the trainer enrols the candidate and records the result.
    const sessionId = await session('新人岗前培训', '2026-11-12');
    data(await t.ask('trainer.sz', `mutation { enrolInTrainingSession(sessionId: "${sessionId}", personIds: ["${candidateId}"]) { personKind personName } }`));
    data(
      await t.ask(
        'trainer.sz',
        `mutation { recordTrainingResults(sessionId: "${sessionId}", results: [{ personId: "${candidateId}", score: 85, passed: true }]) { passed } }`,
      ),
    );

    const early = refused(
      await t.ask('rec.sz', `mutation { startProbation(candidateId: "${candidateId}", startsOn: "2026-11-20", endsOn: "2027-01-19") { stage } }`),
      'BAD_USER_INPUT',
    );
    expect(early.extensions.problems[0].problem).toContain('skips EVALUATED');
    data(
      await t.ask(
        'mgr.sz',
        `mutation { evaluateCandidate(input: { candidateId: "${candidateId}", interviewScore: 80, overallScore: 83, passed: true, conclusion: "沟通能力强，同意试用" }) { stage } }`,
      ),
    );
    const long = refused(
      await t.ask('rec.sz', `mutation { startProbation(candidateId: "${candidateId}", startsOn: "2026-11-20", endsOn: "2027-02-20") { stage } }`),
      'BAD_USER_INPUT',
    );
    expect(long.extensions.problems[0].field).toBe('endsOn');
    data(await t.ask('rec.sz', `mutation { startProbation(candidateId: "${candidateId}", startsOn: "2026-11-20", endsOn: "2027-01-19") { stage } }`));
    const notYet = refused(
      await t.ask('rec.sz', `mutation { hireCandidate(candidateId: "${candidateId}", hiredOn: "2027-01-20") { stage } }`),
      'BAD_USER_INPUT',
    );
    expect(notYet.extensions.problems[0].problem).toBe('the probation has no outcome yet');
    data(await t.ask('mgr.sz', `mutation { recordProbationOutcome(candidateId: "${candidateId}", outcome: PASSED, note: "试用期表现良好") { stage } }`));

    c = await candidate(candidateId);
    expect(c.evaluations).toEqual([{ passed: true, trainingScore: 85 }]);
    expect(c.probations).toEqual([{ startsOn: '2026-11-20', outcome: 'PASSED' }]);
    expect(c.documents.every((d: any) => d.genuine === true && d.verifiedBy === 'rec.sz')).toBe(true);
  });

  it('refuses a hire that does not say where the new manager works, naming each field, writing nothing', async () => {
    const r = refused(await t.ask('rec.sz', `mutation { hireCandidate(candidateId: "${candidateId}", hiredOn: "2027-01-20") { stage } }`), 'BAD_USER_INPUT');
    expect(r.extensions.problems).toEqual([
      { field: 'groupId', problem: 'say which group (小组) of the team the new manager joins' },
      { field: 'outletId', problem: 'say at which outlet (网点) the new manager is stationed' },
    ]);
    expect((await candidate(candidateId)).stage).toBe('PROBATION');
  });

  it('hires once, however often asked, and personnel makes the employee and the archive with everything verified', async () => {
    const hire = `mutation { hireCandidate(candidateId: "${candidateId}", hiredOn: "2027-01-20", groupId: "SZ01-T1-G2", outletId: "SZ01-O2") { stage hiredOn teamId groupId outletId } }`;
    const placed = { stage: 'HIRED', hiredOn: '2027-01-20', teamId: 'SZ01-T1', groupId: 'SZ01-T1-G2', outletId: 'SZ01-O2' };
    expect(data(await t.ask('rec.sz', hire)).hireCandidate).toEqual(placed);
    expect(data(await t.ask('mgr.sz', hire)).hireCandidate).toEqual(placed);
    await t.graph.settle();

    const hired = await employeesNamed('候选人甲');
    expect(hired).toEqual([expect.objectContaining({ status: 'ACTIVE', employmentType: 'FULL_TIME', teamId: 'SZ01-T1' })]);
    const c = await candidate(candidateId);
    expect(c.history.map((h: any) => h.to)).toEqual([
      'APPLIED',
      'SCREENED',
      'CERTIFICATES_VERIFIED',
      'PRE_EMPLOYMENT_TRAINING',
      'EVALUATED',
      'PROBATION',
      'HIRED',
    ]);
    const archive = data(
      await t.ask(
        'mgr.sz',
        `{ archive(employeeId: "${hired[0].id}") {
      documents { kind source genuine verifiedBy verificationMethod verificationNote fileRef title } missingDocuments } }`,
      ),
    ).archive;
    const carried = archive.documents.filter((d: any) => d.source === 'RECRUITMENT');
    expect(carried.map((d: any) => d.kind).sort()).toEqual([...DOCUMENTS].sort());
    expect(carried.every((d: any) => d.genuine === true && d.verifiedBy === 'rec.sz' && d.fileRef.startsWith('files/44030419990101123'))).toBe(true);
    // The certificate checks come along: how each was checked and the checker's note.
    expect(carried.find((d: any) => d.kind === 'DIPLOMA_COPY')).toMatchObject({ verificationMethod: 'ONLINE_REGISTRY', verificationNote: '核对无误' });
    expect(carried.find((d: any) => d.kind === 'ID_CARD_COPY')).toMatchObject({ verificationMethod: 'ORIGINAL_SIGHTED', verificationNote: '核对无误' });
    expect(archive.missingDocuments).toEqual(['LABOUR_CONTRACT']);

    const board = data(await t.ask('bo.han', `{ requisition(id: "${requisitionId}") { hired board { stage count } } }`)).requisition;
    expect(board.hired).toBe(1);
    expect(board.board).toContainEqual({ stage: 'HIRED', count: 1 });
  });

  it('shows the hire with its ID number (masked per the archive rule), outlet and group, and lets the keeper issue it an asset', async () => {
    const [{ id }] = await employeesNamed('候选人甲');
    const q = `{ employee(id: "${id}") { idNumber teamId groupId outletId group { id } outlet { id } } }`;
    const full = idNumber('44030419990101123');
    // The branch manager may read the archive: the whole number; the asset keeper sees the person, not the archive: the last 4.
    expect(data(await t.ask('mgr.sz', q)).employee).toEqual({
      idNumber: full,
      teamId: 'SZ01-T1',
      groupId: 'SZ01-T1-G2',
      outletId: 'SZ01-O2',
      group: { id: 'SZ01-T1-G2' },
      outlet: { id: 'SZ01-O2' },
    });
    expect(data(await t.ask('keeper.sz', q)).employee.idNumber).toBe(`${'*'.repeat(14)}${full.slice(-4)}`);

    const asset = data(
      await t.ask(
        'keeper.sz',
        'mutation { registerAsset(input: { branchId: "SZ01", teamId: "SZ01-T1", name: "展业平板", kind: COMPUTER, tag: "SZ01-PAD-0501", valueFen: 320000 }) { id } }',
      ),
    ).registerAsset;
    data(await t.ask('keeper.sz', `mutation { issueAsset(assetId: "${asset.id}", employeeId: "${id}") { movement } }`));
    expect(data(await t.ask('mgr.sz', `{ heldAssets(employeeId: "${id}") { tag outletId } }`)).heldAssets).toEqual([
      { tag: 'SZ01-PAD-0501', outletId: 'SZ01-O2' },
    ]);
  });

  it("a signed labour contract fills the archive's contract item", async () => {
    const [{ id }] = await employeesNamed('候选人甲');
    data(
      await t.ask(
        'clerk.arc',
        `mutation { signContract(input: { employeeId: "${id}", kind: LABOUR_CONTRACT, signedOn: "2027-01-20", startsOn: "2027-01-20", originalLocation: "SZ01 档案柜 B-017" }) { id } }`,
      ),
    );
    const archive = data(await t.ask('mgr.sz', `{ archive(employeeId: "${id}") { missingDocuments contracts { kind startsOn endsOn status } } }`)).archive;
    expect(archive.missingDocuments).toEqual([]);
    expect(archive.contracts).toEqual([{ kind: 'LABOUR_CONTRACT', startsOn: '2027-01-20', endsOn: '2028-01-19', status: 'UPCOMING' }]);
  });

  // EmployeeHired is written inside personnel's CandidateHired consumer transaction: this also
  // guards that the other services' consumers never join that transaction (packages/events/src/isolated-em.ts).
  it('links the candidate to the new employee and carries the pre-employment training into both archives', async () => {
    const hired = await employeesNamed('候选人甲');
    expect((await candidate(candidateId)).employeeId).toBe(hired[0].id); // EmployeeHired came back with the candidate id
    const records = data(await t.ask('mgr.sz', `{ employee(id: "${hired[0].id}") { trainingRecords { title passed score } } }`)).employee.trainingRecords;
    expect(records).toEqual([{ title: '新人岗前培训', passed: true, score: 85 }]);
    await t.graph.settle();
    const archive = data(await t.ask('mgr.sz', `{ archive(employeeId: "${hired[0].id}") { documents { kind source title } } }`)).archive;
    expect(archive.documents).toContainEqual({ kind: 'TRAINING_RESULT', source: 'TRAINING', title: '新人岗前培训 (SALES_SKILLS)' });
  });

  it('a redelivered CandidateHired makes no second employee', async () => {
    const recruitment = t.graph.services.find((s) => s.name === 'recruitment')!;
    const sent = await recruitment.orm.em.fork().find(OutboxMessage, { key: candidateId, type: 'CandidateHired.v1' });
    expect(sent).toHaveLength(1); // asked twice, sent once
    const message = { topic: 'recruitment.candidate', key: candidateId, value: sent[0].payload };
    await t.graph.transport.publish([message, message]);
    await t.graph.settle();
    expect(await employeesNamed('候选人甲')).toHaveLength(1);
  });
});

describe('the talent pool', () => {
  it('keeps a candidate rejected at evaluation, searchable, and re-activates them with their history', async () => {
    const requisitionId = await openRequisition('rec.sz', 'SZ01', 'SZ01-T2');
    const id = await addCandidate('rec.sz', requisitionId, '候选人乙', '44030419980202234', ['理财', '银行渠道']);
    await toTraining(id);
    data(
      await t.ask(
        'rec.sz',
        `mutation { evaluateCandidate(input: { candidateId: "${id}", trainingScore: 52, overallScore: 55, passed: false, conclusion: "专业知识不足" }) { stage } }`,
      ),
    );

    const before = await candidate(id);
    const probation = refused(
      await t.ask('rec.sz', `mutation { startProbation(candidateId: "${id}", startsOn: "2026-11-20", endsOn: "2026-12-19") { stage } }`),
      'BAD_USER_INPUT',
    );
    expect(probation.extensions.problems[0].problem).toBe('no probation without a passing comprehensive evaluation');
    expect(await candidate(id)).toEqual(before); // nothing written

    const rejected = data(
      await t.ask('rec.sz', `mutation { rejectCandidate(candidateId: "${id}", reason: "综合考评未通过") { stage lastStage reason } }`),
    ).rejectCandidate;
    expect(rejected).toEqual({ stage: 'REJECTED', lastStage: 'EVALUATED', reason: '综合考评未通过' });
    refused(await moveTo(id, 'PROBATION'), 'BAD_USER_INPUT');

    const pool = data(
      await t.ask('rec.sz', '{ talentPool(filter: { skill: "理财", lastStage: EVALUATED }) { totalCount nodes { id name skills reason } } }'),
    ).talentPool;
    expect(pool.nodes).toContainEqual({ id, name: '候选人乙', skills: ['理财', '银行渠道'], reason: '综合考评未通过' });
    expect(data(await t.ask('rec.sz', '{ talentPool(filter: { skill: "不存在的技能" }) { totalCount } }')).talentPool.totalCount).toBe(0);

    // Adding the same person again points at the pool.
    const dup = refused(
      await t.ask('rec.sz', `mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }`, {
        i: { requisitionId, name: '候选人乙', idNumber: idNumber('44030419980202234'), channel: 'JOB_WEBSITE', appliedOn: '2026-12-01' },
      }),
      'CONFLICT',
    );
    expect(dup.message).toContain('talent pool');

    const next = await openRequisition('rec.sz', 'SZ01', 'SZ01-T1', 1);
    data(await t.ask('rec.sz', `mutation { reactivateCandidate(candidateId: "${id}", requisitionId: "${next}", note: "新需求") { stage } }`));
    const back = await candidate(id);
    expect(back.stage).toBe('APPLIED');
    expect(back.requisitionId).toBe(next);
    expect(back.history.map((h: any) => h.to)).toEqual([
      'APPLIED',
      'SCREENED',
      'CERTIFICATES_VERIFIED',
      'PRE_EMPLOYMENT_TRAINING',
      'EVALUATED',
      'REJECTED',
      'APPLIED',
    ]);
    expect(new Set(back.history.map((h: any) => h.requisitionId))).toEqual(new Set([requisitionId, next]));
    expect(back.documents).toHaveLength(6);
    expect(back.evaluations).toEqual([{ passed: false, trainingScore: 52 }]);
  });
});

describe('searching by text', () => {
  it('takes % and _ in name, skill and reason filters literally (on SQLite too, which has no default LIKE escape)', async () => {
    const requisitionId = await openRequisition('rec.sz', 'SZ01', 'SZ01-T2');
    const literal = await addCandidate('rec.sz', requisitionId, '周_一', '44030419950505567', ['100%_达标']);
    const other = await addCandidate('rec.sz', requisitionId, '周二', '44030419950606678', ['100x达标']);
    const ids = (r: GqlResult, field: string) => (data(r)[field].nodes as Array<{ id: string }>).map((n) => n.id).sort();

    expect(ids(await t.ask('rec.sz', '{ candidates(filter: { name: "周_" }) { nodes { id } } }'), 'candidates')).toEqual([literal]);
    expect(ids(await t.ask('rec.sz', '{ candidates(filter: { name: "周" }) { nodes { id } } }'), 'candidates')).toEqual([literal, other].sort());
    expect(data(await t.ask('rec.sz', '{ candidates(filter: { name: "%" }) { totalCount } }')).candidates.totalCount).toBe(0);

    data(await t.ask('rec.sz', `mutation { rejectCandidate(candidateId: "${literal}", reason: "到岗率100%_不足") { stage } }`));
    data(await t.ask('rec.sz', `mutation { rejectCandidate(candidateId: "${other}", reason: "到岗率100x不足") { stage } }`));
    expect(ids(await t.ask('rec.sz', '{ talentPool(filter: { skill: "100%_达标" }) { nodes { id } } }'), 'talentPool')).toEqual([literal]);
    expect(ids(await t.ask('rec.sz', '{ talentPool(filter: { reason: "100%_" }) { nodes { id } } }'), 'talentPool')).toEqual([literal]);
    expect(ids(await t.ask('rec.sz', '{ talentPool(filter: { reason: "到岗率100" }) { nodes { id } } }'), 'talentPool')).toEqual([literal, other].sort());
  });
});

describe('who sees candidate data', () => {
  let gz: string;
  let sz: string;
  beforeAll(async () => {
    const gzReq = await openRequisition('rec.ho', 'GZ01', 'GZ01-T1');
    gz = await addCandidate('rec.ho', gzReq, '候选人丁', '44010619970303345');
    sz = await addCandidate('rec.sz', await openRequisition('rec.sz', 'SZ01', 'SZ01-T1'), '候选人戊', '44030419960404456');
  });

  it('recruiters see their branch, head-office recruiters all, branch managers their branch', async () => {
    const mine = data(await t.ask('rec.sz', '{ candidates(page: { first: 200 }) { nodes { id branchId } } }')).candidates.nodes;
    expect(mine.map((n: any) => n.id)).toContain(sz);
    expect(mine.every((n: any) => n.branchId === 'SZ01')).toBe(true);
    refused(await t.ask('rec.sz', `{ candidate(id: "${gz}") { name } }`), 'FORBIDDEN');
    refused(await t.ask('rec.sz', '{ candidates(filter: { branchId: "GZ01" }) { totalCount } }'), 'FORBIDDEN');
    refused(await t.ask('rec.sz', `mutation { moveCandidate(candidateId: "${gz}", to: SCREENED) { stage } }`), 'FORBIDDEN');

    const all = data(await t.ask('rec.ho', '{ candidates(filter: { stages: [APPLIED] }, page: { first: 200 }) { nodes { id } } }')).candidates.nodes.map(
      (n: any) => n.id,
    );
    expect(all).toEqual(expect.arrayContaining([gz, sz]));
    expect(data(await t.ask('mgr.gz', `{ candidate(id: "${gz}") { idNumber documents { kind } } }`)).candidate.documents).toHaveLength(6);
    refused(await t.ask('mgr.gz', `{ candidate(id: "${sz}") { name } }`), 'FORBIDDEN');
  });

  it('a client manager, a trainer and head-office departments see no candidate data', async () => {
    for (const user of ['cm.zhang', 'tl.wang', 'trainer.sz', 'bo.han', 'vp.qian']) {
      refused(await t.ask(user, `{ candidate(id: "${sz}") { name } }`), 'FORBIDDEN');
      refused(await t.ask(user, '{ candidates { totalCount } }'), 'FORBIDDEN');
      refused(await t.ask(user, '{ talentPool { totalCount } }'), 'FORBIDDEN');
    }
    refused(await t.ask('cm.zhang', '{ requisitions { totalCount } }'), 'FORBIDDEN');
    // Head office sees every open requisition (counts, no people).
    const open = data(await t.ask('bo.han', '{ requisitions(page: { first: 200 }) { nodes { branchId } } }')).requisitions.nodes;
    expect(new Set(open.map((n: any) => n.branchId))).toEqual(new Set(['SZ01', 'GZ01']));
  });

  it('searches the pipeline by stage, channel, branch and date', async () => {
    const r = data(
      await t.ask(
        'rec.ho',
        `{ candidates(filter: { branchId: "GZ01", stages: [APPLIED], channel: SCHOOL_ENTERPRISE, appliedFrom: "2026-11-01", appliedTo: "2026-11-30" }) {
      totalCount nodes { id } pageInfo { hasNextPage } } }`,
      ),
    ).candidates;
    expect(r.nodes.map((n: any) => n.id)).toEqual([gz]);
    expect(data(await t.ask('rec.ho', '{ candidates(filter: { branchId: "GZ01", appliedFrom: "2026-12-01" }) { totalCount } }')).candidates.totalCount).toBe(0);
  });
});

describe('training', () => {
  it('refuses results for people not enrolled, writing nothing; files the rest in the archive', async () => {
    const sessionId = await session('基金定投话术', '2026-11-18');
    data(await t.ask('trainer.sz', `mutation { enrolInTrainingSession(sessionId: "${sessionId}", personIds: ["E1001", "E1004"]) { personName } }`));
    refused(await t.ask('trainer.sz', `mutation { enrolInTrainingSession(sessionId: "${sessionId}", personIds: ["E2001"]) { personName } }`), 'BAD_USER_INPUT');
    refused(await t.ask('trainer.ho', `mutation { enrolInTrainingSession(sessionId: "${sessionId}", personIds: ["E1001"]) { personName } }`), 'BAD_USER_INPUT');
    const before = data(await t.ask('cm.zhang', '{ employee(id: "E1001") { trainingRecords { title } } }')).employee.trainingRecords.length;

    const bad = refused(
      await t.ask(
        'trainer.sz',
        `mutation { recordTrainingResults(sessionId: "${sessionId}", results: [
      { personId: "E1001", score: 90, passed: true }, { personId: "E1002", score: 70, passed: true }]) { passed } }`,
      ),
      'BAD_USER_INPUT',
    );
    expect(bad.extensions.problems).toEqual([{ field: 'results[1]', problem: 'E1002 is not enrolled in this session' }]);
    const roster = data(await t.ask('trainer.sz', `{ trainingSession(id: "${sessionId}") { enrolments { personId passed } } }`)).trainingSession.enrolments;
    expect(roster.every((e: any) => e.passed === null)).toBe(true);
    refused(
      await t.ask('mgr.sz', `mutation { recordTrainingResults(sessionId: "${sessionId}", results: [{ personId: "E1001", passed: true }]) { passed } }`),
      'FORBIDDEN',
    );

    data(
      await t.ask(
        'trainer.sz',
        `mutation { recordTrainingAttendance(sessionId: "${sessionId}", attendance: [{ personId: "E1004", attended: false }]) { attended } }`,
      ),
    );
    refused(
      await t.ask('trainer.sz', `mutation { recordTrainingResults(sessionId: "${sessionId}", results: [{ personId: "E1004", passed: true }]) { passed } }`),
      'BAD_USER_INPUT',
    );
    data(
      await t.ask(
        'trainer.sz',
        `mutation { recordTrainingResults(sessionId: "${sessionId}", results: [{ personId: "E1001", score: 90, passed: true }]) { passed } }`,
      ),
    );
    await t.graph.settle();

    // A manager sees their own training records, newest first, and the archive entry in personnel.
    const own = data(await t.ask('cm.zhang', '{ employee(id: "E1001") { trainingRecords { title sessionDate score passed } } }')).employee.trainingRecords;
    expect(own).toHaveLength(before + 1);
    expect(own[0]).toEqual({ title: '基金定投话术', sessionDate: '2026-11-18', score: 90, passed: true });
    const archive = data(await t.ask('mgr.sz', '{ archive(employeeId: "E1001") { documents { kind title reason } } }')).archive.documents;
    expect(archive).toContainEqual({ kind: 'TRAINING_RESULT', title: '基金定投话术 (SALES_SKILLS)', reason: 'passed, score 90' });

    // The roster: trainers see everyone; a manager only their own enrolment.
    const mine = data(await t.ask('cm.liu', `{ trainingSession(id: "${sessionId}") { enrolments { personId attended } } }`)).trainingSession.enrolments;
    expect(mine).toEqual([{ personId: 'E1004', attended: false }]);
    refused(await t.ask('cm.zhang', '{ employee(id: "E1004") { trainingRecords { title } } }'), 'FORBIDDEN');
  });

  it("reports a branch's training completion to its managers and head office", async () => {
    const q =
      '{ trainingCompletionReport(branchId: "SZ01", from: "2026-09-01", to: "2026-10-31") { headcount trained completionRate sessions { programme enrolled attended passed failed pending } notTrained { employeeId } } }';
    const r = data(await t.ask('mgr.sz', q)).trainingCompletionReport;
    expect(r.sessions).toHaveLength(4);
    expect(r.headcount).toBeGreaterThanOrEqual(r.trained);
    expect(r.trained).toBeGreaterThan(0);
    expect(r.notTrained).toHaveLength(r.headcount - r.trained);
    expect(r.completionRate).toBeCloseTo(r.trained / r.headcount, 2);
    expect(r.sessions.every((s: any) => s.enrolled === s.passed + s.failed)).toBe(true);
    data(await t.ask('vp.qian', q));
    data(await t.ask('trainer.sz', q));
    refused(await t.ask('mgr.gz', q), 'FORBIDDEN');
    refused(await t.ask('tl.wang', q), 'FORBIDDEN');
  });
});
