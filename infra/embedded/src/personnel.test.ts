/**
 * Personnel & archives through the gateway (embedded graph, dev-realm tokens): the archive lookup
 * rule for every role with its audit rows, ID-number masking, departures with assets, hires from
 * recruitment.
 */
import { createEnvelope } from '@bg/events';
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
}, 60_000);
afterAll(() => t?.stop());

const auditCount = async (employeeId: string): Promise<number> =>
  (await t.ask('vp.qian', `{ archiveAuditLog(employeeId: "${employeeId}", page: { first: 1 }) { totalCount } }`)).body.data.archiveAuditLog.totalCount;

// E1001 张伟: SZ01, team SZ01-T1, group SZ01-T1-G1. E2001 何军: GZ01.
const ROLES: Array<[user: string, employee: string, allowed: boolean]> = [
  ['cm.zhang', 'E1001', true], // own archive
  ['cm.zhang', 'E1004', false], // another manager
  ['cm.liu', 'E1001', false],
  ['gl.li', 'E1001', false], // group leaders are below "team leads and above"
  ['tl.wang', 'E1001', true], // own team
  ['tl.wang', 'E1210', false], // team SZ01-T2
  ['clerk.arc', 'E1001', true], // keeps the branch's archives
  ['clerk.arc', 'E2001', false],
  ['clerk.att', 'E1001', false],
  ['keeper.sz', 'E1001', false],
  ['fin.sz', 'E1001', false],
  ['rec.sz', 'E1001', false],
  ['trainer.ho', 'E1001', false],
  ['dep.sz', 'E1001', true],
  ['mgr.sz', 'E1001', true],
  ['mgr.sz', 'E2001', false], // another branch
  ['mgr.gz', 'E2001', true],
  ['bo.han', 'E2001', true], // head office: all branches
  ['ch.cao', 'E1001', true],
  ['vp.qian', 'E2001', true],
];

describe('the archive lookup rule through the gateway', () => {
  it.each(ROLES)('%s reading the archive of %s: allowed=%s, one audit row', async (user, employee, allowed) => {
    const before = await auditCount(employee);
    const r = await t.ask(user, `{ archive(employeeId: "${employee}") { employeeId documents { kind genuine } missingDocuments } }`);
    if (allowed) {
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.archive.documents.length).toBeGreaterThan(0);
    } else {
      expect(r.body.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(r.body.data).toBeNull();
    }
    expect(await auditCount(employee)).toBe(before + 1);
  });

  it('shows the whole ID number only under the rule, masked to the last 4 for others who see the person', async () => {
    const own = await t.ask('cm.zhang', '{ employee(id: "E1001") { idNumber } }');
    expect(own.body.data.employee.idNumber).toMatch(/^\d{17}[\dX]$/);
    const lead = await t.ask('gl.li', '{ employee(id: "E1001") { idNumber } }');
    expect(lead.body.data.employee.idNumber).toMatch(/^\*{14}[\dX]{4}$/);
    expect(lead.body.data.employee.idNumber.slice(-4)).toBe(own.body.data.employee.idNumber.slice(-4));
  });

  it('lets a branch manager read only their branch audit log and head office all', async () => {
    const sz = await t.ask('mgr.sz', '{ archiveAuditLog(page: { first: 200 }) { nodes { branchId allowed reader } } }');
    expect(sz.body.data.archiveAuditLog.nodes.length).toBeGreaterThan(0);
    expect(sz.body.data.archiveAuditLog.nodes.every((n: any) => n.branchId === 'SZ01')).toBe(true);
    expect((await t.ask('mgr.sz', '{ archiveAuditLog(branchId: "GZ01") { totalCount } }')).body.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.ask('tl.wang', '{ archiveAuditLog { totalCount } }')).body.errors![0].extensions.code).toBe('FORBIDDEN');
    const all = await t.ask('bo.han', '{ archiveAuditLog(page: { first: 200 }) { nodes { branchId } } }');
    expect(new Set(all.body.data.archiveAuditLog.nodes.map((n: any) => n.branchId))).toEqual(new Set(['SZ01', 'GZ01']));
  });

  it('shows what an archive is missing', async () => {
    // Every fourth demo employee lacks the guarantee documents (E1004 is the fourth).
    const r = await t.ask('mgr.sz', '{ archive(employeeId: "E1004") { missingDocuments } }');
    expect(r.body.data.archive.missingDocuments).toEqual(['GUARANTEE_LETTER', 'GUARANTOR_ID_COPY']);
  });
});

describe('archive maintenance', () => {
  it('refuses an unknown document kind and an unuploaded file, writing nothing', async () => {
    const before = (await t.ask('clerk.arc', '{ archive(employeeId: "E1001") { documents { id } } }')).body.data.archive.documents.length;
    const kind = await t.ask('clerk.arc', 'mutation { addArchiveDocument(input: { employeeId: "E1001", kind: DIPLOMA, title: "x" }) { id } }');
    expect(kind.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const file = await t.ask(
      'clerk.arc',
      'mutation { addArchiveDocument(input: { employeeId: "E1001", kind: RESUME, title: "新简历", fileRef: "files/00000000-0000-0000-0000-000000000000" }) { id } }',
    );
    expect(file.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const after = (await t.ask('clerk.arc', '{ archive(employeeId: "E1001") { documents { id } } }')).body.data.archive.documents.length;
    expect(after).toBe(before);
  });

  it('uploads a file through a signed URL and files it', async () => {
    const url = await t.ask('clerk.arc', 'mutation { requestUploadUrl(employeeId: "E1001") { url fileRef } }');
    const { url: putUrl, fileRef } = url.body.data.requestUploadUrl;
    expect((await fetch(putUrl, { method: 'PUT', body: 'PDF bytes' })).status).toBe(201);
    expect((await fetch(putUrl, { method: 'PUT', body: 'again' })).status).toBe(409);
    expect((await fetch(putUrl.replace(/sig=[^&]+/, 'sig=forged'), { method: 'PUT', body: 'x' })).status).toBe(403);
    const doc = await t.ask(
      'clerk.arc',
      `mutation { addArchiveDocument(input: { employeeId: "E1001", kind: RESUME, title: "更新简历", fileRef: "${fileRef}", originalLocation: "柜 A-001" }) { fileRef } }`,
    );
    expect(doc.body.data.addArchiveDocument.fileRef).toBe(fileRef);
    const other = await t.ask('mgr.gz', 'mutation { requestUploadUrl(employeeId: "E1001") { url } }');
    expect(other.body.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('records a punishment with date, reason and who decided it', async () => {
    const r = await t.ask(
      'clerk.arc',
      'mutation { recordRewardOrPunishment(input: { employeeId: "E1001", kind: PUNISHMENT, decidedOn: "2026-11-05", reason: "连续迟到", decidedBy: "孙丽" }) { kind decidedOn reason decidedBy } }',
    );
    expect(r.body.data.recordRewardOrPunishment).toEqual({ kind: 'PUNISHMENT', decidedOn: '2026-11-05', reason: '连续迟到', decidedBy: '孙丽' });
  });
});

describe('departure with assets (R-3.2)', () => {
  it('is refused naming the items, and succeeds after a handover that both ledger and successor show', async () => {
    const reg = await t.ask(
      'keeper.sz',
      'mutation { registerAsset(input: { branchId: "SZ01", teamId: "SZ01-T1", name: "笔记本电脑", kind: COMPUTER, tag: "SZ01-PC-0099", valueFen: 650000 }) { id } }',
    );
    expect(reg.body.errors).toBeUndefined();
    const assetId = reg.body.data.registerAsset.id;
    expect((await t.ask('keeper.sz', `mutation { issueAsset(assetId: "${assetId}", employeeId: "E1110") { id } }`)).body.errors).toBeUndefined();

    const refused = await t.ask('mgr.sz', 'mutation { departEmployee(employeeId: "E1110", departedOn: "2026-11-30", reason: "个人原因") { status } }');
    expect(refused.body.errors![0].extensions.code).toBe('CONFLICT');
    expect(refused.body.errors![0].message).toContain('笔记本电脑 (SZ01-PC-0099)');

    const handover = await t.ask('keeper.sz', 'mutation { handOverAssets(fromEmployeeId: "E1110", toEmployeeId: "E1111", note: "离职交接") { __typename } }');
    expect(handover.body.errors).toBeUndefined();
    const held = await t.ask('mgr.sz', '{ heldAssets(employeeId: "E1111") { tag } }');
    expect(held.body.data.heldAssets.map((a: any) => a.tag)).toContain('SZ01-PC-0099');
    const ledger = await t.ask('keeper.sz', '{ assetLedgerCsv(branchId: "SZ01", teamId: "SZ01-T1") }');
    expect(ledger.body.data.assetLedgerCsv).toContain('SZ01-PC-0099');

    const departed = await t.ask(
      'mgr.sz',
      'mutation { departEmployee(employeeId: "E1110", departedOn: "2026-11-30", reason: "个人原因") { status history { kind } } }',
    );
    expect(departed.body.data.departEmployee.status).toBe('DEPARTED');
    expect(departed.body.data.departEmployee.history.map((h: any) => h.kind)).toEqual(['HIRED', 'DEPARTED']);
  });
});

describe('hires from recruitment (CandidateHired)', () => {
  it('creates the employee and the archive with the verified documents, once, however often it arrives', async () => {
    const event = createEnvelope('recruitment', 'CandidateHired', 'C-777', {
      candidateId: 'C-777',
      branchId: 'SZ01',
      teamId: 'SZ01-T1',
      groupId: 'SZ01-T1-G3',
      outletId: 'SZ01-O3',
      name: '候选人丙',
      idNumber: '11010519491231002X',
      employmentType: 'FULL_TIME',
      contractKind: 'LABOUR_CONTRACT',
      hiredOn: '2026-11-10',
      documents: [
        {
          kind: 'ID_CARD_COPY',
          fileRef: 'files/c777-id',
          verifiedBy: 'rec.sz',
          verifiedAt: '2026-10-20T02:00:00Z',
          genuine: true,
          method: 'ORIGINAL_SIGHTED',
          note: null,
        },
        {
          kind: 'DIPLOMA_COPY',
          fileRef: 'files/c777-diploma',
          verifiedBy: 'rec.sz',
          verifiedAt: '2026-10-20T02:00:00Z',
          genuine: true,
          method: 'ONLINE_REGISTRY',
          note: '学信网核验',
        },
      ],
    });
    const again = { ...createEnvelope('recruitment', 'CandidateHired', 'C-777', event.data) }; // a second event for the same candidate
    const message = (e: object) => ({ topic: 'recruitment.candidate', key: 'C-777', value: JSON.stringify(e) });
    await t.graph.transport.publish([message(event), message(event), message(again)]);
    await t.graph.settle();
    const list = await t.ask(
      'mgr.sz',
      '{ employees(branchId: "SZ01", teamId: "SZ01-T1", page: { first: 200 }) { nodes { id name status groupId outletId idNumber } } }',
    );
    const hired = list.body.data.employees.nodes.filter((n: any) => n.name === '候选人丙');
    expect(hired).toEqual([expect.objectContaining({ groupId: 'SZ01-T1-G3', outletId: 'SZ01-O3', idNumber: '11010519491231002X' })]);
    const archive = await t.ask(
      'mgr.sz',
      `{ archive(employeeId: "${hired[0].id}") { documents { kind source genuine verifiedBy verificationMethod verificationNote fileRef } } }`,
    );
    expect(archive.body.data.archive.documents).toEqual([
      {
        kind: 'DIPLOMA_COPY',
        source: 'RECRUITMENT',
        genuine: true,
        verifiedBy: 'rec.sz',
        verificationMethod: 'ONLINE_REGISTRY',
        verificationNote: '学信网核验',
        fileRef: 'files/c777-diploma',
      },
      {
        kind: 'ID_CARD_COPY',
        source: 'RECRUITMENT',
        genuine: true,
        verifiedBy: 'rec.sz',
        verificationMethod: 'ORIGINAL_SIGHTED',
        verificationNote: null,
        fileRef: 'files/c777-id',
      },
    ]);
  });

  it('checks the placement against the organisation: what does not fit is left out and noted in the archive, the hire kept', async () => {
    const event = createEnvelope('recruitment', 'CandidateHired', 'C-778', {
      candidateId: 'C-778',
      branchId: 'SZ01',
      teamId: 'SZ01-T1',
      groupId: 'SZ01-T2-G1',
      outletId: 'GZ01-O1',
      name: '候选人丁',
      idNumber: '110105194912310021',
      employmentType: 'PART_TIME',
      contractKind: 'COOPERATION_AGREEMENT',
      hiredOn: '2026-11-10',
      documents: [],
    });
    await t.graph.transport.publish([{ topic: 'recruitment.candidate', key: 'C-778', value: JSON.stringify(event) }]);
    await t.graph.settle();
    const list = await t.ask(
      'mgr.sz',
      '{ employees(branchId: "SZ01", teamId: "SZ01-T1", page: { first: 200 }) { nodes { id name teamId groupId outletId idNumber } } }',
    );
    const [hired] = list.body.data.employees.nodes.filter((n: any) => n.name === '候选人丁');
    expect(hired).toMatchObject({ teamId: 'SZ01-T1', groupId: null, outletId: null, idNumber: null });
    const archive = await t.ask('mgr.sz', `{ archive(employeeId: "${hired.id}") { documents { kind title reason } } }`);
    expect(archive.body.data.archive.documents).toEqual([
      {
        kind: 'OTHER',
        title: '录用信息待核 (hire details to check)',
        reason:
          "group SZ01-T2-G1 is not a group of team SZ01-T1; outlet GZ01-O1 is not an outlet of branch SZ01; the ID number's check digit does not match: left out of the hire",
      },
    ]);
  });

  it('files assessment and training results into the archive without manual entry', async () => {
    const assessed = createEnvelope('performance', 'AssessmentCompleted', 'A-1', {
      assessmentId: 'A-1',
      employeeId: 'E1001',
      branchId: 'SZ01',
      cycle: 'QUARTERLY',
      period: '2026-Q3',
      score: 87.5,
    });
    const trained = createEnvelope('recruitment', 'TrainingResultRecorded', 'R-1', {
      resultId: 'R-1',
      employeeId: 'E1001',
      branchId: 'SZ01',
      programme: '基金产品',
      category: 'PRODUCTS',
      sessionDate: '2026-11-12',
      passed: true,
      score: 92,
    });
    await t.graph.transport.publish([
      { topic: 'performance.assessment', key: 'E1001', value: JSON.stringify(assessed) },
      { topic: 'recruitment.training', key: 'E1001', value: JSON.stringify(trained) },
      { topic: 'recruitment.training', key: 'E1001', value: JSON.stringify(trained) },
    ]);
    await t.graph.settle();
    const r = await t.ask('cm.zhang', '{ archive(employeeId: "E1001") { documents { kind title reason } } }');
    const fed = r.body.data.archive.documents.filter((d: any) => d.kind === 'ASSESSMENT' || d.kind === 'TRAINING_RESULT');
    expect(fed).toEqual([
      { kind: 'ASSESSMENT', title: 'QUARTERLY assessment 2026-Q3', reason: 'score 87.5' },
      { kind: 'TRAINING_RESULT', title: '基金产品 (PRODUCTS)', reason: 'passed, score 92' },
    ]);
  });
});

describe('contracts are archive material (R-6.2, R-6.3)', () => {
  it('the demo company has contracts for its people, renewed yearly, some expiring within 60 days', async () => {
    const zhang = (await t.ask('mgr.sz', '{ archive(employeeId: "E1001") { missingDocuments contracts { kind startsOn endsOn status } } }')).body.data.archive;
    expect(zhang.missingDocuments).toEqual([]);
    expect(zhang.contracts[0]).toMatchObject({ kind: 'LABOUR_CONTRACT', startsOn: '2024-03-01', endsOn: '2025-02-28', status: 'RENEWED' });
    expect(zhang.contracts.filter((c: any) => c.status === 'IN_FORCE')).toHaveLength(1);
    const liu = (await t.ask('mgr.sz', '{ contracts(employeeId: "E1004") { kind } }')).body.data.contracts;
    expect(new Set(liu.map((c: any) => c.kind))).toEqual(new Set(['COOPERATION_AGREEMENT'])); // part-time

    const r = await t.ask('clerk.arc', '{ expiringContracts(branchId: "SZ01", withinDays: 60) { daysLeft employee { id } contract { endsOn status } } }');
    expect(r.body.errors).toBeUndefined();
    const expiring = r.body.data.expiringContracts;
    expect(expiring.length).toBeGreaterThan(0);
    expect(expiring.every((x: any) => x.daysLeft >= 0 && x.daysLeft <= 60 && x.contract.status === 'IN_FORCE')).toBe(true);
  });

  it('are filed with signContract, not as a loose archive document', async () => {
    const r = await t.ask('clerk.arc', 'mutation { addArchiveDocument(input: { employeeId: "E1001", kind: LABOUR_CONTRACT, title: "劳动合同" }) { id } }');
    expect(r.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'kind', problem: 'a LABOUR_CONTRACT is filed with signContract, which keeps its term so its expiry shows in advance' }],
    });
  });
});

describe('one assessment record per person and period in the archive', () => {
  const assessed = (id: string, score: number, time: string) => {
    const e = createEnvelope(
      'performance',
      'AssessmentCompleted',
      'E1002',
      { assessmentId: id, employeeId: 'E1002', branchId: 'SZ01', cycle: 'QUARTERLY', period: '2026-Q3', score },
      new Date(time),
    );
    return { topic: 'performance.assessment', key: 'E1002', value: JSON.stringify(e) };
  };
  const Q = `{ archive(employeeId: "E1002") { documents { id kind title reason status supersededById
    earlierVersions { id reason status supersededById } } } }`;

  it('replaces the record on each re-run, keeping the earlier versions superseded and linked', async () => {
    // Four runs of 2026-Q3 (two in one delivery), then a redelivery of the second.
    await t.graph.transport.publish([assessed('A-1', 61, '2026-10-08T02:00:00Z')]);
    await t.graph.settle();
    const second = assessed('A-2', 64, '2026-10-09T02:00:00Z');
    await t.graph.transport.publish([second, assessed('A-3', 66.5, '2026-10-10T02:00:00Z')]);
    await t.graph.transport.publish([assessed('A-4', 70, '2026-10-12T02:00:00Z'), second]);
    await t.graph.settle();
    const docs = (await t.ask('mgr.sz', Q)).body.data.archive.documents.filter((d: any) => d.kind === 'ASSESSMENT' && d.title.endsWith('2026-Q3'));
    expect(docs).toHaveLength(1);
    const [current] = docs;
    expect(current).toMatchObject({ reason: 'score 70', status: 'CURRENT', supersededById: null });
    expect(current.earlierVersions.map((v: any) => [v.reason, v.status])).toEqual([
      ['score 66.5', 'SUPERSEDED'],
      ['score 64', 'SUPERSEDED'],
      ['score 61', 'SUPERSEDED'],
    ]);
    // Each version links to the one that replaced it.
    const [v3, v2, v1] = current.earlierVersions;
    expect([v3.supersededById, v2.supersededById, v1.supersededById]).toEqual([current.id, v3.id, v2.id]);
  });

  it('keeps a run that arrives late (an older event) as history, not as the record', async () => {
    await t.graph.transport.publish([assessed('A-0', 50, '2026-10-07T02:00:00Z')]);
    await t.graph.settle();
    const docs = (await t.ask('mgr.sz', Q)).body.data.archive.documents.filter((d: any) => d.kind === 'ASSESSMENT' && d.title.endsWith('2026-Q3'));
    expect(docs.map((d: any) => d.reason)).toEqual(['score 70']);
    expect(docs[0].earlierVersions.map((v: any) => v.reason)).toContain('score 50');
  });
});

describe('archive files read back (R-6.8)', () => {
  let documentId = '';
  let content = '';
  beforeAll(async () => {
    content = `扫描件 ${Date.now()}`;
    const { url, fileRef } = (await t.ask('clerk.arc', 'mutation { requestUploadUrl(employeeId: "E1001") { url fileRef } }')).body.data.requestUploadUrl;
    expect((await fetch(url, { method: 'PUT', body: content })).status).toBe(201);
    const doc = await t.ask(
      'clerk.arc',
      `mutation { addArchiveDocument(input: { employeeId: "E1001", kind: DIPLOMA_COPY, title: "学位证书", fileRef: "${fileRef}" }) { id } }`,
    );
    documentId = doc.body.data.addArchiveDocument.id;
  });
  const ask = (user: string) => t.ask(user, `mutation { requestDownloadUrl(documentId: "${documentId}") { url expiresAt } }`);
  const audits = async (what: string) =>
    (
      (await t.ask('vp.qian', '{ archiveAuditLog(employeeId: "E1001", page: { first: 200 }) { nodes { reader what allowed } } }')).body.data.archiveAuditLog
        .nodes as any[]
    ).filter((n) => n.what.startsWith(what));

  it('gives the person and those the archive rule admits a short-lived URL to the file, audited when issued and when served', async () => {
    for (const user of ['cm.zhang', 'tl.wang', 'mgr.sz', 'bo.han']) {
      const r = await ask(user);
      expect(r.body.errors).toBeUndefined();
      const { url, expiresAt } = r.body.data.requestDownloadUrl;
      const minutes = (Date.parse(expiresAt) - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(3);
      expect(minutes).toBeLessThanOrEqual(5);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(content);
    }
    const issued = await audits(`file ${documentId}`);
    expect(
      issued
        .filter((a) => a.what === `file ${documentId}`)
        .map((a) => `${a.reader}:${a.allowed}`)
        .sort(),
    ).toEqual(['bo.han:true', 'cm.zhang:true', 'mgr.sz:true', 'tl.wang:true']);
    expect(
      issued
        .filter((a) => a.what === `file ${documentId} served`)
        .map((a) => a.reader)
        .sort(),
    ).toEqual(['bo.han', 'cm.zhang', 'mgr.sz', 'tl.wang']);
  });

  it('refuses everyone else (audited), and answers a tampered URL or one bound to another document with 403 JSON', async () => {
    for (const user of ['cm.liu', 'gl.li', 'fin.sz', 'mgr.gz']) {
      expect((await ask(user)).body.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    expect(
      (await audits(`file ${documentId}`))
        .filter((a) => !a.allowed)
        .map((a) => a.reader)
        .sort(),
    ).toEqual(['cm.liu', 'fin.sz', 'gl.li', 'mgr.gz']);
    const { url } = (await ask('cm.zhang')).body.data.requestDownloadUrl;
    for (const bad of [
      url.replace(/sig=[^&]+/, 'sig=forged'),
      url.replace(/reader=[^&]+/, 'reader=cm.liu'),
      url.replace(/document=[^&]+/, 'document=00000000-0000-0000-0000-000000000000'),
      url.replace(/expires=\d+/, 'expires=9999999999'),
    ]) {
      const res = await fetch(bad);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/json');
      const body = await res.json();
      expect(body).toEqual({ errors: [{ message: 'The download URL is not valid', extensions: { code: 'FORBIDDEN' } }] });
    }
  });

  it('says a document without an electronic copy has none', async () => {
    const paper = await t.ask(
      'clerk.arc',
      'mutation { addArchiveDocument(input: { employeeId: "E1001", kind: PHOTO, title: "一寸照片", originalLocation: "SZ01 档案柜 A-000" }) { id } }',
    );
    const r = await t.ask('cm.zhang', `mutation { requestDownloadUrl(documentId: "${paper.body.data.addArchiveDocument.id}") { url } }`);
    expect(r.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'documentId', problem: 'only the paper original, kept at SZ01 档案柜 A-000' }],
    });
  });
});
