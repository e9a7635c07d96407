/** Personnel & archives on the real parts: the archive rule with Keycloak tokens, serial numbers on PostgreSQL, hires from recruitment over Kafka. */
import { Kafka, logLevel } from 'kafkajs';
import { createEnvelope } from '@bg/events';
import { ask, parts, projectionEffects, sql, startGraph, waitFor, type Graph } from './support';

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

const audits = async (employeeId: string) =>
  Number((await sql<{ n: string }>('personnel', 'select count(*) as n from archive_audit where employee_id = $1', [employeeId]))[0].n);

describe('personnel and archives on the real parts', () => {
  it('applies the archive lookup rule to Keycloak tokens and audits every read', async () => {
    const before = await audits('E1001');
    const own = await ask('cm.zhang', '{ archive(employeeId: "E1001") { missingDocuments documents { kind } } }');
    expect(own.body.errors).toBeUndefined();
    const peer = await ask('cm.liu', '{ archive(employeeId: "E1001") { missingDocuments } }');
    expect(peer.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const lead = await ask('tl.wang', '{ archive(employeeId: "E1001") { missingDocuments } }');
    expect(lead.body.errors).toBeUndefined();
    const office = await ask('bo.han', '{ archive(employeeId: "E1001") { missingDocuments } }');
    expect(office.body.errors).toBeUndefined();
    expect(await audits('E1001')).toBe(before + 4);
    const rows = await sql<{ reader: string; allowed: boolean }>(
      'personnel',
      'select reader, allowed from archive_audit where employee_id = $1 order by at desc limit 4',
      ['E1001'],
    );
    expect(rows.map((r) => `${r.reader}:${r.allowed}`).sort()).toEqual(['bo.han:true', 'cm.liu:false', 'cm.zhang:true', 'tl.wang:true']);
  });

  it('numbers 50 concurrent confirmation slips of a branch 1..50 without gaps on PostgreSQL', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        ask(
          'clerk.arc',
          `mutation($i: String!) {
      recordConfirmationSlip(input: { employeeId: "E1001", customerName: $i, customerReference: $i, date: "2026-11-20", fileRef: "柜 B" }) { number } }`,
          { i: `客户${i}` },
        ),
      ),
    );
    const errors = results.filter((r) => r.body.errors);
    expect(errors).toEqual([]);
    const numbers = results.map((r) => r.body.data.recordConfirmationSlip.number as string).sort();
    const seq = numbers.map((n) => Number(n.slice(-6)));
    expect(new Set(numbers).size).toBe(50);
    expect(seq[seq.length - 1] - seq[0]).toBe(49);
    console.log(`50 concurrent slips on PostgreSQL: ${numbers[0]} .. ${numbers[49]}`);
  });

  it('creates one employee with its archive from CandidateHired over Kafka, however often it arrives', async () => {
    const candidateId = `C-E2E-${Date.now()}`;
    const data = {
      candidateId,
      branchId: 'SZ01',
      teamId: 'SZ01-T2',
      groupId: 'SZ01-T2-G1',
      outletId: 'SZ01-O1',
      name: `候选人${candidateId.slice(-4)}`,
      idNumber: '11010519491231002X',
      employmentType: 'PART_TIME' as const,
      contractKind: 'COOPERATION_AGREEMENT' as const,
      hiredOn: '2026-11-16',
      documents: [
        {
          kind: 'ID_CARD_COPY' as const,
          fileRef: `files/${candidateId}-id`,
          verifiedBy: 'rec.sz',
          verifiedAt: '2026-11-01T02:00:00Z',
          genuine: true,
          method: 'ORIGINAL_SIGHTED' as const,
          note: null,
        },
      ],
    };
    const event = createEnvelope('recruitment', 'CandidateHired', candidateId, data);
    const second = createEnvelope('recruitment', 'CandidateHired', candidateId, data);
    const kafka = new Kafka({ clientId: 'e2e-recruitment', brokers: [parts.kafkaBrokers], logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    await producer.send({
      topic: 'recruitment.candidate',
      acks: -1,
      messages: [event, event, second].map((e) => ({ key: candidateId, value: JSON.stringify(e) })),
    });
    await producer.disconnect();

    const rows = await waitFor(
      'personnel to hire the candidate',
      async () => {
        const r = await sql<{ id: string }>('personnel', 'select id from employee where candidate_id = $1', [candidateId]);
        return r.length > 0 && r;
      },
      60_000,
    );
    // And the hire travels on: attendance learns the new employee from EmployeeHired.
    await waitFor('attendance to learn the hire', async () => (await projectionEffects('attendance', [rows[0].id])).rows === 1, 60_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await sql('personnel', 'select id from employee where candidate_id = $1', [candidateId])).toHaveLength(1);
    const archive = await ask('mgr.sz', `{ archive(employeeId: "${rows[0].id}") { documents { kind source genuine } missingDocuments } }`);
    expect(archive.body.data.archive.documents).toEqual([{ kind: 'ID_CARD_COPY', source: 'RECRUITMENT', genuine: true }]);
    expect(archive.body.data.archive.missingDocuments).toContain('COOPERATION_AGREEMENT');
  });
});
